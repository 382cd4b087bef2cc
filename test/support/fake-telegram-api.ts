import { GrammyError, HttpError } from 'grammy';
import type { SendApi } from '../../src/delivery/broadcaster.ts';
import type { Clock } from '../../src/delivery/clock.ts';
import { TELEGRAM_LIMITS, type RateLimits } from '../../src/delivery/rate-limits.ts';

/**
 * What the fake does with one request:
 *  - '429' answers Too Many Requests with retry_after;
 *  - '403' the bot was blocked (and stays blocked for that chat);
 *  - 'network' the request never reached Telegram (connection reset);
 *  - 'timeout' the request never reached Telegram and no answer ever comes;
 *  - 'lost-response' Telegram accepted the message but the answer was lost: the one case where
 *    a retry shows the message twice, and no client can tell.
 */
export type Fault =
  | { kind: '429'; retryAfterSeconds: number }
  | { kind: '403' }
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'lost-response' }
  | { kind: '500' };

export interface SentMessage {
  chatId: number;
  html: string;
  /** When Telegram took the message (the request's arrival). */
  at: number;
}

export interface FakeTelegramOptions {
  clock: Clock;
  /** Round trip of one request. */
  latencyMs?: number;
  /** Decides a fault for the n-th request (0-based) to a chat; undefined for a normal answer. */
  fault?: (chatId: number, call: number) => Fault | undefined;
  /** Chats that have already blocked the bot. */
  blocked?: Iterable<number>;
  /** Chats that are groups (20 messages a minute). */
  groups?: Iterable<number>;
  /** The limits the fake enforces like Telegram does: a message over a limit gets a 429. */
  limits?: RateLimits;
}

/**
 * Telegram's sendMessage for tests and the benchmark, on an injected clock. It records what it
 * accepted and when, answers over-limit sends with 429 (as Telegram does), and injects faults.
 */
export class FakeTelegramApi implements SendApi {
  readonly sent: SentMessage[] = [];
  /** Sends that broke a limit (each answered 429): a correct broadcaster leaves this at 0. */
  readonly limitViolations: { chatId: number; at: number; limit: string }[] = [];
  requests = 0;
  private readonly latencyMs: number;
  private readonly calls = new Map<number, number>();
  private readonly blocked: Set<number>;
  private readonly groups: Set<number>;
  private readonly limits: RateLimits;
  private readonly recentAll: number[] = [];
  private recentAllHead = 0;
  private readonly lastToChat = new Map<number, number>();
  private readonly groupSends = new Map<number, number[]>();

  constructor(private readonly options: FakeTelegramOptions) {
    this.latencyMs = options.latencyMs ?? 50;
    this.blocked = new Set(options.blocked ?? []);
    this.groups = new Set(options.groups ?? []);
    this.limits = options.limits ?? TELEGRAM_LIMITS;
  }

  async sendMessage(chatId: number, html: string): Promise<unknown> {
    const { clock } = this.options;
    const at = clock.now();
    this.requests++;
    const call = this.calls.get(chatId) ?? 0;
    this.calls.set(chatId, call + 1);
    const fault = this.options.fault?.(chatId, call);
    const answerAfterLatency = () => clock.sleep(this.latencyMs);

    if (fault?.kind === 'network') {
      await answerAfterLatency();
      throw new HttpError('Network request for sendMessage failed!', new Error('ECONNRESET'));
    }
    if (fault?.kind === 'timeout') {
      await new Promise<never>(() => undefined); // never answers; the client's timeout must fire
    }
    const violated = this.checkLimits(chatId, at);
    if (violated) {
      this.limitViolations.push({ chatId, at, limit: violated });
      await answerAfterLatency();
      throw apiError(429, 'Too Many Requests: retry after 1', { retry_after: 1 }, chatId);
    }
    if (fault?.kind === '403') this.blocked.add(chatId);
    if (this.blocked.has(chatId)) {
      await answerAfterLatency();
      throw apiError(403, 'Forbidden: bot was blocked by the user', {}, chatId);
    }
    if (fault?.kind === '429') {
      await answerAfterLatency();
      throw apiError(
        429,
        `Too Many Requests: retry after ${fault.retryAfterSeconds}`,
        { retry_after: fault.retryAfterSeconds },
        chatId,
      );
    }
    if (fault?.kind === '500') {
      await answerAfterLatency();
      throw apiError(500, 'Internal Server Error', {}, chatId);
    }
    this.sent.push({ chatId, html, at });
    await answerAfterLatency();
    if (fault?.kind === 'lost-response')
      throw new HttpError('Network request for sendMessage failed!', new Error('socket hang up'));
    return { message_id: this.sent.length, chat: { id: chatId }, date: Math.floor(at / 1000) };
  }

  /** Messages accepted per chat. */
  countByChat(): Map<number, number> {
    const counts = new Map<number, number>();
    for (const m of this.sent) counts.set(m.chatId, (counts.get(m.chatId) ?? 0) + 1);
    return counts;
  }

  private checkLimits(chatId: number, at: number): string | undefined {
    // Counts requests that reached Telegram (accepted or not), as its flood control does.
    const all = this.recentAll;
    all.push(at);
    while ((all[this.recentAllHead] ?? at) <= at - 1000) this.recentAllHead++;
    if (this.recentAllHead > 10_000) {
      all.splice(0, this.recentAllHead);
      this.recentAllHead = 0;
    }
    const last = this.lastToChat.get(chatId);
    this.lastToChat.set(chatId, at);
    if (all.length - this.recentAllHead > this.limits.perSecond) return 'global';
    if (last !== undefined && at - last < this.limits.perChatIntervalMs) return 'per-chat';
    if (this.groups.has(chatId)) {
      const sends = (this.groupSends.get(chatId) ?? []).filter((t) => t > at - 60_000);
      sends.push(at);
      this.groupSends.set(chatId, sends);
      if (sends.length > this.limits.perGroupPerMinute) return 'per-group';
    }
    return undefined;
  }
}

function apiError(
  code: number,
  description: string,
  parameters: { retry_after?: number },
  chatId: number,
): GrammyError {
  return new GrammyError(
    `Call to 'sendMessage' failed!`,
    { ok: false, error_code: code, description, parameters },
    'sendMessage',
    { chat_id: chatId, text: '' },
  );
}
