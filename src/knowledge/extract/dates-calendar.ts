/**
 * Calendar arithmetic on whole days, and the days a fuzzy date can denote.
 * Days are counted from 1970-01-01 (UTC), so a period is a pair of integers.
 */
import type { FuzzyDate, MonthPart, Season } from '../types.ts';

/** Inclusive range of day numbers. */
export type DayRange = readonly [first: number, last: number];

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function calendarDay(dayNo: number): { year: number; month: number; day: number; weekday: number } {
  const date = new Date(dayNo * MS_PER_DAY);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
  };
}

/** Days of each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  // Counted for the usual case: every dated fact asks, and a Date object each time showed in profiles.
  // Anything else goes to Date, which also reads years 0..99 as 1900..1999.
  if (Number.isInteger(year) && year >= 100 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12) {
    if (month !== 2) return MONTH_DAYS[month - 1] as number;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Where early/mid/late fall within a month. The edges overlap on purpose (the 10th is both "early"
 * and "mid"): writers use these words loosely, and a missed match costs more than a loose one.
 */
const MONTH_PART_DAYS: Record<MonthPart, readonly [number, number]> = {
  early: [1, 10],
  mid: [10, 20],
  late: [20, 31],
};
/** Early/mid/late of a year, as months. */
const YEAR_PART_MONTHS: Record<MonthPart, readonly [number, number]> = {
  early: [1, 4],
  mid: [5, 8],
  late: [9, 12],
};
/**
 * Seasons as month spans within the named calendar year. Winter of year Y is taken as the winter
 * months of that calendar year (January, February and December of Y), so "зимой 2022 года" covers
 * February 2022 and a season never changes a date's year.
 */
export const SEASON_MONTHS: Record<Season, ReadonlyArray<readonly [number, number]>> = {
  winter: [
    [1, 2],
    [12, 12],
  ],
  spring: [[3, 5]],
  summer: [[6, 8]],
  autumn: [[9, 11]],
};

/**
 * The days a fuzzy date can denote, as one or more ranges (winter has two).
 * A date without a year is placed in `yearIfMissing`; without either, there is nothing to say.
 */
export function dayRanges(date: FuzzyDate, yearIfMissing?: number): readonly DayRange[] | undefined {
  const year = date.year ?? yearIfMissing;
  if (year === undefined) return undefined;
  // Ranking compares each candidate sentence's date with the question's: the same few thousand stored
  // dates, question after question. Kept per date object and year, they are worked out once instead of
  // as fresh arrays each time (a sixth of what an answer allocated at 1,000 documents). Only for a
  // frozen date, as a loaded store's are: ingest may still change one it is building.
  if (!Object.isFrozen(date)) return rangesOf(date, year);
  let byYear = RANGES.get(date);
  if (!byYear) {
    byYear = new Map();
    RANGES.set(date, byYear);
  }
  let ranges = byYear.get(year);
  if (ranges === undefined) {
    ranges = rangesOf(date, year) ?? null;
    if (ranges) for (const r of ranges) Object.freeze(r);
    byYear.set(year, ranges === null ? null : Object.freeze(ranges));
  }
  return ranges ?? undefined;
}

/** dayRanges by date object, then by the year it was read in (null: no ranges). Shared: never changed. */
const RANGES = new WeakMap<FuzzyDate, Map<number, readonly DayRange[] | null>>();

/** The days of months `from`..`to` of a year. */
function monthSpan(year: number, from: number, to: number): DayRange {
  return [dayNumber(year, from, 1), dayNumber(year, to, daysInMonth(year, to))];
}

function rangesOf(date: FuzzyDate, year: number): DayRange[] | undefined {
  const { month } = date;
  switch (date.precision) {
    case 'day':
      if (month === undefined || date.day === undefined) return undefined;
      return [[dayNumber(year, month, date.day), dayNumber(year, month, date.day)]];
    case 'part-of-month': {
      if (month === undefined) return undefined;
      const [from, to] = MONTH_PART_DAYS[date.part ?? 'mid'];
      return [[dayNumber(year, month, from), dayNumber(year, month, Math.min(to, daysInMonth(year, month)))]];
    }
    case 'month':
      return month === undefined ? undefined : [monthSpan(year, month, month)];
    case 'season':
      return date.season === undefined
        ? undefined
        : SEASON_MONTHS[date.season].map(([from, to]) => monthSpan(year, from, to));
    case 'year': {
      const [from, to] = date.part ? YEAR_PART_MONTHS[date.part] : [1, 12];
      return [monthSpan(year, from, to)];
    }
  }
}

/** The hull of a date's ranges: its first and last possible day. */
export function dayHull(date: FuzzyDate, yearIfMissing?: number): DayRange | undefined {
  const ranges = dayRanges(date, yearIfMissing);
  if (!ranges || ranges.length === 0) return undefined;
  return [Math.min(...ranges.map((r) => r[0])), Math.max(...ranges.map((r) => r[1]))];
}

/**
 * The finest fuzzy date that contains every day of a range, without inventing precision:
 * one day → 'day', one month → 'month', one year → 'year'; a range across years → undefined.
 */
export function coarsestCommonDate([first, last]: DayRange): FuzzyDate | undefined {
  const a = calendarDay(first);
  const b = calendarDay(last);
  if (a.year !== b.year) return undefined;
  if (a.month !== b.month) return { year: a.year, precision: 'year' };
  if (a.day !== b.day) return { year: a.year, month: a.month, precision: 'month' };
  return { year: a.year, month: a.month, day: a.day, precision: 'day' };
}
