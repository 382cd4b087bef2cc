/** daysInMonth counts the usual years itself; dayRanges remembers the days of a stored (frozen) date. */
import { describe, expect, it } from 'vitest';
import { dayNumber, dayRanges, daysInMonth } from '../../../src/knowledge/extract/dates-calendar.ts';
import type { FuzzyDate } from '../../../src/knowledge/types.ts';

const viaDate = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

describe('daysInMonth', () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2025, 4, 30],
    [2025, 12, 31],
    // Outside the counted range: what Date says (years 0..99 are 1900..1999, month 13 is next January).
    [24, 2, 29],
    [0, 2, 28],
    [2025, 13, 31],
    [2025, 0, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
    expect(daysInMonth(year, month)).toBe(viaDate(year, month));
  });

  it('agrees with Date on every month of 1800..2200', () => {
    for (let year = 1800; year <= 2200; year++)
      for (let month = 1; month <= 12; month++) expect(daysInMonth(year, month)).toBe(viaDate(year, month));
  });
});

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
