import { createKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';
import type { Fact, FuzzyDate, SentenceAnnotation } from '../../../src/knowledge/types.ts';
import { makeData, makeFact } from './fixture.ts';

/** Facts with their sentences and annotations, so a chronology can tell how each is dated. */
export const day = (year: number, month: number, d: number): FuzzyDate => ({ year, month, day: d, precision: 'day' });
export const year = (y: number): FuzzyDate => ({ year: y, precision: 'year' });

/** A fact read from its own sentence `text`; the annotation says how that sentence is dated. */
export function stated(
  id: string,
  text: string,
  fact: Partial<Fact> & Pick<Fact, 'type' | 'date'>,
  ann: Partial<SentenceAnnotation> = {},
) {
  const sentenceId = `s#${id}`;
  const dateText = ann.dates === undefined ? /\d{4}|\d{1,2} \p{L}+/u.exec(text)?.[0] : undefined;
  const annotation: SentenceAnnotation = {
    entities: [],
    counts: [],
    concepts: [],
    dates: dateText ? [{ date: fact.date as FuzzyDate, text: dateText, start: text.indexOf(dateText), end: 0 }] : [],
    ...ann,
  };
  return {
    fact: makeFact({
      id,
      ...fact,
      evidence: [{ sourceId: 'a', sentenceId, start: 0, end: text.length, quote: text }],
    }),
    sentence: { id: sentenceId, sourceId: 'a', index: 0, text, start: 0, end: text.length, paragraph: 0 },
    annotation,
  };
}

export function kbOf(items: ReturnType<typeof stated>[]) {
  const data = makeData(items.map((i) => i.fact));
  data.sentences = items.map((i) => i.sentence);
  data.annotations = Object.fromEntries(items.map((i) => [i.sentence.id, i.annotation]));
  return createKnowledgeBase(data);
}

export const visit = stated('v', 'On 21 June 2025 Kellogg visited Minsk.', {
  type: 'visit',
  date: day(2025, 6, 21),
  participants: ['person:kellogg'],
});
export const release = stated('r', 'On 11 September 2025, 52 people were released.', {
  type: 'release',
  date: day(2025, 9, 11),
  counts: [{ value: 52, noun: 'people', concept: 'person', text: '52 people', start: 0, end: 0 }],
});
export const lifted = stated('l', 'In March 2026 the US lifted sanctions on Belavia, Lukashenko said.', {
  type: 'sanctions',
  sanctionAction: 'lifted',
  date: { year: 2026, month: 3, precision: 'month' },
  participants: ['org:belavia', 'person:lukashenko'],
});

/** Twelve events a month apart, enough for two timeline pages. */
export function manyEvents() {
  return Array.from({ length: 12 }, (_, i) =>
    stated(`m${i}`, `On ${i + 1} March 2025 Kellogg met Lukashenko.`, {
      type: 'meeting',
      date: day(2025, 3, i + 1),
      participants: ['person:kellogg', 'person:lukashenko'],
    }),
  );
}
