/**
 * callback_data of the digest buttons: "dg|<action>|<arg>", well under Telegram's 64 bytes.
 * The "dg|" prefix keeps them apart from the other features' buttons ("1|..."), which treat
 * anything foreign as expired. Subscription ids ("s123") stay valid across restarts.
 */
export type DigestButton =
  | { kind: 'everything' }
  | { kind: 'done' }
  | { kind: 'cancel' }
  | { kind: 'pick'; index: number }
  | { kind: 'frequency'; value: 'daily' | 'weekly' | 'on-new-documents' }
  | { kind: 'hour'; value: number }
  | { kind: 'zone'; value: string }
  | { kind: 'nothing-new'; note: boolean }
  | { kind: 'manage'; action: 'pause' | 'resume' | 'change' | 'remove'; id: string };

export const DIGEST_CALLBACK_PREFIX = 'dg|';

const MANAGE = { p: 'pause', r: 'resume', c: 'change', x: 'remove' } as const;
const FREQUENCY = { d: 'daily', w: 'weekly', n: 'on-new-documents' } as const;

export function encodeDigestButton(button: DigestButton): string {
  const p = DIGEST_CALLBACK_PREFIX;
  switch (button.kind) {
    case 'everything':
      return `${p}all`;
    case 'done':
      return `${p}done`;
    case 'cancel':
      return `${p}cancel`;
    case 'pick':
      return `${p}t|${button.index}`;
    case 'frequency':
      return `${p}f|${keyOf(FREQUENCY, button.value)}`;
    case 'hour':
      return `${p}h|${button.value}`;
    case 'zone':
      return `${p}z|${button.value}`;
    case 'nothing-new':
      return `${p}n|${button.note ? 1 : 0}`;
    case 'manage':
      return `${p}${keyOf(MANAGE, button.action)}|${button.id}`;
  }
}

export function decodeDigestButton(data: string | undefined): DigestButton | undefined {
  if (!data?.startsWith(DIGEST_CALLBACK_PREFIX)) return undefined;
  const [kind = '', arg = ''] = data.slice(DIGEST_CALLBACK_PREFIX.length).split('|');
  switch (kind) {
    case 'all':
      return { kind: 'everything' };
    case 'done':
      return { kind: 'done' };
    case 'cancel':
      return { kind: 'cancel' };
    case 't':
      return /^\d{1,2}$/.test(arg) ? { kind: 'pick', index: Number(arg) } : undefined;
    case 'f':
      return arg in FREQUENCY ? { kind: 'frequency', value: FREQUENCY[arg as keyof typeof FREQUENCY] } : undefined;
    case 'h':
      return /^\d{1,2}$/.test(arg) && Number(arg) < 24 ? { kind: 'hour', value: Number(arg) } : undefined;
    case 'z':
      return arg ? { kind: 'zone', value: arg } : undefined;
    case 'n':
      return arg === '0' || arg === '1' ? { kind: 'nothing-new', note: arg === '1' } : undefined;
    default:
      return kind in MANAGE && /^s\d+$/.test(arg)
        ? { kind: 'manage', action: MANAGE[kind as keyof typeof MANAGE], id: arg }
        : undefined;
  }
}

function keyOf<T extends Record<string, string>>(table: T, value: T[keyof T]): string {
  return Object.entries(table).find(([, v]) => v === value)?.[0] ?? '';
}
