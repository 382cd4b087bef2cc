/**
 * The sentence rows of a lean store (lean-format.ts LeanSentence: start, end, paragraph, heading, text)
 * read from the store file's bytes into columns of numbers, a row given back on request.
 *
 * Parsed with JSON.parse, a thousand documents' hundred thousand rows were as many small arrays, all
 * alive until every sentence was decoded, so the young generation copied them twice; each row is read
 * once, to decode its sentence, and a row made then dies young.
 */
import { CLOSE_BRACKET, COMMA, OPEN_BRACKET, valueEnd } from './json-sections.ts';
import type { LeanSentence } from './lean-format.ts';

export interface SentenceRows {
  readonly length: number;
  /** The row as it was in the file (a fresh array each time), undefined past the end. */
  row(n: number): LeanSentence | undefined;
}

const QUOTE = 0x22;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;
/** Integers of more digits are left to JSON.parse (nine digits cannot overflow). */
const MAX_DIGITS = 9;

/**
 * The rows of the JSON list at `[start, end)` of `bytes`, or undefined when they are not as the store
 * writes them (four integers and 0, 1 or a string, no white space): the caller then parses the list as
 * JSON, which also says what is wrong. Throws (SyntaxError) on a text that is not a valid JSON string.
 */
export function sentenceRowsFromJson(bytes: Uint8Array, start: number, end: number): SentenceRows | undefined {
  const columns = new SentenceColumns();
  let i = start;
  if (bytes[i] !== OPEN_BRACKET) return undefined;
  i++;
  if (bytes[i] === CLOSE_BRACKET) return i + 1 === end ? columns : undefined;
  // One loop and no calls but at a row's end: it runs once per process, mostly before the compiler
  // has optimised it, where each call costs.
  const fields = new Int32Array(5);
  for (;;) {
    if (bytes[i] !== OPEN_BRACKET) return undefined;
    i++;
    let text: string | undefined;
    for (let k = 0; k < 5; k++) {
      if (k === 4 && bytes[i] === QUOTE) {
        const textEnd = valueEnd(bytes, i);
        text = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + i, textEnd - i).toString('utf8')) as string;
        i = textEnd;
      } else {
        const negative = bytes[i] === MINUS;
        if (negative) i++;
        const first = i;
        let value = 0;
        for (let b = bytes[i] as number; i < end && b >= ZERO && b <= NINE; b = bytes[++i] as number) {
          value = 10 * value + (b - ZERO);
        }
        const digits = i - first;
        // No leading zero, nor "-0", which JSON.parse reads as minus zero.
        if (digits === 0 || digits > MAX_DIGITS || (digits > 1 && bytes[first] === ZERO)) return undefined;
        if (negative && value === 0) return undefined;
        fields[k] = negative ? -value : value;
      }
      if (bytes[i] !== (k < 4 ? COMMA : CLOSE_BRACKET)) return undefined;
      i++;
    }
    const kind = fields[4] as number;
    if (text === undefined && kind !== 0 && kind !== 1) return undefined;
    columns.add(
      fields[0] as number,
      fields[1] as number,
      fields[2] as number,
      fields[3] as number,
      text ?? (kind as 0 | 1),
    );
    if (bytes[i] === CLOSE_BRACKET) return i + 1 === end ? columns : undefined;
    if (bytes[i] !== COMMA) return undefined;
    i++;
  }
}

/** Whether a value is rows read by sentenceRowsFromJson (not a value JSON.parse gave). */
export function isSentenceRows(value: unknown): value is SentenceRows {
  return value instanceof SentenceColumns;
}

/** Columns growing as rows are added; itself the SentenceRows it reads back. */
class SentenceColumns implements SentenceRows {
  length = 0;
  private start: Int32Array = new Int32Array(1024);
  private end: Int32Array = new Int32Array(1024);
  private paragraph: Int32Array = new Int32Array(1024);
  private heading: Int32Array = new Int32Array(1024);
  /** The rows whose text is not 0 (a slice of the document): 1 (a slice, white space collapsed) or the text. */
  private readonly texts = new Map<number, 1 | string>();

  add(start: number, end: number, paragraph: number, heading: number, text: 0 | 1 | string): void {
    const n = this.length++;
    if (n === this.start.length) {
      this.start = grown(this.start);
      this.end = grown(this.end);
      this.paragraph = grown(this.paragraph);
      this.heading = grown(this.heading);
    }
    this.start[n] = start;
    this.end[n] = end;
    this.paragraph[n] = paragraph;
    this.heading[n] = heading;
    if (text !== 0) this.texts.set(n, text);
  }

  row(n: number): LeanSentence | undefined {
    if (!Number.isInteger(n) || n < 0 || n >= this.length) return undefined;
    return [
      this.start[n] as number,
      this.end[n] as number,
      this.paragraph[n] as number,
      this.heading[n] as number,
      this.texts.get(n) ?? 0,
    ];
  }
}

function grown(a: Int32Array): Int32Array {
  const out = new Int32Array(2 * a.length);
  out.set(a);
  return out;
}
