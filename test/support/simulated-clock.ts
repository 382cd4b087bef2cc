import type { Clock } from '../../src/delivery/clock.ts';
import { MinHeap } from '../../src/delivery/min-heap.ts';

/**
 * Discrete-event time for tests and the benchmark. Nothing advances by itself: `run(task)` lets
 * every ready promise settle, then jumps to the earliest pending sleep, and repeats until the task
 * ends. Hours of broadcasting take as long as the CPU work in them.
 *
 * Only for code whose waiting is all through this clock: real I/O (files, sockets) would not be
 * waited for, and time would jump past it.
 */
export class SimulatedClock implements Clock {
  private time: number;
  private readonly timers = new MinHeap<{ resolve: () => void; cancelled: boolean }>();

  constructor(start: number | Date = Date.UTC(2025, 0, 1)) {
    this.time = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = { resolve, cancelled: false };
      this.timers.push(this.time + Math.max(0, ms), timer);
      signal?.addEventListener(
        'abort',
        () => {
          timer.cancelled = true;
          resolve();
        },
        { once: true },
      );
    });
  }

  /** Moves time forward with nothing running (e.g. "the bot was down for three days"). */
  set(time: number | Date): void {
    const to = typeof time === 'number' ? time : time.getTime();
    if (to < this.time) throw new Error(`SimulatedClock.set: cannot go back from ${this.time} to ${to}`);
    this.time = to;
  }

  /**
   * Runs `task` to completion on simulated time. Throws if the task still waits when no sleep is
   * pending (it would wait forever: a missing resolve, or real I/O the clock cannot see).
   */
  async run<T>(task: Promise<T> | (() => Promise<T>)): Promise<T> {
    const promise = typeof task === 'function' ? task() : task;
    let settled = false;
    let failed = false;
    let result: T | undefined;
    let error: unknown;
    promise.then(
      (value) => {
        settled = true;
        result = value;
      },
      (err: unknown) => {
        settled = true;
        failed = true;
        error = err;
      },
    );
    for (;;) {
      await drainReadyPromises();
      if (settled) break;
      const next = this.timers.pop();
      if (!next) throw new Error('SimulatedClock.run: the task waits but no sleep is pending (deadlock or real I/O)');
      if (next.value.cancelled) continue;
      if (next.at > this.time) this.time = next.at;
      next.value.resolve();
    }
    if (failed) throw error;
    return result as T;
  }

  /** Resolves every sleep due by `until` (for code started outside `run`). */
  async advanceTo(until: number): Promise<void> {
    for (;;) {
      await drainReadyPromises();
      const at = this.timers.peekAt();
      if (at === undefined || at > until) break;
      const next = this.timers.pop();
      if (!next || next.value.cancelled) continue;
      if (next.at > this.time) this.time = next.at;
      next.value.resolve();
    }
    if (until > this.time) this.time = until;
    await drainReadyPromises();
  }
}

// A macrotask runs only after the microtask queue is empty, so every settled promise chain has moved on.
function drainReadyPromises(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
