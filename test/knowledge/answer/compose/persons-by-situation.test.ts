import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * "Сколько эвакуированных вернулись?", "How many evacuees went back?": people named by what happened to
 * them are counted by whatever noun the text counts them with ("5870 жителей", "4,120 residents"); a
 * count of houses is still none. Invented district and villages.
 */
const kb = knowledgeBaseOfTexts({
  'report.md': documentText(
    [
      'Возвращение в Кештовский район',
      '— Первый этап (11 мая): домой вернулись 5870 жителей Вельска и Нарьи.',
      '— Тогда же восстановлены 212 домов.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-06-10' },
  ),
  'wire.md': documentText(
    [
      'Families go home to Lorin valley',
      'In the first stage on Monday, 4,120 residents of Lorin and Tavra went back to their villages.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-05-20' },
  ),
});
const now = new Date('2026-12-01');

describe('people counted by what happened to them', () => {
  it.each([
    ['Сколько эвакуированных вернулись домой в Вельск и Нарью на первом этапе?', /^5870 жителей/],
    ['How many evacuees went back to Lorin and Tavra in the first stage?', /^4,120 residents/],
  ])('%s', (question, expected) => {
    const a = kb.answer(question, { now });
    expect(a.summary, a.text).toMatch(expected);
  });
});
