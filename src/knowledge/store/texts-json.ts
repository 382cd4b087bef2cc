/**
 * The documents' texts of a lean store (`"texts": {"<source id>": "<text>", ...}`) decoded as one string.
 *
 * Parsed as an object, each text was a string of its own, some 10 KB: too small for V8's large-object
 * space, so a start-up's thousand texts (12 MB) were copied from the young generation twice, a quarter
 * of the garbage collector's work while a store is read. Here the texts' JSON is joined into one string
 * literal, parsed once into one large string, and each text is a slice of it (no copy).
 */
import { COLON, COMMA, valueEnd } from './json-sections.ts';

const QUOTE = 0x22;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
/** Between two texts in the joined literal: NUL, which a text may hold too (then they are parsed one by one). */
const SEPARATOR = Buffer.from('\\u0000', 'latin1');

/**
 * The texts object at `[start, end)` of `bytes`, or undefined when it is not as the store writes it
 * (a key and a string value per entry, no white space): the caller then parses it as JSON. Throws
 * (SyntaxError) when a key or the texts are not valid JSON. The texts' bytes are written over (see
 * joinedTexts) unless it gives undefined.
 */
export function textsFromJson(bytes: Buffer, start: number, end: number): Record<string, string> | undefined {
  const entries = textSpans(bytes, start, end);
  if (!entries) return undefined;
  const ids = entries.map(([keyStart, keyEnd]) => JSON.parse(utf8Of(bytes, keyStart, keyEnd)) as string);
  if (ids.some((id) => typeof id !== 'string' || id === '__proto__')) return undefined;
  const texts = joinedTexts(bytes, entries);
  if (!texts) return undefined;
  const out: Record<string, string> = {};
  ids.forEach((id, k) => {
    out[id] = texts[k] as string;
  });
  return out;
}

/** [key start, key end, value start, value end] of each entry, or undefined when the bytes are not `{"k":"v",...}`. */
function textSpans(bytes: Uint8Array, start: number, end: number): Array<[number, number, number, number]> | undefined {
  const entries: Array<[number, number, number, number]> = [];
  let i = start;
  if (bytes[i] !== OPEN_BRACE) return undefined;
  i++;
  if (bytes[i] === CLOSE_BRACE) return i + 1 === end ? entries : undefined;
  for (;;) {
    if (bytes[i] !== QUOTE) return undefined;
    const keyEnd = valueEnd(bytes, i);
    if (bytes[keyEnd] !== COLON || bytes[keyEnd + 1] !== QUOTE) return undefined;
    const valueStart = keyEnd + 1;
    const after = valueEnd(bytes, valueStart);
    entries.push([i, keyEnd, valueStart, after]);
    i = after;
    if (bytes[i] === CLOSE_BRACE) return i + 1 === end ? entries : undefined;
    if (bytes[i] !== COMMA) return undefined;
    i++;
  }
}

/**
 * The texts of the entries, parsed as one string literal written over the texts' own bytes (the bytes
 * are the caller's, and their texts are not read again): each text's JSON moved left over the key
 * before it, NUL between two. Moving in place spares a copy of the texts (10 MB, most of it new pages
 * to touch) that joining them into a new buffer took. Undefined, the bytes untouched, when a text may
 * hold NUL (the pieces would not be one per entry).
 */
function joinedTexts(bytes: Buffer, entries: ReadonlyArray<[number, number, number, number]>): string[] | undefined {
  const [first] = entries;
  if (!first) return [];
  const [, , firstStart] = first;
  const last = entries[entries.length - 1] as [number, number, number, number];
  if (bytes.subarray(firstStart, last[3]).includes(SEPARATOR)) return undefined;
  // The gap between two texts (`","<key>":"`) is at least as long as SEPARATOR: the writing never overtakes the reading.
  let to = first[3] - 1;
  for (let k = 1; k < entries.length; k++) {
    const [, , valueStart, valueEnd] = entries[k] as [number, number, number, number];
    to += SEPARATOR.copy(bytes, to);
    to += bytes.copy(bytes, to, valueStart + 1, valueEnd - 1);
  }
  bytes[to] = QUOTE;
  return (JSON.parse(bytes.toString('utf8', firstStart, to + 1)) as string).split('\u0000');
}

function utf8Of(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8');
}
