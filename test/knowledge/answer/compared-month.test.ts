import { describe, it } from 'vitest';
import { documentText, expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** "236 тыс. тонн (в мае было 268)": the month a figure is compared with is not the month it is for. */
const POSTS = documentText(
  `Канал «Транзит Лорин»

[14.07.2026 10:05]
📊 Цифры за июнь.
Экспорт зерна в Кестов — 236 тыс. тонн (в мае было 268).`,
  { title: 'Канал «Транзит Лорин»', published: '2026-09-12', lang: 'ru' },
);

describe('a month in a comparison', () => {
  const kb = knowledgeBaseOfTexts({ 'posts.md': POSTS });
  it.each([
    ['How much grain was exported to Kestov in June 2026?', /236/],
    ['Какой объём зерна экспортировали в Кестов в июне 2026 года?', /236/],
  ])('%s', (question, expected) => {
    expectStated(kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') }), expected);
  });
});
