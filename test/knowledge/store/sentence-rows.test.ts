import { describe, expect, it } from 'vitest';
import type { LeanSentence } from '../../../src/knowledge/store/lean-format.ts';
import { isSentenceRows, sentenceRowsFromJson } from '../../../src/knowledge/store/sentence-rows.ts';

/** The rows sentenceRowsFromJson reads from a store's `"sentences":[...]`, as a list. */
function read(json: string): LeanSentence[] | undefined {
  const bytes = Buffer.from(`{"sentences":${json},"after":1}`, 'utf8');
  const start = '{"sentences":'.length;
  const rows = sentenceRowsFromJson(bytes, start, bytes.length - ',"after":1}'.length);
  if (!rows) return undefined;
  expect(isSentenceRows(rows)).toBe(true);
  expect(rows.row(rows.length)).toBeUndefined();
  return Array.from({ length: rows.length }, (_, n) => rows.row(n) as LeanSentence);
}

describe('sentenceRowsFromJson', () => {
  it('reads the rows JSON.parse reads: slices, collapsed slices, own texts, no heading', () => {
    const rows: LeanSentence[] = [
      [0, 12, 0, -1, 0],
      [13, 40, 1, 3, 1],
      [41, 120, 1, 3, 'Its own "text" — with\nescapes \\ and ünïcödé 😀'],
      [121, 999999999, 2, -1, 0],
    ];
    expect(read(JSON.stringify(rows))).toEqual(rows);
  });

  it('reads no rows', () => {
    expect(read('[]')).toEqual([]);
  });

  it('gives a fresh row each time', () => {
    const bytes = Buffer.from('[[0,1,0,-1,0]]');
    const rows = sentenceRowsFromJson(bytes, 0, bytes.length);
    const a = rows?.row(0);
    if (a) a[0] = 99;
    expect(rows?.row(0)).toEqual([0, 1, 0, -1, 0]);
  });

  it.each([
    ['white space', '[[0, 1, 0, -1, 0]]'],
    ['a row too short', '[[0,1,0,-1]]'],
    ['a row too long', '[[0,1,0,-1,0,7]]'],
    ['a text kind other than 0 or 1', '[[0,1,0,-1,2]]'],
    ['a fraction', '[[0.5,1,0,-1,0]]'],
    ['a leading zero', '[[01,1,0,-1,0]]'],
    ['minus zero', '[[-0,1,0,-1,0]]'],
    ['ten digits', '[[1234567890,1,0,-1,0]]'],
    ['a row that is not a list', '[5]'],
    ['an object', '{"a":1}'],
  ])('leaves %s to JSON.parse', (_name, json) => {
    expect(read(json)).toBeUndefined();
  });

  it('throws on an own text that is not valid JSON', () => {
    expect(() => read('[[0,1,0,-1,"bad \u0001"]]')).toThrow(SyntaxError);
  });
});
