import { describe, expect, it } from 'vitest';
import { expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A numbered event the documents only set for later has not happened in them: nothing of it is told. */
const CHRONOLOGY = `---
title: Хроника: переговоры в Кестове
published: 2026-09-18
lang: ru
---
Хроника: переговоры в Кестове

• 25 февраля (среда) — 67-й раунд переговоров в Кестове: стороны договорились о горячей линии.

• 1 июля (среда) — 68-й раунд переговоров в Кестове: стороны обсудили возвращение беженцев. Следующий, 69-й раунд назначен на 4 ноября.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('a numbered event set for later', () => {
  const kb = knowledgeBaseOfTexts({ 'chronology.md': CHRONOLOGY });
  it.each([
    ['Чем закончился 69-й раунд переговоров в Кестове?'],
    ['What was agreed at the 69th round of the Kestov talks?'],
  ])('is told nothing of: %s', (question) => {
    expect(kb.answer(question, { now }).answered).toBe(false);
  });

  it('leaves the rounds that took place', () => {
    expectStated(kb.answer('Когда прошёл 67-й раунд переговоров в Кестове?', { now }), /25 февраля/);
  });
});
