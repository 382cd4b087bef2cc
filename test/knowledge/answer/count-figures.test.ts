import { describe, expect, it } from 'vitest';
import { documentText, expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * What a figure is: "15-16 September" is two dates, no count of anything; "410,3 тыс. тонн" counts tonnes past
 * the point of "тыс."; a loan's first tranche is not the loan's sum.
 */
const POSTS = `---
title: Канал «Мост Варнел — Кестов»
published: 2026-10-20
lang: ru
---
Канал «Мост Варнел — Кестов»

[05.10.2026 10:00]
📦 Сентябрь — новый рекорд: через переход Варнел — Кестов прошло 410,3 тыс. тонн грузов.

[09.07.2026 10:00]
Первый транш кредита Северного банка — 4,2 млн долларов — поступил накануне.

[05.08.2026 10:00]
В июле Варнел добывал 934 тыс. баррелей в сутки; на экспорт четырёх лицензированных компаний пришлось 148 тыс. баррелей в сутки.
`;

const BRIEF = `---
title: The Varnel-Kestov crossing in 2026
published: 2026-09-14
lang: en
---
The Varnel-Kestov crossing in 2026

The fifth session of the joint commission had been scheduled for 15-16 September in Kestov, but was postponed.

The railway study is financed by a USD 17.5 million loan from the Northern Bank.

Freight figures for the crossing are published every month.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('what a figure counts', () => {
  const kb = knowledgeBaseOfTexts({ 'posts.md': POSTS, 'brief.md': BRIEF });
  it('reads no count off a span of dates, and counts tonnes past "тыс."', () => {
    const a = kb.answer('What was the September freight figure for the Varnel-Kestov crossing?', { now });
    expectStated(a, /410[.,]3 thousand tonnes/);
  });

  it('gives the loan, not its first tranche, for the sum lent', () => {
    const a = kb.answer('На какую сумму Северный банк кредитует исследование железной дороги?', { now });
    expectStated(a, /17[.,]5/);
    expect(a.summary ?? '').not.toMatch(/4,2/);
  });

  it('gives the tranche when a tranche is asked', () => {
    expectStated(kb.answer('Сколько составил первый транш кредита Северного банка?', { now }), /4,2/);
  });

  it('reads a rate asked as bpd', () => {
    expectStated(kb.answer('How many bpd did the four licensed companies export in July?', { now }), /148/);
  });
});

/** A rate asked ("how much per day"): a figure given as a rate answers it, however far the question's words stand. */
describe('a rate asked is answered by a rate', () => {
  it('How much does Kestov charge per day for each Vendt truck kept on its guarded parking lots?', () => {
    const kb = knowledgeBaseOfTexts({
      'lots.md': documentText(
        'Kestov bars Vendt trucks from leaving and keeps them on guarded parking lots near Lorin. Kestov charges owners a "storage fee" of 25 euros a day per vehicle and requires each owner to apply for release through a customs broker, a procedure Vendt officials regard as deliberately slow.',
        { lang: 'en', published: '2026-06-01' },
      ),
    });
    const a = kb.answer('How much does Kestov charge per day for each Vendt truck kept on its guarded parking lots?', {
      now: new Date('2026-12-01'),
    });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(/25 euros/);
  });
});
