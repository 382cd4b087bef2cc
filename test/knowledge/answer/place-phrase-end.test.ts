import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A described place ends where the place does: a name holding a place noun ("Порт-Лорин") ends with the
 * name, and a description before a short participle ("в порту подписано") ends before it.
 */
const DIGEST = `---
title: Дайджест канала «Варнел»
published: 2026-06-05
lang: ru
---
Дайджест канала «Варнел»

💰 В Порт-Лорине подписано соглашение о финансировании насосной станции.

🚢 Вчера в старом порту Кестова подписано соглашение о ремонте причалов.
`;
const kb = knowledgeBaseOfTexts({ 'digest.md': DIGEST });
const summary = (question: string) => kb.answer(question, { now: new Date('2026-12-01') }).summary;

describe('where a described place ends', () => {
  it.each([
    ['Где подписано соглашение о финансировании насосной станции?', /^В Порт-Лорине$/],
    ['Где подписано соглашение о ремонте причалов?', /^в старом порту Кестова$/],
  ])('%s', (question, place) => {
    expect(summary(question)).toMatch(place);
  });
});
