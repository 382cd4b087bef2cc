import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** Each crossing's blockade lifted on its own day, each told in a sentence naming one or two crossings. */
const BLOCKADES = `---
title: Blockades lifted at the Varnel border
published: 2026-03-20
lang: en
---
Blockades lifted at the Varnel border

The hauliers left Lorin and Vendtby on 27 February 2026, after the government agreed to a working group.

Farmers ended their protest at Northgate on 3 March 2026.

On 6 March 2026 the union lifted the blockade of Kestov, where its main camp had stood.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('a chronology of several listed names: each entry tells of one of them', () => {
  it.each([
    'In what order were the blockades at Lorin, Vendtby, Northgate and Kestov lifted? Give the dates.',
    'В каком порядке сняли блокады в Лорине, Вендтби, Нортгейте и Кестове? Назовите даты.',
  ])('%s', (question) => {
    const a = knowledgeBaseOfTexts({ 'blockades.md': BLOCKADES }).answer(question, { now });
    expect(a.answered).toBe(true);
    for (const day of [/27 (February|февраля)/, /6 (March|марта)/]) expect(a.text).toMatch(day);
  });
});
