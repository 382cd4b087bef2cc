import { describe, expect, it } from 'vitest';
import { BestScored, HighestFirst, mostCounted, sortAscending } from '../../../src/knowledge/answer/top-k.ts';

/** The best k of scores by a full sort, as rankSentences orders sentences (score down, then the smaller tie). */
function bySort(scores: readonly number[], ties: readonly number[], k: number): number[] {
  return scores
    .map((_, i) => i)
    .sort((a, b) => (scores[b] as number) - (scores[a] as number) || (ties[a] as number) - (ties[b] as number))
    .slice(0, Math.max(0, k));
}

function keepBest(scores: readonly number[], ties: readonly number[], k: number): number[] {
  const best = new BestScored(k);
  scores.forEach((score, i) => {
    best.add(i, score, ties[i] as number);
  });
  return best.best();
}

describe('BestScored', () => {
  it.each([
    { name: 'fewer items than k', scores: [3, 1, 2], k: 5, expected: [0, 2, 1] },
    { name: 'exactly k', scores: [1, 3, 2], k: 3, expected: [1, 2, 0] },
    { name: 'ties kept in tie order', scores: [2, 5, 2, 5, 2], k: 3, expected: [1, 3, 0] },
    { name: 'the best arriving last', scores: [1, 2, 3, 4, 5, 6], k: 2, expected: [5, 4] },
    { name: 'the best arriving first', scores: [6, 5, 4, 3, 2, 1], k: 2, expected: [0, 1] },
    { name: 'k of zero', scores: [1, 2], k: 0, expected: [] },
    { name: 'no items', scores: [], k: 4, expected: [] },
    { name: 'negative and zero scores', scores: [0, -1, 0.5, -0.5, 0], k: 4, expected: [2, 0, 4, 3] },
  ])('$name', ({ scores, k, expected }) => {
    expect(
      keepBest(
        scores,
        Array.from(scores, (_, i) => i),
        k,
      ),
    ).toEqual(expected);
  });

  it('breaks equal scores by the tie, not by the order items come in', () => {
    // Items 0..3 arrive in that order; their ties (sentence numbers) say the last one goes first.
    expect(keepBest([1, 1, 1, 1], [40, 30, 20, 10], 2)).toEqual([3, 2]);
  });

  it('admits while not full, then only what beats the worst kept', () => {
    const best = new BestScored(2);
    expect(best.admits(0, 9)).toBe(true);
    best.add(0, 5, 10);
    best.add(1, 3, 20);
    expect(best.admits(2, 1)).toBe(false);
    expect(best.admits(3, 21)).toBe(false);
    expect(best.admits(3, 19)).toBe(true);
    expect(best.admits(4, 99)).toBe(true);
    expect(new BestScored(0).admits(100, 0)).toBe(false);
  });

  it('chooses what a full sort would, on pseudo-random scores with many ties, whatever the arrival order', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (const [count, k] of [
      [1000, 40],
      [37, 40],
      [500, 1],
      [3000, 40],
    ] as const) {
      const scores = Array.from({ length: count }, () => next() % 50);
      // Ties a shuffled permutation: arrival order and tie order differ.
      const ties = Array.from({ length: count }, (_, i) => i);
      for (let i = count - 1; i > 0; i--) {
        const j = next() % (i + 1);
        [ties[i], ties[j]] = [ties[j] as number, ties[i] as number];
      }
      expect(keepBest(scores, ties, k)).toEqual(bySort(scores, ties, k));
    }
  });
});

describe('mostCounted', () => {
  const bySorting = (items: number[], counts: Map<number, number>, k: number) =>
    [...items]
      .sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number) || a - b)
      .slice(0, k)
      .sort((a, b) => a - b);
  /** mostCounted of the items of a map from item to count (whole or half), in ascending order. */
  const chosen = (counts: Map<number, number>, k: number) => {
    const items = Int32Array.from(counts.keys());
    const doubled = Int32Array.from(items, (n) => 2 * (counts.get(n) as number));
    return Array.from(mostCounted(items, doubled, k)).sort((a, b) => a - b);
  };

  it.each([
    {
      name: 'fewer items than k',
      counts: [
        [5, 1],
        [2, 3],
      ],
      k: 3,
      expected: [2, 5],
    },
    {
      name: 'the cut inside a run of equals takes the smaller items',
      counts: [
        [9, 1],
        [4, 1],
        [7, 1],
        [1, 2],
      ],
      k: 3,
      expected: [1, 4, 7],
    },
    {
      name: 'half counts',
      counts: [
        [3, 0.5],
        [8, 1.5],
        [6, 1],
        [2, 0.5],
      ],
      k: 2,
      expected: [6, 8],
    },
    {
      name: 'the cut exactly at a count',
      counts: [
        [1, 2],
        [2, 2],
        [3, 1],
        [4, 1],
      ],
      k: 2,
      expected: [1, 2],
    },
    { name: 'k of zero', counts: [[1, 1]], k: 0, expected: [] },
  ])('$name', ({ counts, k, expected }) => {
    expect(chosen(new Map(counts as Array<[number, number]>), k)).toEqual(expected);
  });

  it('chooses what sorting would, on pseudo-random half counts', () => {
    // xorshift32: the low bits of a plain LCG repeat too soon to give 5,000 distinct keys.
    let seed = 2463534242;
    const next = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed >>> 0;
    };
    for (const [size, k] of [
      [5000, 3000],
      [400, 7],
      [50, 49],
    ] as const) {
      const counts = new Map<number, number>();
      while (counts.size < size) counts.set(next() % 100_000, (next() % 12) / 2);
      expect(chosen(counts, k)).toEqual(bySorting([...counts.keys()], counts, k));
    }
  });

  it('gives those above the cut in item order, then those at it smallest first', () => {
    const items = Int32Array.from([9, 4, 7, 1, 8, 3]);
    const doubled = Int32Array.from([4, 1, 4, 2, 2, 2]);
    expect(Array.from(mostCounted(items, doubled, 4))).toEqual([9, 7, 1, 3]);
  });

  // Ranking hands it a view of a shared list (retrieve.ts): the same choice as from a copy.
  it('takes a typed array view as it takes a copy', () => {
    const list = new Int32Array([9, 4, 7, 1, 8, 3, 5, 0]);
    const view = list.subarray(1, 7);
    const doubled = Int32Array.from(view, (n) => n % 3);
    expect(Array.from(mostCounted(view, doubled, 3))).toEqual(Array.from(mostCounted(view.slice(), doubled, 3)));
    expect(Array.from(mostCounted(view, doubled, 10))).toEqual([4, 7, 1, 8, 3, 5]);
  });
});

describe('HighestFirst', () => {
  const takeAll = (keys: number[], ties = keys.map((_, i) => i)) => {
    const order = new HighestFirst(Float64Array.from(keys), Int32Array.from(ties), keys.length);
    const taken: number[] = [];
    for (let item = order.take(); item >= 0; item = order.take()) taken.push(item);
    return taken;
  };

  it.each([
    { name: 'no items', keys: [], expected: [] },
    { name: 'one item', keys: [2.5], expected: [0] },
    { name: 'ascending keys', keys: [1, 2, 3, 4], expected: [3, 2, 1, 0] },
    { name: 'negative keys', keys: [-1, 0, -3, 0.5], expected: [3, 1, 0, 2] },
    { name: 'equal keys by tie', keys: [2, 2, 2, 3], expected: [3, 0, 1, 2] },
  ])('$name', ({ keys, expected }) => {
    expect(takeAll(keys)).toEqual(expected);
  });

  it('takes equal keys smaller tie first, whatever the item numbers', () => {
    expect(takeAll([1, 1, 1], [30, 10, 20])).toEqual([1, 2, 0]);
  });

  it('takes every item once, in (key down, tie up) order, on pseudo-random keys with many ties', () => {
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (const count of [1, 2, 7, 40, 3000]) {
      const keys = Array.from({ length: count }, () => (next() % 60) / 4);
      const ties = Array.from({ length: count }, () => next() % 100_000);
      const expected = keys
        .map((_, i) => i)
        .sort((a, b) => (keys[b] as number) - (keys[a] as number) || (ties[a] as number) - (ties[b] as number));
      const taken = takeAll(keys, ties);
      // Items of equal key and tie may come in either order: compare their (key, tie) sequences.
      expect(taken.map((i) => [keys[i], ties[i]])).toEqual(expected.map((i) => [keys[i], ties[i]]));
    }
  });
});

describe('sortAscending', () => {
  it.each([
    { name: 'no items', items: [], expected: [] },
    { name: 'one item', items: [7], expected: [7] },
    { name: 'all zero', items: [0, 0, 0], expected: [0, 0, 0] },
    { name: 'descending', items: [5, 4, 3, 2, 1, 0], expected: [0, 1, 2, 3, 4, 5] },
    { name: 'repeats', items: [3, 1, 3, 0, 1], expected: [0, 1, 1, 3, 3] },
    { name: 'one pass of digits', items: [2047, 0, 1024, 1], expected: [0, 1, 1024, 2047] },
    { name: 'across the first digit', items: [2048, 2047, 4096, 1], expected: [1, 2047, 2048, 4096] },
    {
      name: 'three passes (past four million)',
      items: [4_194_304, 99_693, 4_194_303, 0, 2_000_000_000],
      expected: [0, 99_693, 4_194_303, 4_194_304, 2_000_000_000],
    },
  ])('$name', ({ items, expected }) => {
    const array = Int32Array.from(items);
    const sorted = sortAscending(array);
    expect(Array.from(sorted)).toEqual(expected);
    // In place: the caller's array is the sorted one.
    expect(sorted).toBe(array);
  });

  it('agrees with a comparison sort on pseudo-random sentence numbers', () => {
    let seed = 5;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (const count of [2, 3, 40, 3000]) {
      const items = Int32Array.from({ length: count }, () => next() % 100_000);
      const expected = Array.from(items).sort((a, b) => a - b);
      expect(Array.from(sortAscending(items))).toEqual(expected);
    }
  });
});
