/**
 * The day an interview was recorded, when it says so ("Беседа записана в Варнеле 4 июня", "The interview
 * was recorded on 4 June"): its "вчера" and "on Wednesday" are told from that day, not from the day the
 * interview was published.
 */
import { extractDates } from '../extract/dates.ts';

type DayDate = { year: number; month: number; day: number };

const RECORDED =
  /(?<![\p{L}])(?:бесед[аы]|интервью|разговор)\s+(?:был[аио]?\s+)?(?:записан[аоы]?|проведен[аоы]?|проведён[аоы]?|состоял(?:ась|ось|ся))(?![\p{L}])|(?<![\p{L}])(?:interview|conversation)\s+(?:was\s+)?(?:recorded|conducted|held|took place)(?![\p{L}])/giu;

/** How long before its publication an interview may have been recorded. */
const MAX_DAYS_BEFORE = 92;

export function recordingDate(
  text: string,
  published: { year: number; month?: number; day?: number } | null,
): DayDate | undefined {
  if (!published?.month || !published.day) return undefined;
  const publishedDay = Date.UTC(published.year, published.month - 1, published.day);
  for (const m of text.matchAll(RECORDED)) {
    // The note's own sentence: the date follows the verb, a place may come between.
    const note = (text.slice(m.index + m[0].length).split(/[.\n]/)[0] ?? '').slice(0, 80);
    const lang = /[а-яё]/i.test(note) ? 'ru' : 'en';
    for (const { date } of extractDates(note, lang, { docDate: published, aheadDays: 0 })) {
      if (date.precision !== 'day' || !date.year || !date.month || !date.day) continue;
      const days = (publishedDay - Date.UTC(date.year, date.month - 1, date.day)) / 86_400_000;
      if (days >= 0 && days <= MAX_DAYS_BEFORE) return { year: date.year, month: date.month, day: date.day };
    }
  }
  return undefined;
}

/**
 * Whether a sentence is the note saying when the interview was recorded: its own "в прошлую пятницу" is
 * told from the day of publication, as the recording day was found.
 */
export function statesRecording(sentence: string): boolean {
  return RECORDED_NOTE.test(sentence);
}
const RECORDED_NOTE = new RegExp(RECORDED.source, 'iu');
