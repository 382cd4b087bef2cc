import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';

/** A consul meets a detainee the text names in full once and then by his surname alone; a mayor meets someone else. */
const DOC = `---
title: Варнельский консул в Кештове
published: 2026-04-22
lang: ru
---
Варнельский консул в Кештове

Максим Кештов задержан 9 апреля. Посол Ильзе Брандт прибыла в Хальден 19 апреля.

Консул Варнеля 20 апреля впервые встретился с Кештовым в следственном изоляторе.

Мэр Хальдена 21 апреля встретился с послом Нортгейта.
`;

function summaryOf(question: string): string {
  const kb = createKnowledgeBase(ingestDocuments([{ file: 'doc.md', bytes: new TextEncoder().encode(DOC) }]).data);
  return kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') }).summary;
}

describe('the parties of a meeting', () => {
  it.each([
    // A given name and a surname are one person, named in the sentence by the surname.
    ['Когда консул Варнеля встретился с Максимом Кештовым?', /20 апреля/],
    ['When did the Varnel consul meet Maxim Kestov?', /20 April/],
  ])('%s', (question, date) => {
    expect(summaryOf(question)).toMatch(date);
  });

  // Two people asked: a sentence with neither of them together is no answer.
  it('does not date a meeting of two named people from a sentence naming one of them with someone else', () => {
    expect(summaryOf('Когда Кештов встретился с Брандт?')).toMatch(/не сказано/);
  });
});
