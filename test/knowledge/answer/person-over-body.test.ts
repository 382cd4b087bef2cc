import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "Who …?" where the strongest sentence names only a body ("Шведская прокуратура"): a person a report in
 * the other language names for the same act answers.
 */
const CHRONICLE = `---
title: Хроника задержаний
published: 2026-08-31
lang: ru
---
Шведская прокуратура пришла к выводу, что якорная цепь судна Northgate Star оборвалась во время шторма.
`;
const ANALYSIS = `---
title: Anchors and lists
published: 2026-06-10
lang: en
---
The ship was released on 23 February after the Swedish prosecutor, Ulrika Halden, concluded that its anchor chain had parted in a storm.
`;
describe('a person answers "who" before the body the best sentence names', () => {
  const kb = knowledgeBaseOfTexts({ chronicle: CHRONICLE, analysis: ANALYSIS });
  const ask = (q: string) => kb.answer(q, { now: new Date('2026-12-01T00:00:00Z') });

  it('names the prosecutor the other report names', () => {
    const a = ask('Шведский прокурор, решивший, что цепь Northgate Star оборвалась в шторм, — как зовут?');
    expect(a.answered, a.text).toBe(true);
    expect(a.summary).toContain('Halden');
  });
});
