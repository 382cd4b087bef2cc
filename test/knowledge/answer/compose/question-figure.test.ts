import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * "How many 29-mm valves …?": the question's own figure, though hyphened to its unit, is what it says,
 * not an answer; "the 29-millimetre size" counts nothing asked. Invented company and figures.
 */
const kb = knowledgeBaseOfTexts({
  'wire.md': documentText(
    [
      'Kestral recalls heart valves',
      'In the first stage, hospitals must return all unused valves of the 29-millimetre size, the largest.',
      'A spokesman for the regulator said about 4,800 such valves were in stock at hospitals.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-03-25' },
  ),
});

describe('a figure the question gives', () => {
  it('is not the count asked, hyphened or not', () => {
    const a = kb.answer('How many unused 29-mm valves were to be returned in the first stage?', {
      now: new Date('2026-12-01'),
    });
    expect(a.summary, a.text).toMatch(/4,800/);
  });
});
