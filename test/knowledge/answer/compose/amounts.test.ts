import { describe, expect, it } from 'vitest';
import { AMOUNT_ASKED, MONEY } from '../../../../src/knowledge/answer/compose/amounts.ts';

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
    // Currencies of Central Asia and the Balkans.
    ['4,2 млрд сумов', true],
    ['4.2 billion soums', true],
    ['120 000 леков', true],
    ['5 million leva', true],
    // Counted things, the short Russian word too.
    ['2.05 million subscribers', false],
    ['148 тыс. беженцев', false],
    ['5 млн доз', false],
    ['150 тыс. доз', false],
  ])('%s → %s', (text, money) => {
    expect(MONEY.test(text)).toBe(money);
  });
});

/** The size of a sum asked: "how large is the fund" asks money, "how large is the crowd" does not. */
describe('AMOUNT_ASKED', () => {
  it.each([
    ['How large is the fund that the operator set up for the injured?', true],
    ['How big was the award the arbitrators granted?', true],
    ['How large was the fine?', true],
    ['How large was the crowd at the rally?', false],
    ['How big is the new terminal?', false],
  ])('%s → %s', (question, asked) => {
    expect(AMOUNT_ASKED.test(question)).toBe(asked);
  });
});
