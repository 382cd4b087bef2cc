import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "How much will the new rope and the two cabins cost?": a sum right after the question's own word ("at a
 * cost of about EUR 4.7 million") is the one asked, however far the sentence's other words of the question
 * stand from it. A sum no word of the question names still answers nothing.
 */
const kb = knowledgeBaseOfTexts({
  'report.md': documentText(
    [
      'The lift will not reopen before next summer, the mayor said, because the seizure stays in place until the experts report and because a new haul rope and two new cabins from Lorvik Seilbau, at a cost of about EUR 2.3 million, take seven months to build.',
      'Kestov Waterworks said a new intake pump for the eastern district would be ordered this year; the utility has debts of some EUR 2.1 million to its suppliers.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-07-02' },
  ),
  'chronology.md': documentText(
    '• 4 июня — министерство здравоохранения за нарушения на заводе в Нортгейте наложило на компанию «Вендт Нутришн» штраф в размере 1,2 млрд донгов.',
    { lang: 'ru', published: '2026-10-05' },
  ),
});

const answer = (question: string) => kb.answer(question, { now: new Date('2026-12-01') });

describe('a sum named by the question’s word', () => {
  it.each([
    ['How much will the new haul rope and the two new cabins cost?', /2[.,]3/],
    ['Какой штраф наложили на компанию «Вендт Нутришн» за нарушения на заводе?', /1,2/],
  ])('%s', (question, figure) => {
    const a = answer(question);
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(figure);
  });

  it('is not a sum the question’s words do not name', () => {
    expect(answer('How much will the new intake pump for the eastern district cost?').answered).toBe(false);
  });
});
