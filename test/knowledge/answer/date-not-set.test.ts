import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * The event asked about is not yet scheduled ("пока не назначено", "date not set"), said by the best
 * sentence itself: a date of another round, or of the report, is no answer.
 */
describe('an event whose date is not set', () => {
  const now = new Date('2026-12-01');
  const kb = knowledgeBaseOfTexts({
    'report.md': documentText(
      [
        'Варнель и Кестов подписали соглашение о мосте',
        'Второе заседание комиссии по нацменьшинствам прошло 1 сентября в Кестове.',
        'Третье заседание комиссии по нацменьшинствам — в Варнеле — пока не назначено.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-09-11' },
    ),
    'plan.md': documentText(
      [
        'What comes next for Varnel and Kestov',
        '- Border commission, fourth session, in Lorin: date not set.',
        '- Border commission, third session, in Kestov: 14 October.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-09-20' },
    ),
  });

  it.each([
    'Когда в Варнеле прошло третье заседание комиссии по нацменьшинствам?',
    'When was the fourth session of the border commission held in Lorin?',
  ])('%s', (question) => {
    expect(kb.answer(question, { now }).answered).toBe(false);
  });

  it.each([
    ['Когда прошло второе заседание комиссии по нацменьшинствам?', /1 сентября/],
    ['When is the third session of the border commission in Kestov?', /14 October/],
  ])('%s', (question, date) => {
    const a = kb.answer(question, { now });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(date);
  });
});
