import { describe, expect, it } from 'vitest';
import { expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A total of several contracts, loans or deliveries is not the figure of one of them. */
const TEXT = `---
title: Kestov corridor contracts
published: 2026-08-05
lang: ru
---
Kestov corridor contracts

3 августа оператор коридора подписал контракты с тремя подрядчиками на общую сумму 186 млн долларов.

On 4 August the Varnel fund approved two loans to Kestov worth $240 million in total.

The Lorin port contract is worth $52 million.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('a total of several', () => {
  const kb = knowledgeBaseOfTexts({ 'doc.md': TEXT });
  it.each([
    ['На какую сумму оператор коридора заключил контракт с грузинской строительной компанией?'],
    ['How much is the Varnel fund loan for the Kestov bridge?'],
  ])('does not answer for one of them: %s', (question) => {
    expect(kb.answer(question, { now }).answered).toBe(false);
  });

  it.each([
    ['На какую общую сумму оператор коридора подписал контракты с подрядчиками 3 августа?', /186/],
    ['How much are the two Varnel fund loans to Kestov worth in total?', /240/],
    ['How much is the Lorin port contract worth?', /52/],
    // Naming the several is asking their total, without a word for it.
    ['На какую сумму оператор коридора подписал контракты с тремя подрядчиками?', /186/],
    ['How much are the two Varnel fund loans to Kestov worth?', /240/],
  ])('answers for the total or for one that is said alone: %s', (question, expected) => {
    expectStated(kb.answer(question, { now }), expected);
  });
});
