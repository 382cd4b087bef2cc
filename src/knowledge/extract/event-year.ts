import type { DateMention, FuzzyDate } from '../types.ts';
import { isBackgroundDate } from './date-roles.ts';
import { calendarDay, dayNumber } from './dates-calendar.ts';
import { weekdayNumber } from './months.ts';

/** Future tense and plans: a yearless date in such a sentence is the next one, not the last one. */
const FUTURE =
  /\b(will|shall|is to|are to|is due|are due|upcoming|next|is expected|are expected|plans? to|invited .* to|scheduled|slated|planned for)\b|(откро(ет|ют)|пройд[её]т|пройдут|состоится|состоятся|будет|будут|намерен|планиру|запланирован|намечен|предстоящ|следующ|пригласил|приглашени|должн(о|а|ы)?(?!\s+(был|бы))\s+\p{L}+(ть|ться|ти)(?![\p{L}]))/iu;

/** Right before the new date of a change: "postponed to", "pushed back until", «перенесли на», «отложено до». */
const CHANGED_TO =
  /(?<![\p{L}])(?:postponed|pushed back|put off|moved|delayed|rescheduled|deferred|brought forward|перенес\p{L}*|перенос\p{L}*|отлож\p{L}*|сдвину\p{L}*)(?:\s+\p{L}+){0,2}?\s+(?:to|until|till|на|до)\s*$/iu;

/** The same, past the object and the date it was moved from: «перенёс начало экзаменов с 26 октября на». */
const CHANGED_PAST_OLD_DATE_TO =
  /(?<![\p{L}])(?:postponed|pushed back|put off|moved|delayed|rescheduled|deferred|перенес\p{L}*|перенёс|отлож\p{L}*|сдвину\p{L}*)(?:\s+\p{L}+){0,6}?\s+(?:from|с|со)\s+\d{1,2}\s+\p{L}+\s+(?:to|until|till|на|до)\s*$/iu;

/** A span may begin with its preposition ("до 3 сентября"): the words before it and that preposition. */
function changedTo(text: string, start: number): boolean {
  const preposition = /^(?:to|until|till|на|до)\s/iu.exec(text.slice(start))?.[0] ?? '';
  return (
    CHANGED_TO.test(text.slice(Math.max(0, start - 40), start) + preposition) ||
    CHANGED_PAST_OLD_DATE_TO.test(text.slice(Math.max(0, start - 90), start) + preposition)
  );
}

/** A plan told in the past: "was supposed to", "had been due to", «должна была», «планировалось». */
const PAST_PLAN =
  /(?<![\p{L}])((was|were|had been) (supposed|due|scheduled|expected|set|slated|planned) to|(?:должн\p{L}*|должен) был\p{L}*|планировал\p{L}*сь|намечал\p{L}*сь|предполагал\p{L}*сь)(?![\p{L}])/iu;

/** How far before a date, in characters, its plan's words stand ("was supposed to reopen on"). */
const PAST_PLAN_REACH = 60;

/** "На следующий день после визита", "the next day": the day after another event, no future. */
const DAY_AFTER = /(?:на\s+)?следующ\p{L}*\s+(?:день|утро|вечер)|the next (?:day|morning|evening)/giu;

/** A past-tense verb of taking place right after a date: that date is of a done event. */
const PAST_RIGHT_AFTER =
  /^[\s,]*(состоял\p{L}*|прош[её]л|прошла|прошли|был[аио]?|took place|was held|were held|happened|occurred)(?![\p{L}])/iu;

type DocDate = { year: number; month?: number; day?: number };

/**
 * Fills in the year of yearless dates for the event a sentence reports. The extractor takes the nearest
 * earlier year of the text; that is wrong when the earlier year is background (", which closed in 2020,
 * reopened on October 18") or when the sentence speaks of the future ("откроет офис в начале декабря").
 */
export function resolveEventYears(
  text: string,
  mentions: DateMention[],
  docDate: DocDate | null,
  contextDate: FuzzyDate | undefined,
): DateMention[] {
  const contextYear = contextDate?.year;
  // Asked only of a sentence with a yearless date to resolve: most dated sentences have none.
  let futureSentence: boolean | undefined;
  return mentions.map((m) => {
    if (!m.date.yearInferred || m.date.relative) return m;
    futureSentence ??= FUTURE.test(text.replace(DAY_AFTER, ''));
    // "В июле состоялся разговор, в ходе которого он пригласил ...": the date's own verb is past.
    const future = futureSentence && !PAST_RIGHT_AFTER.test(text.slice(m.end, m.end + 30));
    const earlier = mentions.find(
      (o) =>
        o.start < m.start &&
        o.date.year !== undefined &&
        !o.date.yearInferred &&
        !o.date.relative &&
        !isBackgroundDate(text, o.start),
    );
    // "Pushed back to August 3", «перенесли на 3 августа»: the new date of a change may lie either side of
    // the report (announced before it, or told after it happened); the nearest year is its.
    // "The street was supposed to reopen on June 30", «должна была открыться 30 июня»: a plan told in the
    // past may be of a date on either side of the report, as the new date of a change is.
    if (
      docDate &&
      !earlier &&
      (changedTo(text, m.start) || PAST_PLAN.test(text.slice(Math.max(0, m.start - PAST_PLAN_REACH), m.start)))
    ) {
      const year = yearOfWeekday(text, m, nearestYear(m.date, docDate));
      return year === m.date.year ? m : { ...m, date: { ...m.date, year } };
    }
    let year = earlier?.date.year ?? contextYear;
    if (year === undefined && docDate) year = yearAround(m.date, docDate, future);
    if (year === undefined) return m;
    // "Detained on 17 October 2025 … formally arrested in February": told after a dated event, a yearless
    // month before it in that year is of the next year, when that is not after the document.
    const anchor = earlier?.date ?? contextDate;
    if (
      !future &&
      anchor?.month !== undefined &&
      anchor.year === year &&
      m.date.month !== undefined &&
      after(anchor, year, m.date, year) &&
      // Without the report's date, only a dated event of the same sentence says so: the sentence before
      // may give the end of a span ("between late July and mid-September 2026. On 30 July …").
      (docDate ? !after(m.date, year + 1, docDate) : earlier !== undefined)
    )
      year += 1;
    if (docDate && !future && after(m.date, year, docDate) && !earlier) year = yearAround(m.date, docDate, false);
    if (docDate && future && year === docDate.year && after(docDate, 0, m.date, year) && !earlier)
      year = yearAround(m.date, docDate, true);
    // "8 Sep (Tue)": the weekday written beside a day says its year, whatever the sentence's tense.
    year = yearOfWeekday(text, m, year);
    return year === m.date.year ? m : { ...m, date: { ...m.date, year } };
  });
}

/** The year near `year` in which the mention's day falls on the weekday written after it, if one is. */
function yearOfWeekday(text: string, m: DateMention, year: number): number {
  const { month, day } = m.date;
  if (month === undefined || day === undefined) return year;
  const word = /^\s*\(\s*(\p{L}{2,11})\.?\s*\)/u.exec(text.slice(m.end))?.[1]?.toLowerCase();
  if (!word) return year;
  const weekday = weekdayNumber(word);
  if (weekday === undefined) return year;
  const fits = (y: number) => calendarDay(dayNumber(y, month, day)).weekday === weekday;
  return [year, year - 1, year + 1, year - 2].find(fits) ?? year;
}

/** The year that puts the date closest to the document's date, on either side. */
function nearestYear(d: FuzzyDate, doc: DocDate): number {
  const next = yearAround(d, doc, true);
  const last = yearAround(d, doc, false);
  if (next === last || d.month === undefined || doc.month === undefined) return last;
  const monthsAfter = (next - doc.year) * 12 + d.month - doc.month;
  const monthsBefore = (doc.year - last) * 12 + doc.month - d.month;
  return monthsAfter < monthsBefore ? next : last;
}

/** The year that puts the date closest on the right side of the document's date. */
function yearAround(d: FuzzyDate, doc: DocDate, future: boolean): number {
  if (future) return after(doc, 0, d, doc.year) ? doc.year + 1 : doc.year;
  return after(d, doc.year, doc) ? doc.year - 1 : doc.year;
}

/** Whether date `a` (in year `yearA`) falls after `b` (in its year), at the precision both have. */
function after(
  a: { month?: number; day?: number; year?: number },
  yearA: number,
  b: DocDate | { month?: number; day?: number; year?: number },
  yearB?: number,
): boolean {
  const ya = yearA || a.year || 0;
  const yb = yearB ?? b.year ?? 0;
  if (ya !== yb) return ya > yb;
  if (a.month === undefined || b.month === undefined) return false;
  if (a.month !== b.month) return a.month > b.month;
  if (a.day === undefined || b.day === undefined) return false;
  return a.day > b.day;
}
