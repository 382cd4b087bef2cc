import { describe, expect, it } from 'vitest';
import { LETTERS } from '../../../src/knowledge/text/letters.ts';

const letter = new RegExp(`^[${LETTERS}]$`, 'u');

/** Every code point of a range, as strings. */
function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
}

describe('LETTERS: the letters of the documents’ scripts, for lower-cased text', () => {
  // Latin with its supplements and extensions, Greek, Cyrillic and its supplement.
  const scripts = range(0x20, 0x52f);

  it('takes a character, lower-cased, exactly when \\p{L} takes it', () => {
    const differ = scripts.filter((c) => {
      const lower = c.toLowerCase();
      // A letter whose lower case is two characters (İ) or in another block (Ⱥ) is no test of the class.
      if ([...lower].length !== 1 || (lower.codePointAt(0) as number) > 0x52f) return false;
      return /\p{L}/u.test(c) !== letter.test(lower);
    });
    expect(differ, differ.join(' ')).toEqual([]);
    for (const c of 'aZéÉßçłŁšŠžáÁñÑöÖяЯёЁўЎіІґҐєЄїЇқҚүҮөӨәӘ') expect(letter.test(c.toLowerCase()), c).toBe(true);
  });

  it.each(['0', '7', ' ', '-', '—', '«', '»', '.', ',', '’', '№', '%', '€', '\u00A0'])('does not take %j', (c) => {
    expect(letter.test(c)).toBe(false);
  });
});
