import { describe, it } from 'vitest';
import { documentText, expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A body an English question names as a proper noun, written as a common word in a Russian document. */
const POSTS = documentText(
  `Канал «Граница Кестова»

[04.04.2026 09:00]
Вчера карабинеры задержали двух граждан Кестова у селения Варна.

[06.04.2026 09:00]
Депутаты меджлиса Варнела обсудили задержание.`,
  { title: 'Канал «Граница Кестова»', published: '2026-04-10', lang: 'ru' },
);

const now = new Date('2026-12-01T00:00:00Z');

describe('a proper noun of the question written as a common word', () => {
  const kb = knowledgeBaseOfTexts({ 'posts.md': POSTS });
  it.each([
    ['When did the Carabineros detain the two Kestovian citizens?', /3 April|April 3/],
    ['When did deputies of the Varnel Majlis discuss the detention?', /6 April|April 6/],
  ])('%s', (question, expected) => {
    expectStated(kb.answer(question, { now }), expected);
  });
});
