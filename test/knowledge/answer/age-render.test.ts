import { describe, it } from 'vitest';
import { expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** An age read from another language is rendered as an age, not as a count of whoever has it. */
const POSTS = `---
title: Линия Кестов
published: 2026-06-20
lang: ru
---
Линия Кестов

72-летний житель села Варнели пошёл за дровами к опушке у знаков, и его задержали.
`;

const WIRE = `---
title: Kestov captain detained
published: 2026-06-15
lang: en
---
Kestov captain detained

The captain, a 54-year-old Varnel citizen, was detained on Monday.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('an age in the other language', () => {
  it.each([
    ['How old was the Varneli villager detained while gathering firewood?', POSTS, /^72 years old$/],
    ['Сколько лет капитану, задержанному в понедельник?', WIRE, /^54 года$/],
  ])('%s', (question, text, expected) => {
    expectStated(knowledgeBaseOfTexts({ 'doc.md': text }).answer(question, { now }), expected);
  });
});
