/**
 * The cross-source merge files a dated fact by the month its date lies inside (its slot, worked out once
 * per date object). The same date object in many facts, and dates that only look alike, must merge as
 * comparing every pair with sameEvent would. Invented people and sources.
 */
import { describe, expect, it } from 'vitest';
import { mergeAcrossSources } from '../../../src/knowledge/ingest/merge.ts';
import type { Fact, FuzzyDate } from '../../../src/knowledge/types.ts';

function fact(source: string, date: FuzzyDate, participants = ['person:vexmor']): Fact {
  return {
    id: `${source}-${JSON.stringify(date)}`,
    type: 'visit',
    date,
    participants,
    places: [],
    counts: [],
    concepts: ['visit'],
    evidence: [{ sourceId: source, sentenceId: `${source}#0`, start: 0, end: 1, quote: 'x' }],
    sentenceIds: [`${source}#0`],
  };
}

const june5: FuzzyDate = { year: 2024, month: 6, day: 5, precision: 'day' };
const june: FuzzyDate = { year: 2024, month: 6, precision: 'month' };
const july5: FuzzyDate = { year: 2024, month: 7, day: 5, precision: 'day' };
const year2024: FuzzyDate = { year: 2024, precision: 'year' };

describe('mergeAcrossSources: which facts become one', () => {
  it.each([
    ['the same day object in two sources', [fact('a', june5), fact('b', june5)], [2]],
    ['equal days, distinct objects', [fact('a', june5), fact('b', { ...june5 })], [2]],
    ['a day inside the month told by another', [fact('a', june), fact('b', june5)], [2]],
    ['days in different months', [fact('a', june5), fact('b', july5)], [1, 1]],
    ['a year and a day inside it', [fact('a', year2024), fact('b', july5)], [2]],
    ['the same source twice', [fact('a', june5), fact('a', june5)], [1, 1]],
    ['different people', [fact('a', june5), fact('b', june5, ['person:quillan'])], [1, 1]],
    // Neither searched for a twin nor one: a plan, a statement, a fact without a date.
    [
      'a plan, then the visit told twice',
      [{ ...fact('a', june5), hedged: true }, fact('b', june5), fact('c', june5)],
      [1, 2],
    ],
    [
      'statements',
      [
        { ...fact('a', june5), type: 'statement' as const },
        { ...fact('b', june5), type: 'statement' as const },
      ],
      [1, 1],
    ],
    ['no date', [{ ...fact('a', june5), date: undefined }, fact('b', june5), fact('c', june5)], [1, 2]],
    [
      'a shared date object across many facts',
      [fact('a', june5), fact('b', july5), fact('c', june5), fact('d', july5)],
      [2, 2],
    ],
  ])('%s', (_, facts, evidenceCounts) => {
    expect(mergeAcrossSources(facts).map((f) => f.evidence.length)).toEqual(evidenceCounts);
  });

  it('takes the finer date of a twin and files it under its new month', () => {
    const merged = mergeAcrossSources([fact('a', june), fact('b', june5), fact('c', { ...june5 })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.date).toEqual(june5);
    expect(merged[0]?.evidence.map((e) => e.sourceId)).toEqual(['a', 'b', 'c']);
  });
});
