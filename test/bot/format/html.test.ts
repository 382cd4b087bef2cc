import { describe, expect, it } from 'vitest';
import { escapeHtml, stripMarkdownLinks, truncate } from '../../../src/bot/format/html.ts';

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
