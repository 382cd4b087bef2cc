/**
 * "When did the first stage of the second berth open?": a sentence that numbers the stage otherwise
 * ("Stage 2 of Berth 2 was commissioned …") and never the asked one speaks of another stage, though it
 * says the asked second as well. Each ordinal is paired with the noun it orders, in either language; a
 * sentence that says the asked ordinal anywhere is kept, its noun left out or not.
 */
import { orderedNouns } from '../text/ordinals.ts';
import type { AnalyzedQuestion } from './analyze.ts';
import type { RankedSentence } from './retrieve.ts';

/** Whether the sentence orders a thing the question orders with another ordinal only. */
export function ordersOtherwise(q: AnalyzedQuestion): ((r: RankedSentence) => boolean) | undefined {
  if (!q.ordinals.length) return undefined;
  const asked = orderedNouns(q.tokens, q.text).flatMap(({ value, nouns }) => {
    const term = q.terms.find((t) => nouns.includes(t.position) && t.features.length > 0);
    return term ? [{ value, features: term.features }] : [];
  });
  if (!asked.length) return undefined;
  return (r) => {
    if (!r.entry.ordinals.length) return false;
    const said = orderedNouns(r.entry.tokens, r.entry.sentence.text);
    return asked.some(({ value, features }) => {
      const same = said.filter(({ nouns }) =>
        features.some((f) => r.entry.features.get(f)?.some((p) => nouns.includes(p))),
      );
      // "четвёртый раунд — первый за пределами Катара": the asked ordinal said of nothing else may be of it.
      return same.length > 0 && !said.some((o) => o.value === value);
    });
  };
}
