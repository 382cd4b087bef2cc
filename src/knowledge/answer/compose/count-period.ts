/**
 * The time a count is for, read off its sentence: a figure "на февраль", a total "за апрель — май", one
 * "за первое полугодие", a sentence dated by months of its own. Another time than the one asked is no
 * answer, whatever the paragraph around the sentence is dated by.
 */
import { datesCompatible } from '../../extract/dates.ts';
import type { AnalyzedQuestion } from '../analyze.ts';
import type { Candidate } from '../candidates.ts';
import { periodMonths } from '../question-period.ts';
import type { RankedSentence } from '../retrieve.ts';

/**
 * "85 млн кубометров газа на февраль", "60 mcm a month for July", "2.4 billion kWh in 2026": the period a
 * figure is for, right after it. Another period than the one asked is no answer ("how much in January").
 */
export function countsForOtherPeriod(q: AnalyzedQuestion, c: Candidate, r: RankedSentence): boolean {
  if (!q.dates.length) return false;
  const text = r.entry.sentence.text;
  const end = r.entry.tokens[c.to - 1]?.end ?? 0;
  return r.entry.annotation.dates.some(
    (m) =>
      m.start >= end &&
      m.start - end <= 25 &&
      !/[,;.]/.test(text.slice(end, m.start)) &&
      // The preposition may open the date's words or stand before them, with a period's first month
      // between ("for July-December 2026", read as December 2026).
      (/^(на|for)\s/iu.test(m.text) ||
        /(?<![\p{L}])(на|for)\s+(\p{L}+\s*[-–—]\s*)?$/iu.test(text.slice(end, m.start)) ||
        // "2.4 billion kWh in 2026", "2,4 млрд кВт·ч в 2026 году": a year the figure is of.
        (m.date.precision === 'year' && /^(in|в|во|за)\s/iu.test(m.text))) &&
      !q.dates.some((d) => datesCompatible(d.date, m.date)),
  );
}

/**
 * "How much in April–June?" and a sentence gives a figure "за апрель — май": a total of another period of
 * months is not the one asked. Both periods of two months or more, their months not the same.
 */
export function statesOtherPeriod(asked: readonly (number | undefined)[], r: RankedSentence): boolean {
  if (asked.length < 2) return false;
  const told = periodMonths(r.entry.sentence.text).map((d) => d.date.month);
  if (told.length < 2) return false;
  return told.length !== asked.length || told.some((m, i) => m !== asked[i]);
}

/** A span of several months a figure is for: "за первое полугодие", "in the first quarter", "over nine months". */
const SPAN_OF_MONTHS =
  /(?<![\p{L}])(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|q[1-4]) (?:half|quarter)|half[- ]year|(?:первое|второе|первом|втором|перв\p{L}*|втор\p{L}*|трет\p{L}*|четв[её]рт\p{L}*) (?:полугоди\p{L}*|квартал\p{L}*)|полугоди\p{L}*|(?:three|six|nine|eight|seven|five|four|two|три|шесть|девять|восемь|семь|пять|четыре|два) (?:months|месяц\p{L}*)|(?:since|from) the (?:start|beginning) of the year|year to date|с начала года)(?![\p{L}])/iu;

/**
 * "How many tonnes passed through the port in June?" and a sentence gives "за первое полугодие … 2,4 млн
 * тонн": a figure for a span of months does not answer one month, unless the sentence names that month too.
 */
export function forSpanNotMonthAsked(q: AnalyzedQuestion, r: RankedSentence): boolean {
  const months = q.dates.filter((d) => !d.ofPeriod && d.date.precision === 'month');
  if (months.length !== 1 || q.dates.length !== 1 || SPAN_OF_MONTHS.test(q.text)) return false;
  if (!SPAN_OF_MONTHS.test(r.entry.sentence.text)) return false;
  const asked = (months[0] as (typeof months)[0]).date;
  // A day of the asked month is the day the span's figure was given ("22 октября — KTI сообщила, что за
  // девять месяцев …"), not the month it counts.
  return !r.entry.annotation.dates.some(
    (m) => m.date.month === asked.month && m.date.precision !== 'day' && datesCompatible(asked, m.date),
  );
}

/**
 * "How many were detained in June?" and "eight people were detained along the line in July": a sentence
 * dated by months or days of its own, none of them the asked time, counts for another time, whatever the
 * paragraph around it is dated by.
 */
export function datedOtherwise(q: AnalyzedQuestion, r: RankedSentence): boolean {
  if (!q.dates.length || q.dates.some((d) => d.date.precision === 'year')) return false;
  const text = r.entry.sentence.text;
  const dated = r.entry.annotation.dates.filter((m) => !comparedWith(text, m.start));
  const own = dated.filter((m) => m.date.precision === 'month' || m.date.precision === 'day');
  // "480,000 doses on 7 July and 150,000 on 21 July, a total of 630,000 by the end of August": the asked
  // part of a month ("к концу августа") stated beside the days dates the sentence too.
  const partAsked = q.dates.filter((d) => d.date.precision === 'part-of-month');
  const asPartAsked = dated.filter(
    (m) => m.date.precision === 'part-of-month' && partAsked.some((d) => datesCompatible(d.date, m.date)),
  );
  return (
    own.length > 0 && !asPartAsked.length && !own.some((m) => q.dates.some((d) => datesCompatible(d.date, m.date)))
  );
}

/**
 * "236 тыс. тонн (в мае было 268)", "up from 268,000 in May": a month the figure is compared with is not
 * the month it is for.
 */
function comparedWith(text: string, start: number): boolean {
  const before = text.slice(0, start);
  const open = before.lastIndexOf('(');
  return (open >= 0 && !before.slice(open).includes(')')) || COMPARED_BEFORE.test(before.slice(-40));
}

const COMPARED_BEFORE =
  /(?<![\p{L}])(против|по сравнению с|в сравнении с|than|compared (with|to)|up from|down from|versus|vs\.?)(?![\p{L}])[^.;]{0,24}$/iu;

/** "the second quarter", "Q2", "H1", "первое полугодие", "II квартал", "во 2-м квартале": a numbered part of a year. */
const PART_OF_YEAR =
  /(?<![\p{L}\d])(?:(first|second|third|fourth|1st|2nd|3rd|4th|перв\p{L}*|втор\p{L}*|трет\p{L}*|четв[её]рт\p{L}*|I{1,3}|IV|[1-4](?:-?(?:й|м|е|го|ом))?)\s+(half|quarter|полугоди\p{L}*|квартал\p{L}*)|([QqHh])([1-4]))(?![\p{L}\d])/gu;

const ORDINAL_WORDS: Array<[RegExp, number]> = [
  [/^(first|1st|перв|i$|1)/iu, 1],
  [/^(second|2nd|втор|ii$|2)/iu, 2],
  [/^(third|3rd|трет|iii$|3)/iu, 3],
  [/^(fourth|4th|четв|iv$|4)/iu, 4],
];

/** The numbered parts of a year a text names, as "quarter 2", "half 1". */
export function partsOfYear(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PART_OF_YEAR)) {
    const kind = m[3]
      ? /q/i.test(m[3])
        ? 'quarter'
        : 'half'
      : /^(half|полугод)/iu.test(m[2] as string)
        ? 'half'
        : 'quarter';
    const value = m[4] ? Number(m[4]) : ORDINAL_WORDS.find(([re]) => re.test(m[1] as string))?.[1];
    if (value !== undefined && !(kind === 'half' && value > 2)) out.push(`${kind} ${value}`);
  }
  return out;
}

/**
 * "By how much did imports change in the second quarter?" and "imports fell 38 percent in the first
 * quarter" (or "in the first half"): a figure of another numbered part of the year, the asked one not
 * named, is no answer.
 */
export function forOtherPartOfYear(asked: readonly string[], r: RankedSentence): boolean {
  if (!asked.length) return false;
  // A half is no quarter either: "в первом полугодии" does not give the first quarter's figure.
  const told = partsOfYear(r.entry.sentence.text);
  return told.length > 0 && !told.some((p) => asked.includes(p));
}

/** Whether the sentence names one of the asked numbered parts of the year. */
export function namesPartOfYear(asked: readonly string[], r: RankedSentence): boolean {
  return partsOfYear(r.entry.sentence.text).some((p) => asked.includes(p));
}

/**
 * "Сколько заключённых освободили в декабре 2025 года?" and a report of September 2025: a document published
 * before the period asked began cannot tell what happened in it (a plan it gives is no count of it).
 */
export function publishedBeforeAsked(q: AnalyzedQuestion, r: RankedSentence): boolean {
  const published = r.entry.source.published;
  if (!published) return false;
  const starts = q.dates
    .filter((d) => d.date.year !== undefined && !d.date.yearInferred && d.date.month !== undefined)
    .map((d) => `${d.date.year}-${String(d.date.month).padStart(2, '0')}`);
  if (!starts.length) return false;
  const first = starts.sort()[0] as string;
  return published.slice(0, 7) < first;
}
