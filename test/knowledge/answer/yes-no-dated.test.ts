import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A yes or a no is told with when it came to be: a dated sentence nearly as strong joins quotes that give
 * no day. Invented names.
 */
const BRIEF = documentText(
  [
    'Lorin Health after the attack',
    'Lorin Health did not pay the hackers, its chief executive Vendt said.',
    'Lorin Health would never pay the hackers, Vendt told staff.',
    'The hackers got nothing from Lorin Health, the health ministry said.',
    'The hackers then published the stolen files of Lorin Health patients on 24 February.',
  ].join('\n\n'),
  { title: 'Lorin Health after the attack', published: '2026-06-01', lang: 'en' },
);

describe('a yes/no answer without a day in its quotes', () => {
  it('quotes a dated sentence nearly as strong', () => {
    const kb = knowledgeBaseOfTexts({ 'brief.md': BRIEF });
    const answer = kb.answer('Did Lorin Health end up paying the hackers?', { now: new Date('2026-12-01') });
    expect(answer.summary).toMatch(/^No/);
    expect(answer.text).toMatch(/24 February/);
  });
});
