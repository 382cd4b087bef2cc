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
  return dayShifted(anchor, shift, phrase, (match.index ?? 0) + match[0].length - phrase.length);
}

/** The mention of `phrase` at `start`, the day `shift` days from `anchor` (a day of a known year). */
function dayShifted(anchor: FuzzyDate, shift: number, phrase: string, start: number): DateMention {
  const { year, month, day } = calendarDay(
    dayNumber(anchor.year as number, anchor.month as number, anchor.day as number) + shift,
  );
  return {
    date: { year, month, day, precision: 'day', relative: true },
    text: phrase,
    start,
    end: start + phrase.length,
  };
}

/**
 * "…stopped pumping on 14 February, two days after an armed group overran the station", «29 мая, за три
 * дня до вступления пошлины в силу, …»: the event the phrase names is dated from the day of the clause it
 * is set off from by a comma. The phrase's own position holds that event's day.
 */
const DAYS_APART =
  /(?<![\p{L}\d])(?:(?<en>(?<enCount>\p{L}+|\d+) (?<enUnit>days?|weeks?) (?<enSide>after|before))|(?<ru>(?<ruSide>через|за) (?<ruCount>\p{L}+|\d+) (?<ruUnit>дня|дней|день|недели|недель|неделю) (?:после|до)))(?![\p{L}])(?! (?:that|this|it|этого|того|него|неё|нее)(?![\p{L}]))/giu;
/** Between the day and the phrase: the rest of its clause and the comma that sets the phrase off. */
const SET_OFF_BY_COMMA = /^[^,;:.!?()«»"“”—–]*,\s*(?:just |only |some |nearly |almost |всего |лишь |уже )?$/iu;

/** The days the phrases of `text` name, each dated from the sentence's day before it (`dates`, its mentions). */
export function daysApartMentions(text: string, dates: readonly DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const match of text.matchAll(DAYS_APART)) {
    const g = match.groups ?? {};
    const word = (g.enCount ?? g.ruCount ?? '').toLowerCase();
    const count = word === 'a' ? 1 : parseNumberToken(word);
    if (count === undefined || count < 1 || count > 31) continue;
    const weeks = /^(week|недел)/i.test(g.enUnit ?? g.ruUnit ?? '');
    const days = weeks ? count * 7 : count;
    const after = g.en ? /after/i.test(g.enSide ?? '') : /через/i.test(g.ruSide ?? '');
    const start = match.index ?? 0;
    const anchor = dates
      .filter(
        (d) => d.end <= start && d.date.precision === 'day' && d.date.year !== undefined && d.date.month !== undefined,
      )
      .at(-1);
    if (!anchor || !SET_OFF_BY_COMMA.test(text.slice(anchor.end, start))) continue;
    out.push(dayShifted(anchor.date, after ? -days : days, match[0], start));
  }
  return out;
}
