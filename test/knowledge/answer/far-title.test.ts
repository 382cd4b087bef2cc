import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "Which expert …?": the title may stand before the body the person serves, the name after it
 * ("эксперт центра Northgate Vendt Илинка Телмеску"), but not before another person's title.
 */
const QUOTE = `---
title: Газ в обмен на правила
published: 2026-04-10
lang: ru
---
«Кештов переложил стоимость нового газа на людей, — считает эксперт центра Northgate Vendt Илинка Телмеску. — Субсидировать тариф было невозможно».
`;
const COURT = `---
title: Kestov court frees protesters
published: 2026-03-16
lang: en
---
Judge Marta Ostrel on Monday freed the union activist Ilkin Vendt, who had organised the rally in Kestov.
`;

describe('a title reaches a name past the body it serves', () => {
  const kb = knowledgeBaseOfTexts({ quote: QUOTE, court: COURT });
  const ask = (q: string) => kb.answer(q, { now: new Date('2026-12-01T00:00:00Z') });

  it.each([
    ['Which expert said Kestov passed the cost of gas on to people?', 'Илинка Телмеску'],
    ['Какой эксперт считает, что Кештов переложил стоимость газа на людей?', 'Илинка Телмеску'],
  ])('%s → %s, the whole name', (question, name) => {
    const a = ask(question);
    expect(a.answered, a.text).toBe(true);
    expect(a.summary).toContain(name);
  });

  it('not past another title: the activist is no judge', () => {
    const a = ask('Which judge organised the rally in Kestov?');
    expect(a.summary).not.toContain('Vendt');
  });
});
