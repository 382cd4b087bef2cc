/**
 * callback_data for inline buttons: compact, versioned, at most 64 bytes (Telegram's limit).
 * "1|c|000|k3|kf" = version 1, show the context of source 000 from offset k3 to kf (base 36).
 * Buttons carry what they need to work after a restart; the one exception is "more sources",
 * which points at an answer kept in memory and says "expired" when it is gone.
 * Change VERSION when the layout changes: old buttons then decode as expired, not as nonsense.
 */
import type { Lang } from '../../knowledge/index.ts';

export const CALLBACK_DATA_MAX_BYTES = 64;
const VERSION = '1';

export type CallbackAction =
  | { kind: 'example'; lang: Lang; index: number }
  | { kind: 'context'; sourceKey: string; start: number; end: number }
  | { kind: 'more'; answerKey: string }
  | { kind: 'lang'; choice: Lang | 'auto' }
  | { kind: 'source'; sourceKey: string }
  /** A timeline page: `key` names the timeline's topic in memory (it is re-asked after a restart). */
  | { kind: 'timeline'; key: string; order: 'oldest' | 'newest'; offset: number }
  /** "More" under a one-off briefing: the topic's timeline, newest first (the topic key itself, no memory). */
  | { kind: 'topicTimeline'; topic: string };

/** Unknown version, malformed or foreign data: the button is from an older bot and has expired. */
export type DecodedCallback = CallbackAction | { kind: 'expired' };

export function encodeCallback(action: CallbackAction): string {
  const data = [VERSION, ...fields(action)].join('|');
  if (utf8Length(data) > CALLBACK_DATA_MAX_BYTES) {
    throw new Error(`callback_data "${data}" is ${utf8Length(data)} bytes; Telegram allows ${CALLBACK_DATA_MAX_BYTES}`);
  }
  return data;
}

export function decodeCallback(data: string | undefined): DecodedCallback {
  const parts = (data ?? '').split('|');
  if (parts[0] !== VERSION) return { kind: 'expired' };
  const [, kind, a = '', b = '', c = ''] = parts;
  switch (kind) {
    case 'q': {
      const index = parseBase36(b);
      return (a === 'en' || a === 'ru') && index !== undefined ? { kind: 'example', lang: a, index } : EXPIRED;
    }
    case 'c': {
      const start = parseBase36(b);
      const end = parseBase36(c);
      return a && start !== undefined && end !== undefined ? { kind: 'context', sourceKey: a, start, end } : EXPIRED;
    }
    case 'm':
      return a ? { kind: 'more', answerKey: a } : EXPIRED;
    case 'l':
      return a === 'en' || a === 'ru' || a === 'auto' ? { kind: 'lang', choice: a } : EXPIRED;
    case 's':
      return a ? { kind: 'source', sourceKey: a } : EXPIRED;
    case 'T':
      return a ? { kind: 'topicTimeline', topic: parts.slice(2).join('|') } : EXPIRED;
    case 't': {
      const offset = parseBase36(c);
      return a && (b === 'o' || b === 'n') && offset !== undefined
        ? { kind: 'timeline', key: a, order: b === 'o' ? 'oldest' : 'newest', offset }
        : EXPIRED;
    }
    default:
      return EXPIRED;
  }
}

/**
 * A source id short enough for a button, or a stable hash of it ("~" + base 36) for long ids.
 * Either form survives a restart; resolve it back with `sourceIdFromKey`.
 */
export function sourceKey(sourceId: string): string {
  return /^[A-Za-z0-9_.-]{1,20}$/.test(sourceId) ? sourceId : `~${fnv1a(sourceId).toString(36)}`;
}

export function sourceIdFromKey(key: string, sourceIds: Iterable<string>): string | undefined {
  for (const id of sourceIds) if (sourceKey(id) === key) return id;
  return undefined;
}

const EXPIRED: DecodedCallback = { kind: 'expired' };

function fields(action: CallbackAction): string[] {
  switch (action.kind) {
    case 'example':
      return ['q', action.lang, action.index.toString(36)];
    case 'context':
      return ['c', action.sourceKey, action.start.toString(36), action.end.toString(36)];
    case 'more':
      return ['m', action.answerKey];
    case 'lang':
      return ['l', action.choice];
    case 'source':
      return ['s', action.sourceKey];
    case 'topicTimeline':
      return ['T', action.topic];
    case 'timeline':
      return ['t', action.key, action.order === 'oldest' ? 'o' : 'n', action.offset.toString(36)];
  }
}

function parseBase36(text: string): number | undefined {
  if (!/^[0-9a-z]{1,10}$/.test(text)) return undefined;
  const n = Number.parseInt(text, 36);
  return Number.isSafeInteger(n) ? n : undefined;
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
