/** Passages: the answer given as the best sentences, for reasons, descriptions and anything without a slot. */
import type { AnalyzedQuestion } from '../analyze.ts';
import type { RankedSentence } from '../retrieve.ts';
import { TUNING } from '../tuning.ts';
import { type AnswerValue, answered, type Composer, type TypedAnswer } from './shared.ts';

/** Whether a quote of `shown` already holds r, as one of the sentences it runs through. */
function heldBy(shown: RankedSentence, r: RankedSentence): boolean {
  const tail = TUNING.passageTail;
  const next = shown.entry.next;
  if (tail === 0 || next === undefined || r.entry.sentence.paragraph !== shown.entry.sentence.paragraph) return false;
  return r.entry.n === next || (tail >= 2 && r.entry.previous === next);
}

export function composePassages(q: AnalyzedQuestion, ranked: RankedSentence[], count: number): TypedAnswer {
  const best = ranked[0] as RankedSentence;
  const quotes: RankedSentence[] = [];
  for (const r of ranked) {
    if (quotes.length >= count || r.score < TUNING.passageShare * best.score) break;
    if (!quotes.some((shown) => heldBy(shown, r))) quotes.push(r);
  }
  const values: AnswerValue[] = [];
  return answered(q, values, quotes);
}

export const composeAbout: Composer = (q, ranked) => composePassages(q, ranked, TUNING.passageQuotes);
