import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestDirectories } from '../../../src/knowledge/ingest/ingest.ts';
import { type Answer, createKnowledgeBase, type KnowledgeBase } from '../../../src/knowledge/index.ts';

/**
 * Whatever a user types, the question path answers: no throw, a well-formed
 * Answer whose every quote is a verbatim slice of its source. Inputs mix what chats really
 * carry: control characters, null bytes, lone surrogates, HTML, Markdown, RTL, emoji,
 * languages the corpus does not have, and 100 KB pastes.
 */

const SOURCES = join(resolve(import.meta.dirname, '../../..'), 'data', 'sources');
const LONG = 10_000;

let kb: KnowledgeBase;

beforeAll(async () => {
  const { data } = await ingestDirectories([SOURCES]);
  kb = createKnowledgeBase(data);
  kb.answer('When did Kellogg visit Minsk?'); // warm: the lazy indexes are built before the properties run
}, 60_000);

/** Answers `question`, checks everything a caller relies on, and returns the answer. */
function answerChecked(question: string): Answer {
  // How long it takes is measured by `npm run bench`, not here: a timed test fails on a busy machine.
  const answer = kb.answer(question);
  expectWellFormed(answer);
  return answer;
}

function expectWellFormed(answer: Answer): void {
  expect(typeof answer.answered).toBe('boolean');
  expect(['en', 'ru']).toContain(answer.lang);
  expect(typeof answer.text).toBe('string');
  expect(answer.text.trim().length, 'the answer text is empty').toBeGreaterThan(0);
  expect(typeof answer.summary).toBe('string');
  expect(Number.isFinite(answer.confidence)).toBe(true);
  expect(Array.isArray(answer.citations)).toBe(true);
  expect(Array.isArray(answer.facts)).toBe(true);
  // Lone surrogates would make the message invalid for Telegram.
  expect(/\p{Cs}/u.test(answer.text), 'the answer text holds a lone surrogate').toBe(false);
  expect(/\p{Cs}/u.test(answer.question), 'the echoed question holds a lone surrogate').toBe(false);
  for (const c of answer.citations) {
    const text = kb.data.texts[c.sourceId];
    expect(text, `citation of unknown source ${c.sourceId}`).toBeDefined();
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.quote).toBe(text?.slice(c.start, c.end));
    expect(c.title).toBe(kb.source(c.sourceId)?.title);
  }
  // Plain data: it survives the trip through JSON (stores, logs, the bot's caches).
  expect(JSON.parse(JSON.stringify(answer))).toEqual(JSON.parse(JSON.stringify(answer)));
}

/** Characters a person could see: no whitespace, no control characters, no lone surrogates. */
function visibleLength(q: string): number {
  return q.replace(/[\s\p{Cc}\p{Cf}]|\p{Cs}/gu, '').length;
}

// ---- what users type -------------------------------------------------------------------------

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const controlChar = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const fragment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.oneof(controlChar, loneSurrogate), maxLength: 10 }),
  fc.constantFrom(
    'Kellogg',
    'Келлог',
    'Minsk',
    'Лукашенко',
    'когда',
    'when',
    'how many',
    'сколько',
    'prisoners',
    '21 June',
    '2025',
    '?',
    '\u0000',
    '\u202e', // right-to-left override
    '\u200f',
    'متى زار كيلوج مينسك', // Arabic (RTL)
    'מתי ביקר קלוג במינסק', // Hebrew (RTL)
    '凯洛格什么时候访问明斯克', // Chinese: a language the corpus has not
    'Wann besuchte Kellogg Minsk',
    '👨‍👩‍👧‍👦',
    '🇧🇾',
    '<b>bold</b>',
    '<script>alert(1)</script>',
    '&amp;&lt;',
    '</blockquote>',
    '**bold** _it_ `code` [link](http://x)',
    '\\',
    '"',
    '\r\n',
    '\t',
  ),
);
const question = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(' '));

describe('the question path', () => {
  it('answers any string without throwing, quickly, with verbatim quotes', () => {
    fc.assert(
      fc.property(question, (q) => {
        answerChecked(q);
      }),
      { numRuns: 400 },
    );
  });

  it('answers any full-Unicode string (code points, not just fragments)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (q) => {
        answerChecked(q);
      }),
      { numRuns: 300 },
    );
  });

  it(`cuts a question longer than ${LONG.toLocaleString('en')} characters and says so`, () => {
    const word = fc.oneof(
      fc.constantFrom('Kellogg', 'Minsk', 'когда', 'визит', 'sanctions'),
      fc.string({ minLength: 1, maxLength: 8 }),
    );
    const longQuestion = fc
      .array(word, { minLength: 1, maxLength: 50 })
      .map((words) => words.join(' '))
      .filter((s) => s.trim().length > 0)
      .map((s) => {
        // Repeat a visible phrase until the question is long: there is real text to cut.
        const unit = `${s} Kellogg `;
        return unit.repeat(Math.ceil((LONG + 1) / unit.length));
      });
    fc.assert(
      fc.property(longQuestion, (q) => {
        expect(q.length).toBeGreaterThan(LONG);
        const answer = answerChecked(q);
        expect(answer.truncated, `a ${q.length}-char question was not marked truncated`).toBe(true);
        expect(answer.question.length).toBeLessThan(q.length);
      }),
      { numRuns: 20 },
    );
  });

  // Found by the property above: a long question read as a series of questions ("когда …, когда …") was
  // answered by its parts, each short, and lost the notice that it was cut.
  it.each([
    'когда , когда Minsk A0 Minsk Kellogg ',
    'When did Kellogg visit, when did he leave, and when did he return? ',
  ])('marks a long series of questions cut too: %s', (unit) => {
    const q = unit.repeat(Math.ceil((LONG + 1) / unit.length));
    const answer = answerChecked(q);
    expect(answer.truncated).toBe(true);
    expect(answer.text.split('\n')[0]).toMatch(/long|длинный/);
  });

  it.each([
    ['an empty string', ''],
    ['only whitespace', ' \t\r\n   \u00a0\u3000'],
    ['100 KB of one letter', 'a'.repeat(100 * 1024)],
    ['100 KB of a real question', 'When did Kellogg visit Minsk? '.repeat(3500)],
    ['100 KB of null bytes', '\u0000'.repeat(100 * 1024)],
    ['100 KB of lone surrogates', '\ud800\udc00\udfff\ud83d'.repeat(25 * 1024)],
    ['only control characters', '\u0001\u0002\u0007\u001b[31m\u007f'],
    ['HTML that tries to break out', '</blockquote><a href="javascript:x">Kellogg</a>&nbsp;<b'],
    ['Markdown', '**When** did _Kellogg_ visit `Minsk`? [x](http://x) # h'],
    ['a right-to-left question', '\u202eWhen did Kellogg visit Minsk?\u202c متى'],
    ['emoji only', '🙂🇧🇾👨‍👩‍👧‍👦'],
    ['a third language (Chinese)', '凯洛格什么时候访问明斯克？'],
    ['a third language (Belarusian)', 'Калі Келаг наведаў Мінск?'],
  ])('answers %s', (_name, q) => {
    const answer = answerChecked(q);
    // Null bytes and lone surrogates carry no question: only visible text counts as long.
    if (visibleLength(q) > LONG) expect(answer.truncated).toBe(true);
  });

  it('still answers the real question with a verbatim citation (the path is not trivially empty)', () => {
    const answer = answerChecked('When did Kellogg visit Minsk?');
    expect(answer.answered).toBe(true);
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.text).toContain('21');
  });
});
