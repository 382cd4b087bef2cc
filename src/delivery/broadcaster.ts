import type { Clock } from './clock.ts';
import { MinHeap } from './min-heap.ts';
import type { SendRateLimiter } from './rate-limits.ts';
import { classifySendError, type SendFailure } from './send-failure.ts';

/** The one Telegram call a broadcast needs. The bot passes a thin wrapper over `api.sendMessage`. */
export interface SendApi {
  sendMessage(chatId: number, html: string): Promise<unknown>;
}

export interface BroadcastJob {
  /** Identifies the job to the handlers (e.g. a subscription id). */
  id: string;
  chatId: number;
  isGroup: boolean;
  html: string;
}

/** What the broadcaster reports back, as it happens. Handlers may be async; the broadcast waits for them at the end. */
export interface BroadcastHandlers {
  /** Telegram accepted the message: only now may the digest be marked delivered. */
  delivered(job: BroadcastJob, at: number): unknown;
  /** 403 or "chat not found": the chat is gone for us. */
  blocked(job: BroadcastJob, failure: Extract<SendFailure, { kind: 'blocked' }>): unknown;
  /** Given up for this run (retries used up, or an error retrying cannot fix); the job stays undelivered. */
  failed(job: BroadcastJob, failure: SendFailure): unknown;
  /** The group became a supergroup; the job is retried at the new id. */
  migrated?(job: BroadcastJob, toChatId: number): unknown;
}

export interface BroadcastOptions {
  api: SendApi;
  clock: Clock;
  limiter: SendRateLimiter;
  handlers: BroadcastHandlers;
  /** Sends awaiting Telegram's answer at once; latency is hidden behind the rate limit. */
  maxInFlight?: number;
  /** Attempts for network errors and 5xx before giving up for this run. */
  maxAttempts?: number;
  /** First retry delay; doubles each attempt up to backoffMaxMs. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** A send with no answer after this long counts as a network error. */
  sendTimeoutMs?: number;
  /** Aborting stops the broadcast where it is, as a crash would: no more sends, no more handler calls. */
  signal?: AbortSignal;
}

export interface BroadcastReport {
  startedAt: number;
  finishedAt: number;
  delivered: number;
  blocked: number;
  failed: number;
  /** Attempts that were repeated (429, network errors, timeouts). */
  retried: number;
  rateLimited: number;
  aborted: boolean;
}

interface Pending {
  job: BroadcastJob;
  attempts: number;
}

/**
 * Sends one message per job within Telegram's limits and tells the handlers how each one ended.
 * A single dispatch loop takes the next job whose chat may receive, waits for the next global
 * send slot, and starts the send without waiting for the answer (up to maxInFlight at once).
 * 429 pauses every send for retry_after (flood limits are per bot); network errors back off
 * exponentially; a 403 ends the job at once.
 */
export async function broadcast(jobs: readonly BroadcastJob[], options: BroadcastOptions): Promise<BroadcastReport> {
  const { api, clock, limiter, handlers, signal } = options;
  const maxInFlight = options.maxInFlight ?? 64;
  const maxAttempts = options.maxAttempts ?? 5;
  const backoffBaseMs = options.backoffBaseMs ?? 1000;
  const backoffMaxMs = options.backoffMaxMs ?? 60_000;
  const sendTimeoutMs = options.sendTimeoutMs ?? 30_000;

  const report: BroadcastReport = {
    startedAt: clock.now(),
    finishedAt: 0,
    delivered: 0,
    blocked: 0,
    failed: 0,
    retried: 0,
    rateLimited: 0,
    aborted: false,
  };
  const ready: Pending[] = jobs.map((job) => ({ job, attempts: 0 }));
  let readyHead = 0;
  const waiting = new MinHeap<Pending>();
  const handlerWork: Promise<unknown>[] = [];
  let inFlight = 0;
  let wake: (() => void) | null = null;

  const callHandler = (call: () => unknown) => {
    if (signal?.aborted) return;
    try {
      handlerWork.push(Promise.resolve(call()));
    } catch (err) {
      handlerWork.push(Promise.reject(err));
    }
  };

  const settle = (pending: Pending, failure: SendFailure | null, at: number) => {
    const { job } = pending;
    if (failure === null) {
      report.delivered++;
      callHandler(() => handlers.delivered(job, at));
      return;
    }
    switch (failure.kind) {
      case 'retry-after':
        report.rateLimited++;
        report.retried++;
        limiter.pause(at + failure.ms);
        waiting.push(at + failure.ms, pending);
        return;
      case 'blocked':
        report.blocked++;
        callHandler(() => handlers.blocked(job, failure));
        return;
      case 'migrated':
        report.retried++;
        callHandler(() => handlers.migrated?.(job, failure.toChatId));
        waiting.push(at, { job: { ...job, chatId: failure.toChatId, isGroup: true }, attempts: pending.attempts });
        return;
      case 'transient':
        if (pending.attempts < maxAttempts) {
          report.retried++;
          const delay = Math.min(backoffMaxMs, backoffBaseMs * 2 ** (pending.attempts - 1));
          waiting.push(at + delay, pending);
          return;
        }
        report.failed++;
        callHandler(() => handlers.failed(job, failure));
        return;
      case 'permanent':
        report.failed++;
        callHandler(() => handlers.failed(job, failure));
        return;
    }
  };

  const send = async (pending: Pending) => {
    pending.attempts++;
    const timeout = new AbortController();
    let failure: SendFailure | null = null;
    try {
      const answer = api.sendMessage(pending.job.chatId, pending.job.html);
      answer.catch(() => undefined); // if the timeout wins, a late failure must not go unhandled
      const timedOut = clock.sleep(sendTimeoutMs, timeout.signal).then(() => {
        if (!timeout.signal.aborted) throw new Error(`no answer from Telegram in ${sendTimeoutMs} ms`);
      });
      await Promise.race([answer, timedOut]);
    } catch (err) {
      failure = classifySendError(err);
    } finally {
      timeout.abort();
    }
    if (signal?.aborted) return;
    settle(pending, failure, clock.now());
  };

  const waitFor = async (until: number | undefined) => {
    const stop = new AbortController();
    const woken = new Promise<void>((resolve) => {
      wake = resolve;
    });
    const sleeps = until === undefined ? [] : [clock.sleep(Math.max(0, until - clock.now()), stop.signal)];
    const aborted = signal ? [clock.sleep(Number.MAX_SAFE_INTEGER / 2, AbortSignal.any([signal, stop.signal]))] : [];
    await Promise.race([woken, ...sleeps, ...aborted]);
    stop.abort();
    wake = null;
  };

  for (;;) {
    if (signal?.aborted) {
      report.aborted = true;
      break;
    }
    const now = clock.now();
    while ((waiting.peekAt() ?? Number.POSITIVE_INFINITY) <= now) {
      const next = waiting.pop();
      if (next) ready.push(next.value);
    }
    if (readyHead === ready.length) {
      if (inFlight === 0 && waiting.size === 0) break;
      await waitFor(waiting.peekAt());
      continue;
    }
    if (inFlight >= maxInFlight) {
      await waitFor(undefined);
      continue;
    }
    const sendAt = limiter.nextSendAt();
    if (sendAt > now) {
      await clock.sleep(sendAt - now, signal);
      continue;
    }
    const pending = ready[readyHead++] as Pending;
    if (readyHead > 4096 && readyHead * 2 > ready.length) {
      ready.splice(0, readyHead);
      readyHead = 0;
    }
    const chatReady = limiter.chatReadyAt(pending.job.chatId, pending.job.isGroup);
    if (chatReady > now) {
      // Wait for this chat without holding up the others.
      waiting.push(chatReady, pending);
      continue;
    }
    limiter.record(pending.job.chatId, pending.job.isGroup, now);
    inFlight++;
    void send(pending).finally(() => {
      inFlight--;
      wake?.();
    });
  }
  report.finishedAt = clock.now();
  const outcomes = await Promise.allSettled(handlerWork);
  const failedHandler = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failedHandler && !signal?.aborted) throw failedHandler.reason;
  return report;
}
