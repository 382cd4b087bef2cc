import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { altPhoneticKeys, fold, nameKey, phoneticKey } from '../../../src/knowledge/text/tokens.ts';

/**
 * Common English, European and Asian names and the way Russian news spells them (name-pairs.tsv, one
 * pair a line): a measure of the cross-script key as a whole, beside the rule-by-rule tables of
 * tokens.test.ts. Some pairs no rough key can join (Juan/Хуан, Sean/Шон); the floors keep what it does.
 */
const PAIRS = readFileSync(new URL('name-pairs.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => line.split('\t') as [string, string]);

const key = (word: string) => phoneticKey(nameKey(fold(word)));
/** Its key and its other readings' keys (a Japanese, Chinese or English soft-G reading). */
const keys = (word: string) => [key(word), ...altPhoneticKeys(nameKey(fold(word)))];

describe('the cross-script key over common name pairs', () => {
  it('joins at least 248 of the 299 pairs', () => {
    expect(PAIRS).toHaveLength(299);
    const joined = PAIRS.filter(([latin, cyrillic]) => key(latin) === key(cyrillic));
    expect(joined.length).toBeGreaterThanOrEqual(248);
  });

  it('keeps different names apart: at most 43 pairs share a key with another pair', () => {
    const byKey = new Map<string, Set<number>>();
    PAIRS.forEach((pair, i) => {
      for (const word of pair) {
        const k = key(word);
        byKey.set(k, (byKey.get(k) ?? new Set()).add(i));
      }
    });
    const shared = [...byKey.values()].reduce((sum, rows) => sum + rows.size - 1, 0);
    expect(shared).toBeLessThanOrEqual(43);
  });

  it('with the other readings, joins at least 266 pairs and meets another pair at most 70 times', () => {
    const joined = PAIRS.filter(([latin, cyrillic]) => keys(latin).includes(key(cyrillic)));
    expect(joined.length).toBeGreaterThanOrEqual(266);
    let met = 0;
    PAIRS.forEach(([latin], i) => {
      const own = keys(latin);
      PAIRS.forEach(([, cyrillic], j) => {
        if (i !== j && own.includes(key(cyrillic))) met++;
      });
    });
    expect(met).toBeLessThanOrEqual(70);
  });
});
