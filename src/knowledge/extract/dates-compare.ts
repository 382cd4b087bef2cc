/**
 * Comparing fuzzy dates: ordering, "could these be the same day", "is this inside that period".
 * All three work on the days a date can denote (see dates-calendar.ts).
 */
import type { FuzzyDate } from '../types.ts';
import { dayRanges, SEASON_MONTHS } from './dates-calendar.ts';

/** A leap year, so that a yearless 29 February still has a day to stand on. */
const ANY_YEAR = 2000;

/** Sort key "YYYY-MM-DD"; coarser dates sort at their start, unknown parts are zeros (2025-09 → "2025-09-00"). */
export function dateSortKey(date: FuzzyDate): string {
  const year = date.year ?? 0;
  let month = date.month ?? 0;
  let day = 0;
  if (date.precision === 'day') day = date.day ?? 0;
  if (date.precision === 'part-of-month') day = { early: 0, mid: 9, late: 19 }[date.part ?? 'early'];
  if (date.precision === 'season' && date.season) month = SEASON_MONTHS[date.season][0]?.[0] ?? 0;
  if (date.precision === 'year') month = date.part ? { early: 0, mid: 5, late: 9 }[date.part] : 0;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Whether two dates can denote the same day: June 2025 and 21 June 2025 can, 14 and 15 August cannot.
 * A missing year matches any year.
 */
export function datesCompatible(a: FuzzyDate, b: FuzzyDate): boolean {
  const year = a.year ?? b.year ?? ANY_YEAR;
  const rangesA = dayRanges(a, a.year ?? (b.year === undefined ? year : b.year));
  const rangesB = dayRanges(b, b.year ?? (a.year === undefined ? year : a.year));
  if (!rangesA || !rangesB) return true; // too little is known to tell them apart
  return rangesA.some(([firstA, lastA]) => rangesB.some(([firstB, lastB]) => firstA <= lastB && firstB <= lastA));
}

/**
 * Whether every day `date` can denote lies inside `range` (a day, a month, a season, a year...).
 * A range without a year is read in the date's year ("в июне" contains 21 June 2025); a date without
 * a year is not known to lie inside a range that has one.
 */
export function dateWithin(date: FuzzyDate, range: FuzzyDate): boolean {
  if (range.year !== undefined && date.year === undefined) return false;
  const year = date.year ?? ANY_YEAR;
  const inner = dayRanges(date, year);
  const outer = dayRanges(range, year);
  if (!inner || !outer) return false;
  return inner.every(([first, last]) => outer.some(([from, to]) => from <= first && last <= to));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

const PRECISION_ORDER: readonly FuzzyDate['precision'][] = ['day', 'part-of-month', 'month', 'season', 'year'];

/** 0 for a day, up to 4 for a year: lower is more precise. */
export function precisionRank(date: FuzzyDate): number {
  return PRECISION_ORDER.indexOf(date.precision);
}
