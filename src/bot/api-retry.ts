import type { Transformer } from 'grammy';
import type { Logger } from 'pino';

export interface RetryOptions {
  log: Logger;
  /** A call is retried until this much time has passed since its first attempt. Default 60 s. */
  totalMs?: number;
  /** Methods never retried here (getUpdates: the poller has its own backoff). */
  except?: readonly string[];
  /** Injected for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

/**
 * Retries a Bot API call on 429 (after Telegram's retry_after), on 5xx and on network errors (1, 2,
 * 4... s), for as long as the whole call stays within `totalMs`: in a 429 storm a person's answer
 * still arrives, late, instead of "something went wrong" after three tries. Each wait is logged
 * with the method and the attempt; giving up is logged too, and the last failure goes to the caller.
 */
export function retryWithinDeadline(options: RetryOptions): Transformer {
  const totalMs = options.totalMs ?? 60_000;
  const except = new Set(options.except ?? []);
  const sleep = options.sleep ?? abortableSleep;
  const now = options.now ?? Date.now;
  return async (prev, method, payload, signal) => {
    if (except.has(method)) return prev(method, payload, signal);
    const started = now();
    for (let attempt = 1; ; attempt++) {
      let waitMs: number;
      let cause: string;
      try {
        const result = await prev(method, payload, signal);
        if (result.ok || (result.error_code !== 429 && result.error_code < 500)) return result;
        const retryAfter = result.parameters?.retry_after;
        waitMs = result.error_code === 429 && retryAfter !== undefined ? retryAfter * 1000 : backoffMs(attempt);
        cause = `${result.error_code} ${result.description}`;
        if (!fits(now() - started, waitMs)) {
          options.log.warn(
            { method, attempt, cause, elapsedMs: now() - started },
            'Telegram call still failing; giving up',
          );
          return result;
        }
      } catch (error) {
        if (signal?.aborted) throw error;
        waitMs = backoffMs(attempt);
        cause = String((error as { error?: unknown }).error ?? error);
        if (!fits(now() - started, waitMs)) {
          options.log.warn(
            { method, attempt, cause, elapsedMs: now() - started },
            'Telegram call still failing; giving up',
          );
          throw error;
        }
      }
      options.log.warn({ method, attempt, cause, retryInMs: waitMs }, 'Telegram call failed; retrying');
      await sleep(waitMs, signal as AbortSignal | undefined);
    }
  };

  function fits(elapsedMs: number, waitMs: number): boolean {
    return elapsedMs + waitMs <= totalMs;
  }
}

function backoffMs(attempt: number): number {
  return Math.min(1000 * 2 ** (attempt - 1), 16_000);
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
