/**
 * A period a question names by two months: "between March and July 2026", "с марта по июль 2026
 * года", "from January to June". The date rules read only "July 2026" of it; the question means
 * every month from the first to the last, so each becomes an asked month.
 */
import { monthNumber } from '../extract/months.ts';
import type { DateMention } from '../types.ts';

const PERIOD =
  /(?<![\p{L}])(?:between|from|since|с|со|между)\s+(\p{L}+)(?:\s+(\d{4}))?(?:\s+(?:года|г\.))?\s+(?:and|to|till|until|through|thru|по|до|и)\s+(\p{L}+)(?:\s+(\d{4}))?/iu;

/** The months of a two-month period in the question, or none. Years are those written (or none). */
export function periodMonths(text: string): DateMention[] {
  const m = PERIOD.exec(text);
  if (!m) return [];
  // monthNumber reads prefixes: the words must be month names first, not "marching" or "майдан".
  if (!isMonthWord(m[1] as string) || !isMonthWord(m[3] as string)) return [];
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

const MONTH_WORD =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[йяюе]|маем|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*)$/iu;

function isMonthWord(word: string): boolean {
  return MONTH_WORD.test(word);
}
