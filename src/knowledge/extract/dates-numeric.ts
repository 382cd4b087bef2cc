/**
 * Dates written in digits only, the same in every language: "26.03.2026", "2025-06-21", "2015-2020".
 * A time such as "13:24" is never a date: no rule here reads a colon.
 */
import type { Lang } from '../types.ts';
import {
  DATE_ANCHORS as A,
  type DateCandidate,
  type DateRule,
  groupSpan,
  isValidDay,
  matchSpan,
  rulePattern,
} from './dates-candidate.ts';
import { WORD_END, WORD_START, YEAR_NUMBER } from './months.ts';

export function numericDateRules(lang: Lang): DateRule[] {
  return [
    {
      name: 'day.month.year (19.02.2026)',
      anchors: [A.year],
      // Not part of a longer dotted number such as a version "1.19.02.2026" or "19.02.2026.1".
      pattern: rulePattern(
        `(?<![\\p{L}\\p{N}.])(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>${YEAR_NUMBER})(?!\\.?\\d)`,
      ),
      build: (match) => dayCandidate(match, lang),
    },
    {
      // "12/03/2026" is 12 March in Europe and December 3 in the US: read only where it cannot be
      // the other (a part over 12, or a Russian text, which writes the day first).
      name: 'day/month/year or month/day/year (21/06/2025, 6/21/2025)',
      anchors: [A.year],
      pattern: rulePattern(
        `(?<![\\p{L}\\p{N}/])(?<first>\\d{1,2})/(?<second>\\d{1,2})/(?<year>${YEAR_NUMBER})(?!/?\\d)`,
      ),
      build: (match) => {
        const first = Number(match.groups?.first);
        const second = Number(match.groups?.second);
        const dayFirst = first > 12 || (second <= 12 && lang === 'ru');
        // Ambiguous: only its year is certain.
        if (!dayFirst && second <= 12)
          return [
            {
              ...matchSpan(match),
              date: { year: Number(match.groups?.year), precision: 'year' },
              resolution: { kind: 'as-written' },
              lang,
            },
          ];
        const [day, month] = dayFirst ? [first, second] : [second, first];
        return dayCandidate(
          { ...match, groups: { ...match.groups, day: String(day), month: String(month) } } as RegExpExecArray,
          lang,
        );
      },
    },
    {
      name: 'ISO year-month-day (2025-06-21)',
      anchors: [A.year],
      pattern: rulePattern(`${WORD_START}(?<year>${YEAR_NUMBER})-(?<month>\\d{2})-(?<day>\\d{2})${WORD_END}`),
      build: (match) => dayCandidate(match, lang),
    },
    {
      // A chronology line headed by its day and month in digits, the year the chronology's own: "12.05 —
      // Northgate. …", "14–16.04: …". Only at the line's head before a dash or a colon, and with a
      // two-digit month, where a section number ("2.1 Background", "3.2 — Methods") or an amount is no date.
      name: 'day.month heading a chronology line (12.05 — …, 14–16.04: …)',
      anchors: [A.digit],
      pattern: rulePattern(
        `(?<=^\\s*(?:[•*·]\\s*)?)(?:(?<firstDay>\\d{1,2})\\s*[-–]\\s*)?(?<day>\\d{1,2})\\.(?<month>\\d{2})\\.?(?=\\s*[-–—:]\\s)`,
        { groupIndices: true },
      ),
      build: (match) => chronologyHeadingCandidates(match, lang),
    },
    {
      // A period of years: we emit both ends as separate year mentions, each with its own offsets,
      // so a question about either year finds the sentence; the period itself has no FuzzyDate form.
      name: 'year range (2015-2020, 2020–2021 годах)',
      anchors: [A.year],
      pattern: rulePattern(`${WORD_START}(?<from>${YEAR_NUMBER})\\s*[-–—]\\s*(?<to>${YEAR_NUMBER})${WORD_END}`, {
        groupIndices: true,
      }),
      build: (match) => {
        const from = Number(match.groups?.from);
        const to = Number(match.groups?.to);
        const fromSpan = groupSpan(match, 'from');
        const toSpan = groupSpan(match, 'to');
        if (!fromSpan || !toSpan || to <= from) return [];
        return [
          { ...fromSpan, date: { year: from, precision: 'year' }, resolution: { kind: 'as-written' }, lang },
          { ...toSpan, date: { year: to, precision: 'year' }, resolution: { kind: 'as-written' }, lang },
        ];
      },
    },
  ];
}

/** The line's day, or both ends of its range of days ("14–16.04"), each its own mention. */
function chronologyHeadingCandidates(match: RegExpExecArray, lang: Lang): DateCandidate[] {
  const month = Number(match.groups?.month);
  const day = Number(match.groups?.day);
  const firstDay = match.groups?.firstDay === undefined ? undefined : Number(match.groups.firstDay);
  if (month < 1 || month > 12 || !isValidDay(day, month)) return [];
  const mention = (d: number, span: { start: number; end: number }): DateCandidate => ({
    ...span,
    date: { month, day: d, precision: 'day' },
    resolution: { kind: 'as-written' },
    lang,
  });
  const end = match.index + match[0].length;
  const firstSpan = groupSpan(match, 'firstDay');
  const daySpan = groupSpan(match, 'day');
  if (firstDay === undefined || !firstSpan || !daySpan) return [mention(day, matchSpan(match))];
  if (firstDay >= day) return [];
  return [mention(firstDay, { start: match.index, end: firstSpan.end }), mention(day, { start: daySpan.start, end })];
}

function dayCandidate(match: RegExpExecArray, lang: Lang): DateCandidate[] {
  const year = Number(match.groups?.year);
  const month = Number(match.groups?.month);
  const day = Number(match.groups?.day);
  if (month < 1 || month > 12 || !isValidDay(day, month, year)) return [];
  return [
    { ...matchSpan(match), date: { year, month, day, precision: 'day' }, resolution: { kind: 'as-written' }, lang },
  ];
}
