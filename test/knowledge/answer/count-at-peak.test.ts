import { describe, it } from 'vitest';
import { expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** "At the height of the strike" is its peak, no dimension asked: the count is answered as any other. */
const WIRE = `---
title: Trucks stranded at Kestov crossing
published: 2026-03-20
lang: en
---
Trucks stranded at Kestov crossing

At its peak, on Sunday, the queue of trucks waiting at the Kestov crossing during the customs strike stretched for about 1,150 trucks, according to customs figures.

The dam upstream of the crossing is 145 metres high.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('a count asked at the height of an event', () => {
  const kb = knowledgeBaseOfTexts({ 'wire.md': WIRE });
  it.each([
    ['How many trucks were waiting at the Kestov crossing at the height of the strike?', /1,150/],
    ['What is the height of the dam upstream of the Kestov crossing?', /145/],
  ])('%s', (question, expected) => {
    expectStated(kb.answer(question, { now }), expected);
  });
});
