import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** "When did the two rounds take place?" asks two dates: one a round, each another round's. */
const REPORT = `---
title: Kestov talks
published: 2026-11-01
lang: en
---
Kestov talks

The first round of talks in Kestov on 3-4 March ended with a protocol.

The second round of talks in Kestov, held on 10 June, produced no agreement.

The presidents of Varnel and Kestov met in Lorin on 20 September.

The first stage of the Lorin radar system went into service on 27 April.

The second stage of the Lorin radar system went into service on 1 June.
`;
const kb = knowledgeBaseOfTexts({ 'report.md': REPORT });
const summary = (question: string) => kb.answer(question, { now: new Date('2026-12-01') }).summary;

describe('the dates of several events asked', () => {
  it.each([
    ['When did the two rounds of talks in Kestov take place?', ['March', 'June']],
    ['Когда прошли оба раунда переговоров в Кестове?', ['март', 'июн']],
    // Stages are events of a series too.
    ['When did the two stages of the Lorin radar system go into service?', ['April', 'June']],
  ])('%s', (question, months) => {
    const text = summary(question);
    for (const month of months) expect(text).toContain(month);
  });

  it('gives one date for one event of two people', () => {
    expect(summary('When did the two presidents meet in Lorin?')).not.toMatch(/March|June/);
  });
});
