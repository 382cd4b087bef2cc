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
