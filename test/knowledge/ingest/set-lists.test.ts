/** The list-as-set helpers of the merge give what the Set expressions gave, and the same list when nothing is new. */
import { describe, expect, it } from 'vitest';
import { sortedUnion, union } from '../../../src/knowledge/ingest/set-lists.ts';

describe('union', () => {
  it.each([
    [['a', 'b'], ['b'], ['a', 'b'], true],
    [['a', 'b'], [], ['a', 'b'], true],
    [['a', 'b'], ['c', 'a', 'c'], ['a', 'b', 'c'], false],
    [['b', 'a', 'b'], ['a'], ['b', 'a'], false],
    [[], ['x', 'x'], ['x'], false],
  ])('%j ∪ %j → %j (same list: %s)', (a, b, expected, same) => {
    const got = union(a, b);
    expect(got).toEqual([...new Set([...a, ...b])]);
    expect(got).toEqual(expected);
    expect(got === a).toBe(same);
  });
});

describe('sortedUnion', () => {
  it.each([
    [['a', 'b'], ['a'], ['a', 'b'], true],
    [['b', 'a'], ['a'], ['a', 'b'], false],
    [['a', 'a'], [], ['a'], false],
    [['a', 'c'], ['b'], ['a', 'b', 'c'], false],
    [['Z', 'a', 'я'], ['a'], ['Z', 'a', 'я'], true],
  ])('%j ∪ %j → %j (same list: %s)', (a, b, expected, same) => {
    const got = sortedUnion(a, b);
    expect(got).toEqual([...new Set([...a, ...b])].sort());
    expect(got).toEqual(expected);
    expect(got === a).toBe(same);
  });
});
