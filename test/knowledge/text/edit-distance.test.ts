import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/knowledge/text/edit-distance.ts';

describe('editDistance: typos of one edit, a swap of neighbours included', () => {
  it.each([
    ['stanton', 'stanton', 0],
    ['stantn', 'stanton', 1],
    ['transnistrain', 'transnistrian', 1],
    ['вендт', 'венд', 1],
    ['кештов', 'кетшов', 1],
    ['northbank', 'northern', 3],
    ['belarusbank', 'belarusian', 2],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['ab', 'ba', 1],
    ['abc', 'ca', 3],
  ])('%s ~ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});
