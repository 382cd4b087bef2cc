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
    // "должно начаться": what is to happen; "должен был начаться": what was to.
    ['2 сентября в суде Варнеля должно начаться рассмотрение дела.', 'ru', 2026],
    ['Рассмотрение дела должно было начаться 2 сентября.', 'ru', 2025],
  ] as const)('%s → %s', (text, lang, year) => {
    expect(yearOf(text, lang)).toBe(year);
  });
});
