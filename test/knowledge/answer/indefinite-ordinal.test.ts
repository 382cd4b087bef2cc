import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "Prosecutors searched a second university's office": English "a second" is one more, not one the
 * documents number; "the second raid" still is. Invented universities.
 */
const kb = knowledgeBaseOfTexts({
  'report.md': documentText(
    [
      'Admissions audit',
      'After the ministry audit, the case of Norvel National University was found the most serious.',
      'Prosecutors searched its admissions office on 28 May and arrested an admissions officer on 9 June.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-08-24' },
  ),
});
const now = new Date('2026-12-01');

describe('an ordinal after "a"', () => {
  it('asks one more, not one numbered', () => {
    const a = kb.answer(
      "When did prosecutors search a second university's admissions office after the ministry audit?",
      {
        now,
      },
    );
    expect(a.summary, a.text).toMatch(/28 May/);
  });

  it('"the third" is still one the documents must number', () => {
    const a = kb.answer("When did prosecutors search the third university's admissions office?", { now });
    expect(a.answered, a.text).toBe(false);
  });
});
