import { describe, it } from 'vitest';
import { expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** "В итоге", "in the end": the date a plan ended with, not the one it was put off from. */
const POSTS = `---
title: Канал «Кестов сегодня»
published: 2026-10-12
lang: ru
---
Канал «Кестов сегодня»

[19.05.2026 10:00]
Подписание литиевого меморандума, назначенное на послезавтра в Нортгейте, отложено.

[14.09.2026 12:00]
Новая дата подписания литиевого меморандума пока не названа.

[08.10.2026 09:00]
МИД Варнела: литиевый меморандум подпишут 23 октября в Кестове.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('the date a plan ended with', () => {
  const kb = knowledgeBaseOfTexts({ 'posts.md': POSTS });
  it.each([
    ['На какое число в итоге назначено подписание литиевого меморандума?', /23 октября/],
    ['На какое число в конце концов назначили подписание литиевого меморандума?', /23 октября/],
    ['In the end, for what date was the signing of the lithium memorandum set?', /23 October|October 23/],
  ])('%s', (question, expected) => {
    expectStated(kb.answer(question, { now }), expected);
  });
});
