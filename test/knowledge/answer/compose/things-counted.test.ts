import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * "How many employees were sent home on full pay?" counts people: the word of money in it asks no sum.
 * Invented agency and places.
 */
const WIRE = documentText(
  [
    'Kestov aid agency halts work in the north',
    'The Lorin Relief agency said it had withdrawn its 12 foreign staff to Varnel and told its 240 local employees in the north to stay at home on full pay.',
    'The agency will review the decision in March.',
  ].join('\n\n'),
  { lang: 'en', published: '2026-02-12' },
);
const now = new Date('2026-12-01');

describe('things counted in a question that speaks of money', () => {
  it.each([
    ['How many local employees were told to stay at home on full pay?', /240/],
    ['How many of the agency’s local employees were told to stay home on full pay?', /240/],
  ])('%s', (question, expected) => {
    const kb = knowledgeBaseOfTexts({ 'wire.md': WIRE });
    const answer = kb.answer(question, { now });
    expect(answer.answered).toBe(true);
    expect(answer.summary).toMatch(expected);
  });

  it('still asks a sum when money is counted', () => {
    const kb = knowledgeBaseOfTexts({ 'wire.md': WIRE });
    expect(kb.answer('How many euros did the agency pay its local employees?', { now }).answered).toBe(false);
  });
});
