import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A part of a whole ("four of its 15 … aircraft") told with the predicate that is the part's. */
const FLEET = `---
title: Varnel Air loses its parts supply
published: 2026-07-02
lang: en
---
Varnel Air loses its parts supply

The listing cut Varnel Air off from foreign parts and services in 2025.

By June 2026, four of its 15 Kestrel aircraft were grounded for lack of spare parts.

The airline carried 640,000 passengers last year.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('a part of a whole is the count asked when the predicate after the whole is the question’s', () => {
  it.each([
    [
      'How many Kestrel aircraft of Varnel Air were grounded for lack of spare parts?',
      /^four of its 15 Kestrel aircraft$/,
    ],
    // "Кестрелов" is keyed by its nominative, "Кестрел", as "Kestrel" is; the part is shown with its whole's noun.
    ['Сколько «Кестрелов» Varnel Air простаивали из-за нехватки запчастей к июню 2026 года?', /^4 самол[её]та$/],
  ])('%s', (question, expected) => {
    const a = knowledgeBaseOfTexts({ 'fleet.md': FLEET }).answer(question, { now });
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toMatch(expected);
  });
});
