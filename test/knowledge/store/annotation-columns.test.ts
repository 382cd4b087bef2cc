import { describe, expect, it } from 'vitest';
import { annotationColumns } from '../../../src/knowledge/store/annotation-columns.ts';
import type { LeanAnnotation } from '../../../src/knowledge/store/lean-format.ts';

/** Rows of every shape: plain, with date triples, with counts, with a date mention stored whole. */
const ROWS: LeanAnnotation[] = [
  [0, [], [], 1, -1, -1, 0],
  [2, [[3, 0, 12]], [], 4, 3, -1, 0],
  [2, [[3, 0, 12], [5, 20, 31]], [], 4, 5, 0, 1],
  [6, [], [{ value: 14, unit: 'человек', start: 30, end: 40, text: 0 } as never], 7, -1, -1, 0],
  [6, [{ date: { year: 2025, precision: 'year' }, text: 'в прошлом году', start: 1, end: 15 } as never], [], 7, -1, 2, 1],
  [8, [[9, 2, 6]], [{ value: 3, start: 0, end: 1, text: '3' } as never], 1, 9, -1, 0],
];

describe('annotationColumns', () => {
  it('gives back every row as it was', () => {
    const columns = annotationColumns(structuredClone(ROWS));
    expect(columns.length).toBe(ROWS.length);
    ROWS.forEach((row, i) => {
      expect(columns.row(i)).toEqual(row);
    });
  });

  it('gives a fresh copy each time: changing one leaves the columns as they were', () => {
    const columns = annotationColumns(structuredClone(ROWS));
    const row = columns.row(2) as LeanAnnotation;
    (row[1][0] as number[])[0] = 99;
    row[1].pop();
    expect(columns.row(2)).toEqual(ROWS[2]);
  });

  it('has no row past either end', () => {
    const columns = annotationColumns(structuredClone(ROWS));
    for (const i of [-1, ROWS.length, 1.5, Number.NaN]) expect(columns.row(i)).toBeUndefined();
    expect(annotationColumns([]).row(0)).toBeUndefined();
  });
});
