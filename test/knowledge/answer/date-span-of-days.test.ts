import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/knowledge/extract/dates.ts';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** An event of two days ("18–19 April") is answered with its span, not with its last day. */
describe('a span of days', () => {
  it.each([
    [{ year: 2026, month: 4, day: 18, lastDay: 19, precision: 'day' as const }, 'en', '18–19 April 2026'],
    [{ year: 2026, month: 4, day: 18, lastDay: 19, precision: 'day' as const }, 'ru', '18–19 апреля 2026 г.'],
    [{ year: 2026, month: 4, day: 18, precision: 'day' as const }, 'en', '18 April 2026'],
  ] as const)('formats %j in %s as %s', (date, lang, expected) => {
    expect(formatDate(date, lang)).toBe(expected);
  });

  const kb = knowledgeBaseOfTexts({
    'chronicle.md': documentText(
      ['• 18–19 апреля (суббота — воскресенье) — Халден: первый раунд переговоров при посредничестве Кестова.'].join(
        '\n\n',
      ),
      { lang: 'ru', published: '2026-10-01' },
    ),
  });
  const ask = (q: string) => kb.answer(q, { now: new Date('2026-12-01') }).summary;

  it.each([
    ['When was the first round of talks in Halden held?', /18–19 April/],
    ['Когда прошёл первый раунд переговоров в Халдене?', /18–19 апреля/],
  ])('%s → %s', (question, expected) => {
    expect(ask(question)).toMatch(expected);
  });
});
