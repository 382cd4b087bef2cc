import { describe, expect, it } from 'vitest';
import { expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A count is of its own sentence's time and kind: "eight … in July" does not count June, "after 94 days in
 * custody" counts no detainees, and "Chen Varga, 46, the captain" gives an age, not a crew.
 */
const REPORT = `---
title: Kestov line report
published: 2026-08-04
lang: en
---
Kestov line report

The Kestov meetings resumed only on June 11 after a two-month pause.

According to the Varnel security service, eight people were detained along the Kestov line in July.

The Varnel teacher Ilkin Dorn, organiser of the 28 February rally in Lorin, was released after 94 days in custody.
`;

const CAPTAIN = `---
title: Lorin Star captain detained
published: 2026-04-23
lang: en
---
Lorin Star captain detained

On 22 April the Varnel coast guard detained Chen Varga, 46, the captain of the trawler Lorin Star, for fishing without a permit.

He was released three days later after paying a deposit.
`;

const TALLY = `---
title: Kestov line tally
published: 2026-07-02
lang: en
---
Kestov line tally

By our count, border guards detained 17 people along the Kestov line in June.

Police detained 23 people at the 28 February rally in Lorin.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('a count of its own sentence', () => {
  const kb = knowledgeBaseOfTexts({ 'report.md': REPORT, 'tally.md': TALLY });
  it.each([
    ['How many people were detained along the Kestov line in June 2026? Do the sources agree?', /17/, /eight|94/],
    ['How many people were detained along the Kestov line in July?', /eight|8/, /17/],
  ])('%s', (question, expected, other) => {
    expectStated(kb.answer(question, { now }), expected, other);
  });

  it('is no crew count from an age set off by commas', () => {
    const captain = knowledgeBaseOfTexts({ 'captain.md': CAPTAIN });
    expect(captain.answer('How many people were in the crew of the trawler Lorin Star?', { now }).answered).toBe(false);
  });
});
