/** Month words to numbers, asked twice: the remembered answer is the one worked out, "none" included. */
import { describe, expect, it } from 'vitest';
import { isMonthWord, monthNumber } from '../../../src/knowledge/extract/months.ts';

describe('monthNumber', () => {
  it.each([
    ['June', 6],
    ['июня', 6],
    ['Мае', 5],
    ['Sept', 9],
    ['Ёлка', undefined],
    ['Vexmor', undefined],
  ])('%s → %s, the same the second time', (word, month) => {
    expect(monthNumber(word)).toBe(month);
    expect(monthNumber(word)).toBe(month);
  });
});

/** A month's name or abbreviation is one; a name that only starts like one is none (invented surnames). */
describe('isMonthWord', () => {
  it.each([
    ['March', true],
    ['мая', true],
    ['Ноябрём', true],
    ['Sept', true],
    ['Marit', false],
    ['Мамедова', false],
    ['Junta', false],
    ['Novikar', false],
    ['Августинас', false],
  ])('%s → %s', (word, month) => {
    expect(isMonthWord(word)).toBe(month);
  });
});
