/** A folded word is a number word exactly when lookupNumberWord finds it (the count rules ask with folded keys). */
import { describe, expect, it } from 'vitest';
import { foldWord, isFoldedNumberWord, lookupNumberWord } from '../../../src/knowledge/extract/numerals.ts';

describe('isFoldedNumberWord', () => {
  it.each([
    ['fourteen', true],
    ['Четырнадцать', true],
    ['тысячи', true],
    ['twenty-five', false],
    ['prisoners', false],
    ['ещё', false],
    ['', false],
  ])('%s → %s', (word, expected) => {
    const key = foldWord(word);
    expect(isFoldedNumberWord(key)).toBe(expected);
    expect(isFoldedNumberWord(key)).toBe(lookupNumberWord(word) !== undefined);
  });
});
