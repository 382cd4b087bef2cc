import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "До какой суммы снизили штраф?" asks the figure a change reached: "reduced the captain's fine to NOK
 * 120,000", not the fine first imposed in a sentence that names the captain. (The word after the figure
 * opens a clause, "because he had acted…", and is no unit of it.)
 */
const kb = knowledgeBaseOfTexts({
  'brief.md': documentText(
    [
      'In May the Lorin district court fined the owner NOK 1.2 million and the master, Captain Igor Vendt, NOK 150,000.',
      "On 4 June the appeal court upheld the company's fine and reduced the captain's fine to NOK 120,000 because he had acted in good faith.",
    ].join('\n\n'),
    { lang: 'en', published: '2026-07-20' },
  ),
});

describe('the new value of a change asked', () => {
  it.each([
    'До какой суммы суд снизил штраф капитану Вендту?',
    "To what amount did the court reduce Captain Vendt's fine?",
  ])('%s', (question) => {
    const a = kb.answer(question, { now: new Date('2026-12-01') });
    expect(a.summary, a.text).toMatch(/120/);
    expect(a.summary, a.text).not.toMatch(/150|because|потому/);
  });
});
