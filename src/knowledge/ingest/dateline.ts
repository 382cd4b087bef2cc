/**
 * The publication date a document without front matter gives in its dateline: "Caracas, Monday,
 * September 7, 2026. - …", "LORIN, Kestovia, May 3, 2026 (Varnel Press) - …", "МИНСК, 7 сентября 2026
 * года — …", "Published: 12 May 2026". Only a full date with its year, opening one of the first lines
 * after a place name or a "published" label: a chronology's first entry ("14 марта 2026 — …") dates an
 * event, not the text. A channel's digest of stamped posts is dated by its last post.
 */
import { extractDates } from '../extract/dates.ts';

/** How many non-empty lines of the body a dateline may stand in (a title and a rubric may come first). */
const DATELINE_LINES = 6;
/** … and a time stamp's line, under a web page's banner and menus. */
const STAMP_LINES = 15;

/** A weekday before a date: "Monday, September 7, 2026". */
const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)`;
/** Before the date: a place and a comma, then perhaps a weekday; or a label saying it is the date of publication. */
const BEFORE = new RegExp(
  String.raw`^\s*(?:(?:\p{Lu}[\p{L}.'’\- ]{1,40},\s*)(?:\p{Lu}[\p{L}.'’\- ]{1,30},\s*)?(?:${WEEKDAY},?\s*)?|(?:published|posted|updated|опубликовано|дата публикации|обновлено)\s*:?\s*)$`,
  'iu',
);
/** After the date: the dash (or the agency in brackets) that opens the text of a dateline, or the end of a label's line. */
const AFTER = /^\s*(?:г\.|года)?\s*[.,]?\s*(?:[-–—(]|$)/u;
/**
 * A time stamp's date: the date of a line of fields ("Friday, March 20, 2026 | 15:42 GMT | Varnel Wire",
 * "By Anna Varnel | Halden | 27 Aug 2026, 09:10 | 5 min read", "26.06.2026, 10:12 | Updated …") opens the
 * line, follows its weekday or opens a field, and a time or the next field follows it. (A chronology's
 * entry goes on with a dash and its event.)
 */
const STAMP_BEFORE = new RegExp(String.raw`^\s*(?:${WEEKDAY},?\s*|.*\|\s*)?$`, 'iu');
const STAMP_AFTER = /^\s*(?:г\.|года)?\s*,?\s*(?:\d{1,2}:\d{2}|\|)/u;

/** The date as YYYY-MM-DD, or undefined when the first lines hold no dateline. */
export function datelineDate(text: string, bodyStart: number): string | undefined {
  let seen = 0;
  for (const line of text.slice(bodyStart, bodyStart + 5000).split('\n')) {
    if (!line.trim()) continue;
    if (++seen > STAMP_LINES) break;
    const head = line.slice(0, 200);
    for (const m of extractDates(head, /[а-яё]/i.test(head) ? 'ru' : 'en')) {
      const d = m.date;
      if (d.precision !== 'day' || d.year === undefined || d.yearInferred || d.relative) continue;
      const before = head.slice(0, m.start);
      const after = head.slice(m.end);
      const dateline = seen <= DATELINE_LINES && BEFORE.test(before) && AFTER.test(after);
      if (!dateline && !(STAMP_BEFORE.test(before) && STAMP_AFTER.test(after))) continue;
      const first = isoDay(d.year, d.month, d.day);
      // A channel's digest stamps each post ("14.10.2026 18:15"): it was put together after its last one.
      return dateline ? first : latestPostStamp(text.slice(bodyStart), first);
    }
  }
  return undefined;
}

function isoDay(year: number, month: number | undefined, day: number | undefined): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A line that is a post's stamp alone: "14.10.2026 18:15", "14.10.2026, 18:15". */
const POST_STAMP_LINE = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+\d{1,2}:\d{2}\s*$/u;

/** The latest of the post stamps a text's lines hold, when it holds two or more; else `first`. */
function latestPostStamp(body: string, first: string): string {
  const stamps: string[] = [];
  for (const line of body.split('\n')) {
    const m = POST_STAMP_LINE.exec(line);
    if (m) stamps.push(isoDay(Number(m[3]), Number(m[2]), Number(m[1])));
  }
  return stamps.length >= 2 ? (stamps.sort().at(-1) as string) : first;
}
