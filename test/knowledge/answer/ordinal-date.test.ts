import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** Two receptions of one envoy: the second told by its ordinal and a relative day, the first by its date. */
const ENGLISH = `---
title: Varnel envoy in Kestov
published: 2026-07-02
lang: en
---
Varnel envoy in Kestov

Brandt, the Varnel envoy who was appointed to the post on February 2, was received by the Kestov president on 24 March for nearly two hours.

Yesterday evening the Kestov president received Brandt for the second time this year.
`;

describe('a date asked by its ordinal', () => {
  const kb = knowledgeBaseOfTexts({ 'd.md': ENGLISH });
  it('dates the event the sentence numbers as asked, not a stronger one without the ordinal', () => {
    const a = kb.answer('When did the Kestov president receive Brandt for the second time?', {
      now: new Date('2026-12-01'),
    });
    expect(a.summary).toMatch(/1 July/);
  });
});
