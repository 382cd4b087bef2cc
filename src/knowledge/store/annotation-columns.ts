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
import type { LeanAnnotation, LeanCount, LeanDateMention } from './lean-format.ts';

export interface AnnotationRows {
  readonly length: number;
  /** The row as it was in the file (a fresh copy each time), undefined past the end. */
  row(i: number): LeanAnnotation | undefined;
}

export function annotationColumns(rows: readonly LeanAnnotation[]): AnnotationRows {
  const count = rows.length;
  const entities = new Int32Array(count);
  const concepts = new Int32Array(count);
  const date = new Int32Array(count);
  const from = new Int32Array(count);
  const contextual = new Uint8Array(count);
  // Date triples of row i: dateTriples[3 * dateStart[i] ...  3 * dateStart[i + 1]).
  const dateStart = new Uint32Array(count + 1);
  let triples = 0;
  for (const row of rows) if (plainDates(row[1]) && row[2].length === 0) triples += row[1].length;
  const dateTriples = new Int32Array(3 * triples);
  // Rows with count mentions or a date mention stored whole: [dates, counts] as JSON.
  const rest = new Map<number, string>();
  let t = 0;
  rows.forEach((row, i) => {
    const [e, dates, counts, c, d, f, x] = row;
    entities[i] = e;
    concepts[i] = c;
    date[i] = d;
    from[i] = f;
    contextual[i] = x;
    dateStart[i] = t;
    if (plainDates(dates) && counts.length === 0) {
      for (const m of dates) dateTriples.set(m, 3 * t++);
    } else rest.set(i, JSON.stringify([dates, counts]));
  });
  dateStart[count] = t;
  return {
    length: count,
    row(i) {
      if (!Number.isInteger(i) || i < 0 || i >= count) return undefined;
      const json = rest.get(i);
      let dates: LeanDateMention[];
      let counts: LeanCount[];
      if (json !== undefined) [dates, counts] = JSON.parse(json) as [LeanDateMention[], LeanCount[]];
      else {
        dates = [];
        counts = [];
        for (let k = dateStart[i] as number; k < (dateStart[i + 1] as number); k++) {
          dates.push([dateTriples[3 * k] as number, dateTriples[3 * k + 1] as number, dateTriples[3 * k + 2] as number]);
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

/** Every mention is a [date, start, end] triple (none stored whole). */
function plainDates(dates: readonly LeanDateMention[]): dates is [number, number, number][] {
  return dates.every((m) => Array.isArray(m) && m.length === 3);
}
