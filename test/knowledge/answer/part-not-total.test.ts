import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** "Сколько газа … на первом этапе?": a figure its sentence calls a total ("Всего … 153 млн") is not the stage's. */
const kb = knowledgeBaseOfTexts({
  'wire.md': documentText(
    [
      'Всего по гуманитарной схеме Кестов получил около 153 млн кубометров газа от компании Vendt Gas.',
      '• 31 января — завершён первый этап поставок газа Кестову: поставлено 30 млн кубометров.',
    ].join('\n'),
    { lang: 'ru', published: '2026-04-02' },
  ),
});
const now = { now: new Date('2026-12-01') };

describe('a count of one stage asked', () => {
  it('is not the total of every stage', () => {
    const a = kb.answer('Сколько газа получил Кестов на первом этапе поставок?', now);
    expect(a.summary, a.text).not.toMatch(/153/);
  });

  it('is the stage’s own figure', () => {
    const a = kb.answer('How much gas did Kestov receive in the first stage of deliveries?', now);
    expect(a.summary, a.text).toMatch(/30 million/);
  });
});

/** "How big is the second tranche?": a loan's sum said to be paid in parts is not one part's. */
const loan = knowledgeBaseOfTexts({
  'loan.md': documentText(
    [
      'On 15 May Kestov Rail signed a $420 million loan agreement with the Varnel Fund, to be disbursed in three tranches.',
      'The Varnel Fund released the second tranche of the loan, $140 million, to Kestov Rail on 31 August.',
    ].join('\n'),
    { lang: 'en', published: '2026-09-28' },
  ),
});

describe('the size of one tranche asked', () => {
  it.each([
    ['How big is the second tranche of the Varnel Fund loan?'],
    ['How large was the second tranche of the Varnel Fund loan?'],
  ])('%s', (question) => {
    const a = loan.answer(question, now);
    expect(a.summary, a.text).toMatch(/140 million/);
    expect(a.summary, a.text).not.toMatch(/420/);
  });
});
