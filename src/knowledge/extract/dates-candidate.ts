/**
 * What a date rule produces before the document's date is known: a span, the date as written
 * (often without a year), and how to complete it. `dates.ts` turns candidates into mentions.
 */
import type { FuzzyDate, Lang } from '../types.ts';
import { calendarDay, type DayRange, dayNumber, daysInMonth } from './dates-calendar.ts';
import { monthNumber } from './months.ts';
import { SERIES_LABEL_WORDS } from './series-labels.ts';

export type Resolution =
  /** The date as written; a missing year is inferred from the surroundings. */
  | { kind: 'as-written' }
  /** Years relative to the document: "в прошлом году" (-1), "в августе прошлого года" (-1), "this year" (0). */
  | { kind: 'year-offset'; offset: number }
  /** The latest such month or season before the document's month: "last November", "прошлой осенью". */
  | { kind: 'last-occurrence' }
  /** Days relative to the document's day: "вчера", "в четверг", "last week". Maps the document's days to the phrase's. */
  | { kind: 'days'; fromDocument: (documentDays: DayRange) => DayRange };

export interface DateCandidate {
  start: number;
  end: number;
  date: FuzzyDate;
  resolution: Resolution;
  /** The language of the rule that found it: breaks ties between overlapping candidates. */
  lang: Lang;
}

export interface DateRule {
  /** Says what the rule reads, for debugging and test names. */
  name: string;
  /** Built with flags `giu` (global, case-insensitive, Unicode), plus `d` (group indices) where `build` reads them. */
  pattern: RegExp;
  /**
   * Words the pattern cannot match without (each of these must be in the text), from DATE_ANCHORS:
   * most sentences have no month, season or relative word, and then most rules are not run at all.
   */
  anchors?: readonly RegExp[];
  /** Candidates for one match; none when a guard rejects it (e.g. "may" as a verb). */
  build: (match: RegExpExecArray, text: string) => DateCandidate[];
}

/** Group indices (`d`) cost on every match: only the rules that call groupSpan ask for them. */
export function rulePattern(source: string, options: { groupIndices?: boolean } = {}): RegExp {
  return new RegExp(source, options.groupIndices ? 'giud' : 'giu');
}

const RU_RELATIVE = 'прошл|эт[оиу]|текущ|следующ|будущ|сегодня|вчера|завтра|накануне';
const EN_RELATIVE = 'last|this|next|yesterday|today|tomorrow';

/**
 * Cheap tests for what a date phrase is built around: a number, a month, a season, a relative word,
 * a weekday. Each is a superset of what the rules' own word lists match (prefixes, case-insensitive),
 * so a rule skipped for a missing anchor could not have matched.
 */
export const DATE_ANCHORS = {
  digit: /\d/u,
  /** YEAR_NUMBER without its end: most numbers in a briefing are counts, not years. */
  year: /1[89]\d\d|20\d\d/u,
  yearOrRuRelative: new RegExp(`1[89]\\d\\d|20\\d\\d|${RU_RELATIVE}`, 'iu'),
  yearOrEnRelative: new RegExp(`1[89]\\d\\d|20\\d\\d|${EN_RELATIVE}`, 'iu'),
  /** The part of a period: "в начале", "в середине", "в конце"; "early", "mid", "late", "the end of". */
  ruPart: /начал|середин|конц|конец|половин|полугод/iu,
  /**
   * Without the Unicode flag, which made these two the slowest anchors (a case-insensitive Unicode pattern
   * is tried at every position): the same words in any case, and "ſ", which the rules' Unicode patterns
   * read as "s"; their \b is a boundary wherever the Unicode one is.
   */
  enPart: /early|mid|late|beginning|[sſ]tart|middle|end|half|\b(?:h[12]|[12]h)\b/i,
  ruMonth: /янв|фев|мар|апр|ма[йяеюё]|июн|июл|авг|сен|окт|ноя|дек/iu,
  enMonth: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu,
  season: /зим|весн|лет|осен|winter|spring|summer|autumn|fall/iu,
  ruRelative: new RegExp(RU_RELATIVE, 'iu'),
  enRelative: new RegExp(EN_RELATIVE, 'iu'),
  ruWeekday: /понедельник|вторник|среду|четверг|пятниц|суббот|воскресен/iu,
  enWeekday: /monday|tuesday|wednesday|thursday|friday|saturday|sunday/iu,
  /**
   * Two day numbers of a range or a pair ("14–15", "14th - 15th", "с 1 по 5", "3 and 5", "3 to 5", "3 и 5"):
   * the range rules' first day, its dash or joining word, and a digit of the second; most sentences with
   * a month and a digit have none.
   */
  dayRange: /\d(?:st|nd|rd|th)?\s*[-–—]\s*\d|\d\s+(?:по|до|и|and|to|through|till|until)\s+\d/iu,
  /** "three days ago", "два дня назад". */
  enAgo: /\bago\b/i,
  ruAgo: /назад/iu,
} as const;

export function runRules(text: string, rules: readonly DateRule[]): DateCandidate[] {
  const found: DateCandidate[] = [];
  const { anchors, ruleAnchors } = anchorPlan(rules);
  // Each anchor is tested at most once per text, when a rule first needs it: 0 not yet, 1 present, 2 absent.
  const present = new Uint8Array(anchors.length);
  for (let r = 0; r < rules.length; r++) {
    if (!hasAnchors(text, anchors, ruleAnchors[r] as number[], present)) continue;
    const rule = rules[r] as DateRule;
    // exec on the rule's own pattern, not matchAll: matchAll copies the pattern on every call, and this
    // runs for every rule on every sentence of every document.
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0] === '') pattern.lastIndex = afterEmptyMatch(text, match.index);
      for (const candidate of rule.build(match, text)) found.push(candidate);
    }
  }
  return found;
}

/** Whether the text has every anchor of a rule; `present` remembers each anchor tested: 0 not yet, 1 present, 2 absent. */
function hasAnchors(text: string, anchors: readonly RegExp[], wanted: readonly number[], present: Uint8Array): boolean {
  for (const a of wanted) {
    let yes = present[a] as number;
    if (yes === 0) {
      yes = (anchors[a] as RegExp).test(text) ? 1 : 2;
      present[a] = yes;
    }
    if (yes !== 1) return false;
  }
  return true;
}

/** A rule list's distinct anchors, and each rule's anchors as positions in that list. */
interface AnchorPlan {
  anchors: RegExp[];
  ruleAnchors: number[][];
}

/** Worked out once per rule list (the lists are fixed at load): no map or closure per text. */
const PLANS = new WeakMap<readonly DateRule[], AnchorPlan>();

function anchorPlan(rules: readonly DateRule[]): AnchorPlan {
  let plan = PLANS.get(rules);
  if (plan) return plan;
  const anchors: RegExp[] = [];
  const ruleAnchors = rules.map((rule) =>
    (rule.anchors ?? []).map((anchor) => {
      const at = anchors.indexOf(anchor);
      return at >= 0 ? at : anchors.push(anchor) - 1;
    }),
  );
  plan = { anchors, ruleAnchors };
  PLANS.set(rules, plan);
  return plan;
}

/** Where a global Unicode pattern resumes after an empty match: past the whole code point, as matchAll does. */
export function afterEmptyMatch(text: string, at: number): number {
  return at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
}

/** The span of the whole match. */
export function matchSpan(match: RegExpExecArray): { start: number; end: number } {
  return { start: match.index, end: match.index + match[0].length };
}

export function candidateFromMatch(
  match: RegExpExecArray,
  date: FuzzyDate,
  resolution: Resolution,
  lang: Lang,
): DateCandidate {
  // Fields written out, not spread from matchSpan: this runs for every date phrase of every sentence.
  const start = match.index;
  return { start, end: start + match[0].length, date: withoutUndefined(date), resolution, lang };
}

/**
 * A chronology line headed by its month alone ("Sep - …", "Сентябрь — …", "July 2026: …"): the month, in
 * the year written after it if any, resolved as the language reads its year word (`resolution`).
 */
export function monthHeadingCandidates(match: RegExpExecArray, resolution: Resolution, lang: Lang): DateCandidate[] {
  const groups = match.groups ?? {};
  const month = monthNumber(groups.month ?? '');
  if (month === undefined) return [];
  const year = groups.year ? Number(groups.year) : undefined;
  return [candidateFromMatch(match, { year, month, precision: 'month' }, resolution, lang)];
}

/** Drops undefined fields so results compare cleanly and serialise without empty keys. */
export function withoutUndefined(date: FuzzyDate): FuzzyDate {
  const out: Record<string, unknown> = {};
  for (const key in date) {
    const value = date[key as keyof FuzzyDate];
    if (value !== undefined) out[key] = value;
  }
  return out as unknown as FuzzyDate;
}

/** The span of one named group (requires the `d` flag: rulePattern(source, { groupIndices: true })). */
export function groupSpan(match: RegExpExecArray, group: string): { start: number; end: number } | undefined {
  const span = match.indices?.groups?.[group];
  return span ? { start: span[0], end: span[1] } : undefined;
}

export function isValidDay(day: number, month: number, year?: number): boolean {
  // Without a year, allow 29 February: the year may turn out to be a leap year.
  return day >= 1 && day <= daysInMonth(year ?? 2000, month);
}

// Day arithmetic for relative phrases. Past tense is assumed: "в четверг" in a report means the
// Thursday before (or on) the report's day, which is how the corpus uses it.
export const relativeDays = {
  shift:
    (offset: number) =>
    ([first, last]: DayRange): DayRange => [first + offset, last + offset],
  /** The latest given weekday on or before each document day. */
  weekdayOnOrBefore:
    (weekday: number) =>
    ([first, last]: DayRange): DayRange => [
      first - ((calendarDay(first).weekday - weekday + 7) % 7),
      last - ((calendarDay(last).weekday - weekday + 7) % 7),
    ],
  /** The earliest given weekday on or after each document day: "will fly on Thursday". */
  weekdayOnOrAfter:
    (weekday: number) =>
    ([first, last]: DayRange): DayRange => [
      first + ((weekday - calendarDay(first).weekday + 7) % 7),
      last + ((weekday - calendarDay(last).weekday + 7) % 7),
    ],
  /** The given weekday of the week before: "last week, on Wednesday" (weeks start on Monday). */
  weekdayOfPreviousWeek:
    (weekday: number) =>
    ([first, last]: DayRange): DayRange => [
      mondayOf(first) - 7 + ((weekday + 6) % 7),
      mondayOf(last) - 7 + ((weekday + 6) % 7),
    ],
  /** Monday..Sunday of the week before, weeks starting on Monday. */
  previousWeek: ([first, last]: DayRange): DayRange => [mondayOf(first) - 7, mondayOf(last) - 1],
  thisWeek: ([first, last]: DayRange): DayRange => [mondayOf(first), mondayOf(last) + 6],
  previousMonth: ([first, last]: DayRange): DayRange => {
    const a = calendarDay(first);
    const b = calendarDay(last);
    const startOfPrevious = dayNumber(a.year, a.month - 1, 1);
    return [startOfPrevious, dayNumber(b.year, b.month, 1) - 1];
  },
  thisMonth: ([first, last]: DayRange): DayRange => {
    const a = calendarDay(first);
    const b = calendarDay(last);
    return [dayNumber(a.year, a.month, 1), dayNumber(b.year, b.month, daysInMonth(b.year, b.month))];
  },
};

function mondayOf(dayNo: number): number {
  return dayNo - ((calendarDay(dayNo).weekday + 6) % 7);
}

const FUTURE_BEFORE =
  /(?<![\p{L}])(will|would|shall|is due|are due|due to|is expected|are expected|expected to|plans? to|is to|are to|is set to|scheduled|next|starting|beginning|effective|must|будет|будут|планиру\p{L}*|намерен\p{L}*|ожида\p{L}*|должн?\p{L}*|предстоит|собира\p{L}*|назначен\p{L}*|следующ\p{L}*)(?![\p{L}])[^.!?;]*$/iu;

/**
 * Whether a weekday phrase speaks of the days ahead of the document ("is due to fly to Warsaw on
 * Thursday", "встреча состоится в четверг... будет"): then it is the coming weekday, not the last one.
 */
export function speaksOfFuture(match: RegExpExecArray): boolean {
  const before = match.input.slice(Math.max(0, match.index - 50), match.index);
  return FUTURE_BEFORE.test(before);
}

/** A noun numbering one of a series: "Этап 2 — 6 мая", "Stage 2 - 6 May" (a stage, not the 2nd of May). */
const SERIES_LABEL_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${SERIES_LABEL_WORDS}|№|no\.)\s*$`, 'iu');

/** Whether the number a match starts with labels one of a series rather than giving a day. */
export function labelsNumber(match: RegExpExecArray): boolean {
  return labelsNumberAt(match.input, match.index);
}

/** Whether the number at `index` of the text labels one of a series ("Этап 2"). */
export function labelsNumberAt(text: string, index: number): boolean {
  return SERIES_LABEL_BEFORE.test(text.slice(Math.max(0, index - 20), index));
}
