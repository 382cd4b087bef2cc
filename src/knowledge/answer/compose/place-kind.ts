/**
 * The kind of place a question asks for by its noun: "in which country" asks a country, "in which
 * city / town / port" a settlement. The gazetteer tells a country (it has a capital) and a world city;
 * a settlement the documents introduce is known only as a name (capitalised), not a bare common noun.
 */
import { CAPITAL_OF } from '../../lexicon/capitals.ts';
import { worldConceptOf } from '../../lexicon/vocabulary.ts';
import type { Candidate } from '../candidates.ts';
import type { RankedSentence } from '../retrieve.ts';

export type AskedPlaceKind = 'country' | 'settlement';

// One word may qualify the noun: "which US city", "в каком американском городе", "which African country".
const COUNTRY_ASKED =
  /(?<![\p{L}])((which|what) (\p{L}+ )?(countr(y|ies))|(как\p{L}*|котор\p{L}*) (\p{L}+ )?(стран\p{L}*))(?![\p{L}])/iu;
const SETTLEMENT_ASKED =
  /(?<![\p{L}])((which|what) (\p{L}+ )?(city|cities|town|towns|village|villages|port|ports)|(как\p{L}*|котор\p{L}*) (\p{L}+ )?(город\p{L}*|посёлк\p{L}*|поселк\p{L}*|сел[оеау]|деревн\p{L}*|порт\p{L}*))(?![\p{L}])/iu;

export function askedPlaceKind(question: string): AskedPlaceKind | undefined {
  if (COUNTRY_ASKED.test(question)) return 'country';
  if (SETTLEMENT_ASKED.test(question)) return 'settlement';
  return undefined;
}

/** Each country by its capital: the country a world city is the capital of. */
const COUNTRY_OF_CAPITAL: ReadonlyMap<string, string> = new Map(
  [...CAPITAL_OF].map(([country, city]) => [city, country]),
);

function isCountry(concept: string): boolean {
  return CAPITAL_OF.has(concept);
}

/** The country a candidate names, itself or by its capital, if the gazetteer knows it. */
export function countryOfPlace(c: Candidate): string | undefined {
  const concept = worldConceptOf(c.text);
  if (concept === undefined) return undefined;
  return isCountry(concept) ? concept : COUNTRY_OF_CAPITAL.get(concept);
}

/** Whether a candidate may be the settlement asked: no country, no common noun alone ("в порт"). */
export function maybeSettlement(c: Candidate, r: RankedSentence): boolean {
  const concept = worldConceptOf(c.text);
  if (concept !== undefined && isCountry(concept)) return false;
  if (!c.phrase) return true;
  return r.entry.tokens.slice(c.from + 1, c.to).some((t) => t.capitalized);
}
