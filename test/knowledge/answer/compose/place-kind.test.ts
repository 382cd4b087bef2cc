import { describe, expect, it } from 'vitest';
import { askedPlaceKind } from '../../../../src/knowledge/answer/compose/place-kind.ts';
import { knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

describe('askedPlaceKind: the kind of place a question names', () => {
  it.each([
    ['In which country were the talks held?', 'country'],
    ['В какой стране проходили переговоры?', 'country'],
    ['At which port did the fishermen come ashore?', 'settlement'],
    ['В каком городе подписали протокол?', 'settlement'],
    ['Из какого посёлка родом водитель?', 'settlement'],
    // One word may qualify the noun.
    ['To which US city were the freed Americans flown?', 'settlement'],
    ['В каком американском городе приземлился самолёт?', 'settlement'],
    ['Which African country hosted the talks?', 'country'],
    ['Where were the talks held?', undefined],
    // The noun's kind, whatever composer the question goes to (this one is a list of nationalities).
    ['Граждане каких стран были в экипаже?', 'country'],
  ] as const)('%s → %s', (question, kind) => {
    expect(askedPlaceKind(question)).toBe(kind);
  });
});

const REPORT = `---
title: Varnel and Kestov settle the pipeline dispute
published: 2026-08-25
lang: en
---
Varnel and Kestov settle the pipeline dispute

The release of the four pipeline workers was the first step in an arrangement reached in the Togolese capital last Thursday between Varnel's oil minister Idris Bako and Kestov's foreign minister Paul Hounde.

The 900-km pipeline links the Tamar oil fields in eastern Varnel to the Seme terminal on the Kestov coast.

The freed fishermen were first taken by bus to the port, where a Kestov navy ship waited for them.

The freed fishermen came ashore at Marport on 29 May, two days later.
`;
const kb = knowledgeBaseOfTexts({ 'report.md': REPORT });
const ask = (question: string) => kb.answer(question, { now: new Date('2026-12-01') }).summary;

describe('a place of the asked kind', () => {
  it.each([
    // The country said by its adjective, named as the country in the asker's language (not the Kestov coast).
    ['In which country did Varnel and Kestov reach the pipeline arrangement?', /^Togo$/],
    ['В какой стране Варнель и Кестов договорились о трубопроводе?', /^Тоголезская Республика$/],
    // A settlement asked: the named port, not "to the port".
    ['At which port did the freed fishermen come ashore?', /^Marport$/],
    ['В какой порт отвезли освобождённых рыбаков?', /^Marport/],
  ])('%s', (question, place) => {
    expect(ask(question)).toMatch(place);
  });
});

const SWAP = `---
title: Kestov frees six Varnel citizens in airport swap
published: 2026-07-18
lang: en
---
Kestov frees six Varnel citizens in airport swap

Kestov freed six Varnel citizens in an airport swap for two of its nationals, the ministry said.

The freed Varnel citizens were flown home on a government plane after the swap.
`;
const swapKb = knowledgeBaseOfTexts({ 'swap.md': SWAP });

describe('no place of the asked kind', () => {
  it.each([
    // No city is named: "in an airport swap" is none.
    'To which city were the freed Varnel citizens flown after the swap?',
    'В какой город доставили освобождённых граждан Варнела после обмена?',
  ])('%s is not answered', (question) => {
    expect(swapKb.answer(question, { now: new Date('2026-12-01') }).answered).toBe(false);
  });
});
