import { describe, expect, it } from 'vitest';
import { ANSWER_TYPE_CUES } from '../../../src/knowledge/answer/answer-types.ts';
import { CONCEPTS, EVENT_PRIORITY } from '../../../src/knowledge/lexicon/concepts.ts';
import { FIRST_NAMES } from '../../../src/knowledge/lexicon/first-names.ts';
import { GAZETTEER, WORLD_PLACES } from '../../../src/knowledge/lexicon/gazetteer.ts';
import { STOPWORDS } from '../../../src/knowledge/lexicon/stopwords.ts';
import { fold } from '../../../src/knowledge/text/tokens.ts';

describe('lexicon data', () => {
  it('concept ids are unique and patterns are folded', () => {
    const ids = CONCEPTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CONCEPTS) for (const p of [...c.ru, ...c.en]) expect(p, `${c.id}: ${p}`).toBe(fold(p));
  });

  it('every event type in the priority list has a concept that reports it', () => {
    for (const type of EVENT_PRIORITY)
      expect(
        CONCEPTS.some((c) => c.event === type),
        type,
      ).toBe(true);
  });

  it('every answer type has English and Russian question cues', () => {
    for (const entry of ANSWER_TYPE_CUES) {
      expect(entry.cues.en.length, `${entry.type}/en`).toBeGreaterThan(0);
      expect(entry.cues.ru.length, `${entry.type}/ru`).toBeGreaterThan(0);
    }
  });

  it('gazetteer and world-place ids are unique', () => {
    const ids = [...GAZETTEER, ...WORLD_PLACES].map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('no alias names two different gazetteer entries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const g of [...GAZETTEER, ...WORLD_PLACES]) {
      for (const a of new Set([g.en, g.ru, ...g.aliases].map(fold))) {
        const o = owner.get(a);
        if (o && o !== g.id) clashes.push(`${a}: ${o} / ${g.id}`);
        owner.set(a, g.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('first names and stopwords are folded', () => {
    for (const n of FIRST_NAMES) expect(n).toBe(fold(n));
    for (const w of STOPWORDS) expect(w).toBe(w.toLowerCase());
  });
});
