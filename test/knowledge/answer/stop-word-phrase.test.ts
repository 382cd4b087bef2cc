import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "Let out", "let go": a phrase of the vocabulary made only of stop words is still the question's act,
 * so the sentence of the release outranks the one of the detention.
 */
describe('a question whose act is a phrase of stop words', () => {
  const now = new Date('2026-12-01');
  const kb = knowledgeBaseOfTexts({
    'timeline.md': documentText(
      [
        'Timeline: the Vendt case',
        '9 May - Kestov security officers detain Ilkin Vendt, the mayor of Lorin, at his office.',
        '19 Jun - A Kestov appeals court releases Vendt on bail after 41 days in custody.',
        'On 18 May, nine days after the detention of Ilkin Vendt, Varnel recalled its ambassador.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-09-30' },
    ),
  });

  it.each([
    'On what date was Ilkin Vendt let out of pre-trial detention?',
    'On what date was Ilkin Vendt let go from detention?',
  ])('%s', (question) => {
    const a = kb.answer(question, { now });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(/^19 June/);
  });
});
