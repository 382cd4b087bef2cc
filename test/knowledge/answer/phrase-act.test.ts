import { describe, expect, it } from 'vitest';
import type { QuestionTerm } from '../../../src/knowledge/answer/analyze.ts';
import { saysAct } from '../../../src/knowledge/answer/compose/asked-act.ts';
import type { RankedSentence } from '../../../src/knowledge/answer/retrieve.ts';

/**
 * "When did Telm hold talks …?": "Telm held talks" says the asked act, though "talks" is found at the same
 * word through their phrase ("hold talks"); a word only another term stands for does not ("по указу" says
 * no signing).
 */
const term = (raw: string, position: number, features: string[]): QuestionTerm => ({
  raw,
  position,
  features,
  weight: 1,
  name: false,
  unknown: false,
});
const sentence = (matches: [QuestionTerm, number[]][]) =>
  ({ matches: matches.map(([t, positions]) => ({ term: t, credit: 1, positions })) }) as unknown as RankedSentence;

describe('saysAct', () => {
  const hold = term('hold', 4, ['s:hold', 'c:phr_hold_talks', 'c:gen_hold']);
  const talks = term('talks', 5, ['s:talk', 'c:phr_hold_talks', 'c:dip_talks']);
  const signed = term('signed', 3, ['s:sign', 'c:dip_sign']);
  const decree = term('decree', 4, ['s:decre', 'c:jus_decree', 'c:phr_signed_decree']);

  it("a word of the act's own phrase says the act", () => {
    expect(
      saysAct(
        hold,
        sentence([
          [hold, [7]],
          [talks, [7, 10]],
        ]),
      ),
    ).toBe(true);
  });

  it('a word another term of another phrase stands for does not', () => {
    expect(
      saysAct(
        signed,
        sentence([
          [signed, [6]],
          [decree, [6]],
        ]),
      ),
    ).toBe(false);
  });
});
