/**
 * Turns candidates into mentions: picks one candidate per stretch of text, completes missing years
 * and resolves relative phrases against the document's date, never adding precision it lacks.
 */
import type { DateMention, FuzzyDate, Lang } from '../types.ts';
import { coarsestCommonDate, type DayRange, dayHull } from './dates-calendar.ts';
import { type DateCandidate, withoutUndefined } from './dates-candidate.ts';

export interface DateContext {
  /** The document's publication date, as precise as known (null/undefined when unknown). */
  docDate?: { year: number; month?: number; day?: number } | null;
  /** A year given explicitly in the preceding sentence of the same paragraph (caller computes it), if any. */
  contextYear?: number;
  /**
   * How many days after the document a yearless date may still be of its year (AHEAD_DAYS for a
   * document, whose plans lie ahead; 0 for a question, which asks what has happened).
   */
  aheadDays?: number;
}

/**
 * Where candidates overlap, keep the longest ("в августе прошлого года" over "прошлого года");
 * on equal length prefer the text's primary language, then the earlier start.
 */
export function chooseNonOverlapping(candidates: readonly DateCandidate[], primary: Lang): DateCandidate[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      Number(b.lang === primary) - Number(a.lang === primary) ||
      a.start - b.start,
  );
  const chosen: DateCandidate[] = [];
  for (const candidate of ranked) {
    if (chosen.every((kept) => candidate.end <= kept.start || candidate.start >= kept.end)) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Resolves chosen candidates (in text order) into mentions; a candidate that cannot be resolved honestly is dropped. */
export function resolveCandidates(
  text: string,
  candidates: readonly DateCandidate[],
  context: DateContext,
): DateMention[] {
  const documentDays = documentDayRange(context.docDate);
  const documentYear = context.docDate?.year;
  const mentions: DateMention[] = [];
  // Rule 1 of year inference: the nearest explicit year earlier in the same text.
  let precedingYear: number | undefined;
  for (const candidate of candidates) {
    const date = resolveOne(candidate, {
      documentDays,
      documentYear,
      documentMonth: context.docDate?.month,
      precedingYear,
      contextYear: context.contextYear,
      aheadDays: context.aheadDays ?? AHEAD_DAYS,
    });
    if (!date) continue;
    mentions.push({
      date,
      text: text.slice(candidate.start, candidate.end),
      start: candidate.start,
      end: candidate.end,
    });
    if (candidate.resolution.kind === 'as-written' && candidate.date.year !== undefined)
      precedingYear = candidate.date.year;
  }
  return mentions;
}

interface Surroundings {
  documentDays: DayRange | undefined;
  documentYear: number | undefined;
  documentMonth: number | undefined;
  precedingYear: number | undefined;
  contextYear: number | undefined;
  aheadDays: number;
}

function resolveOne(candidate: DateCandidate, around: Surroundings): FuzzyDate | undefined {
  const { date, resolution } = candidate;
  switch (resolution.kind) {
    case 'as-written':
      return date.year !== undefined ? date : inferYear(date, around);
    case 'year-offset':
      if (around.documentYear === undefined) return date.precision === 'year' ? undefined : date;
      return { ...date, year: around.documentYear + resolution.offset, relative: true };
    case 'last-occurrence': {
      // Without the document's month, "last November" could be either of two years: keep it yearless.
      if (around.documentYear === undefined || around.documentMonth === undefined) return date;
      const year = lastMonthOf(date) < around.documentMonth ? around.documentYear : around.documentYear - 1;
      return { ...date, year, relative: true };
    }
    case 'days': {
      if (!around.documentDays) return undefined;
      const resolved = coarsestCommonDate(resolution.fromDocument(around.documentDays));
      return resolved ? { ...resolved, relative: true } : undefined;
    }
  }
}

/**
 * How far after its document a yearless date may still be of the document's year: "the ban will be
 * lifted on 15 October" in a brief of 30 September is a plan two weeks ahead, not last October.
 */
const AHEAD_DAYS = 45;

/**
 * A date written without a year takes, in order: the nearest explicit year earlier in the text, the
 * caller's context year, the document's year — each only if the date is then not more than
 * `aheadDays` after the document — or else the year before the document's. Without any of these the
 * year stays unknown.
 */
function inferYear(date: FuzzyDate, around: Surroundings): FuzzyDate {
  const notAfterDocument = (year: number): boolean => {
    if (!around.documentDays) return true;
    const hull = dayHull(date, year);
    return hull !== undefined && hull[0] <= around.documentDays[1] + around.aheadDays;
  };
  const choices = [around.precedingYear, around.contextYear, around.documentYear];
  const year = choices.find((choice): choice is number => choice !== undefined && notAfterDocument(choice));
  if (year !== undefined) return { ...date, year, yearInferred: true };
  if (around.documentYear !== undefined) return { ...date, year: around.documentYear - 1, yearInferred: true };
  return date;
}

/** The last month of a month or season, for "last November" / "прошлой осенью". */
function lastMonthOf(date: FuzzyDate): number {
  if (date.month !== undefined) return date.month;
  const seasonEnd = { winter: 2, spring: 5, summer: 8, autumn: 11 } as const;
  return date.season ? seasonEnd[date.season] : 12;
}

function documentDayRange(docDate: DateContext['docDate']): DayRange | undefined {
  if (!docDate) return undefined;
  const precision =
    docDate.day !== undefined && docDate.month !== undefined ? 'day' : docDate.month !== undefined ? 'month' : 'year';
  return dayHull(withoutUndefined({ year: docDate.year, month: docDate.month, day: docDate.day, precision }));
}
