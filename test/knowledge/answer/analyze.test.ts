import { describe, expect, it } from 'vitest';
import { withoutAgreementClause } from '../../../src/knowledge/answer/analyze.ts';

describe('withoutAgreementClause: "do the sources agree?" is not what a question is about', () => {
  it.each([
    [
      'How many drivers were freed at Kestov? Do the sources agree on the number?',
      'How many drivers were freed at Kestov?',
    ],
    ['How many drivers were freed? Do the reports differ?', 'How many drivers were freed?'],
    ['Сколько водителей освободили в мае? Источники сходятся в цифрах?', 'Сколько водителей освободили в мае?'],
    ['Сколько водителей освободили? Совпадают ли данные источников?', 'Сколько водителей освободили?'],
  ])('%s', (question, asked) => {
    expect(withoutAgreementClause(question)).toBe(asked);
  });

  it.each([
    'Did Varnel and Kestov agree on the border?',
    'Do the sources say when the talks began?',
    'Сколько водителей освободили?',
    'Договорились ли стороны о границе? Когда?',
  ])('keeps "%s"', (question) => {
    expect(withoutAgreementClause(question)).toBe(question);
  });
});
