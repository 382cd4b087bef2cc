import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "On what exact day did they start building the settlement?": the only day near the settlement is a
 * loan's, and the sentence that tells of the building gives its month alone, so the day is not stated.
 * Asked when the loan was signed, the day is. Invented settlement and bank.
 */
const kb = knowledgeBaseOfTexts({
  'chronicle.md': documentText(
    [
      'Хроника восстановления',
      '• 3 июня (среда) — Банк развития Ларны выдал заём на 60 млн долларов на дороги и посёлок Нерис-Сари.',
      '• Июнь — начато строительство посёлка Нерис-Сари.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-09-01' },
  ),
});
const now = new Date('2026-12-01');

describe('an exact day asked of an act dated by its month alone', () => {
  it('is not the day of another act near the same thing', () => {
    const a = kb.answer('В какой именно день начали строить посёлок Нерис-Сари?', { now });
    expect(a.answered, a.text).toBe(false);
  });

  it('is the day of the act when a sentence tells it with its day', () => {
    const a = kb.answer('В какой именно день Банк развития Ларны выдал заём на посёлок Нерис-Сари?', { now });
    expect(a.summary, a.text).toMatch(/3 июня/);
  });
});
