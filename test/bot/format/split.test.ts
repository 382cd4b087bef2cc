import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAnswer } from '../../../src/bot/format/answer.ts';
import { escapeHtml } from '../../../src/bot/format/html.ts';
import { splitByTokens, splitHtml, TELEGRAM_MESSAGE_LIMIT } from '../../../src/bot/format/split.ts';
import { translate } from '../../../src/bot/i18n.ts';
import { answer, citation } from '../fake-kb.ts';
import { telegramHtmlProblems } from '../telegram-html.ts';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('en', key, params);

/** Nasty strings: HTML, RTL, control characters, lone surrogates, emoji, very long runs. */
const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({
    unit: fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      ' ',
      '\n',
      'a',
      '\u202E',
      '\u0000',
      '\uD800',
      '\uDC00',
      '😀',
      'ж',
      '&amp;',
      '<b>',
    ),
    maxLength: 600,
  }),
  fc.constantFrom(
    '',
    ' ',
    '\n\n',
    '</blockquote>',
    '<a href="x">',
    'x'.repeat(100_000),
    'слово '.repeat(20_000),
    '😀'.repeat(5000),
  ),
);

function expectValidChunks(chunks: string[], limit = TELEGRAM_MESSAGE_LIMIT) {
  for (const chunk of chunks) {
    expect(chunk.length).toBeLessThanOrEqual(limit);
    expect(telegramHtmlProblems(chunk)).toEqual([]);
  }
}

describe('splitHtml', () => {
  it('formats any answer text into valid Telegram HTML chunks of at most 4096 characters', () => {
    fc.assert(
      fc.property(nastyString, nastyString, nastyString, (summary, quote, title) => {
        const a = answer('q', summary, [
          { ...citation('000', ''), quote, title },
          { ...citation('003', ''), quote: title, title: quote },
        ]);
        const chunks = splitHtml(formatAnswer(a, t));
        expect(chunks.length).toBeGreaterThan(0);
        expectValidChunks(chunks);
      }),
      { numRuns: 80 },
    );
  });

  it('splits escaped arbitrary text without losing visible characters other than edge whitespace', () => {
    fc.assert(
      fc.property(nastyString, fc.integer({ min: 40, max: 5000 }), (text, limit) => {
        const html = escapeHtml(text);
        const chunks = splitHtml(html, limit);
        expectValidChunks(chunks, limit);
        const visible = (s: string) => s.replace(/<[^>]*>/g, '').replace(/\s+/g, '');
        expect(chunks.map(visible).join('')).toBe(visible(html));
      }),
      { numRuns: 80 },
    );
  });

  it.each([
    ['returns nothing for empty input', '', 100, []],
    ['keeps a short message whole', '<b>hi</b>', 100, ['<b>hi</b>']],
    ['cuts at the paragraph break', `${'a'.repeat(30)}\n\n${'b'.repeat(30)}`, 50, ['a'.repeat(30), 'b'.repeat(30)]],
    [
      'reopens a blockquote cut in two',
      `<blockquote>${'word '.repeat(12)}</blockquote>`,
      50,
      [
        '<blockquote>word word word word word</blockquote>',
        '<blockquote>word word word word word</blockquote>',
        '<blockquote>word word</blockquote>',
      ],
    ],
    ['never cuts inside an entity', `${'a'.repeat(10)}&amp;&amp;`, 12, ['aaaaaaaaaa', '&amp;&amp;']],
  ])('%s', (_name, html, limit, expected) => {
    expect(splitHtml(html, limit)).toEqual(expected);
  });

  // Its speed is in `npm run bench` (bot throughput); a quadratic split would also run past the test's timeout.
  it('splits 100 KB into valid chunks', () => {
    const html = escapeHtml('Предложение с <тегом> & амперсандом. '.repeat(3000));
    const chunks = splitHtml(html);
    expect(chunks.length).toBeGreaterThan(25);
    expectValidChunks(chunks);
  });

  it('gives what the token splitter gives for any message, short ones included (the fast path changes nothing)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'ж', ' ', '\n', '&amp;', '😀', '.'), maxLength: 80 });
    const tag = fc.constantFrom('<b>', '</b>', '<blockquote>', '</blockquote>', '<i>', '</i>', '<a href="x">', '</a>');
    const tagged = fc.array(fc.oneof(text, tag), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(tagged, fc.integer({ min: 20, max: 600 }), (html, limit) => {
        expect(splitHtml(html, limit)).toEqual(splitByTokens(html, limit));
      }),
      { numRuns: 300 },
    );
  });

  const longAnswer = (quoteLength: number) =>
    formatAnswer(
      answer('q', '52 people & 14 <foreigners>', [
        { ...citation('003', ''), quote: 'Освобождены 52 человека & «иностранцы» 😀 '.repeat(quoteLength / 40) },
        { ...citation('000', ''), quote: 'Second quote.\n\nNew paragraph.' },
      ]),
      t,
    );
  it.each([
    ['a formatted answer', longAnswer(400)],
    ['a formatted answer just under the limit (4,079 characters)', longAnswer(3_320)],
    ['a formatted answer just over the limit (4,125 characters)', longAnswer(3_360)],
    ['a formatted answer of three messages', longAnswer(10_000)],
    ['exactly the limit of plain text', 'a'.repeat(TELEGRAM_MESSAGE_LIMIT)],
    ['the limit with a bold tag around it', `<b>${'a'.repeat(TELEGRAM_MESSAGE_LIMIT - 7)}</b>`],
    ['an entity at the limit', `${'a'.repeat(TELEGRAM_MESSAGE_LIMIT - 3)}&amp;`],
    ['a tag left open', `<blockquote>${'слово '.repeat(100)}`],
    ['a stray closing tag', `${'word '.repeat(100)}</i>`],
    ['edge whitespace and nested tags', '\n <blockquote> <b> x </b> </blockquote> \n'],
    ['tags without text', '<b></b><i> </i>'],
    ['a link with an attribute', '<a href="https://example.com/a?b=1&amp;c=2">link</a> &lt;not a tag&gt;'],
  ])('gives what the token splitter gives for %s', (_name, html) => {
    expect(splitHtml(html)).toEqual(splitByTokens(html));
  });

  it('returns a message that fits as one chunk without tokenising it', () => {
    const html = `<b>${escapeHtml('Ответ. '.repeat(400))}</b>`;
    expect(splitHtml(html)).toEqual([html.replace(/ <\/b>$/, '</b>')]);
  });
});
