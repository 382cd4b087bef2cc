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
