/**
 * The annotation rows of a lean store (lean-format.ts) held as columns of numbers, a row given back on
 * request. Parsed from JSON, a hundred thousand rows were some 300,000 small arrays and objects (about
 * 27 MB at a thousand documents) kept for the process's life although a question reads a few thousand
 * rows; as columns they take a fifth of that.
 *
 * Most of a row is numbers (value indexes, sentence numbers) and date mentions that are number
 * triples: those go into typed arrays. What is not (count mentions, a date mention stored whole) stays
 * as the row's JSON text, parsed again when the row is asked for.
 */
import { CLOSE_BRACKET, COMMA, OPEN_BRACKET, valueEnd } from './json-sections.ts';
import type { LeanAnnotation, LeanCount, LeanDateMention } from './lean-format.ts';

export interface AnnotationRows {
  readonly length: number;
  /** The row as it was in the file (a fresh copy each time), undefined past the end. */
  row(i: number): LeanAnnotation | undefined;
  /** The columns themselves, to be kept in the store's side file (decoded-side-file.ts) and read back by annotationRowsOf. */
  readonly columns: AnnotationColumnArrays;
}

/**
 * The columns of n rows. Row i's date triples are dateTriples[3 * dateStart[i] .. 3 * dateStart[i + 1]).
 * Rows with count mentions or a date mention stored whole keep their dates and counts as JSON (UTF-8),
 * `dates,counts`, each followed by a comma: row i's at restBytes[restStart[k] .. restStart[k + 1] - 1) for
 * k = restOf[i] - 1 (0: none). With the commas, the rests from one on read as one JSON list.
 */
export interface AnnotationColumnArrays {
  entities: Int32Array;
  concepts: Int32Array;
  date: Int32Array;
  from: Int32Array;
  contextual: Uint8Array;
  dateStart: Uint32Array;
  dateTriples: Int32Array;
  restOf: Int32Array;
  restStart: Uint32Array;
  restBytes: Uint8Array;
}

/** The column names, in the order the side file keeps them. */
export const ANNOTATION_COLUMN_NAMES = [
  'entities',
  'concepts',
  'date',
  'from',
  'contextual',
  'dateStart',
  'dateTriples',
  'restOf',
  'restStart',
  'restBytes',
] as const satisfies ReadonlyArray<keyof AnnotationColumnArrays>;

/**
 * Rows over columns read back (from the side file): undefined when they do not fit together, so that
 * a damaged file is not trusted. The rests are not parsed here: they were when the columns were first read.
 */
export function annotationRowsOf(columns: AnnotationColumnArrays): AnnotationRows | undefined {
  const count = columns.entities.length;
  const { concepts, date, from, contextual, dateStart, dateTriples, restOf, restStart, restBytes } = columns;
  if (concepts.length !== count || date.length !== count || from.length !== count) return undefined;
  if (contextual.length !== count || restOf.length !== count || dateStart.length !== count + 1) return undefined;
  if (restStart.length < 1 || (restStart[restStart.length - 1] as number) !== restBytes.length) return undefined;
  if (dateStart[0] !== 0 || 3 * (dateStart[count] as number) !== dateTriples.length) return undefined;
  for (let k = 1; k < restStart.length; k++)
    if ((restStart[k - 1] as number) > (restStart[k] as number)) return undefined;
  for (let i = 0; i < count; i++) {
    if ((restOf[i] as number) < 0 || (restOf[i] as number) >= restStart.length) return undefined;
    if ((dateStart[i] as number) > (dateStart[i + 1] as number)) return undefined;
  }
  return rowsOver(count, columns);
}

export function annotationColumns(rows: readonly LeanAnnotation[]): AnnotationRows {
  const columns = new ColumnBuilder(rows.length);
  for (const row of rows) columns.add(row);
  return columns.done();
}

/**
 * The columns of the annotation rows read straight from the store file's bytes (`[start, end)`, the
 * JSON list of rows), without making each row a JavaScript array first: parsed, a thousand documents'
 * hundred thousand rows were some 300,000 short-lived arrays, most of a start-up's garbage. A row as the
 * store writes it with date triples and no count is read number by number; any other row (count
 * mentions, a date mention stored whole, anything unexpected) is parsed with JSON.parse on its own bytes.
 * Undefined when the bytes are not a list of rows as the store writes them (white space between rows,
 * say): the caller then parses them as JSON, which also says what is wrong.
 */
export function annotationColumnsFromJson(
  bytes: Uint8Array,
  start: number,
  end: number,
  expectedRows = 0,
): AnnotationRows | undefined {
  const reader = new RowReader(bytes, end);
  // The rows' dates and counts are never more bytes than the list: room for them all at once, not grown by copies.
  const columns = new ColumnBuilder(expectedRows, end - start);
  let i = start;
  if (bytes[i] !== OPEN_BRACKET) return undefined;
  i++;
  if (bytes[i] === CLOSE_BRACKET) return i + 1 === end ? columns.done() : undefined;
  for (;;) {
    if (bytes[i] !== OPEN_BRACKET) return undefined;
    const rowEnd = reader.row(i, columns);
    if (rowEnd < 0) {
      const after = valueEnd(bytes, i);
      columns.add(JSON.parse(utf8.decode(bytes.subarray(i, after))) as LeanAnnotation);
      i = after;
    } else i = rowEnd;
    if (bytes[i] === CLOSE_BRACKET) return i + 1 === end ? columns.checkedRests().done() : undefined;
    if (bytes[i] !== COMMA) return undefined;
    i++;
  }
}

const utf8 = new TextDecoder();
/** How many bytes of rows' dates and counts are parsed at once to check them (see RowReader.row): what one parse keeps alive stays small. */
const REST_CHECK_BATCH = 1 << 16;
const utf8Encoder = new TextEncoder();
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

/** Reads the rows annotationColumnsFromJson reads number by number. */
class RowReader {
  /** The integers read by the last call of `integers`. */
  private readonly values = [0, 0, 0, 0];

  constructor(
    private readonly bytes: Uint8Array,
    private readonly end: number,
  ) {}

  /**
   * The row at `from` (its "[") added to the columns when it is [e,dates,counts,c,d,f,x] written without
   * spaces: the date triples and the numbers read one by one, the dates and counts of a row that has
   * counts or a date stored whole kept as their bytes. The position after it, or -1 (nothing added).
   */
  row(from: number, columns: ColumnBuilder): number {
    const { bytes, values } = this;
    let i = this.integers(from + 1, 1, COMMA);
    if (i < 0 || bytes[i + 1] !== OPEN_BRACKET) return -1;
    const e = values[0] as number;
    const datesStart = i + 1;
    const mark = columns.mark();
    let plain = true;
    i = datesStart + 1;
    if (bytes[i] === CLOSE_BRACKET) i++;
    else {
      // A mention that is not a triple (a date stored whole) makes the row's dates JSON; a triple of
      // anything but integers makes the whole row JSON.
      while (bytes[i] === OPEN_BRACKET) {
        const close = this.integers(i + 1, 3, CLOSE_BRACKET);
        if (close < 0) return columns.undo(mark);
        columns.triple(values[0] as number, values[1] as number, values[2] as number);
        i = close + 1;
        if (bytes[i] !== COMMA) break;
        i++;
      }
      if (bytes[i] === CLOSE_BRACKET) i++;
      else {
        plain = false;
        columns.undo(mark);
        i = valueEnd(bytes, datesStart);
      }
    }
    if (bytes[i] !== COMMA || bytes[i + 1] !== OPEN_BRACKET) return columns.undo(mark);
    const countsStart = i + 1;
    const countsEnd = bytes[countsStart + 1] === CLOSE_BRACKET ? countsStart + 2 : valueEnd(bytes, countsStart);
    if (bytes[countsEnd] !== COMMA) return columns.undo(mark);
    i = this.integers(countsEnd + 1, 4, CLOSE_BRACKET);
    const [c, d, f, x] = values as [number, number, number, number];
    if (i < 0 || (x !== 0 && x !== 1)) return columns.undo(mark);
    if (!plain || countsEnd !== countsStart + 2) {
      columns.undo(mark);
      columns.rest(bytes, datesStart, countsEnd);
      // Parsed here, as the whole list was, so that bad JSON in the store shows at load, not at a question;
      // in batches, each as one list: a third of the rows have counts, and a parse each took longer than the rest of the reading.
      if (columns.uncheckedRestBytes() >= REST_CHECK_BATCH) columns.checkedRests();
    }
    columns.plain(e, c, d, f, x);
    return i + 1;
  }

  /**
   * `count` JSON integers of at most nine digits from `from` on, separated by commas, into `values`:
   * the position of the byte `after` that must follow the last, -1 when they are not there.
   */
  private integers(from: number, count: number, after: number): number {
    const { bytes, values } = this;
    let i = from;
    for (let k = 0; k < count; k++) {
      if (k > 0) {
        if (bytes[i] !== COMMA) return -1;
        i++;
      }
      const negative = bytes[i] === MINUS;
      if (negative) i++;
      const first = i;
      let value = 0;
      while (i < this.end) {
        const b = bytes[i] as number;
        if (b < ZERO || b > NINE) break;
        value = 10 * value + (b - ZERO);
        i++;
      }
      const digits = i - first;
      // "01" is not JSON, and a fraction or an exponent is not an integer: JSON.parse reads those rows.
      if (digits === 0 || digits > 9 || (digits > 1 && bytes[first] === ZERO)) return -1;
      values[k] = negative ? -value : value;
    }
    return bytes[i] === after ? i : -1;
  }
}

/** The columns filled a row at a time. */
class ColumnBuilder {
  private count = 0;
  private entities: Int32Array;
  private concepts: Int32Array;
  private date: Int32Array;
  private from: Int32Array;
  private contextual: Uint8Array;
  // Date triples of row i: dateTriples[3 * dateStart[i] ...  3 * dateStart[i + 1]).
  private dateStart: Uint32Array;
  private dateTriples = new Int32Array(3 * 1024);
  private triples = 0;
  // Rows with count mentions or a date mention stored whole: their dates and counts as JSON (UTF-8),
  // `dates,counts`, each followed by a comma, row i's at restBytes[restStart[k] .. restStart[k + 1] - 1)
  // for k = restOf[i] - 1 (0: none). With the commas, the rests from one on read as one JSON list.
  private restOf: Int32Array;
  private restBytes: Uint8Array;
  private restUsed = 0;
  private restStart: number[] = [0];
  /** The rests before this one were parsed (checkedRests). */
  private firstUnchecked = 0;

  constructor(expected: number, expectedRestBytes = 1 << 16) {
    const size = Math.max(16, expected);
    this.entities = new Int32Array(size);
    this.concepts = new Int32Array(size);
    this.date = new Int32Array(size);
    this.from = new Int32Array(size);
    this.contextual = new Uint8Array(size);
    this.dateStart = new Uint32Array(size + 1);
    this.restOf = new Int32Array(size);
    this.restBytes = new Uint8Array(Math.max(16, expectedRestBytes));
  }

  add(row: LeanAnnotation): void {
    const [e, dates, counts, c, d, f, x] = row;
    if (plainDates(dates) && counts.length === 0) for (const m of dates) this.triple(m[0], m[1], m[2]);
    else {
      const json = utf8Encoder.encode(JSON.stringify([dates, counts]).slice(1, -1));
      this.rest(json, 0, json.length);
    }
    this.plain(e, c, d, f, x);
  }

  /** How many triples there are, to go back to (undo) when a row read in part turns out not to be plain. */
  mark(): number {
    return this.triples;
  }

  undo(mark: number): -1 {
    this.triples = mark;
    return -1;
  }

  /** A date triple of the row being added. */
  triple(date: number, start: number, end: number): void {
    if (3 * this.triples + 3 > this.dateTriples.length)
      this.dateTriples = grown(this.dateTriples, 3 * this.triples + 3);
    const at = 3 * this.triples++;
    this.dateTriples[at] = date;
    this.dateTriples[at + 1] = start;
    this.dateTriples[at + 2] = end;
  }

  /** The dates and counts (`dates,counts` as JSON, bytes[from, to)) of the row being added, one that has no triples. */
  rest(bytes: Uint8Array, from: number, to: number): void {
    const length = to - from;
    if (this.restUsed + length + 1 > this.restBytes.length)
      this.restBytes = grown(this.restBytes, this.restUsed + length + 1);
    // Byte by byte: a row's rest is some hundred bytes, and a view of them to copy from cost more.
    const { restBytes } = this;
    let at = this.restUsed;
    for (let k = from; k < to; k++) restBytes[at++] = bytes[k] as number;
    restBytes[at++] = COMMA;
    this.restUsed = at;
    this.restStart.push(this.restUsed);
    this.restOfNext = this.restStart.length - 1;
  }

  /** Bytes of the rests added since they were last parsed. */
  uncheckedRestBytes(): number {
    return this.restUsed - (this.restStart[this.firstUnchecked] as number);
  }

  /** Parses the rests added since the last time, as one JSON list: throws (SyntaxError) on bad JSON in one. */
  checkedRests(): this {
    const from = this.restStart[this.firstUnchecked] as number;
    if (this.restUsed > from) JSON.parse(`[${utf8.decode(this.restBytes.subarray(from, this.restUsed - 1))}]`);
    this.firstUnchecked = this.restStart.length - 1;
    return this;
  }

  /** The rest number (1-based) of the row being added, 0 when it has none. */
  private restOfNext = 0;

  /** Ends the row being added, its triples added before. */
  plain(e: number, c: number, d: number, f: number, x: number): void {
    const i = this.count++;
    if (i >= this.entities.length) {
      this.entities = grown(this.entities, i + 1);
      this.concepts = grown(this.concepts, i + 1);
      this.date = grown(this.date, i + 1);
      this.from = grown(this.from, i + 1);
      this.contextual = grown(this.contextual, i + 1);
      this.dateStart = grown(this.dateStart, i + 2);
      this.restOf = grown(this.restOf, i + 1);
    }
    this.restOf[i] = this.restOfNext;
    this.restOfNext = 0;
    this.entities[i] = e;
    this.concepts[i] = c;
    this.date[i] = d;
    this.from[i] = f;
    this.contextual[i] = x;
    this.dateStart[i + 1] = this.triples;
  }

  done(): AnnotationRows {
    const count = this.count;
    return rowsOver(count, {
      entities: fitted(this.entities, count),
      concepts: fitted(this.concepts, count),
      date: fitted(this.date, count),
      from: fitted(this.from, count),
      contextual: fitted(this.contextual, count),
      dateStart: fitted(this.dateStart, count + 1),
      dateTriples: fitted(this.dateTriples, 3 * this.triples),
      restOf: fitted(this.restOf, count),
      restStart: Uint32Array.from(this.restStart),
      restBytes: fitted(this.restBytes, this.restUsed),
    });
  }
}

function rowsOver(count: number, columns: AnnotationColumnArrays): AnnotationRows {
  const { entities, concepts, date, from, contextual, dateStart, dateTriples, restOf, restStart, restBytes } = columns;
  return {
    length: count,
    columns,
    row(i) {
      if (!Number.isInteger(i) || i < 0 || i >= count) return undefined;
      const k = (restOf[i] as number) - 1;
      let dates: LeanDateMention[];
      let counts: LeanCount[];
      if (k >= 0) {
        const json = utf8.decode(restBytes.subarray(restStart[k] as number, (restStart[k + 1] as number) - 1));
        [dates, counts] = JSON.parse(`[${json}]`) as [LeanDateMention[], LeanCount[]];
      } else {
        dates = [];
        counts = [];
        for (let k = dateStart[i] as number; k < (dateStart[i + 1] as number); k++) {
          dates.push([
            dateTriples[3 * k] as number,
            dateTriples[3 * k + 1] as number,
            dateTriples[3 * k + 2] as number,
          ]);
        }
      }
      return [
        entities[i] as number,
        dates,
        counts,
        concepts[i] as number,
        date[i] as number,
        from[i] as number,
        contextual[i] as 0 | 1,
      ];
    },
  };
}

/** The first `length` items: the array itself when that is all of it (the columns were sized right), else a copy. */
function fitted<T extends Int32Array | Uint32Array | Uint8Array>(a: T, length: number): T {
  return a.length === length ? a : (a.slice(0, length) as T);
}

function grown<T extends Int32Array | Uint32Array | Uint8Array>(a: T, atLeast: number): T {
  const out = new (a.constructor as new (n: number) => T)(Math.max(atLeast, 2 * a.length));
  out.set(a);
  return out;
}

/** Every mention is a [date, start, end] triple (none stored whole). */
function plainDates(dates: readonly LeanDateMention[]): dates is [number, number, number][] {
  return dates.every((m) => Array.isArray(m) && m.length === 3);
}
