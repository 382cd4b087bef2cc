import { describe, expect, it } from 'vitest';
import { annotationColumns, annotationColumnsFromJson } from '../../../src/knowledge/store/annotation-columns.ts';
import type { LeanAnnotation } from '../../../src/knowledge/store/lean-format.ts';

/** Rows of every shape: plain, with date triples, with counts, with a date mention stored whole. */
const ROWS: LeanAnnotation[] = [
  [0, [], [], 1, -1, -1, 0],
  [2, [[3, 0, 12]], [], 4, 3, -1, 0],
  [
    2,
    [
      [3, 0, 12],
      [5, 20, 31],
    ],
    [],
    4,
    5,
    0,
    1,
  ],
  [6, [], [{ value: 14, unit: 'человек', start: 30, end: 40, text: 0 } as never], 7, -1, -1, 0],
  [
    6,
    [{ date: { year: 2025, precision: 'year' }, text: 'в прошлом году', start: 1, end: 15 } as never],
    [],
    7,
    -1,
    2,
    1,
  ],
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

describe('annotationColumnsFromJson', () => {
  const bytesOf = (text: string) => new TextEncoder().encode(text);
  const read = (text: string) => {
    const bytes = bytesOf(`{"annotations":${text}}`);
    return annotationColumnsFromJson(bytes, '{"annotations":'.length, bytes.length - 1);
  };

  it('reads the rows as the store writes them into the columns annotationColumns makes of them', () => {
    const columns = read(JSON.stringify(ROWS));
    expect(columns?.length).toBe(ROWS.length);
    ROWS.forEach((row, i) => {
      expect(columns?.row(i)).toEqual(row);
    });
    expect(read('[]')?.length).toBe(0);
  });

  it('reads a row of numbers that are not plain integers with JSON.parse', () => {
    const rows = [
      [1.5, [[3, 0, 12]], [], 4, 3, -1, 0],
      [2, [[3, 0, 12]], [], 4, 3, -1, 2],
      [-0, [[3, 0, 1234567890123]], [], 4, 3, -1, 1],
    ];
    const text = JSON.stringify(rows).replace('3,0,12]],[],4,3,-1,2', '3e0,0,12]],[],4,3,-1,2');
    const columns = read(text);
    const expected = annotationColumns(JSON.parse(text));
    for (let i = 0; i < rows.length; i++) expect(columns?.row(i)).toEqual(expected.row(i));
  });

  it('reads thousands of rows with counts (their JSON checked in batches) as they were written', () => {
    const many = Array.from({ length: 3000 }, (_, k) => ROWS[k % ROWS.length] as LeanAnnotation);
    const columns = read(JSON.stringify(many));
    expect(columns?.length).toBe(many.length);
    many.forEach((row, i) => {
      expect(columns?.row(i)).toEqual(row);
    });
  });

  it('throws on bad JSON in the counts of a row amid thousands, in whichever batch it is checked', () => {
    const many = Array.from({ length: 3000 }, (_, k) => ROWS[k % ROWS.length] as LeanAnnotation);
    for (const at of [3, 1500, 2997]) {
      const rows = many.map((row) => JSON.stringify(row));
      rows[at] = '[6,[],[{"value":14,"start":30,"end":}],7,-1,-1,0]';
      expect(() => read(`[${rows.join(',')}]`)).toThrow(SyntaxError);
    }
  });

  it('gives up on a list not written as the store writes it, and throws on bad JSON in a row', () => {
    expect(read(' [[0,[],[],1,-1,-1,0]]')).toBeUndefined();
    expect(read('[[0,[],[],1,-1,-1,0] ,[0,[],[],1,-1,-1,0]]')).toBeUndefined();
    expect(read('{"a":1}')).toBeUndefined();
    expect(() => read('[[0,[{"date":}],[],1,-1,-1,0]]')).toThrow();
  });
});
