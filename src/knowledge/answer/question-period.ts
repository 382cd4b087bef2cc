/**
 * A period a question names by two months: "between March and July 2026", "с марта по июль 2026
 * года", "from January to June". The date rules read only "July 2026" of it; the question means
 * every month from the first to the last, so each becomes an asked month.
 */
import { EN_MONTH_ABBREVIATION, EN_MONTH_WORD, foldRussian, monthNumber, RU_MONTH_WORD } from '../extract/months.ts';
import type { DateMention } from '../types.ts';

const PERIOD =
  /(?<![\p{L}])(?:between|from|since|с|со|между)\s+(\p{L}+)(?:\s+(\d{4}))?(?:\s+(?:года|г\.))?\s+(?:and|to|till|until|through|thru|по|до|и)\s+(\p{L}+)(?:\s+(\d{4}))?/iu;

/** "in April to June": "in" opens a period only before "to" ("in March and July" asks two months). */
const IN_PERIOD =
  /(?<![\p{L}])in\s+(\p{L}+)(?:\s+(\d{4}))?\s+(?:to|till|until|through|thru)\s+(\p{L}+)(?:\s+(\d{4}))?/iu;

/** "январь–август 2026", "Mar–Jul 2026": two months joined by a dash. */
const DASHED_PERIOD = /(?<![\p{L}])(\p{L}+)\.?()\s*[–—-]\s*(\p{L}+)\.?(?:\s+(\d{4}))?/giu;

/** Two month names: monthNumber reads prefixes, so the words must be month names first, not "marching" or "майдан". */
function namesTwoMonths(m: RegExpExecArray | RegExpMatchArray): boolean {
  return isMonthWord(m[1] as string) && isMonthWord(m[3] as string);
}

/** The months of a two-month period in the question, or none. Years are those written (or none). */
export function periodMonths(text: string): DateMention[] {
  const m = PERIOD.exec(text) ?? IN_PERIOD.exec(text) ?? [...text.matchAll(DASHED_PERIOD)].find(namesTwoMonths);
  if (!m || m.index === undefined || !namesTwoMonths(m)) return [];
  const first = monthNumber(m[1] as string);
  const last = monthNumber(m[3] as string);
  if (!first || !last) return [];
  const lastYear = m[4] ? Number(m[4]) : m[2] ? Number(m[2]) : undefined;
  const firstYear = m[2] ? Number(m[2]) : lastYear;
  const out: DateMention[] = [];
  let year = firstYear;
  let month = first;
  for (let steps = 0; steps < 24; steps++) {
    out.push({
      date: { ...(year !== undefined ? { year } : {}), month, precision: 'month' },
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      ofPeriod: true,
    });
    if (month === last && year === lastYear) break;
    if (month === last && lastYear === undefined) break;
    month++;
    if (month > 12) {
      month = 1;
      if (year !== undefined) year++;
    }
  }
  return out;
}

/** A whole month name, by the date rules' own month tables (Russian abbreviations collide with names). */
const MONTH_WORD = new RegExp(`^(?:${EN_MONTH_WORD}|${EN_MONTH_ABBREVIATION}|${RU_MONTH_WORD})$`, 'iu');

function isMonthWord(word: string): boolean {
  return MONTH_WORD.test(foldRussian(word));
}
