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

/**
 * "Сколько всего денег заплатили семьи …?": «всего» is a stop word, but it asks a total all the same; the
 * money counted and the verb after it are not what the total must name. Invented firm and officials.
 */
describe('a total asked by «всего»', () => {
  const bribes = knowledgeBaseOfTexts({
    'brief.md': documentText(
      [
        'Дело о взятках',
        'По версии обвинения, консалтинговая фирма Veldor получила от семей 41 абитуриента в общей сложности 2,8 млрд вон.',
        'Из денег, которые семьи абитуриентов заплатили фирме Veldor, 0,9 млрд вон, по данным следствия, получил проректор Тален.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-07-10' },
    ),
  });

  it('is answered by the figure said to be the total, not by a part of it', () => {
    const a = bribes.answer('Сколько всего денег заплатили семьи абитуриентов фирме Veldor?', { now });
    expect(a.summary, a.text).toMatch(/^2,8 млрд вон/);
  });
});
