import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/** A total "за апрель — май" does not answer "how much in April–June": a period of other months. */
const REPORTS = {
  'ru.md': `---
title: Кестов возобновил ввоз рыбы из Варнела
published: 2026-06-20
lang: ru
---
Кестов возобновил ввоз рыбы из Варнела

За апрель — май 2026 года Варнел экспортировал рыбу в Кестов на сумму 4,1 млн долларов.
`,
  'en.md': `---
title: Varnel fish exports to Kestov recover
published: 2026-07-20
lang: en
---
Varnel fish exports to Kestov recover

The fisheries agency said exports were 6.3 million dollars in April to June.
`,
};
const kb = knowledgeBaseOfTexts(REPORTS);
const summary = (question: string) => kb.answer(question, { now: new Date('2026-12-01') }).summary;

describe('a total of another period', () => {
  it.each([
    'How much fish did Varnel export to Kestov in April–June 2026?',
    'На какую сумму Варнел экспортировал рыбу в Кестов в апреле — июне 2026 года?',
  ])('%s', (question) => {
    expect(summary(question)).toMatch(/^6[.,]3/);
  });
  it('still answers for the period it gives', () => {
    expect(summary('На какую сумму Варнел экспортировал рыбу в Кестов за апрель — май 2026 года?')).toMatch(/^4[.,]1/);
  });
});
