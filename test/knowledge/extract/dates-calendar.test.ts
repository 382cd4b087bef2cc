/** daysInMonth counts the usual years itself: the same answers as the Date object gives, edges included. */
import { describe, expect, it } from 'vitest';
import { daysInMonth } from '../../../src/knowledge/extract/dates-calendar.ts';

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
