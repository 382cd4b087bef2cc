import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * What a follow-up borrows from the question before is its subject (names, rare words), not the act it
 * asked: "And when was he let go?" after "When was Vendt Kestov detained?" asks another act of the same man.
 */
describe('the subject a follow-up borrows', () => {
  const filler = Array.from(
    { length: 40 },
    (_, k) => `• ${(k % 28) + 1} июля — в Варнеле обсуждали поставки зерна, партия ${k + 1}.`,
  );
  const kb = knowledgeBaseOfTexts({
    'chronicle.md': documentText(
      [
        'Хроника',
        '• 9 мая (суббота) — у села Лорин задержан 67-летний пастух Вендт Кестов: он пошёл за коровой.',
        '• 12 мая (вторник) — Кестов отпущен после уплаты штрафа в 20 000 рублей.',
        ...filler,
      ].join('\n\n'),
      { lang: 'ru', published: '2026-08-31' },
    ),
  });
  it('keeps the names, not the act asked', () => {
    const a = kb.answer('When was the shepherd Vendt Kestov detained?', { now: new Date('2026-12-01') });
    expect(a.context?.subject).toEqual(expect.arrayContaining(['Vendt', 'Kestov']));
    expect(a.context?.subject).not.toContain('detained');
  });
});
