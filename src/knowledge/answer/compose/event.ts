/** The event composer: "what happened in November 2025?", passages of the period. */
import { datesCompatible } from '../../extract/dates.ts';
import { conceptsOfTokens } from '../../lexicon/vocabulary.ts';
import type { FuzzyDate } from '../../types.ts';
import type { AnalyzedQuestion } from '../analyze.ts';
import type { RankedSentence } from '../retrieve.ts';
import { TUNING } from '../tuning.ts';
import { composePassages } from './passages.ts';
import type { Composer } from './shared.ts';

/**
 * "What happened in November 2025?": the period is what the question is about; its other words
 * ("in US–Belarus relations") frame it. Sentences of the period come first, when there are any.
 */
export const composeEvent: Composer = (q, ranked) => {
  const ofPeriod = q.dates.length ? ranked.filter((r) => r.dateFit === 'exact' || r.dateFit === 'context') : [];
  // "What happened on 2 July?": the sentences of that day before those of its month ("in July ...").
  const ofDay: RankedSentence[] = [];
  const ofMonth: RankedSentence[] = [];
  for (const r of ofPeriod) (datedAsAsked(q, r) ? ofDay : ofMonth).push(r);
  const asDated = [...ofDay, ...ofMonth];
  // "What happened on 19 March?" names nothing but its day: of the sentences of that day, those telling
  // an event (its words of the domain, its figures) before those that frame it ("the fourth visit").
  if (q.terms.length === 0) {
    const told = new Map(asDated.map((r) => [r, eventWords(r)]));
    asDated.sort((a, b) => b.score - a.score || (told.get(b) as number) - (told.get(a) as number));
  }
  return composePassages(q, asDated.length ? asDated : ranked, TUNING.passageQuotes);
};

/** How much of an event a sentence tells: its domain words (not general ones) and its figures. */
function eventWords(r: RankedSentence): number {
  const concepts = new Set(
    conceptsOfTokens(r.entry.tokens)
      .map((h) => h.concept)
      .filter((c) => !/^(gen|phr)_/.test(c)),
  );
  return concepts.size + r.entry.tokens.filter((t) => /^\d/.test(t.norm)).length;
}

/**
 * Whether a sentence's own or carried date is as precise as the question's and fits it. Asked "in mid-
 * September", a day of it fits ("15 Sep"), and "early September" does not.
 */
function datedAsAsked(q: AnalyzedQuestion, r: RankedSentence): boolean {
  const { dates, date } = r.entry.annotation;
  const own = [...dates.map((d) => d.date), ...(date ? [date] : [])];
  return q.dates.some((d) => own.some((o) => asPrecise(o, d.date) && datesCompatible(o, d.date)));
}

function asPrecise(own: FuzzyDate, asked: FuzzyDate): boolean {
  if (asked.precision !== 'part-of-month') return own.precision === asked.precision;
  return own.precision === 'day' || (own.precision === asked.precision && own.part === asked.part);
}
