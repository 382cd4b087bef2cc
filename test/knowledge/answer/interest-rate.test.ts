import { describe, expect, it } from 'vitest';
import { documentText, expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A rate asked is given only by a sentence that gives a rate, not by any percentage near the loan. */
const now = new Date('2026-12-01');
const noRate = knowledgeBaseOfTexts({
  'brief.md': documentText(
    "On 24 June the Kestov Development Bank approved a $320 million loan to Varnel for a second power line. Varnel used about 27 percent of the plant's energy in 2025, against 22 percent five years earlier.",
    { lang: 'en', published: '2026-07-27' },
  ),
});
const withRate = knowledgeBaseOfTexts({
  'interview.md': documentText(
    'Банк развития Кестова выдал Варнелу кредит на ТЭО — 14 млн долларов под 2,1% годовых на 15 лет.',
    {
      lang: 'ru',
      published: '2026-05-10',
    },
  ),
});

describe('an interest rate asked', () => {
  it.each([
    'Под какую процентную ставку банк Кестова предоставил Варнелу кредит на ЛЭП?',
    'What interest rate does Varnel pay on the Kestov Development Bank loan for the power line?',
  ])('is not a share of something else: %s', (question) => {
    expect(noRate.answer(question, { now }).answered).toBe(false);
  });
  it('is the percentage a year', () => {
    expectStated(
      withRate.answer('Под какую процентную ставку банк развития Кестова выдал Варнелу кредит на ТЭО?', { now }),
      /2[,.]1/,
    );
  });
});
