import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "Who is Rasim Vendt, and where does he live?" read as one asks a place (its second question word):
 * the first question is answered on its own first, and the second adds to it.
 */
const WIRE = documentText(
  `Drivers held at Orvik

LORIN, March 3 (Varnel Wire) - The detained drivers are Rasim Vendt, 47, and Ilya Kestrin, 31, both employed by a haulage company from Dellin.`,
  { title: 'Drivers held at Orvik', published: '2026-03-03', lang: 'en' },
);

const POSTS = documentText(
  `Канал «Орвик сегодня»

[03.07.2026 12:05]
На мосту в Орвике Кестов освободил Расима Вендта и Илью Кестрина.`,
  { title: 'Канал «Орвик сегодня»', published: '2026-07-10', lang: 'ru' },
);

describe('a compound question typed by its second part: the first part answers first', () => {
  const kb = knowledgeBaseOfTexts({ 'wire.md': WIRE, 'posts.md': POSTS });
  it.each([
    ['Who is Rasim Vendt, and where does he live?', /driver/],
    ['Кто такой Расим Вендт и где он живёт?', /водител/],
  ])('%s', (question, expected) => {
    const answer = kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') });
    expect(answer.answered).toBe(true);
    expect(answer.summary).toMatch(expected);
  });
});

/** A channel's stage posts, dated by their headers and not in their text. */
const STAGES = documentText(
  `Канал «Дороги Варнеля»

📌 29.06.2026, 07:58
Первый этап ✅ Движение открыто на участке Лорин — Орвик. Остальная часть дороги пока закрыта.

📌 13.07.2026, 18:20
Второй этап ✅ Поезда снова ходят от Орвика до Кестова.

📌 03.08.2026, 09:10
Третий этап ✅ Дорога Варнеля открыта на всём протяжении, впервые с 16 июня.`,
  { title: 'Канал «Дороги Варнеля»', published: '2026-08-10', lang: 'ru' },
);

describe('"In what stages, and on which dates": each stage found is quoted with its date', () => {
  const kb = knowledgeBaseOfTexts({ 'stages.md': STAGES });
  it('labels every stage with its post date, a since-date of its text left aside', () => {
    const answer = kb.answer('In what stages, and on which dates, was the Varnel railway reopened?', {
      now: new Date('2026-12-01T00:00:00Z'),
    });
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/29 June 2026: «Первый этап/);
    expect(answer.text).toMatch(/13 July 2026: «Второй этап/);
    expect(answer.text).toMatch(/3 August 2026: «Третий этап/);
  });
});
