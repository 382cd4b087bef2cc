import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * "Who is the chief executive of X?" is answered by a sentence that names X (or the sentence before it
 * does); a chief executive of a sentence that never names X heads something else. Invented companies.
 */
const kb = knowledgeBaseOfTexts({
  'report.md': documentText(
    [
      'Pension fund audit',
      'The fund chief executive Darko Velic and board member Ivana Saric were arrested on 5 March.',
      'Orlen Invest is led by its chief executive Mira Tomsic, who said the company would not buy the fund.',
      'The external auditor, Kastel Audit, signed an unqualified opinion on the fund accounts for 2025.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-05-20' },
  ),
});

const now = new Date('2026-12-01');

describe('the head of a named organisation', () => {
  it('is not stated when no sentence names the organisation with its head', () => {
    const a = kb.answer('Who is the chief executive of the auditing firm Kastel Audit?', { now });
    expect(a.answered, a.text).toBe(false);
  });

  it('is the head a sentence names with the organisation', () => {
    const a = kb.answer('Who is the chief executive of Orlen Invest?', { now });
    expect(a.summary, a.text).toMatch(/Tomsic/);
  });
});
