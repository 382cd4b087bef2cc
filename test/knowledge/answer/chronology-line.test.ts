import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';

/**
 * A chronology's line is dated by its leading date ("2 Jun - … is released"), and a date naming
 * the noun after it ("the 28 February rally") is not when the line's event happened.
 */
const DOC = `---
title: Timeline: Kestov, January-June 2026
published: 2026-06-30
lang: en
---
Timeline: Kestov, January-June 2026

28 Feb - Protesters rally in Kestov against gas prices; 23 are detained.

2 Jun - Union activist Ilkin Vendt, organiser of the 28 February rally in Kestov, is released after 94 days in custody.
`;
const kb = createKnowledgeBase(ingestDocuments([{ file: 'timeline.md', bytes: new TextEncoder().encode(DOC) }]).data);

describe('dates of a chronology line', () => {
  it('takes the leading date of the line that tells the event', () => {
    const a = kb.answer('When was the organiser of the Kestov rally released?', {
      now: new Date('2026-12-01T00:00:00Z'),
    });
    expect(a.summary).toContain('2 June');
  });
});
