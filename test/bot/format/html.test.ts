import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  collapseWhitespace,
  escapeHtml,
  stripMarkdownLinks,
  truncate,
} from '../../../src/bot/format/html.ts';

/** Plain text (the shortcuts' case) and text with every kind of character they look for. */
const texts = fc.oneof(
  fc.array(fc.constantFrom(' ', 'a', 'ж', 'word.', '[a]', '(x)'), { maxLength: 40 }).map((parts) => parts.join('')),
  fc
    .array(
      fc.constantFrom(
        ...[' ', '  ', '\n', '\r', '\r\n', '\t', '\u00a0', '\u0000', '\u0007', '\u007f', 'a', 'ж'],
        ...['\uD800', '\uDC00', '😀', '[a](x)', '](', '[b]'],
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join('')),
);

describe('text shortcuts give what the full replacements give', () => {
  it.each([
    [
      'cleanText',
      cleanText,
      (text: string) =>
        text
          .replace(/\r\n?/g, '\n')
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the definition being compared with.
          .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
          .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
    ],
    ['collapseWhitespace', collapseWhitespace, (text: string) => text.replace(/\s+/g, ' ').trim()],
    [
      'stripMarkdownLinks',
      stripMarkdownLinks,
      (text: string) => text.replace(/\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, '$1'),
    ],
  ])('%s', (_name, shortcut, definition) => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(shortcut(text)).toBe(definition(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Tom & "Jerry"', 'Tom &amp; &quot;Jerry&quot;'],
    ['&amp; stays literal', '&amp;amp; stays literal'],
    ['bell\u0007 and nul\u0000 are dropped', 'bell and nul are dropped'],
    ['lone \uD800 surrogate', 'lone \uFFFD surrogate'],
    ['pair 😀 kept', 'pair 😀 kept'],
    ['CRLF\r\nline', 'CRLF\nline'],
    ['עברית RTL', 'עברית RTL'],
  ])('escapes %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('stripMarkdownLinks', () => {
  it.each([
    ['see [the report](https://example.com/a_(b)).', 'see the report.'],
    ['[a](x) and [b](y)', 'a and b'],
    ['no link [here]', 'no link [here]'],
  ])('shows %j as %j', (input, expected) => {
    expect(stripMarkdownLinks(input)).toBe(expected);
  });
});

describe('truncate', () => {
  it.each([
    ['short', 10, 'short'],
    ['one two three four', 16, 'one two three…'],
    ['😀😀😀😀😀', 4, '😀…'],
  ])('cuts %j to %d', (input, max, expected) => {
    const out = truncate(input, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });
});
