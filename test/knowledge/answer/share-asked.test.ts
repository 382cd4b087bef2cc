import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "What share …?" asks a percentage: of the figures the best sentences give, the one written as a
 * percentage answers, though the question says no "per cent" and the figure stands far from its words.
 */
describe('a share asked as a percentage', () => {
  const kb = knowledgeBaseOfTexts({
    'fund.md': documentText(
      [
        'The Varnel fund in Kestov',
        'The first tranche of $1.2 billion reached the Kestov bank on 3 June, and 61 suppliers were approved.',
        'Spending is slow: by the end of August only 22 per cent of the first tranche had been paid out to suppliers.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-09-10' },
    ),
  });

  it.each([
    'What share of the first tranche had been paid out to suppliers by the end of August?',
    'What proportion of the first tranche had been paid out to suppliers by the end of August?',
  ])('%s', (question) => {
    const a = kb.answer(question, { now: new Date('2026-12-01') });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(/^22\b/);
  });
});
