import type { SentMessage } from '../support/fake-telegram-api.ts';

/**
 * Checks recorded sends against Telegram's limits with half-open windows: at most `perSecond` in
 * any [t, t+1000), one per chat per 1000 ms, at most 20 per group in any [t, t+60000).
 * Returns the first breach found, or undefined.
 */
export function findLimitBreach(
  sent: readonly SentMessage[],
  groups: ReadonlySet<number> = new Set(),
  perSecond = 30,
): string | undefined {
  const times = sent.map((m) => m.at).sort((a, b) => a - b);
  for (let i = perSecond; i < times.length; i++) {
    const first = times[i - perSecond] as number;
    const last = times[i] as number;
    if (last - first < 1000) return `${perSecond + 1} sends within ${last - first} ms at ${first}`;
  }
  const byChat = new Map<number, number[]>();
  for (const m of sent) byChat.set(m.chatId, [...(byChat.get(m.chatId) ?? []), m.at]);
  for (const [chat, list] of byChat) {
    list.sort((a, b) => a - b);
    for (let i = 1; i < list.length; i++) {
      const gap = (list[i] as number) - (list[i - 1] as number);
      if (gap < 1000) return `chat ${chat}: two sends ${gap} ms apart`;
    }
    if (groups.has(chat)) {
      for (let i = 20; i < list.length; i++) {
        const span = (list[i] as number) - (list[i - 20] as number);
        if (span < 60_000) return `group ${chat}: 21 sends within ${span} ms`;
      }
    }
  }
  return undefined;
}
