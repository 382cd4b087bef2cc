import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/knowledge/extract/dates.ts';
import { resolveEventYears } from '../../../src/knowledge/extract/event-year.ts';

/** The year of a yearless date in a report, on invented sentences of a report dated 25 August 2026. */
describe('resolveEventYears', () => {
  const doc = { year: 2026, month: 8, day: 25 };
  const yearOf = (text: string, lang: 'ru' | 'en') => {
    const dates = resolveEventYears(text, extractDates(text, lang, { docDate: doc }), doc, undefined);
    return dates[0]?.date.year;
  };

  it.each([
    // Past: the last July before the report, even when the sentence speaks of an invitation.
    ['В июле состоялся второй разговор министров, в ходе которого один пригласил другого в Варнель.', 'ru', 2026],
    ['В июле прошла встреча министров.', 'ru', 2026],
    // "The next day" after another event is no future.
    ['На следующий день после визита, 11 июня, президент подписал указ.', 'ru', 2026],
    ['The next day, 11 June, the president signed the order.', 'en', 2026],
    // Future: the next one.
    ['Министр планирует посетить Варнель в июле.', 'ru', 2027],
    ['The minister will visit Varnel in July.', 'en', 2027],
    ['Экзамены пройдут в ноябре.', 'ru', 2026],
    // "должно начаться": what is to happen. "должен был начаться", "was supposed to": a plan told in the
    // past, of the nearest such day on either side of the report (often one put off since).
    ['2 сентября в суде Варнеля должно начаться рассмотрение дела.', 'ru', 2026],
    ['Рассмотрение дела должно было начаться 2 сентября.', 'ru', 2026],
    ['Рассмотрение дела должно было начаться 2 мая.', 'ru', 2026],
    ['Третий этап отзыва должен был начаться 2 сентября.', 'ru', 2026],
    ['The street was supposed to reopen on 30 September.', 'en', 2026],
    // A date a plan is set for is ahead of the report, whatever the sentence's verb.
    ['Саммит, запланированный на 2 сентября, переносится.', 'ru', 2026],
    ['Заседание комиссии, намеченное на 10 сентября, отменили.', 'ru', 2026],
    ['The summit scheduled for 2 September was postponed.', 'en', 2026],
    // The new date of a change is the nearest: told before it or after it.
    ['Last stretch of the Varnel line pushed back to September 3.', 'en', 2026],
    ['Подписание отложили до 3 сентября.', 'ru', 2026],
    ['The signing was moved to 20 February.', 'en', 2026],
  ] as const)('%s → %s', (text, lang, year) => {
    expect(yearOf(text, lang)).toBe(year);
  });

  // The new date of a change past its object and the date it was moved from: «перенёс … с 26 октября на 16 ноября».
  it.each([
    ['Совет перенёс начало выпускных экзаменов с 26 октября на 16 ноября.', 'ru', 2026],
    ['The council moved the start of the exams from 26 October to 16 November.', 'en', 2026],
  ] as const)('%s → %s', (text, lang, year) => {
    const dates = resolveEventYears(text, extractDates(text, lang, { docDate: doc }), doc, undefined);
    expect(dates.at(-1)?.date.year).toBe(year);
  });
});

/** A yearless month told after a dated event of the sentence before: the next year's, when not after the report. */
describe('resolveEventYears after a dated event', () => {
  const doc = { year: 2026, month: 7, day: 21 };
  const yearAfter = (text: string, contextDate: { year: number; month?: number; day?: number }) => {
    const dates = resolveEventYears(
      text,
      extractDates(text, 'en', { docDate: doc, contextYear: contextDate.year }),
      doc,
      { ...contextDate, precision: contextDate.day ? 'day' : 'month' },
    );
    return dates[0]?.date.year;
  };

  it.each([
    // Detained on 17 October 2025, arrested "in February": February 2026.
    ['He was formally arrested in February and tried in May.', { year: 2025, month: 10, day: 17 }, 2026],
    // After the event in the same year: that year.
    ['He was formally arrested in November.', { year: 2025, month: 10, day: 17 }, 2025],
    // The next year would be after the report: the year stays.
    ['He recalled that the talks had begun in February.', { year: 2026, month: 3, day: 5 }, 2026],
  ] as const)('%s → %s', (text, context, year) => {
    expect(yearAfter(text, context)).toBe(year);
  });
});

/** Without the report's date, the sentence before may give a span's end: no next year is inferred from it. */
describe('resolveEventYears without the report date', () => {
  it('keeps the year of a span told in the sentence before', () => {
    const text = 'On 30 July the ministry issued the licence, and on 2 September it lifted the ban.';
    const context = { year: 2026, month: 9, precision: 'month' as const };
    const dates = resolveEventYears(
      text,
      extractDates(text, 'en', { docDate: null, contextYear: 2026 }),
      null,
      context,
    );
    expect(dates.map((d) => d.date.year)).toEqual([2026, 2026]);
  });
});

/** A weekday written beside a yearless day says its year, whatever the tense of the sentence. */
describe('resolveEventYears with a weekday beside the day', () => {
  const doc = { year: 2026, month: 9, day: 30 };
  const yearOf = (text: string, lang: 'ru' | 'en') =>
    resolveEventYears(text, extractDates(text, lang, { docDate: doc }), doc, undefined)[0]?.date.year;

  it.each([
    // 8 September 2026 is a Tuesday: the future "will be allowed" does not make it 2027.
    ['8 Sep (Tue) - Kestov announces that imports from Varnel will be allowed from 1 October.', 'en', 2026],
    // 8 September 2025 was a Monday.
    ['8 Sep (Mon) - Kestov announces that imports from Varnel will be allowed from 1 October.', 'en', 2025],
    ['10 сентября (чт) — Кештов объявит о снятии запрета.', 'ru', 2026],
  ] as const)('%s → %s', (text, lang, year) => {
    expect(yearOf(text, lang)).toBe(year);
  });
});
