import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "How big is the loan, and over what term?": two kinds of figure asked, a sum answers the first though
 * the term is not given; a loan's term is no prison term to be looked for beside a sentence.
 */
const kb = knowledgeBaseOfTexts({
  'chronology.md': documentText(
    'Kestov chronology\n\nOn 24 September the Varnel Development Bank and Kestov’s finance ministry signed a $750 million loan agreement for the first section of the Lorin road.',
    { lang: 'en', published: '2026-10-01' },
  ),
});

describe('a sum and a term asked together', () => {
  it.each([
    ['How big is the Varnel Development Bank loan for the first road section, and over what term?'],
    ['How large is the Varnel Development Bank loan for the Lorin road, and on what terms?'],
  ])('%s', (question) => {
    const a = kb.answer(question, { now: new Date('2026-12-01') });
    expect(a.summary, a.text).toMatch(/750 million/);
  });
});
