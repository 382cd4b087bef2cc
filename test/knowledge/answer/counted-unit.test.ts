import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';

/** "How many people …?" is answered by a count of people, not by the nearest count of something else. */
const DOC = `---
title: Kestov border
published: 2026-06-01
lang: en
---
Kestov border

The Varnel mission recorded 14 border incidents near Kestov in the first half of 2026, and 3 people were injured in them.
`;
const kb = createKnowledgeBase(ingestDocuments([{ file: 'kestov.md', bytes: new TextEncoder().encode(DOC) }]).data);

describe('the count of the asked unit', () => {
  it.each([
    ['How many people were injured in border incidents near Kestov?', '3 people'],
    ['How many border incidents did the mission record near Kestov?', '14 border incidents'],
  ])('%s → %s', (question, count) => {
    expect(kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') }).summary).toBe(count);
  });
});
