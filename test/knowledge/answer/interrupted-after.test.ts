import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * Asked why something was put off, stopped or closed, "put off after floods damaged a culvert" gives the
 * reason: what a stop came "after" is what stopped it. It is quoted before sentences that only repeat
 * the plan.
 */
const REPORT = `---
title: Dorran rail link
published: 2026-09-10
lang: en
---
Dorran rail link

The trial run of the train on the restored Velmar-Dorran line was planned for 20 August.

Officials in Velmar said in July that the trial run of the train on the Velmar-Dorran line would go ahead as planned.

The trial run of the train on the Velmar-Dorran line, planned for 20 August, was put off after floods damaged a culvert near Orsk.

Railway workers in Dorran have prepared the station for the first train on the Velmar-Dorran line.
`;
const RUSSIAN = `---
title: Паром Кестов — Лорин
published: 2026-05-10
lang: ru
---
Паром Кестов — Лорин

Паромное сообщение между Кестовом и Лорином планировали возобновить в апреле.

Власти Кестова в марте заявляли, что паромное сообщение между Кестовом и Лорином будет возобновлено в срок.

Паромное сообщение между Кестовом и Лорином, которое планировали возобновить в апреле, отложили после того, как шторм повредил причал в Лорине.

Паромное сообщение между Кестовом и Лорином обслуживают два судна.
`;
const kb = knowledgeBaseOfTexts({ 'report.md': REPORT, 'ferry.md': RUSSIAN });
const firstQuote = (question: string) =>
  kb.answer(question, { now: new Date('2026-12-01') }).citations.map((c) => c.quote)[0] ?? '';

describe('what a stop came after is its reason', () => {
  it.each([
    ['Why did the trial run of the train on the Velmar-Dorran line not take place on 20 August as planned?', /floods/],
    ['Почему пробный запуск поезда на линии Велмар — Дорран не состоялся 20 августа, как планировалось?', /floods/],
    ['Почему паромное сообщение между Кестовом и Лорином не возобновили в апреле, как планировали?', /шторм/],
    ['Why was the ferry service between Kestov and Lorin not resumed in April as planned?', /шторм/],
  ])('%s', (question, reason) => {
    expect(firstQuote(question)).toMatch(reason);
  });
});

/** "перенесла открытие с 28 апреля на 12 мая: кабели повреждены": a colon after the putting off opens its cause. */
describe('what follows a colon after a putting off is its reason', () => {
  const chronicle = knowledgeBaseOfTexts({
    'chronicle.md': `---
title: Хроника: затопление метро в Лорине
published: 2026-09-30
lang: ru
---
Хроника: затопление метро в Лорине

• 14 апреля — оператор объявил, что центральный участок Линии 2 откроется 28 апреля.

• 21 апреля — оператор перенёс открытие центрального участка Линии 2 с 28 апреля на 12 мая: кабели сигнализации повреждены коррозией.

• 8 мая — второй перенос открытия центрального участка Линии 2, на 26 мая, из-за задержки поставки трансформатора.
`,
  });
  it('quotes the sentence with the cause first', () => {
    const quote =
      chronicle
        .answer('Почему весной перенесли открытие центрального участка Линии 2 с 28 апреля?', {
          now: new Date('2026-12-01'),
        })
        .citations.map((c) => c.quote)[0] ?? '';
    expect(quote).toMatch(/коррозией/);
  });
});
