import { describe, expect, it } from 'vitest';
import { advanceLedger, EMPTY_LEDGER } from '../../../src/knowledge/digest/fact-ledger.ts';
import { newFactIds } from '../../../src/knowledge/digest/new-fact-ids.ts';

const store = (...ids: string[]) => ({ facts: ids.map((id) => ({ id })) });

describe('newFactIds', () => {
  const cases: [old: string[] | null, now: string[], expected: string[]][] = [
    [null, ['a', 'b'], ['a', 'b']],
    [['a', 'b'], ['a', 'b'], []],
    [
      ['a', 'b'],
      ['b', 'c', 'a', 'd'],
      ['c', 'd'],
    ],
    [['a', 'b'], ['a'], []],
  ];
  it.each(cases)('%j → %j gives %j', (old, now, expected) => {
    expect(newFactIds(old ? store(...old) : null, store(...now))).toEqual(expected);
  });
});

describe('advanceLedger', () => {
  it('starts at generation 1 with every fact', () => {
    const { ledger, added } = advanceLedger(EMPTY_LEDGER, store('a', 'b'));
    expect(ledger).toEqual({ generation: 1, firstSeen: { a: 1, b: 1 } });
    expect(added).toEqual(['a', 'b']);
  });

  it('returns the same ledger when nothing is new, so no write is needed', () => {
    const first = advanceLedger(EMPTY_LEDGER, store('a')).ledger;
    expect(advanceLedger(first, store('a')).ledger).toBe(first);
  });

  it('does not call a fact that went away and came back news', () => {
    const one = advanceLedger(EMPTY_LEDGER, store('a', 'b')).ledger;
    const two = advanceLedger(one, store('a')).ledger;
    const three = advanceLedger(two, store('a', 'b', 'c'));
    expect(three.added).toEqual(['c']);
    expect(three.ledger.firstSeen).toEqual({ a: 1, b: 1, c: 2 });
  });

  it('does not change the ledger it was given', () => {
    const one = advanceLedger(EMPTY_LEDGER, store('a')).ledger;
    advanceLedger(one, store('a', 'b'));
    expect(one).toEqual({ generation: 1, firstSeen: { a: 1 } });
  });
});
