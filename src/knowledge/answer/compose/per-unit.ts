/**
 * A figure asked per unit of something: "what price per megawatt-hour", "цена за тысячу кубометров",
 * "how much per tonne", "сколько стоит киловатт-час". Only a figure written with that unit after it ("EUR 76 per megawatt-hour",
 * "82 евро за мегаватт-час", "$310/tcm") answers it: a contract's volume or total is another figure, however
 * strong its sentence. Units are read in either language and in their usual abbreviations.
 */
import type { AnalyzedQuestion } from '../analyze.ts';
import type { Candidate } from '../candidates.ts';
import type { RankedSentence } from '../retrieve.ts';

const L = '(?![\\p{L}])';

/** Units a price or rate is given per, each by its English and Russian words and signs. */
const UNITS: Readonly<Record<string, string>> = {
  megawattHour: `(megawatt[- ]?hours?|mwh|мвт[·.⋅*]?\\s?ч|мегаватт[- ]?час\\p{L}*)${L}`,
  kilowattHour: `(kilowatt[- ]?hours?|kwh|квт[·.⋅*]?\\s?ч|киловатт[- ]?час\\p{L}*)${L}`,
  thousandCubicMetres: `((1[,. ]?000|one thousand|a thousand|thousand) cubic met(re|er)s|tcm|тыс(\\.|яч\\p{L}*)\\s?(куб(\\.|ометр\\p{L}*|ических метр\\p{L}*)|м3|м³|куб\\.?\\s?м))${L}`,
  cubicMetre: `(cubic met(re|er)|m3|m³|кубометр\\p{L}*|кубическ\\p{L}* метр\\p{L}*)${L}`,
  tonne: `(tonnes?|tons?|metric tons?|тонн\\p{L}*|т)${L}`,
  barrel: `(barrels?|bbl|баррел\\p{L}*)${L}`,
  litre: `(lit(re|er)s?|литр\\p{L}*)${L}`,
  kilogram: `(kilo(gram(me)?s?)?|kg|килограмм\\p{L}*|кг)${L}`,
};

const PER = '(?:per|a|an|each|/|за|на|в расч[её]те на)\\s*(?:one |a |одну |один )?';
/** A unit priced as the thing asked: "сколько стоит киловатт-час", "the price of a tonne". */
const PRICED = '(?:сто(?:и|я)\\p{L}*|обход\\p{L}*|цена|price of|cost of)\\s+(?:a |an |one |один |одна |одного )?';
/** … or as the subject of "cost": "how much does a kilowatt-hour cost". */
const COSTS = '\\s+(?:cost|costs)(?![\\p{L}])';

/** Each unit's patterns, compiled once: asked in a question, and written after a figure. */
const PER_UNIT = Object.entries(UNITS).map(([unit, form]) => ({
  unit,
  asked: new RegExp(`(?<![\\p{L}])((${PER}|${PRICED})${form}|(a|an|one) ${form}${COSTS})`, 'iu'),
  // A currency word may stand between the figure and its unit ("76 euros per MWh", "82 евро за МВт·ч").
  given: new RegExp(`^\\s*([\\p{L}$€£.]+\\s*){0,2}?${PER}${form}`, 'iu'),
}));

export type PerUnit = (typeof PER_UNIT)[number];

/** The question's "per <unit>": which unit a figure is asked per. */
export function askedPerUnit(q: AnalyzedQuestion): PerUnit | undefined {
  return PER_UNIT.find((u) => u.asked.test(q.text));
}

/** Whether the figure is given per that unit: "EUR 76 per megawatt-hour", "82 евро за МВт·ч", "$310/tcm". */
export function givenPerUnit(unit: PerUnit, c: Candidate, r: RankedSentence): boolean {
  const end = r.entry.tokens[c.to - 1]?.end ?? 0;
  return unit.given.test(r.entry.sentence.text.slice(end, end + 40));
}
