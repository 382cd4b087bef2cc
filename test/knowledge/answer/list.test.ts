import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';

/** Freed prisoners taken abroad, told in Russian: a list of countries asked in either language. */
const DOC = `---
title: Освобождённых вывезли из Кештова
published: 2026-08-15
lang: ru
---
Освобождённых вывезли из Кештова

В пятницу в Кештове освободили 40 политических заключённых. Тридцать освобождённых заключённых вывезли в Литву. Остальных освобождённых доставили в Польшу на следующий день.
`;
const kb = createKnowledgeBase(ingestDocuments([{ file: 'freed.md', bytes: new TextEncoder().encode(DOC) }]).data);
const now = new Date('2026-12-01T00:00:00Z');

describe('a list of countries', () => {
  it('names them first, as the asker names them', () => {
    const a = kb.answer('To which countries were the freed prisoners taken?', { now });
    const first = a.text.split('\n')[0] ?? '';
    expect(first).toMatch(/Lithuania/);
    expect(first).toMatch(/Poland/);
    expect(first).not.toMatch(/\p{Script=Cyrillic}/u);
  });

  it('answers in Russian with the nominative', () => {
    const first = kb.answer('В какие страны вывезли освобождённых?', { now }).text.split('\n')[0] ?? '';
    expect(first).toMatch(/Литва/);
    expect(first).toMatch(/Польша/);
  });
});
