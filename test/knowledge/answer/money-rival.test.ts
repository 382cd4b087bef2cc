import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** Two sources give the sum of one loan differently; a third sum is of other contracts on the same project. */
const ENGLISH = `---
title: Northgate signs pumping loan
published: 2026-06-01
lang: en
---
Northgate signs pumping loan

On 28 May Northgate signed an agreement under which the Halden Fund will lend $214 million for the Telm pumping project.
`;
const RUSSIAN = `---
title: Насосный проект Тельм
published: 2026-06-05
lang: ru
---
Насосный проект Тельм

Фонд Хальдена выделяет на проект Тельм кредит в 240 млн долларов.

Оператор проекта Тельм подписал контракты с подрядчиками на общую сумму 186 млн долларов.
`;

function knowledgeBase(): KnowledgeBase {
  const docs = [ENGLISH, RUSSIAN].map((text, i) => ({ file: `doc${i}.md`, bytes: new TextEncoder().encode(text) }));
  return createKnowledgeBase(ingestDocuments(docs).data);
}
const now = new Date('2026-12-01T00:00:00Z');

describe('sums of money that disagree', () => {
  it('gives both sums when asked whether the sources agree, in either language', () => {
    const kb = knowledgeBase();
    const a = kb.answer(
      'How large is the Halden Fund loan for the Telm pumping project? Do the sources agree on the amount?',
      { now },
    );
    expect(a.summary).toMatch(/214/);
    expect(a.summary).toMatch(/240/);
    expect(a.summary).toMatch(/differ/i);
  });

  it('does not take a sum the question does not describe as a rival', () => {
    const kb = knowledgeBase();
    const a = kb.answer('How much will the Halden Fund lend for the Telm pumping project?', { now });
    expect(a.summary).not.toMatch(/186/);
  });
});

/**
 * Asked whether the sources agree, a weaker figure of another source is given beside the first: the
 * driver's own interview names neither him nor his country ("Залог — 30 тысяч злотых").
 */
describe('a rival figure in an interview, asked whether the sources agree', () => {
  const REPORT = `---
title: Court in Kelm frees Volyn trucker on bail
published: 2026-02-17
lang: en
---
Court in Kelm frees Volyn trucker on bail

The district court in Kelm set bail at 20,000 zlotys for Ivan Darko, a 41-year-old driver from Rovna in Ukraine's Volyn region, and ordered him to report to a police station twice a week.
`;
  const INTERVIEW = `---
title: Иван Дарко: «Я просто подвинул фуру»
published: 2026-06-08
lang: ru
---
Иван Дарко: «Я просто подвинул фуру»

— Кто внёс залог?

— Моя фирма. Залог — 30 тысяч злотых, для водителя это огромные деньги.

— В Литве, говорят, за такое берут 50 тысяч евро.
`;
  const kb = knowledgeBaseOfTexts({ 'report.md': REPORT, 'interview.md': INTERVIEW });
  it('gives both figures when asked whether the sources agree', () => {
    const summary = kb.answer('How much bail was set for the Ukrainian driver Ivan Darko? Do the sources agree?', {
      now,
    }).summary;
    expect(summary).toMatch(/20,000/);
    expect(summary).toMatch(/30/);
    expect(summary).not.toMatch(/50/);
  });
  it('gives the one figure when not asked', () => {
    const summary = kb.answer('How much bail was set for the Ukrainian driver Ivan Darko?', { now }).summary;
    expect(summary).toMatch(/20,000/);
    expect(summary).not.toMatch(/30/);
  });
});
