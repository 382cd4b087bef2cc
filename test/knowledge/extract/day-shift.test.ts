import { describe, expect, it } from 'vitest';
import { shiftedDayMention } from '../../../src/knowledge/extract/day-shift.ts';
import type { FuzzyDate } from '../../../src/knowledge/types.ts';

const SIXTH_OF_FEBRUARY: FuzzyDate = { year: 2026, month: 2, day: 6, precision: 'day' };

describe('shiftedDayMention: a day told from the one before', () => {
  it.each([
    ['Накануне окружной суд Кештова отказался продлить арест судна.', 'Накануне', '2026-02-05'],
    ['А на следующий день Варнел передал Кештову двух полицейских.', 'на следующий день', '2026-02-07'],
    ['The next day the court in Kestov released them.', 'The next day', '2026-02-07'],
    ['Через три дня делегация вернулась в Кештов.', 'Через три дня', '2026-02-09'],
    ['Two days later the envoy left Varnel.', 'Two days later', '2026-02-08'],
  ])('%s → %s = %s', (text, phrase, iso) => {
    const m = shiftedDayMention(text, SIXTH_OF_FEBRUARY);
    expect(m?.text).toBe(phrase);
    expect(text.slice(m?.start, m?.end)).toBe(phrase);
    const d = m?.date;
    expect(`${d?.year}-${String(d?.month).padStart(2, '0')}-${String(d?.day).padStart(2, '0')}`).toBe(iso);
  });

  it.each([
    // Not at the sentence's start: the phrase may date something else.
    ['Суд, как и накануне, отказался продлить арест.', SIXTH_OF_FEBRUARY],
    // No day to count from.
    ['Накануне суд отказался продлить арест.', { year: 2026, month: 2, precision: 'month' } as FuzzyDate],
    ['Накануне суд отказался продлить арест.', undefined],
  ])('%s: none', (text, anchor) => {
    expect(shiftedDayMention(text, anchor)).toBeUndefined();
  });
});
