import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A footnote's number ("[7]") points to a note: it is no count, in the text or in the list of notes. */
const PAPER = `---
title: The Kestov line in 2026
published: 2026-09-20
lang: en
---
The Kestov line in 2026

The Varnel monitors activated their hotline within hours of the detention [2].

The monitors patrol the Kestov line from three field offices [3].

Notes

[2] Varnel monitors' press release, 20 January 2026.

[7] Joint press releases of the Kestov co-facilitators, 11 June and 10 September 2026.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('a footnote number', () => {
  const kb = knowledgeBaseOfTexts({ 'paper.md': PAPER });
  it.each([
    ['How many times was the Varnel monitors’ hotline activated in 2025?'],
    ['How many monitors does the Varnel mission have?'],
    ['Сколько совместных пресс-релизов выпустили сокоординаторы в Кестове?'],
  ])('answers no count: %s', (question) => {
    expect(kb.answer(question, { now }).answered).toBe(false);
  });

  it('leaves the counts of the text', () => {
    expect(kb.answer('From how many field offices do the monitors patrol the Kestov line?', { now }).summary).toMatch(
      /three|3/,
    );
  });
});
