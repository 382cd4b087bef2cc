import { describe, expect, it } from 'vitest';
import { HighestFirst, KthBest, mostCounted, topK } from '../../../src/knowledge/answer/top-k.ts';

/** Scores with ties broken by position, as rankSentences orders sentences (score down, then n up). */
function byScore(scores: readonly number[]) {
  return (a: number, b: number) => (scores[a] as number) > (scores[b] as number) || (scores[a] === scores[b] && a < b);
}

function bySort(scores: readonly number[], k: number): number[] {
  return scores
    .map((_, i) => i)
    .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b)
    .slice(0, Math.max(0, k));
}

describe('topK', () => {
  it.each([
    { name: 'fewer items than k', scores: [3, 1, 2], k: 5, expected: [0, 2, 1] },
    { name: 'exactly k', scores: [1, 3, 2], k: 3, expected: [1, 2, 0] },
    { name: 'ties kept in position order', scores: [2, 5, 2, 5, 2], k: 3, expected: [1, 3, 0] },
    { name: 'the best arriving last', scores: [1, 2, 3, 4, 5, 6], k: 2, expected: [5, 4] },
    { name: 'the best arriving first', scores: [6, 5, 4, 3, 2, 1], k: 2, expected: [0, 1] },
    { name: 'k of zero', scores: [1, 2], k: 0, expected: [] },
    { name: 'no items', scores: [], k: 4, expected: [] },
    { name: 'negative and zero scores', scores: [0, -1, 0.5, -0.5, 0], k: 4, expected: [2, 0, 4, 3] },
  ])('$name', ({ scores, k, expected }) => {
    expect(topK(scores.length, k, byScore(scores))).toEqual(expected);
  });

  it('chooses what a full sort would, on pseudo-random scores with many ties', () => {
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
      expect(topK(count, k, byScore(scores))).toEqual(bySort(scores, k));
    }
  });
});

describe('mostCounted', () => {
  const bySorting = (items: number[], counts: Map<number, number>, k: number) =>
    [...items]
      .sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number) || a - b)
      .slice(0, k)
      .sort((a, b) => a - b);

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
    const map = new Map(counts as Array<[number, number]>);
    expect(mostCounted([...map.keys()], (n) => map.get(n) as number, k).sort((a, b) => a - b)).toEqual(expected);
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
      const items = [...counts.keys()];
      const chosen = mostCounted(items, (n) => counts.get(n) as number, k).sort((a, b) => a - b);
      expect(chosen).toEqual(bySorting(items, counts, k));
    }
  });

  // Ranking hands it a view of a shared list (retrieve.ts): the same choice, in the same order, as from an array.
  it('takes a typed array view as it takes an array', () => {
    const list = new Int32Array([9, 4, 7, 1, 8, 3, 5, 0]);
    const view = list.subarray(1, 7);
    const count = (n: number) => (n % 3) / 2;
    expect(mostCounted(view, count, 3)).toEqual(mostCounted(Array.from(view), count, 3));
    expect(mostCounted(view, count, 10)).toEqual([4, 7, 1, 8, 3, 5]);
  });

  it('refuses a count that is not whole or half', () => {
    expect(() => mostCounted([1, 2, 3], () => 0.3, 1)).toThrow(/not a whole or half number/);
  });
});

describe('KthBest', () => {
  it.each([
    { name: 'not full yet', k: 3, scores: [5, 1], expected: Number.NEGATIVE_INFINITY },
    { name: 'full', k: 3, scores: [5, 1, 4], expected: 1 },
    { name: 'a better one raises the bar', k: 3, scores: [5, 1, 4, 7], expected: 4 },
    { name: 'a worse one leaves it', k: 2, scores: [5, 6, 1, 2], expected: 5 },
    { name: 'ties', k: 2, scores: [3, 3, 3], expected: 3 },
    { name: 'k of zero never bars', k: 0, scores: [1], expected: Number.NEGATIVE_INFINITY },
  ])('$name', ({ k, scores, expected }) => {
    const kth = new KthBest(k);
    for (const s of scores) kth.add(s);
    expect(kth.score()).toBe(expected);
  });
});

describe('HighestFirst', () => {
  const takeAll = (keys: number[]) => {
    const order = new HighestFirst(Float64Array.from(keys), keys.length);
    const taken: number[] = [];
    for (let item = order.take(); item >= 0; item = order.take()) taken.push(item);
    return taken;
  };

  it.each([
    { name: 'no items', keys: [], expected: [] },
    { name: 'one item', keys: [2.5], expected: [0] },
    { name: 'ascending keys', keys: [1, 2, 3, 4], expected: [3, 2, 1, 0] },
    { name: 'negative keys', keys: [-1, 0, -3, 0.5], expected: [3, 1, 0, 2] },
  ])('$name', ({ keys, expected }) => {
    expect(takeAll(keys)).toEqual(expected);
  });

  it('takes every item once, keys never rising, on pseudo-random keys with many ties', () => {
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (const count of [1, 2, 7, 40, 3000]) {
      const keys = Array.from({ length: count }, () => (next() % 60) / 4);
      const taken = takeAll(keys);
      expect([...taken].sort((a, b) => a - b)).toEqual(keys.map((_, i) => i));
      for (let i = 1; i < taken.length; i++)
        expect(keys[taken[i] as number]).toBeLessThanOrEqual(keys[taken[i - 1] as number] as number);
    }
  });
});
