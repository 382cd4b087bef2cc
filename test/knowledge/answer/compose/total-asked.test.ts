import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * "Какова общая сумма штрафов?": a bullet that says the total ("• Общая сумма штрафов — 6,05 млн евро")
 * answers it, though it repeats none of the question's other words, and the fines it sums do not dispute
 * it. Invented regulator and companies.
 */
const kb = knowledgeBaseOfTexts({
  'review.md': documentText(
    [
      '1. КРАТКО',
      '• 22 июля 2026 года Комиссия по защите данных Кештова объявила решение по итогам расследования утечки данных из больницы Варнела. Оператору больницы, Lorin Health Group, назначен штраф в размере 4,3 млн евро, её поставщику программного обеспечения Vendt Systems — 1,75 млн евро.',
      '• Общая сумма штрафов — 6,05 млн евро. Это крупнейший штраф, когда-либо наложенный в Кештове на медицинскую организацию.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-08-10' },
  ),
  'wire.md': documentText(
    'The Kestov Data Protection Commission fined Lorin Health Group €4.3 million over the breach at the Varnel hospital.',
    { lang: 'en', published: '2026-07-23' },
  ),
});
const now = new Date('2026-12-01');

describe('a total asked', () => {
  it('is answered by the figure said to be the total, with no part of it as a rival', () => {
    const a = kb.answer('Какова общая сумма штрафов, наложенных Комиссией по защите данных по делу больницы?', { now });
    expect(a.summary, a.text).toMatch(/^6,05 млн евро/);
    expect(a.summary, a.text).not.toMatch(/4,3/);
  });
});
