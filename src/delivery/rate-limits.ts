/** Telegram's broadcast limits (core.telegram.org/bots/faq#broadcasting-to-users). */
export interface RateLimits {
  /** Messages per second across all chats ("about 30"). */
  perSecond: number;
  /** Least time between two messages to the same chat ("about one per second"). */
  perChatIntervalMs: number;
  /** Messages per minute to one group ("no more than 20"). */
  perGroupPerMinute: number;
}

export const TELEGRAM_LIMITS: RateLimits = Object.freeze({
  perSecond: 30,
  perChatIntervalMs: 1000,
  perGroupPerMinute: 20,
});

/**
 * Decides when the next message may go out. Sends are spread evenly (one every ceil(1000/perSecond)
 * ms) rather than in bursts of 30, so no one-second window, wherever it starts, holds more than
 * `perSecond`. Windows are half-open: a send exactly 1000 ms after another is in the next second.
 * Synchronous state: two broadcasts sharing one limiter cannot together exceed it.
 */
export class SendRateLimiter {
  private readonly spacingMs: number;
  private nextGlobal = Number.NEGATIVE_INFINITY;
  private pausedUntil = Number.NEGATIVE_INFINITY;
  private readonly lastToChat = new Map<number, number>();
  private readonly groupSends = new Map<number, number[]>();

  constructor(readonly limits: RateLimits = TELEGRAM_LIMITS) {
    this.spacingMs = Math.ceil(1000 / limits.perSecond);
  }

  /** Earliest time any message may be sent. */
  nextSendAt(): number {
    return Math.max(this.nextGlobal, this.pausedUntil);
  }

  /** Earliest time a message to this chat may be sent (ignoring the global limit). */
  chatReadyAt(chatId: number, isGroup: boolean): number {
    let ready = (this.lastToChat.get(chatId) ?? Number.NEGATIVE_INFINITY) + this.limits.perChatIntervalMs;
    if (isGroup) {
      const sends = this.groupSends.get(chatId);
      if (sends && sends.length >= this.limits.perGroupPerMinute) {
        const oldest = sends[sends.length - this.limits.perGroupPerMinute] ?? Number.NEGATIVE_INFINITY;
        ready = Math.max(ready, oldest + 60_000);
      }
    }
    return ready;
  }

  record(chatId: number, isGroup: boolean, at: number): void {
    this.nextGlobal = at + this.spacingMs;
    this.lastToChat.set(chatId, at);
    if (isGroup) {
      const sends = this.groupSends.get(chatId) ?? [];
      sends.push(at);
      if (sends.length > this.limits.perGroupPerMinute) sends.splice(0, sends.length - this.limits.perGroupPerMinute);
      this.groupSends.set(chatId, sends);
    }
  }

  /** Telegram said 429: nothing goes out before `until`. */
  pause(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }

  /** Drops per-chat history older than any limit can reach, so a long-running bot does not grow. */
  forgetBefore(time: number): void {
    for (const [chat, at] of this.lastToChat)
      if (at < time - this.limits.perChatIntervalMs) this.lastToChat.delete(chat);
    for (const [chat, sends] of this.groupSends) if ((sends.at(-1) ?? 0) < time - 60_000) this.groupSends.delete(chat);
  }
}
