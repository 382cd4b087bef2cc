/**
 * Lines that only stamp when a post was written: a channel digest or a live blog
 * ("[14.08.2026 23:30]", "14.08.2026, 09:14", "2026-08-14 23:30"). Everything under a stamp was
 * written that day: its "сегодня" and "on Friday" are read against the stamp, not the document's
 * date, and a sentence with no date of its own tells what happened that day.
 */
import type { FuzzyDate } from '../types.ts';

export interface PostStamp {
  /** Offset of the stamp line in the document's text. */
  offset: number;
  date: FuzzyDate & { year: number; month: number; day: number };
}

/** A stamp line: the date alone, in brackets or not, with a time, after a calendar or clock mark at most. */
const DAY_FIRST =
  /^[ \t]*(?:[^\p{L}\p{N}\s[]{1,4}[ \t]*)?\[?[ \t]*(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[ \t,]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*\]?[ \t]*$/u;
const YEAR_FIRST =
  /^[ \t]*(?:[^\p{L}\p{N}\s[]{1,4}[ \t]*)?\[?[ \t]*(\d{4})-(\d{2})-(\d{2})(?:[ \tT]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*\]?[ \t]*$/u;
/** No stamp line is longer: a longer line is prose, and is not matched at all (a whole document's lines are). */
const STAMP_LINE_MAX = 48;

/** The stamps of a text in order; none for an ordinary article. */
export function postStamps(text: string): PostStamp[] {
  const out: PostStamp[] = [];
  const add = (offset: number, year: number, month: number, day: number) => {
    if (month < 1 || month > 12 || day < 1 || day > 31) return;
    out.push({ offset, date: { year, month, day, precision: 'day' } });
  };
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to - from <= STAMP_LINE_MAX) {
      const line = text.slice(from, to).replace(/\r$/, '');
      const day = DAY_FIRST.exec(line);
      if (day) add(from, Number(day[3]), Number(day[2]), Number(day[1]));
      const year = day ? null : YEAR_FIRST.exec(line);
      if (year) add(from, Number(year[1]), Number(year[2]), Number(year[3]));
    }
    from = to + 1;
  }
  return out;
}

/** The last stamp before an offset, if any. */
export function stampBefore(stamps: readonly PostStamp[], offset: number): PostStamp | undefined {
  let found: PostStamp | undefined;
  for (const s of stamps) {
    if (s.offset >= offset) break;
    found = s;
  }
  return found;
}
