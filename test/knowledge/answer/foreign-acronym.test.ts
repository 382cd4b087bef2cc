import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** One report defines the abbreviation with the union's original name; the other names it only so. */
const DEFINED = `---
title: Блокада на границе
published: 2026-02-02
lang: ru
---
Блокада на границе

В понедельник подъезды к пункту пропуска Лорин перекрыли члены Союза северных перевозчиков (Związek Przewoźników Północnych, ZPP).
`;

const ABBREVIATED = `---
title: Blockade goes on
published: 2026-02-10
lang: en
---
Blockade goes on

ZPP chairman Tomasz Vendt said on Tuesday that the blockade would continue until Kestov changes the permit rules.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('an abbreviation given with its original name stands for the translated name too', () => {
  it.each([
    ['Who chairs the union of northern hauliers?', /Tomasz Vendt/],
    ['Кто возглавляет Союз северных перевозчиков?', /Tomasz Vendt|Томаш Вендт/],
  ])('%s', (question, expected) => {
    const a = knowledgeBaseOfTexts({ 'defined.md': DEFINED, 'abbreviated.md': ABBREVIATED }).answer(question, { now });
    expect(a.summary).toMatch(expected);
  });
});
