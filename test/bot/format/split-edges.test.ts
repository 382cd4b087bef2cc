import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasVisibleText, trimChunk } from '../../../src/bot/format/split.ts';

/** The definitions the scanning versions replaced: what each chunk's edges must come out as. */
const byRegex = {
  hasVisibleText: (html: string) => /\S/.test(html.replace(/<[^<>]*>/g, '')),
  trimChunk: (html: string) => {
    const dropSpaces = (edge: string) => edge.replace(/(<[^<>]*>)|\s+/g, (_m, tag: string | undefined) => tag ?? '');
    return html.replace(/^(?:\s|<[^<>]*>)*/, dropSpaces).replace(/(?:\s|<\/[^<>]*>)*$/, dropSpaces);
  },
};

/** Edges made of spaces (Unicode ones too), tags, broken tags and stray brackets. */
const edgy = fc
  .array(
    fc.constantFrom(
      ' ',
      '\n',
      '\u00a0',
      '\u3000',
      'a',
      'ж',
      '<b>',
      '</b>',
      '<',
      '>',
      '</',
      '/',
      '<a href="x y">',
      '</a >',
      '</blockquote>',
      '&amp;',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('chunk edges', () => {
  it.each([
    ['', ''],
    ['  ', ''],
    ['<b> x </b>', '<b>x</b>'],
    ['\n<blockquote>\n quote \n</blockquote>\n\n', '<blockquote>quote</blockquote>'],
    [' a < b > c ', 'a < b > c'],
    ['x </b ></i>  ', 'x</b ></i>'],
    ['x <b> ', 'x <b>'],
  ])('trims %j to %j', (html, expected) => {
    expect(trimChunk(html)).toBe(expected);
    expect(byRegex.trimChunk(html)).toBe(expected);
  });

  it('trims as the regular expressions do, for any edges', () => {
    fc.assert(
      fc.property(edgy, (html) => {
        expect(trimChunk(html)).toBe(byRegex.trimChunk(html));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds visible text as the regular expression does, for any tags and spaces', () => {
    fc.assert(
      fc.property(edgy, (html) => {
        expect(hasVisibleText(html)).toBe(byRegex.hasVisibleText(html));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a chunk with a long run of spaces and closing tags before its last letter in linear time', () => {
    // An end-anchored regular expression tries this run from each of its positions: 7 s here, past the
    // test's 5 s timeout; linear code reads it at once. (No clock in the assertion: speed is the bench's.)
    const html = `a${' </b>'.repeat(20_000)}x`;
    expect(trimChunk(html)).toBe(html);
  });
});
