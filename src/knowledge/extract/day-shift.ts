/**
 * A day told relative to the one before it in the text: "Накануне окружной суд отказался …" after an
 * entry dated 6 February is 5 February; "The next day the court …" after 3 March is 4 March. Only at
 * the start of a sentence (after "and", "but"), where the phrase dates the sentence's own event.
 */

import type { DateMention, FuzzyDate } from '../types.ts';
import { calendarDay, dayNumber } from './dates-calendar.ts';
import { parseNumberToken } from './numerals.ts';

const OPENER = String.raw`^[\s«"“(]*(?:(?:а|и|но|and|but|then)\s+)?`;
const BEFORE = new RegExp(
  `${OPENER}(накануне|днём ранее|днем ранее|за день до этого|the day before|a day earlier|the previous day)(?![\\p{L}])`,
  'iu',
);
const AFTER = new RegExp(
  `${OPENER}(на следующий день|на другой день|назавтра|the next day|the following day|a day later)(?![\\p{L}])`,
  'iu',
);
const DAYS_LATER = new RegExp(
  `${OPENER}(через (\\p{L}+|\\d+) (?:дня|дней)|(\\p{L}+|\\d+) days later)(?![\\p{L}])`,
  'iu',
);

/** The mention of the phrase at the sentence's start, dated from `anchor` (a day of a known year), if any. */
export function shiftedDayMention(text: string, anchor: FuzzyDate | undefined): DateMention | undefined {
  if (anchor?.precision !== 'day' || anchor.year === undefined || anchor.month === undefined || !anchor.day)
    return undefined;
  let match = BEFORE.exec(text);
  let shift = -1;
  if (!match) {
    match = AFTER.exec(text);
    shift = 1;
  }
  if (!match) {
    match = DAYS_LATER.exec(text);
    const count = match ? parseNumberToken((match[2] ?? match[3] ?? '').toLowerCase()) : undefined;
    if (!match || count === undefined || count < 2 || count > 14) return undefined;
    shift = count;
  }
  const phrase = match[1] as string;
  const start = (match.index ?? 0) + match[0].length - phrase.length;
  const { year, month, day } = calendarDay(dayNumber(anchor.year, anchor.month, anchor.day) + shift);
  return {
    date: { year, month, day, precision: 'day', relative: true },
    text: phrase,
    start,
    end: start + phrase.length,
  };
}
