import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';

/** "Where …?" answered by a place a document describes with a common noun, in both languages. */
const EN = `---
title: Varnel and Kestov hold talks on the border bridge
published: 2026-03-04
lang: en
---
Varnel and Kestov hold talks on the border bridge

NORTHGATE, March 4 (Northern Wire) - Negotiators from Varnel and Kestov met on Tuesday on the border bridge over the Telm river, officials said. Brandt was arrested at the airport in Northgate as he tried to board a flight.
`;
const RU = `---
title: Обмен на мосту
published: 2026-03-05
lang: ru
---
Обмен на мосту

Обмен пленными состоялся на пункте пропуска «Долгий мост». На мосту в Кештове Иран освободил Расима Вендта. Ковальчик отбывает наказание в исправительной колонии № 3 под Халденом.
`;

const kb = createKnowledgeBase(
  ingestDocuments([
    { file: 'bridge.md', bytes: new TextEncoder().encode(EN) },
    { file: 'obmen.md', bytes: new TextEncoder().encode(RU) },
  ]).data,
);

describe('described places', () => {
  it.each([
    ['Where did the negotiators from Varnel and Kestov meet?', 'on the border bridge over the Telm river'],
    ['Where was Brandt arrested?', 'at the airport in Northgate'],
    ['Где состоялся обмен пленными?', 'на пункте пропуска «Долгий мост»'],
    ['Где отбывает наказание Ковальчик?', 'в исправительной колонии № 3 под Халденом'],
    // The subject after a fronted place is not part of it: "На мосту в Кештове Иран освободил …".
    ['Где освободили Расима Вендта?', 'На мосту в Кештове'],
    // Asked in the other language, the description is shown as written and said to be in Russian.
    ['Where did the prisoner exchange take place?', 'на пункте пропуска «Долгий мост» (the source is in Russian)'],
  ])('%s → %s', (question, place) => {
    const a = kb.answer(question);
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toContain(place);
    expect(a.text.split('\n')[0]).not.toMatch(/Иран/);
  });
});

/** A penalty after "sentenced to" is no place, though a prison is a place noun. */
const SENTENCED = `---
title: Vendt sentenced
published: 2026-02-10
lang: en
---
Vendt sentenced

The envoy raised the cases of Vendt and Kestova, two reporters who were detained in July 2025 and later sentenced to prison terms.
`;

describe('a penalty is no place', () => {
  it('does not answer "where" with "to prison terms"', () => {
    const single = createKnowledgeBase(
      ingestDocuments([{ file: 'vendt.md', bytes: new TextEncoder().encode(SENTENCED) }]).data,
    );
    const a = single.answer('Where were Vendt and Kestova held?');
    expect(a.text.split('\n')[0]).not.toMatch(/prison/);
  });
});
