/** A folded word is a number word exactly when lookupNumberWord finds it (the count rules ask with folded keys). */
import { describe, expect, it } from 'vitest';
import {
  foldWord,
  isCollectiveNumeral,
  isFoldedNumberWord,
  lookupNumberWord,
} from '../../../src/knowledge/extract/numerals.ts';

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

describe('isCollectiveNumeral', () => {
  it.each(['двое', 'троих', 'четверо', 'пятерым', 'шестеро', 'семерыми', 'десятерых'])(
    '%s counts people by itself',
    (w) => {
      expect(isCollectiveNumeral(w)).toBe(true);
    },
  );
  it.each(['два', 'трёх', 'шесть', 'шестой', 'третье', 'пятерка', 'двор'])('%s is no collective numeral', (w) => {
    expect(isCollectiveNumeral(w)).toBe(false);
  });
});
