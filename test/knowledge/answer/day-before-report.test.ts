import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "Накануне" inside a sentence is the day before the report, a place between it and the verb too; the
 * sentence needs no other date word for the rule to be tried.
 */
describe('the day before the report', () => {
  const now = new Date('2026-12-01');
  it.each([
    ['Соглашение о кредите накануне в Варнеле подписали министр финансов Кестова и глава банка.'],
    ['Соглашение о кредите накануне подписали министр финансов Кестова и глава банка.'],
  ])('%s', (sentence) => {
    const kb = knowledgeBaseOfTexts({
      'loan.md': documentText(`Кестов подписал кредит\n\n${sentence}`, { lang: 'ru', published: '2026-08-12' }),
    });
    const a = kb.answer('When was the Kestov loan agreement signed?', { now });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(/11 August/);
  });

  // "Накануне визита" is the eve of a named event, not the day before the report.
  it('not on the eve of a named event', () => {
    const kb = knowledgeBaseOfTexts({
      'loan.md': documentText('Кестов подписал кредит\n\nСоглашение подписали накануне визита министра.', {
        lang: 'ru',
        published: '2026-08-12',
      }),
    });
    expect(kb.answer('When was the Kestov loan agreement signed?', { now }).summary).not.toMatch(/11 August/);
  });

  // A report's lead opening with "Накануне" tells the day before the report: nothing before it is dated.
  it.each([
    [
      'Накануне в Варнеле состоялся обмен задержанными военнослужащими.',
      'When did the soldiers exchange take place?',
      /7 May/,
    ],
    [
      'The day before, Varnel and Kestovia exchanged the detained soldiers.',
      'When did the soldiers exchange take place?',
      /7 May/,
    ],
  ])('a lead: %s', (sentence, question, expected) => {
    const kb = knowledgeBaseOfTexts({
      'swap.md': documentText(`Обмен в Варнеле\n\n${sentence}`, {
        lang: /[а-я]/.test(sentence) ? 'ru' : 'en',
        published: '2026-05-08',
      }),
    });
    const a = kb.answer(question, { now });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(expected);
  });
});
