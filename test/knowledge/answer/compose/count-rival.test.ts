import { describe, expect, it } from 'vitest';
import type { AnalyzedQuestion } from '../../../../src/knowledge/answer/analyze.ts';
import { numberCandidates } from '../../../../src/knowledge/answer/candidates.ts';
import { otherFigureOfSameKind } from '../../../../src/knowledge/answer/compose/count.ts';
import type { Scored } from '../../../../src/knowledge/answer/compose/shared.ts';
import type { RankedSentence } from '../../../../src/knowledge/answer/retrieve.ts';
import { featuresOf } from '../../../../src/knowledge/answer/sentence-features.ts';
import { tokenize } from '../../../../src/knowledge/text/tokens.ts';

/** A sentence as the composers see it, with no question words matched. */
function sentence(text: string): RankedSentence {
  const tokens = tokenize(text);
  const features = featuresOf(tokens, 'document', text);
  return {
    entry: { tokens, sentence: { text }, annotation: { dates: [], entities: [] }, features },
    matches: [],
  } as unknown as RankedSentence;
}

const q = { numbers: [], terms: [], tokens: [], text: '' } as unknown as AnalyzedQuestion;
/** The first figure of a sentence, scored as the count composer scores it. */
function figure(text: string): Scored {
  const r = sentence(text);
  const c = numberCandidates(q, r)[0];
  if (!c) throw new Error(`no figure in ${text}`);
  return { c, r, score: 1 };
}

/** Another source's figure disputes the answer's only when it is a value of the same kind. */
describe('otherFigureOfSameKind', () => {
  it.each([
    ['The price is EUR 76 per megawatt-hour.', 'Цена — 82 евро за МВт·ч.', true],
    // A sum is not disputed by a volume, a share or a duration.
    ['The price is EUR 76 per megawatt-hour.', 'Объём поставок — 1,6 млрд кВт·ч в год.', false],
    ['The price is EUR 76 per megawatt-hour.', 'Prices rose by 12% in June.', false],
    ['About 1,150 trucks were stranded.', 'На обеих сторонах стояло около 1 700 фур.', true],
    // People counted by their country alone are no figure for people of a kind.
    ['Kestov released 28 Bolivian political prisoners.', 'Kestov also freed two Bolivians.', false],
    ['Kestov released 28 political prisoners.', 'По данным правозащитников, освобождены 25 человек.', true],
    // One figure written with and without its magnitude word is no other figure.
    ['Hackers copied the records of 412,000 people.', 'Хакеры скопировали данные 412 тысяч человек.', false],
    ['Hackers copied the records of 412,000 people.', 'Хакеры скопировали данные 438 тысяч человек.', true],
  ])('%s / %s → %s', (top, other, expected) => {
    expect(otherFigureOfSameKind(q, figure(other), figure(top))).toBe(expected);
  });
});
