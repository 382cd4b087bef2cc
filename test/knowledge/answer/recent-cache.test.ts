import { describe, expect, it } from 'vitest';
import { RecentCache } from '../../../src/knowledge/answer/recent-cache.ts';

describe('RecentCache', () => {
  it('computes a value once while it is kept', () => {
    const cache = new RecentCache<number, string>(2);
    let made = 0;
    const make = (n: number) => {
      made++;
      return `v${n}`;
    };
    expect(cache.get(1, make)).toBe('v1');
    expect(cache.get(1, make)).toBe('v1');
    expect(made).toBe(1);
  });

  it('never holds more than twice its capacity, however many keys are asked for', () => {
    const cache = new RecentCache<number, number>(3);
    for (let i = 0; i < 1000; i++) cache.get(i, (n) => n);
    expect(cache.size).toBeLessThanOrEqual(6);
  });

  it('keeps what the last question read through the next one, and lets go of what the one before read', () => {
    const cache = new RecentCache<string, object>(100);
    const first = cache.get('a', () => ({}));
    cache.nextQuestion();
    // The same object, not an equal one: a question may compare what two reads gave.
    expect(cache.get('a', () => ({}))).toBe(first);
    cache.get('b', () => ({}));
    cache.nextQuestion();
    cache.nextQuestion();
    expect(cache.size).toBe(0);
    expect(cache.get('a', () => ({}))).not.toBe(first);
  });

  it('gives the same value within a question until it has read more than its capacity of other keys', () => {
    const cache = new RecentCache<number, object>(4);
    const kept = cache.get(0, () => ({}));
    for (let i = 1; i < 4; i++) cache.get(i, () => ({}));
    expect(cache.get(0, () => ({}))).toBe(kept);
  });
});
