import { Cron } from 'croner';
import type { Schedule } from './subscription.ts';

/**
 * The croner pattern of a schedule: minute 0 of `hour`, every day or on `weekday`.
 * croner resolves the local hour in the time zone, DST included (an hour that does not exist
 * on a spring-forward day fires at the next one).
 */
export function cronPattern(schedule: Schedule): string | undefined {
  switch (schedule.frequency) {
    case 'daily':
      return `0 ${schedule.hour} * * *`;
    case 'weekly':
      return `0 ${schedule.hour} * * ${schedule.weekday % 7}`; // croner: 0 is Sunday, ISO 7 is Sunday
    case 'on-new-documents':
      return undefined;
  }
}

/**
 * The latest slot of a schedule at or before `now` (epoch ms), or undefined for schedules with no
 * slots. Only the latest: after three days of downtime a daily subscriber is owed one digest, not three.
 */
export type SlotFinder = (schedule: Schedule, now: number) => number | undefined;

/**
 * A slot finder that remembers answers for one `now`: 10,000 subscribers share a few dozen
 * (pattern, zone) pairs, and croner takes ~0.1 ms per lookup.
 */
export function createSlotFinder(): SlotFinder {
  const crons = new Map<string, Cron>();
  let cachedNow = Number.NaN;
  const answers = new Map<string, number | undefined>();
  return (schedule, now) => {
    const pattern = cronPattern(schedule);
    if (!pattern) return undefined;
    if (now !== cachedNow) {
      answers.clear();
      cachedNow = now;
    }
    const key = `${pattern}|${schedule.timeZone}`;
    if (answers.has(key)) return answers.get(key);
    let cron = crons.get(key);
    if (!cron) {
      cron = new Cron(pattern, { timezone: schedule.timeZone });
      crons.set(key, cron);
    }
    // previousRuns looks strictly before its reference: +1 ms so a slot at exactly `now` counts as arrived.
    const slot = cron.previousRuns(1, new Date(now + 1))[0]?.getTime();
    answers.set(key, slot);
    return slot;
  };
}
