import { describe, expect, it } from 'vitest';
import { topK } from '../../../src/knowledge/answer/top-k.ts';

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
