import { describe, expect, it } from 'vitest';
import { expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A figure asked per unit is one written with that unit after it, even in a weaker sentence. */
const CONTRACT = `---
title: Kestov power contract
published: 2026-07-02
lang: en
---
Kestov power contract

On 30 June Lorinergo signed a contract with Kestov Power Holding for the purchase of 1.6 TWh of electricity from the Kestov plant for July-December 2026.

The contract runs for six months and can be extended by both sides.

Officials in both capitals welcomed the deal as a sign of easing tensions.

According to two people familiar with the terms, the price is EUR 76 per megawatt-hour.

Цена газа для Кештова по новому договору — 310 долларов за тысячу кубометров.
`;

const UNPRICED = `---
title: Varnel grain deal
published: 2026-07-02
lang: en
---
Varnel grain deal

On 3 July the Varnel grain board signed a contract for the delivery of 400,000 tonnes of wheat to Kestov.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('a figure asked per unit', () => {
  const kb = knowledgeBaseOfTexts({ 'contract.md': CONTRACT, 'grain.md': UNPRICED });
  it.each([
    ['What price per megawatt-hour does the 30 June Kestov electricity contract set?', /76/],
    ['Какую цену за МВт·ч устанавливает контракт Lorinergo на электроэнергию Кештовской станции?', /76/],
    ['How much does Kestov pay per 1,000 cubic metres of gas under the new contract?', /310/],
  ])('is the figure written per that unit: %s', (question, expected) => {
    expectStated(kb.answer(question, { now }), expected);
  });

  it('is not stated where no figure is given per that unit', () => {
    const a = kb.answer('What price per tonne does the Varnel grain contract set?', { now });
    expect(a.answered).toBe(false);
  });
});
