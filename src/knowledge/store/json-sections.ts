/**
 * Where each value of a JSON object's top level lies in its UTF-8 bytes, found without parsing it.
 *
 * The store file is one object whose parts are used differently: the sentences and the texts at once,
 * the annotations a row at a time, the facts perhaps never. Parsing the whole file made every part a
 * tree of JavaScript objects (about four times its bytes in memory); with the spans, each part is
 * parsed on its own, or kept as bytes until it is needed.
 */

/** A value's bytes: [start, end). */
export interface ByteSpan {
  start: number;
  end: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;
export const COLON = 0x3a;
export const COMMA = 0x2c;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * The top-level keys of the JSON object in `bytes` with the spans of their values, in file order.
 * Throws (with the byte offset) when the bytes are not one object; values themselves are not
 * checked, only delimited: JSON.parse of a span reports what is wrong inside it.
 */
export function topLevelSpans(bytes: Uint8Array): Map<string, ByteSpan> {
  const spans = new Map<string, ByteSpan>();
  const decoder = new TextDecoder();
  let i = skipSpace(bytes, 0);
  if (bytes[i] !== OPEN_BRACE) throw new Error(`not a JSON object (byte ${i})`);
  i = skipSpace(bytes, i + 1);
  if (bytes[i] === CLOSE_BRACE) return endOfObject(bytes, i, spans);
  for (;;) {
    if (bytes[i] !== QUOTE) throw new Error(`a key expected at byte ${i}`);
    const keyEnd = stringEnd(bytes, i);
    const key = JSON.parse(decoder.decode(bytes.subarray(i, keyEnd))) as string;
    i = skipSpace(bytes, keyEnd);
    if (bytes[i] !== COLON) throw new Error(`":" expected at byte ${i}`);
    const start = skipSpace(bytes, i + 1);
    const end = valueEnd(bytes, start);
    spans.set(key, { start, end });
    i = skipSpace(bytes, end);
    if (bytes[i] === CLOSE_BRACE) return endOfObject(bytes, i, spans);
    if (bytes[i] !== COMMA) throw new Error(`"," or "}" expected at byte ${i}`);
    i = skipSpace(bytes, i + 1);
  }
}

function endOfObject(bytes: Uint8Array, close: number, spans: Map<string, ByteSpan>): Map<string, ByteSpan> {
  const after = skipSpace(bytes, close + 1);
  if (after !== bytes.length) throw new Error(`unexpected bytes after the object (byte ${after})`);
  return spans;
}

function skipSpace(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length && isSpace(bytes[i] as number)) i++;
  return i;
}

/**
 * The end of the string starting at `from` (its opening quote), just past its closing quote. The next
 * quote is found by indexOf (native, and most of a store's bytes are inside the documents' texts); it
 * closes the string unless an odd run of backslashes stands before it.
 */
function stringEnd(bytes: Uint8Array, from: number): number {
  let i = from + 1;
  for (;;) {
    const quote = bytes.indexOf(QUOTE, i);
    if (quote < 0) throw new Error(`unterminated string from byte ${from}`);
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/**
 * The end of the value starting at `from`. A string or a nested value is followed to its close (quotes
 * and escapes respected: a bracket inside a document's text is text); a scalar runs to the next
 * delimiter. UTF-8 never uses these ASCII bytes inside a multi-byte character, so bytes suffice.
 */
export function valueEnd(bytes: Uint8Array, from: number): number {
  const first = bytes[from];
  if (first === QUOTE) return stringEnd(bytes, from);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let i = from;
    while (i < bytes.length) {
      const c = bytes[i] as number;
      if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c)) break;
      i++;
    }
    if (i === from) throw new Error(`a value expected at byte ${from}`);
    return i;
  }
  let depth = 0;
  for (let i = from; i < bytes.length; i++) {
    const c = bytes[i] as number;
    if (c === QUOTE) i = stringEnd(bytes, i) - 1;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error(`unterminated value from byte ${from}`);
}
