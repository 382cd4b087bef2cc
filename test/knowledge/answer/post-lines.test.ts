import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A channel's post goes on from line to line: the quote of a passage answer takes the next line of its
 * post, as it takes the next sentence of a paragraph, but not the next item of a list or chronology.
 */
const DIGEST = `---
title: Дайджест канала «Река»
published: 2026-10-01
lang: ru
---
Дайджест канала «Река»

📅 16.09.2026, 18:00

💧 Сегодня в Лорине завершилось первое заседание технического комитета по реке Варна.
За два дня договорились о совместных замерах стока у плотины Орск — с 1 января 2027 года.

📅 20.09.2026, 10:00

Хроника недели:
- 17 сентября — делегации вернулись из Лорина;
- 18 сентября — министры обсудили итоги заседания.
`;
const kb = knowledgeBaseOfTexts({ 'digest.md': DIGEST });
const text = (question: string) => kb.answer(question, { now: new Date('2026-12-01') }).text;

describe('the next line of a post', () => {
  it('is quoted with the first', () => {
    expect(text('What did the Varna technical committee agree at its first meeting in Lorin?')).toMatch(/замерах/);
  });
  it('is not the next item of a list', () => {
    expect(text('What happened on 17 September?')).not.toMatch(/министры обсудили/);
  });
});
