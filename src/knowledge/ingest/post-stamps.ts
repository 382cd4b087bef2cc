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

const DAY_FIRST =
  /^[ \t]*(?:[^\p{L}\p{N}\s[]{1,4}[ \t]*)?\[?[ \t]*(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[ \t,]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*\]?[ \t]*$/gmu;
const YEAR_FIRST =
  /^[ \t]*(?:[^\p{L}\p{N}\s[]{1,4}[ \t]*)?\[?[ \t]*(\d{4})-(\d{2})-(\d{2})(?:[ \tT]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*\]?[ \t]*$/gmu;

/** The stamps of a text in order; none for an ordinary article. */
export function postStamps(text: string): PostStamp[] {
  const out: PostStamp[] = [];
  const add = (offset: number, year: number, month: number, day: number) => {
    if (month < 1 || month > 12 || day < 1 || day > 31) return;
    out.push({ offset, date: { year, month, day, precision: 'day' } });
  };
  for (const m of text.matchAll(DAY_FIRST)) add(m.index, Number(m[3]), Number(m[2]), Number(m[1]));
  for (const m of text.matchAll(YEAR_FIRST)) add(m.index, Number(m[1]), Number(m[2]), Number(m[3]));
  return out.sort((a, b) => a.offset - b.offset);
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
