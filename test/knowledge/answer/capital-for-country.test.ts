import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A document that names the countries only by their capitals. */
const ENGLISH = `---
title: Varnel and Kestov talks
published: 2026-05-20
lang: en
---
Varnel and Kestov talks

The Halden round of the Varnel and Kestov talks, hosted by the State Department in Washington from 11 to 13 May, ended with a draft.
`;

const kb = knowledgeBaseOfTexts({ 'doc.md': ENGLISH });

describe('a country the documents name only by its capital', () => {
  it.each([
    ['Какое ведомство США принимало раунд переговоров Варнеля и Кестова?', /State Department/],
    ['Which US department hosted the Halden round of the Varnel and Kestov talks?', /State Department/],
  ])('is no name the documents lack: %s', (question, expected) => {
    const a = kb.answer(question, { now: new Date('2026-12-01') });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it('a country whose capital is not named either is still not mentioned', () => {
    const a = kb.answer('Какое ведомство Японии принимало раунд переговоров?', { now: new Date('2026-12-01') });
    expect(a.answered).toBe(false);
  });
});
