/** The place composer: "where ...?", "in which cities ...?". */
import { displayTerm } from '../../lexicon/vocabulary.ts';
import { languageOfText } from '../../text/tokens.ts';
import type { AnalyzedQuestion } from '../analyze.ts';
import { bearingBefore, type Candidate, isPersonLike, nameCandidates, placeCandidates } from '../candidates.ts';
import type { RankedSentence } from '../retrieve.ts';
import { TUNING } from '../tuning.ts';
import { askedPlaceKind, countryOfPlace, maybeSettlement } from './place-kind.ts';
import { asksMany, severalOf } from './several.ts';
import { abstained, answered, bestCandidates, corroborating, type TypedAnswer, termFoundIn } from './shared.ts';

/**
 * "Where were the talks held?": the place the question's own verb leads to ("were held at the
 * Northgate residence", "прошли в Кештове"), the verb and a preposition (and an article) before it.
 */
function placeOfAskedVerb(c: Candidate, r: RankedSentence): boolean {
  return termFoundIn(r, (t) => !t.name && !t.focus, c.from - 3, c.from - 1);
}

export function composePlace(q: AnalyzedQuestion, ranked: RankedSentence[]): TypedAnswer {
  let scored = bestCandidates(
    q,
    ranked,
    (r) => placeCandidates(q, r),
    (c, r) =>
      (placeOfAskedVerb(c, r) ? TUNING.placeVerbFactor : 1) *
      // "40 miles southeast of Hopen island" says exactly where, more than "detained off Svalbard".
      (bearingBefore(r.entry.sentence.text, r.entry.tokens[c.from]?.start ?? 0) ? TUNING.placeVerbFactor ** 2 : 1),
  );
  if (!scored.length)
    scored = bestCandidates(
      q,
      ranked,
      (r) => nameCandidates(q, r),
      (c, r) => (isPersonLike(c, r) ? 0.3 : 1),
    );
  // "In which country …?" is answered by a country, "in which port …?" by a name, when any candidate is one.
  // (No name at all for "which city": "in an airport swap" is no city, and the documents do not say it.
  // A country the gazetteer does not know may still be one, so a country question keeps its candidates.)
  const kind = askedPlaceKind(q.text);
  const ofKind = (s: (typeof scored)[number]) =>
    kind === 'country' ? countryOfPlace(s.c) !== undefined : kind !== 'settlement' || maybeSettlement(s.c, s.r);
  if (scored.some(ofKind)) scored = scored.filter(ofKind);
  else if (TUNING.strictSlots && kind === 'settlement') return abstained(q, 'not-stated', ranked);
  const top = scored[0];
  if (!top) return abstained(q, 'not-stated', ranked);
  // "In which cities ...?", "В каких городах ...?": every place nearly as well supported, one a sentence.
  if (asksMany(q.text)) {
    const places = severalOf(scored, true);
    return answered(
      q,
      places.map((p) => ({
        kind: 'place' as const,
        text: p.c.text,
        from: p.r,
        ...(p.c.phrase ? { asWritten: true } : {}),
      })),
      places.map((p) => p.r),
    );
  }
  // A country said by its adjective or its capital ("in the Togolese capital") is named as the country.
  const country = kind === 'country' ? countryOfPlace(top.c) : undefined;
  const shown = country ? (displayTerm(country, languageOfText(top.r.entry.sentence.text)) ?? top.c.text) : top.c.text;
  return answered(
    q,
    [{ kind: 'place', text: shown, from: top.r, ...(top.c.phrase ? { asWritten: true } : {}) }],
    [top.r, ...corroborating(ranked, top.r)],
  );
}
