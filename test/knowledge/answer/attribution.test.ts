import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/knowledge/answer/analyze.ts';
import { attributionTerms } from '../../../src/knowledge/answer/attribution.ts';
import { withTuning } from '../../../src/knowledge/answer/tuning.ts';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A wire report and an interview giving different figures; the interview introduces its speaker in its lead. */
const kb = knowledgeBaseOfTexts({
  'a-wire.txt': documentText(
    'Kestov frees 31 prisoners after envoy visit\n\nKestov freed 31 political prisoners on Wednesday after talks with envoy Jan Telm. Rights groups say more than 1,100 political prisoners remain in Kestov prisons.',
    { title: 'Kestov frees 31 prisoners after envoy visit', published: '2026-04-22', lang: 'en' },
  ),
  'b-interview.txt': documentText(
    '"They told us to pack our things"\n\nIlse Vendt, a journalist of a regional newspaper, was freed on 22 April together with thirty other prisoners. We spoke to her in Varnel.\n\nQ: How did you learn you were free?\nA: Nobody told us anything until the bus stopped at the border.\n\nQ: Who stayed behind?\nA: About 90 political prisoners remain in my unit alone.',
    { title: '"They told us to pack our things"', published: '2026-05-14', lang: 'en' },
  ),
});

const termsOf = (q: string) => attributionTerms(analyzeQuestion(q, kb.index)).map((t) => t.raw.toLowerCase());

describe('attributionTerms', () => {
  it.each([
    ['According to the freed journalist, how many political prisoners remain?', ['freed', 'journalist']],
    ['How many political prisoners remain, according to the journalist?', ['journalist']],
    ['per Vendt, how many prisoners remain?', ['vendt']],
    ['По словам освобождённой журналистки, сколько политзаключённых остаётся?', ['освобождённой', 'журналистки']],
    ['Сколько политзаключённых остаётся, по мнению журналистки?', ['журналистки']],
  ])('%s → %j', (q, expected) => {
    expect(termsOf(q)).toEqual(expected);
  });

  it.each([
    'How many prisoners are freed per month?',
    'How many political prisoners remain in Kestov?',
    'Сколько политзаключённых остаётся в Кештове?',
  ])('finds no attribution in: %s', (q) => {
    expect(termsOf(q)).toEqual([]);
  });
});

describe('an answer attributed to a source', () => {
  it.each([
    'According to the freed journalist, how many political prisoners remain?',
    'По словам освобождённой журналистки, сколько политзаключённых остаётся?',
  ])('%s gives the figure of the document introducing her first', (q) => {
    const first = (text: string) => text.match(/\d[\d,]*/)?.[0];
    expect(first(kb.answer(q).summary)).toBe('90');
    // Without the attribution's weight the wire report's figure comes first.
    expect(withTuning({ attributionFactor: 1 }, () => first(kb.answer(q).summary))).not.toBe('90');
  });
});
