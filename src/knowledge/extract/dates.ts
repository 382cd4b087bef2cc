/**
 * Dates in text, Russian and English: extraction with case tables (see test/knowledge/extract/dates.test.ts),
 * question parsing, comparison and rendering. Pure functions; no clock unless a question needs "now".
 *
 * How it works: small rules per language (dates-ru.ts, dates-en.ts, dates-numeric.ts) propose
 * candidates; the longest candidate wins where they overlap; missing years and relative phrases are
 * then resolved against the document's date (dates-resolve.ts).
 */
import type { DateMention, Lang } from '../types.ts';
import { type DateCandidate, type DateRule, runRules } from './dates-candidate.ts';
import { ENGLISH_DATE_RULES } from './dates-en.ts';
import { numericDateRules } from './dates-numeric.ts';
import { chooseNonOverlapping, type DateContext, resolveCandidates } from './dates-resolve.ts';
import { RUSSIAN_DATE_RULES } from './dates-ru.ts';

export type { DateContext } from './dates-resolve.ts';
export { dateSortKey, datesCompatible, dateWithin, precisionRank } from './dates-compare.ts';
export { formatDate } from './dates-format.ts';

/** Both languages' rules run on every text (quotes mix languages); `lang` wins ties. */
const RULES: Record<Lang, readonly DateRule[]> = {
  ru: [...numericDateRules('ru'), ...RUSSIAN_DATE_RULES, ...ENGLISH_DATE_RULES],
  en: [...numericDateRules('en'), ...ENGLISH_DATE_RULES, ...RUSSIAN_DATE_RULES],
};

/** Every date phrase in `text`, in text order, with UTF-16 offsets; `text` of a mention is text.slice(start, end). */
export function extractDates(text: string, lang: Lang, ctx: DateContext = {}): DateMention[] {
  const candidates = chooseNonOverlapping(runRules(text, RULES[lang]), lang).filter((c) => !inTitle(text, c));
  return resolveCandidates(text, candidates, ctx);
}

const DAY_WORD = /^(сегодня|вчера|завтра|today|tomorrow|yesterday|tonight)$/iu;

/**
 * "Today" in a title is no day: «Кештов сегодня», "Kestov Today", "USA Today" are newspapers. A day
 * word inside «quotes» (or a pair of " on the line) or capitalised inside a sentence names something.
 */
function inTitle(text: string, c: DateCandidate): boolean {
  const word = text.slice(c.start, c.end);
  if (!DAY_WORD.test(word)) return false;
  const before = text.slice(0, c.start);
  if (/[«“][^»”]*$/u.test(before) && /^[^«“]*[»”]/u.test(text.slice(c.end))) return true;
  return /^\p{Lu}/u.test(word) && /\p{L}[\s,]*$/u.test(before);
}

/**
 * The first date phrase in a user's question ("in September 2025", "19 марта", "last November"),
 * with yearless and relative phrases resolved against `now` (taken in UTC).
 */
export function parseQuestionDate(text: string, lang: Lang, now: Date = new Date()): DateMention | undefined {
  const docDate = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
  // A question asks what has happened: a yearless date ahead of today is last year's.
  return extractDates(text, lang, { docDate, aheadDays: 0 })[0];
}
