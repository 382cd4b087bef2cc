import { GrammyError, HttpError } from 'grammy';
import type { Logger } from 'pino';

/** What /healthz reports. */
export interface HealthStatus {
  ok: boolean;
  telegram: 'reachable' | 'unreachable';
  /** ISO time the current outage started (absent when reachable). */
  unreachableSince?: string;
  /** The last failure's cause, without the token (it is never part of these messages). */
  lastError?: string;
}

/**
 * Is Telegram reachable? Fed by every Bot API call (an API transformer, see `watchTelegramHealth`):
 * a network failure or a 5xx starts an outage, the next answer to that method ends it. The log gets one line when
 * an outage starts and one when it ends, however many calls fail in between.
 */
export class TelegramHealth {
  private downSince: number | undefined;
  private lastError: string | undefined;
  private failures = 0;
  private downMethod: string | undefined;

  constructor(
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  failed(method: string, error: unknown): void {
    this.lastError = describeFailure(error);
    this.failures++;
    if (this.downSince !== undefined) return;
    this.downSince = this.now();
    this.downMethod = method;
    this.log.warn(
      { method, cause: this.lastError },
      'Telegram unreachable: outage started (retrying; one line when it ends)',
    );
  }

  /**
   * A call of `method` got an answer. The outage ends with a success of the method that started it:
   * while long polls are reset by a proxy, a sendMessage that gets through does not end it.
   */
  succeeded(method: string): void {
    if (this.downSince === undefined || method !== this.downMethod) return;
    this.log.info(
      { downForMs: this.now() - this.downSince, failedCalls: this.failures, lastCause: this.lastError },
      'Telegram reachable again: outage ended',
    );
    this.downSince = undefined;
    this.failures = 0;
  }

  status(): HealthStatus {
    if (this.downSince === undefined) return { ok: true, telegram: 'reachable' };
    return {
      ok: false,
      telegram: 'unreachable',
      unreachableSince: new Date(this.downSince).toISOString(),
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }
}

/** A failure that means "Telegram (or the way to it) is down", as opposed to a refused request. */
export function isOutage(error: unknown): boolean {
  return error instanceof HttpError || (error instanceof GrammyError && error.error_code >= 500);
}

/** The cause in a few words: "HttpError: Network request for 'getMe' failed! (SyntaxError: Unexpected token '<'...)". */
export function describeFailure(error: unknown): string {
  if (error instanceof GrammyError) return `${error.error_code} ${error.description}`;
  if (error instanceof HttpError) return `${error.message} (${String(error.error)})`;
  return String(error);
}
