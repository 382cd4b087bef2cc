import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';

/** "On what day in May …?": the answer is a day of the period the question names. */
const DOC = `---
title: Kestov crossing
published: 2026-06-01
lang: en
---
Kestov crossing

Truck drivers held at the Kestov crossing were freed on 2 April 2026; the last twelve of them left on 14 May 2026.
`;
const kb = createKnowledgeBase(ingestDocuments([{ file: 'kestov.md', bytes: new TextEncoder().encode(DOC) }]).data);

describe('a date question naming a period', () => {
  it.each([
    ['On what day in May were the truck drivers held at the Kestov crossing freed?', '14 May 2026'],
    ['On what day in April were the truck drivers held at the Kestov crossing freed?', '2 April 2026'],
  ])('%s → %s', (question, day) => {
    const a = kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') });
    expect(a.summary).toBe(day);
  });
});
