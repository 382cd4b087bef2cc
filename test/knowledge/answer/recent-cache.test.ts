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

  it('never holds more than its capacity, however many keys are asked for', () => {
    const cache = new RecentCache<number, number>(3);
    for (let i = 0; i < 1000; i++) cache.get(i, (n) => n);
    expect(cache.size).toBe(3);
  });

  it('drops the least recently used entry first', () => {
    const cache = new RecentCache<string, string>(2);
    const made: string[] = [];
    const make = (k: string) => {
      made.push(k);
      return k;
    };
    cache.get('a', make);
    cache.get('b', make);
    cache.get('a', make); // a is now more recent than b
    cache.get('c', make); // drops b
    cache.get('a', make);
    cache.get('b', make);
    expect(made).toEqual(['a', 'b', 'c', 'b']);
  });
});
