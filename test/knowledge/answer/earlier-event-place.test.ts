import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "Когда возобновили прокачку после отказа на PS-6?": the place of the event the question dates by
 * ("после …") is not where the asked one happened, so a sentence that names no place still dates it.
 */
describe('the place of an earlier event in the question', () => {
  const now = new Date('2026-12-01');
  const kb = knowledgeBaseOfTexts({
    'post.md': documentText(
      [
        'Varnel pipeline update',
        'The operator said pumping stopped at about 3 a.m. after a power failure at Pump Station 6 (PS-6) near Lorin.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-08-11' },
    ),
    'chronicle.md': documentText(
      [
        'Хроника: нефтепровод Варнеля',
        '• 11 августа (вторник) — прокачка остановлена из-за отказа энергоснабжения на насосной станции № 6.',
        '• 13 августа (четверг) — прокачка возобновлена; простой составил около двух с половиной суток.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-10-01' },
    ),
  });

  it('dates the resumption', () => {
    const a = kb.answer('Когда возобновили прокачку после августовского отказа электроснабжения на PS-6?', { now });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(/13 августа/);
  });
});
