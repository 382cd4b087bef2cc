import { describe, expect, it } from 'vitest';
import { MONEY } from '../../../../src/knowledge/answer/compose/amounts.ts';

/** A figure written in millions is money by its currency, a count by the noun it counts. */
describe('MONEY', () => {
  it.each([
    ['$4 million', true],
    ['8 million yen', true],
    ['720 млн сомов', true],
    // A currency's form too short to stem.
    ['5 млн иен', true],
    ['штраф в размере 5 млн иен', true],
    // A currency that is another word too ("won", «вон»), after a magnitude.
    ['1.4 billion won', true],
    ['2,6 млрд вон', true],
    // Counted things, the short Russian word too.
    ['2.05 million subscribers', false],
    ['148 тыс. беженцев', false],
    ['5 млн доз', false],
    ['150 тыс. доз', false],
  ])('%s → %s', (text, money) => {
    expect(MONEY.test(text)).toBe(money);
  });
});
