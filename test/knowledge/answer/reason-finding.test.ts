import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * Asked why, a sentence giving a finding ("the prosecutor concluded that …") or a charge ("по подозрению
 * в …") gives a reason, as "because" does: it is quoted before sentences that only repeat the question.
 */
const REPORT = `---
title: Kestov releases the Varnel Star
published: 2026-03-01
lang: en
---
Kestov releases the Varnel Star

The Kestov coast guard detained the bulk carrier Varnel Star on 19 February near the damaged cable.

Kestov released the Varnel Star and its crew of 19 on 23 February, four days after the detention.

The release of the Varnel Star by Kestov was welcomed by the ship's owner in Marport.

Kestov officials said the Varnel Star was released with all its cargo on board.

The ship was freed after the prosecutor concluded that its anchor chain had parted in a storm.
`;
const kb = knowledgeBaseOfTexts({ 'report.md': REPORT });
const quotesOf = (question: string) =>
  kb.answer(question, { now: new Date('2026-12-01') }).citations.map((c) => c.quote);

describe('a finding gives the reason asked', () => {
  it('quotes the finding among the reasons', () => {
    expect(quotesOf('Why did Kestov release the Varnel Star?').some((q) => q.includes('storm'))).toBe(true);
  });
  it('quotes it first asked in Russian', () => {
    expect(quotesOf('Почему Кестов отпустил Varnel Star?')[0]).toMatch(/concluded/);
  });
});

/** A court's ruling gives its reason in the clause after "ruling that", as "concluded that" does. */
const RULING = `---
title: Orsk court halts the dockers' strike
published: 2026-01-30
lang: en
---
Orsk court halts the dockers' strike

On Thursday Justice Ilkin Vendt of the Orsk Labour Court declared the dockers' strike unprotected.

The dockers' strike was declared unprotected by the labour court, the union said on Friday.

Justice Vendt declared the strike unprotected, ruling that the union had walked out before the conciliation period ended.
`;
const ruling = knowledgeBaseOfTexts({ 'ruling.md': RULING });

describe('a ruling gives the reason asked', () => {
  it('quotes the ruling first', () => {
    const quotes = ruling
      .answer('Почему судья признал забастовку докеров незащищённой?', { now: new Date('2026-12-01') })
      .citations.map((c) => c.quote);
    expect(quotes[0]).toMatch(/ruling that/);
  });
});
