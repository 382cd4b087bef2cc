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

/** A day in a when-question names its subject, not a period: "when was the 1 March opening put off?". */
const PUT_OFF = `---
title: Kestov bridge, a chronology
published: 2026-10-01
lang: en
---
Kestov bridge, a chronology

25 Feb (Wed) - Halden: the Kestov transport ministry postpones the 1 March opening of the bridge.
`;
const putOff = createKnowledgeBase(
  ingestDocuments([{ file: 'bridge.md', bytes: new TextEncoder().encode(PUT_OFF) }]).data,
);

describe('a date question naming a day', () => {
  it.each([
    'When did the Kestov transport ministry announce that the 1 March opening of the bridge was postponed?',
    'Когда министерство транспорта Кештова объявило, что открытие моста 1 марта откладывается?',
  ])('takes the day for the subject it names, and does not answer with it: %s', (question) => {
    const a = putOff.answer(question, { now: new Date('2026-12-01T00:00:00Z') });
    expect(a.summary, a.text).toMatch(/^(25 February|25 февраля)/);
  });
});
