import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "When were the exams first put off?" and the documents number only the later postponement ("вторично
 * перенёс"): the first is the one they tell without a number. A fourth, which they never tell, stays unsaid.
 */
describe('the first of a series, told without its number', () => {
  const now = new Date('2026-12-01');
  const kb = knowledgeBaseOfTexts({
    'chronicle.md': documentText(
      [
        'Хроника: экзамены в Варнеле',
        '• 14 апреля — экзаменационный совет Варнела перенёс начало выпускных экзаменов с 26 октября на 16 ноября.',
        '• 15 июля — экзаменационный совет Варнела вторично перенёс выпускные экзамены: теперь они пройдут с 23 ноября.',
        'Совет Варнела сообщил, что результаты экзаменов объявят во второй половине января.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-08-31' },
    ),
  });

  it('dates the first by the unnumbered one', () => {
    const a = kb.answer('On what day did the Varnel exams council first postpone the final exams?', { now });
    expect(a.text.split('\n')[0]).toMatch(/14 April/);
  });

  it('does not date a fourth postponement', () => {
    const a = kb.answer('When did the Varnel exams council postpone the final exams for the fourth time?', { now });
    expect(a.answered).toBe(false);
  });
});
