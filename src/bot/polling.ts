import { type Bot, GrammyError } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import type { BotContext } from './context.ts';

export interface PollerOptions {
  allowedUpdates: readonly string[];
  log: Logger;
  /** Backoff after a failed getUpdates: doubles from firstMs up to maxMs, each wait with ±20 % jitter. */
  backoff?: { firstMs: number; maxMs: number };
  /** Long-poll seconds (Telegram allows up to 50). */
  pollTimeoutSeconds?: number;
  /** At most this many updates handled at once; polling waits when reached. */
  maxConcurrent?: number;
  random?: () => number;
}

export interface StopReport {
  /** Update ids whose handler had not finished when the grace period ran out (not confirmed to Telegram). */
  abandoned: number[];
}

/**
 * Long polling that confirms to Telegram only the updates whose handling finished. getUpdates's
 * `offset` confirms every update below it, so the offset sent is the lowest update still being
 * handled (or one past the last one when none is): a stop, or a crash, leaves the unfinished ones
 * with Telegram, which sends them again to the next start. Updates already being handled that come
 * again are skipped. Updates run concurrently; the bot's `sequentialize` keeps each chat in order.
 *
 * Failed polls back off 1, 2, 4... s capped at 30 s with jitter, so the bot hears again within
 * about 30 s of the network coming back (@grammyjs/runner's backoff grows to an hour). 401 (a
 * revoked token) and 409 (another instance polling) end polling: `done` rejects with the error.
 */
export class UpdatePoller {
  readonly done: Promise<void>;
  private readonly inFlight = new Map<number, Promise<void>>();
  private highestStarted: number | undefined;
  private stopping = false;
  private readonly abort = new AbortController();
  private finishedOne: (() => void) | undefined;
  private readonly options: Required<PollerOptions>;

  constructor(
    private readonly bot: Bot<BotContext>,
    options: PollerOptions,
  ) {
    this.options = {
      backoff: { firstMs: 1_000, maxMs: 30_000 },
      pollTimeoutSeconds: 30,
      maxConcurrent: 500,
      random: Math.random,
      ...options,
    };
    this.done = this.loop();
  }

  /** The offset that confirms exactly the updates whose handling finished. */
  confirmOffset(): number | undefined {
    let lowest: number | undefined;
    for (const id of this.inFlight.keys()) if (lowest === undefined || id < lowest) lowest = id;
    return lowest ?? (this.highestStarted === undefined ? undefined : this.highestStarted + 1);
  }

  /**
   * Stops polling, waits up to `graceMs` for every handler that started, then confirms what finished.
   * What did not finish in time is logged and left with Telegram (it comes again on the next start).
   */
  async stop(graceMs: number): Promise<StopReport> {
    this.stopping = true;
    this.abort.abort();
    await this.done.catch(() => undefined);
    const pending = [...this.inFlight.values()];
    if (pending.length > 0) {
      this.options.log.info({ updates: pending.length, graceMs }, 'waiting for updates being handled');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, graceMs);
      });
      await Promise.race([Promise.allSettled(pending), timeout]);
      clearTimeout(timer);
    }
    const abandoned = [...this.inFlight.keys()].sort((a, b) => a - b);
    if (abandoned.length > 0)
      this.options.log.error(
        { updateIds: abandoned, graceMs },
        'stop: these updates were still being handled; abandoned, and left unconfirmed so Telegram sends them again',
      );
    const offset = this.confirmOffset();
    if (offset !== undefined) {
      try {
        // timeout 0: returns at once; limit 1: what it returns stays unconfirmed (only ids below offset are).
        await this.bot.api.getUpdates({ offset, limit: 1, timeout: 0 }, AbortSignal.timeout(3_000) as never);
      } catch (err) {
        this.options.log.warn(
          { err: String(err), offset },
          'stop: could not confirm the handled updates to Telegram; some may come again',
        );
      }
    }
    return { abandoned };
  }

  private async loop(): Promise<void> {
    const { log, backoff } = this.options;
    let failures = 0;
    while (!this.stopping) {
      if (this.inFlight.size >= this.options.maxConcurrent) {
        await this.nextFinish(1_000);
        continue;
      }
      let updates: Update[];
      try {
        const offset = this.confirmOffset();
        updates = await this.bot.api.getUpdates(
          {
            ...(offset !== undefined ? { offset } : {}),
            limit: 100,
            timeout: this.options.pollTimeoutSeconds,
            allowed_updates: [...this.options.allowedUpdates] as never,
          },
          this.abort.signal as never,
        );
        failures = 0;
      } catch (error) {
        if (this.stopping) return;
        if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 409)) throw error;
        const retryAfter = error instanceof GrammyError ? error.parameters.retry_after : undefined;
        const waitMs = retryAfter !== undefined ? retryAfter * 1000 : this.backoffMs(failures++, backoff);
        log.debug({ retryInMs: waitMs }, 'getUpdates failed; polling again after a pause');
        await this.sleep(waitMs);
        continue;
      }
      let started = 0;
      for (const update of updates) {
        const id = update.update_id;
        if (this.inFlight.has(id) || (this.highestStarted !== undefined && id <= this.highestStarted)) continue;
        this.start(update);
        started++;
      }
      // Only updates already being handled came back (they are unconfirmed by design): wait for one to
      // finish, not a busy loop of getUpdates answering at once.
      if (started === 0 && updates.length > 0) await this.nextFinish(1_000);
    }
  }

  private start(update: Update): void {
    const id = update.update_id;
    this.highestStarted = Math.max(this.highestStarted ?? id, id);
    const handled = this.bot
      .handleUpdate(update)
      .catch((err: unknown) => this.options.log.error({ err, updateId: id }, 'update failed'))
      .finally(() => {
        this.inFlight.delete(id);
        this.finishedOne?.();
      });
    this.inFlight.set(id, handled);
  }

  private nextFinish(maxMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, maxMs);
      const previous = this.finishedOne;
      this.finishedOne = () => {
        clearTimeout(timer);
        this.finishedOne = previous;
        previous?.();
        resolve();
      };
    });
  }

  private backoffMs(failures: number, backoff: { firstMs: number; maxMs: number }): number {
    const base = Math.min(backoff.firstMs * 2 ** failures, backoff.maxMs);
    return Math.round(base * (0.8 + 0.4 * this.options.random()));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.abort.signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    });
  }
}
