import { describe, expect, it } from 'vitest';
import { expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A proper noun the question names ("on the Amu Darya") is what it asks about, never the person it asks for. */
const BRIEF = `---
title: Water on the Amu Darya
published: 2026-06-20
lang: en
---
Water on the Amu Darya

Farmers in the Varnel region have complained of low levels in the Amu Darya, which local experts partly blame on a new canal.
`;

const CHRONOLOGY = `---
title: Хроника: вода, июнь 2026 года
published: 2026-06-30
lang: ru
---
Хроника: вода, июнь 2026 года

• 12 июня — заместитель министра водного хозяйства Варнела Тимур Кестлер сообщил, что уровень воды в Амударье опустился до рекордных 2,18 м.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('a proper noun of the question', () => {
  const kb = knowledgeBaseOfTexts({ 'brief.md': BRIEF, 'chronology.md': CHRONOLOGY });
  it('is not the person asked for', () => {
    const a = kb.answer('Which Varnel official announced the record-low June reading on the Amu Darya?', { now });
    expect(a.summary ?? '').not.toMatch(/Amu Darya/);
    expectStated(a, /Кестлер|Kestler/);
  });
});
