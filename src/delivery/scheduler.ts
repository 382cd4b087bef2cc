import { Cron } from 'croner';

export interface ScheduledJob {
  stop(): void;
}

/** Starts a job that calls `onTick` at each match of `pattern` in `timeZone`. Injected so tests fire ticks by hand. */
export type CronFactory = (pattern: string, timeZone: string, onTick: () => void) => ScheduledJob;

export const cronerFactory: CronFactory = (pattern, timeZone, onTick) =>
  // protect: a tick that is still running is not started twice; catch: a failing tick does not stop the job.
  new Cron(pattern, { timezone: timeZone, protect: true, catch: true }, onTick);

export interface DigestSchedulerOptions {
  /** The time zones subscriptions use now. */
  zones: () => Iterable<string>;
  /** Delivers whatever is due; called at the top of every local hour of every zone, and once at start. */
  tick: (reason: 'catch-up' | 'hour') => Promise<unknown>;
  cron?: CronFactory;
  onError?: (error: unknown) => void;
}

/**
 * One croner job per time zone in use, at minute 0 of every local hour (half- and quarter-hour
 * zones included). A tick does not say who is due: the delivery cycle works that out from each
 * subscription's last served slot, which is also why downtime is harmless. The catch-up tick at
 * start finds each subscription's latest missed slot and serves it once.
 */
export class DigestScheduler {
  private readonly jobs = new Map<string, ScheduledJob>();
  private readonly cron: CronFactory;
  private started = false;

  constructor(private readonly options: DigestSchedulerOptions) {
    this.cron = options.cron ?? cronerFactory;
  }

  async start(): Promise<void> {
    this.started = true;
    this.refreshZones();
    await this.fire('catch-up');
  }

  /** Call after a subscription was added or changed: a new zone gets its job, unused ones stop. */
  refreshZones(): void {
    if (!this.started) return;
    const wanted = new Set(this.options.zones());
    for (const [zone, job] of this.jobs) {
      if (!wanted.has(zone)) {
        job.stop();
        this.jobs.delete(zone);
      }
    }
    for (const zone of wanted) {
      if (!this.jobs.has(zone))
        this.jobs.set(
          zone,
          this.cron('0 * * * *', zone, () => void this.fire('hour')),
        );
    }
  }

  zones(): string[] {
    return [...this.jobs.keys()].sort();
  }

  stop(): void {
    this.started = false;
    for (const job of this.jobs.values()) job.stop();
    this.jobs.clear();
  }

  private async fire(reason: 'catch-up' | 'hour'): Promise<void> {
    try {
      await this.options.tick(reason);
    } catch (error) {
      this.options.onError?.(error);
    }
  }
}
