import { describe, expect, it } from 'vitest';
import { PLACE_NOUN_CONCEPTS } from '../../../src/knowledge/lexicon/place-nouns.ts';
import { conceptsOfText, vocabulary } from '../../../src/knowledge/lexicon/vocabulary.ts';

describe('PLACE_NOUN_CONCEPTS', () => {
  it.each(PLACE_NOUN_CONCEPTS)('%s is a concept of the vocabulary', (feature) => {
    expect(vocabulary().concepts.has(feature.slice(2))).toBe(true);
  });

  // Invented places, in both languages: each reaches one of the place concepts.
  it.each([
    'at the airport',
    'on the bridge',
    'in the customs building',
    'at the checkpoint',
    'в аэропорту',
    'на мосту',
    'в исправительной колонии',
    'в следственном изоляторе',
    'на пункте пропуска',
    'at the Varnel police station',
    'в полицейском участке',
  ])('"%s" names a place', (text) => {
    const found = conceptsOfText(text).map((c) => `c:${c}`);
    expect(found.some((c) => PLACE_NOUN_CONCEPTS.includes(c))).toBe(true);
  });

  it.each(['in a constructive atmosphere', 'на высоком уровне', 'in the talks'])('"%s" names none', (text) => {
    const found = conceptsOfText(text).map((c) => `c:${c}`);
    expect(found.some((c) => PLACE_NOUN_CONCEPTS.includes(c))).toBe(false);
  });
});
