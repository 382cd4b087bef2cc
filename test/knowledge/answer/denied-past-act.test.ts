import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A Russian question's verb, found by the dictionary ("поступил"), denied in the past by the best
 * sentence ("третий не поступил"): a date of another sentence does not date what did not happen.
 */
describe('an act the best sentence says did not happen', () => {
  const now = new Date('2026-12-01');
  const kb = knowledgeBaseOfTexts({
    'chronicle.md': documentText(
      [
        'Хроника: средства Варнеля в Кестове',
        '• 3 июля — второй транш в 1,2 млрд долларов поступил в банк Кестова.',
        '• 6 октября — третий транш сегодня, как было назначено, так и не ушёл.',
        'Из 4,6 млрд долларов в Кестов переведены два транша; третий транш в 1,9 млрд долларов не поступил.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-10-20' },
    ),
  });

  it('abstains for the tranche that did not arrive', () => {
    const a = kb.answer('Какого числа третий транш в 1,9 млрд долларов поступил в Кестов?', { now });
    expect(a.answered).toBe(false);
  });

  it('dates the tranche that did', () => {
    const a = kb.answer('Какого числа второй транш в 1,2 млрд долларов поступил в Кестов?', { now });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(/3 июля/);
  });
});
