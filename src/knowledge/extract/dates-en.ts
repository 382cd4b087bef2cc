/**
 * English date rules: "June 21st", "21 June 2025", "on Sept 11 2025", "in early February 2020",
 * "mid-June", "late 2024", "in the fall", "summer of 2020", "since 2006", "last week", "on Thursday".
 * A span starts at its preposition when the rule read one ("on June 11", "in April").
 */

import { LETTERS } from '../text/letters.ts';
import type { FuzzyDate, MonthPart } from '../types.ts';
import {
  DATE_ANCHORS as A,
  candidateFromMatch,
  type DateCandidate,
  type DateRule,
  groupSpan,
  isValidDay,
  labelsNumber,
  monthHeadingCandidates,
  type Resolution,
  relativeDays,
  rulePattern,
  speaksOfFuture,
  withoutUndefined,
} from './dates-candidate.ts';
import {
  DAY_NUMBER,
  EN_MONTH_ABBREVIATION,
  EN_MONTH_WORD,
  EN_SEASON_WORD,
  EN_WEEKDAY_WORD,
  MONTH_HEADING_AFTER,
  MONTH_HEADING_BEFORE,
  monthNumber,
  seasonFromWord,
  WORD_END,
  WORD_START,
  weekdayNumber,
  YEAR_NUMBER,
} from './months.ts';
import { lookupNumberWord } from './numerals.ts';

const MONTH = `(?<month>${EN_MONTH_WORD}|${EN_MONTH_ABBREVIATION})(?![${LETTERS}\\p{N}]|-[${LETTERS}])`;
/** What joins the two days of a range or a pair before their month: "14-15 June", "3 and 5 April", "3 to 5 April". */
const DAY_RANGE_JOINT = '(?:\\s*[-–—]\\s*|\\s+(?:and|to|through|till|until)\\s+)';
/** After the month, not "and": in "April 3 and 5 people" the 5 counts people. */
const DAY_RANGE_TO = '(?:\\s*[-–—]\\s*|\\s+(?:to|through|till|until)\\s+)';
const DAY_PREPOSITION = '(?:(?<prep>on|since|by|until|till|before|after|from)\\s+)?';
const PERIOD_PREPOSITION = '(?<prep>in|since|by|until|till|before|after|from|during|through|throughout|over|around|at)';
const YEAR_TAIL = `(?:,?\\s+(?:of\\s+)?(?<year>${YEAR_NUMBER})|\\s+of\\s+(?<relYear>last|this|next)\\s+year${WORD_END})?`;
/** Words after a four-digit number that make it a count, not a year ("2000 people"). */
const COUNT_NOUN =
  /^\s+(?:more|other|people|persons|prisoners|detainees|citizens|troops|soldiers|dollars|euros|tons|tonnes|km|miles|cases|votes|times|of)\b/iu;

export const ENGLISH_DATE_RULES: readonly DateRule[] = [
  {
    name: 'month day [year] (June 21st, on Sept 11 2025, June 21, 2025)',
    anchors: [A.digit, A.enMonth],
    // Not the first day of a range ("June 14-15, 2025"): the range rule reads those, with the year.
    pattern: rulePattern(
      `${WORD_START}${DAY_PREPOSITION}${MONTH}\\.?\\s+(?<day>${DAY_NUMBER})(?!${DAY_RANGE_TO}\\d)(?:,?\\s+(?<year>${YEAR_NUMBER}))?`,
    ),
    build: (match) => dayCandidate(match),
  },
  {
    name: 'day [of] month [year] (21 June 2025, 21st of June)',
    anchors: [A.digit, A.enMonth],
    pattern: rulePattern(
      `${WORD_START}${DAY_PREPOSITION}(?<day>${DAY_NUMBER})\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(?<year>${YEAR_NUMBER}))?`,
    ),
    build: (match) => dayCandidate(match, 'day first'),
  },
  {
    // Two days of one month, each its own mention, as in Russian ("June 14" and "15, 2025").
    name: 'day range in one month (June 14-15, 14–15 June 2025, between 3 and 5 April, April 3 to 5)',
    anchors: [A.digit, A.enMonth, A.dayRange],
    pattern: rulePattern(
      `${WORD_START}(?:${MONTH}\\.?\\s+(?<firstDay>${DAY_NUMBER})${DAY_RANGE_TO}(?<day>${DAY_NUMBER})` +
        `|(?<firstDayBefore>${DAY_NUMBER})${DAY_RANGE_JOINT}(?<dayBefore>${DAY_NUMBER})\\s+(?:of\\s+)?(?<monthAfter>${EN_MONTH_WORD}|${EN_MONTH_ABBREVIATION})(?![${LETTERS}\\p{N}]|-[${LETTERS}]))` +
        `(?:,?\\s+(?<year>${YEAR_NUMBER}))?`,
      { groupIndices: true },
    ),
    build: (match) => {
      const groups = match.groups ?? {};
      const word = groups.month ?? groups.monthAfter ?? '';
      const month = monthNumber(word);
      const firstName = groups.firstDay !== undefined ? 'firstDay' : 'firstDayBefore';
      const lastName = groups.day !== undefined ? 'day' : 'dayBefore';
      const firstDay = Number.parseInt(groups[firstName] ?? '', 10);
      const lastDay = Number.parseInt(groups[lastName] ?? '', 10);
      const year = optionalYear(groups.year);
      const firstSpan = groupSpan(match, firstName);
      const lastSpan = groupSpan(match, lastName);
      if (month === undefined || !firstSpan || !lastSpan || firstDay >= lastDay || !isValidDay(lastDay, month, year))
        return [];
      if (labelsNumber(match)) return [];
      if (isVerbLike(word) && year === undefined) return [];
      const matchEnd = match.index + match[0].length;
      const dayDate = (d: number): FuzzyDate => withoutUndefined({ year, month, day: d, precision: 'day' });
      return [
        {
          start: match.index,
          end: firstSpan.end,
          date: dayDate(firstDay),
          resolution: { kind: 'as-written' },
          lang: 'en',
        },
        {
          start: lastSpan.start,
          end: matchEnd,
          date: dayDate(lastDay),
          resolution: { kind: 'as-written' },
          lang: 'en',
        },
      ];
    },
  },
  {
    name: 'early/mid/late month (mid-June, in early February 2020, the end of January)',
    anchors: [A.enMonth],
    pattern: rulePattern(
      `${WORD_START}(?:${PERIOD_PREPOSITION}\\s+)?(?:the\\s+)?(?<part>early|mid|late|beginning\\s+of|start\\s+of|middle\\s+of|end\\s+of|first\\s+half\\s+of|second\\s+half\\s+of)[\\s-]*` +
        `(?<month>${EN_MONTH_WORD})${WORD_END}${YEAR_TAIL}`,
    ),
    build: (match) => {
      const groups = match.groups ?? {};
      const month = monthNumber(groups.month ?? '');
      if (month === undefined) return [];
      const date: FuzzyDate = {
        year: optionalYear(groups.year),
        month,
        part: monthPart(groups.part ?? ''),
        precision: 'part-of-month',
      };
      return [candidate(match, date, yearResolution(groups.relYear))];
    },
  },
  {
    name: 'early/mid/late year (late 2024, mid-2025, at the end of 2024, H1 2026)',
    anchors: [A.enPart, A.yearOrEnRelative],
    pattern: rulePattern(
      `${WORD_START}(?:${PERIOD_PREPOSITION}\\s+)?(?:the\\s+)?(?<part>early|mid|late|beginning\\s+of|start\\s+of|middle\\s+of|end\\s+of|first\\s+half\\s+of|second\\s+half\\s+of|h1|1h|h2|2h)[\\s-]*` +
        `(?:(?<year>${YEAR_NUMBER})|(?<relYear>last|this|next)\\s+year${WORD_END})`,
    ),
    build: (match) => {
      const groups = match.groups ?? {};
      const date: FuzzyDate = {
        year: optionalYear(groups.year),
        part: monthPart(groups.part ?? ''),
        precision: 'year',
      };
      return [candidate(match, date, yearResolution(groups.relYear))];
    },
  },
  {
    // A chronology line headed by its month alone: "Sep - Exports pass 10 billion yen", "July 2026: …".
    name: 'month heading a chronology line (Sep - …, July 2026: …)',
    anchors: [A.enMonth],
    pattern: rulePattern(`${MONTH_HEADING_BEFORE}${MONTH}\\.?${YEAR_TAIL}${MONTH_HEADING_AFTER}`),
    build: (match) => monthHeadingCandidates(match, yearResolution(match.groups?.relYear), 'en'),
  },
  {
    // A month alone needs a preposition or a year; the preposition list leaves out "to" ("to march").
    name: 'month with a preposition or a year (In April, in January 2025, since February 2020, last November)',
    anchors: [A.enMonth],
    pattern: rulePattern(
      `${WORD_START}(?:(?<prep>in|since|by|until|till|before|after|from|during|through|throughout|of|last|this)\\s+)?${MONTH}\\.?${YEAR_TAIL}`,
    ),
    build: (match) => {
      const groups = match.groups ?? {};
      const word = groups.month ?? '';
      const month = monthNumber(word);
      const prep = groups.prep?.toLowerCase();
      if (month === undefined) return [];
      const hasYear = Boolean(groups.year || groups.relYear);
      // Abbreviations alone collide with names ("Mar-a-Lago"), "may" and "march" with verbs.
      if (!hasYear && (isAbbreviation(word) || !prep || (isVerbLike(word) && prep !== 'in' && prep !== 'since')))
        return [];
      let resolution = yearResolution(groups.relYear);
      if (prep === 'last' && !hasYear) resolution = { kind: 'last-occurrence' };
      if (prep === 'this' && !hasYear) resolution = { kind: 'year-offset', offset: 0 };
      return [candidate(match, { year: optionalYear(groups.year), month, precision: 'month' }, resolution)];
    },
  },
  {
    name: 'last/this season (last summer, this fall)',
    anchors: [A.season],
    pattern: rulePattern(`${WORD_START}(?<rel>last|this)\\s+(?<season>${EN_SEASON_WORD})${WORD_END}`),
    build: (match) => {
      const groups = match.groups ?? {};
      const season = seasonFromWord(groups.season?.toLowerCase() ?? '');
      if (!season) return [];
      const resolution: Resolution =
        groups.rel?.toLowerCase() === 'last' ? { kind: 'last-occurrence' } : { kind: 'year-offset', offset: 0 };
      return [candidate(match, { season, precision: 'season' }, resolution)];
    },
  },
  {
    // Without a year a season needs a preposition: "fall" and "spring" are verbs too.
    name: 'season (in the fall, in autumn, summer of 2020, fall 2020)',
    anchors: [A.season],
    pattern: rulePattern(
      `${WORD_START}(?:${PERIOD_PREPOSITION}\\s+)?(?:the\\s+)?(?<season>${EN_SEASON_WORD})${WORD_END}` +
        `(?:(?:\\s+of)?\\s+(?<year>${YEAR_NUMBER})|\\s+of\\s+(?<relYear>last|this|next)\\s+year${WORD_END})?`,
    ),
    build: (match) => {
      const groups = match.groups ?? {};
      const season = seasonFromWord(groups.season?.toLowerCase() ?? '');
      if (!season || !(groups.prep || groups.year || groups.relYear)) return [];
      return [
        candidate(
          match,
          { year: optionalYear(groups.year), season, precision: 'season' },
          yearResolution(groups.relYear),
        ),
      ];
    },
  },
  {
    name: 'year (in 2020, since 2006, the 2020 election, 2021.)',
    anchors: [A.year],
    pattern: rulePattern(
      `${WORD_START}(?:(?<prep>in|since|by|until|till|before|after|from|to|during|through|around|circa|between|and|the|year)\\s+)?(?<year>${YEAR_NUMBER})`,
    ),
    build: (match, text) => {
      const groups = match.groups ?? {};
      if (!bareYearLooksLikeYear(text, match, Boolean(groups.prep))) return [];
      return [candidate(match, { year: Number(groups.year), precision: 'year' }, { kind: 'as-written' })];
    },
  },
  {
    name: 'relative year, month or week (last year, this year, last week, last month)',
    anchors: [A.enRelative],
    pattern: rulePattern(`${WORD_START}(?<rel>last|this|next)\\s+(?<unit>year|month|week)${WORD_END}`),
    build: (match) => {
      const groups = match.groups ?? {};
      const rel = groups.rel?.toLowerCase();
      const unit = groups.unit?.toLowerCase();
      if (unit === 'year') return [candidate(match, { precision: 'year' }, yearResolution(rel))];
      if (rel === 'next') return []; // a future week or month: no rule resolves it yet
      const fromDocument =
        unit === 'week'
          ? rel === 'last'
            ? relativeDays.previousWeek
            : relativeDays.thisWeek
          : rel === 'last'
            ? relativeDays.previousMonth
            : relativeDays.thisMonth;
      return [candidate(match, { precision: 'day' }, { kind: 'days', fromDocument })];
    },
  },
  {
    name: 'days ago (three days ago, 10 days ago)',
    anchors: [A.enAgo],
    pattern: rulePattern(`${WORD_START}(?<n>\\d{1,2}|[a-z]+)\\s+days?\\s+ago${WORD_END}`),
    build: (match) => {
      const word = match.groups?.n ?? '';
      const n = /^\d/.test(word) ? Number(word) : lookupNumberWord(word)?.value;
      if (n === undefined || n < 1 || n > 31) return [];
      return [candidate(match, { precision: 'day' }, { kind: 'days', fromDocument: relativeDays.shift(-n) })];
    },
  },
  {
    name: 'today, yesterday, tomorrow',
    anchors: [A.enRelative],
    pattern: rulePattern(
      `${WORD_START}(?<word>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tomorrow)${WORD_END}`,
    ),
    build: (match, text) => {
      // "Russia Today", "USA Today": a capitalised "Today" after a capitalised word is a name.
      if (/^T/u.test(match[0]) && /\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, match.index - 30), match.index)))
        return [];
      const word = match.groups?.word?.toLowerCase() ?? '';
      // "ready to sign tomorrow", "it could end tomorrow": a manner of speaking, not a day.
      if (
        word.endsWith('tomorrow') &&
        /(?<![\p{L}])(ready|could|would|might|can|willing)(?![\p{L}])[^,.;:]*$/iu.test(
          text.slice(Math.max(0, match.index - 60), match.index),
        )
      )
        return [];
      const offset =
        word === 'today' ? 0 : word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : word.endsWith('tomorrow') ? 2 : -2;
      return [candidate(match, { precision: 'day' }, { kind: 'days', fromDocument: relativeDays.shift(offset) })];
    },
  },
  {
    // Needs a preposition: "The Sunday Times" is a newspaper. ("In the early hours of Saturday" is one.)
    name: 'weekday (on Thursday, last Friday)',
    anchors: [A.enWeekday],
    pattern: rulePattern(
      `${WORD_START}(?:(?<weekBefore>last\\s+week),?\\s+)?(?<prep>on|last|this|since|by|until|till|before|after|(?:the\\s+)?(?:(?:early|small|late|wee)\\s+hours|morning|afternoon|evening|night)\\s+of)\\s+(?<weekday>${EN_WEEKDAY_WORD})(?:\\s+(?<weekAfter>last\\s+week))?${WORD_END}`,
    ),
    build: (match) => {
      const groups = match.groups ?? {};
      const weekday = weekdayNumber(groups.weekday ?? '');
      if (weekday === undefined) return [];
      // "last Friday" said on a Friday is the week before: look from the day before.
      const shift = groups.prep?.toLowerCase() === 'last' ? -1 : 0;
      const onOrBefore =
        !(groups.prep?.toLowerCase() === 'last') && speaksOfFuture(match)
          ? relativeDays.weekdayOnOrAfter(weekday)
          : relativeDays.weekdayOnOrBefore(weekday);
      return [
        candidate(
          match,
          { precision: 'day' },
          {
            kind: 'days',
            // "Last week, on Wednesday" said on a Thursday is not the day before.
            fromDocument:
              groups.weekBefore || groups.weekAfter
                ? relativeDays.weekdayOfPreviousWeek(weekday)
                : (days) => onOrBefore(relativeDays.shift(shift)(days)),
          },
        ),
      ];
    },
  },
];

function candidate(match: RegExpExecArray, date: FuzzyDate, resolution: Resolution): DateCandidate {
  return candidateFromMatch(match, date, resolution, 'en');
}

function dayCandidate(match: RegExpExecArray, order: 'month first' | 'day first' = 'month first'): DateCandidate[] {
  const groups = match.groups ?? {};
  const word = groups.month ?? '';
  const month = monthNumber(word);
  const day = Number.parseInt(groups.day ?? '', 10);
  const year = optionalYear(groups.year);
  if (month === undefined || !isValidDay(day, month, year)) return [];
  // "they may 5 times", "5 may apply": lowercase "may"/"march" need a preposition or a year, or, after the
  // day, a mark that ends the phrase ("16 march: how many …?").
  const closed = /^\s*(?:[:;,.?!—–)]|-\s|$)/.test(match.input.slice(match.index + match[0].length));
  if (isVerbLike(word) && !groups.prep && year === undefined && !(order === 'day first' && closed)) return [];
  return [candidate(match, { year, month, day, precision: 'day' }, { kind: 'as-written' })];
}

/** Lowercase "may" and "march" are usually verbs; capitalised they are months. */
function isVerbLike(word: string): boolean {
  return word === 'may' || word === 'march';
}

function isAbbreviation(word: string): boolean {
  return !new RegExp(`^${EN_MONTH_WORD}$`, 'iu').test(word);
}

function monthPart(word: string): MonthPart {
  const folded = word.toLowerCase();
  if (
    folded.startsWith('early') ||
    folded.startsWith('beginning') ||
    folded.startsWith('start') ||
    folded.startsWith('first') ||
    folded === 'h1' ||
    folded === '1h'
  )
    return 'early';
  if (folded.startsWith('mid')) return 'mid';
  return 'late';
}

function yearResolution(word: string | undefined): Resolution {
  if (!word) return { kind: 'as-written' };
  const folded = word.toLowerCase();
  return { kind: 'year-offset', offset: folded === 'last' ? -1 : folded === 'next' ? 1 : 0 };
}

function optionalYear(value: string | undefined): number | undefined {
  return value ? Number(value) : undefined;
}

/**
 * A four-digit number is a year after a preposition unless a count noun follows ("to 2000 people"),
 * or without one when it ends a phrase ("was 2015-2020.", a question that is just "2026").
 */
function bareYearLooksLikeYear(text: string, match: RegExpExecArray, hasPreposition: boolean): boolean {
  const end = match.index + match[0].length;
  const after = text.slice(end, end + 24);
  if (/^\s*(?:[:.,]\d|%|\d)/u.test(after)) return false; // a time, a decimal, a percentage
  if (/^(?:\p{L}|['’]s|-[хеx])/u.test(after)) return false; // a decade ("1990s", "2020-х") or a code ("2025see")
  if (hasPreposition) return !COUNT_NOUN.test(after);
  return /^\s*(?:$|[.,;!?)»"”])/u.test(after);
}
