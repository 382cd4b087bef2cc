import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * Asked when something will happen, a sentence that plans answers by a date of its own, not by the date of
 * the paragraph it stands under ("23 июня" of the interview's question, for "we intend to apply").
 */
const now = new Date('2026-12-01');
const kb = knowledgeBaseOfTexts({
  'interview.md': documentText(
    [
      '— Вопрос: 23 июня три семьи отказались от выплат. Что будет с их деньгами?',
      '— Ответ: Мы намерены обратиться в окружной суд Кестова с заявлением о депонировании этих средств.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-07-24' },
  ),
});

describe('the date of a plan', () => {
  it('is not the date the planning sentence stands under', () => {
    const a = kb.answer('Когда фонд обратится в окружной суд Кестова с заявлением о депонировании средств?', { now });
    expect(a.summary, a.text).not.toMatch(/23 июня/);
  });
});
