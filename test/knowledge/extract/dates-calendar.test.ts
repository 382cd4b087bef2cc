import { describe, expect, it } from 'vitest';
import { dayNumber, dayRanges } from '../../../src/knowledge/extract/dates-calendar.ts';
import type { FuzzyDate } from '../../../src/knowledge/types.ts';

describe('dayRanges', () => {
  it('gives a frozen date the same frozen ranges each time: a stored date is worked out once', () => {
    const june: FuzzyDate = Object.freeze({ year: 2025, month: 6, precision: 'month' });
    const first = dayRanges(june);
    expect(first).toEqual([[dayNumber(2025, 6, 1), dayNumber(2025, 6, 30)]]);
    expect(dayRanges(june)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.[0])).toBe(true);
  });

  // Ingest may still change a date it is building: its days are worked out afresh at each call.
  it('works the days of a date that is not frozen out afresh, after a change too', () => {
    const date: FuzzyDate = { month: 2, precision: 'month' };
    expect(dayRanges(date, 2024)).toEqual([[dayNumber(2024, 2, 1), dayNumber(2024, 2, 29)]]);
    expect(dayRanges(date, 2024)).not.toBe(dayRanges(date, 2024));
    date.year = 2023;
    expect(dayRanges(date)).toEqual([[dayNumber(2023, 2, 1), dayNumber(2023, 2, 28)]]);
  });

  it('keeps a yearless frozen date apart for each year it is read in', () => {
    const february: FuzzyDate = Object.freeze({ month: 2, precision: 'month' });
    expect(dayRanges(february, 2024)).toEqual([[dayNumber(2024, 2, 1), dayNumber(2024, 2, 29)]]);
    expect(dayRanges(february, 2023)).toEqual([[dayNumber(2023, 2, 1), dayNumber(2023, 2, 28)]]);
    expect(dayRanges(february)).toBeUndefined();
  });

  it('has no days for a date it cannot place, frozen or not', () => {
    expect(dayRanges(Object.freeze({ year: 2025, precision: 'day' }))).toBeUndefined();
    expect(dayRanges(Object.freeze({ year: 2025, precision: 'day' }))).toBeUndefined();
  });
});
