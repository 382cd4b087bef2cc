/**
 * A count question that asks a measure of a kind: a share ("what percentage", "под какой процент") or a
 * physical dimension ("how high", "какова высота"). A number of another kind ("240 млн долларов" for an
 * interest rate, a reservoir's level for a dam's height) does not answer it, however close it stands.
 */
import type { AnalyzedQuestion } from '../analyze.ts';
import type { Candidate } from '../candidates.ts';
import type { RankedSentence } from '../retrieve.ts';
import { AMOUNT_ASKED, LENGTH, percentAsked } from './amounts.ts';

/** The rest of a figure after its first digits: ".5" of "4.5", " 068" of "1 068". */
const DIGIT_GROUPS = /^([.,\s\u00A0]\d+)*/u;
/** "145 m", "145 м.": a metre by its sign. */
const METRE_SIGN = /^\s*(m|м)\.?(?![\p{L}])/u;

/** An interest rate is a share: "under what rate", "под какой процент", "процентная ставка". */
const INTEREST_ASKED =
  /(?<![\p{L}])(interest rate|процентн\p{L}* ставк\p{L}*|ставк\p{L}* (кредит\p{L}*|процент\p{L}*))(?![\p{L}])/iu;

export type AskedMeasure = 'percent' | 'dimension';

/** A water level, a dimension said as a level. */
const WATER_LEVEL = String.raw`water level|level of (the )?water|уров\p{L}* воды`;
/** The English dimension nouns and the question of one ("how high"). */
const ENGLISH_DIMENSION = `height|depth|width|${WATER_LEVEL}`;
const HOW_DIMENSION_WORDS = String.raw`(?<![\p{L}])how (high|tall|deep|wide)(?![\p{L}])`;
/**
 * A dimension asked by its noun: the sentence must say which dimension its figure is ("высотой 145 м", "145
 * metres high"), a water level too ("уровень воды … 2,18 м"). "At the height of the strike" is its peak, no dimension.
 */
const DIMENSION_NOUN = new RegExp(
  String.raw`(?<![\p{L}])(?<!(?<![\p{L}])at (the|its|their) )(${ENGLISH_DIMENSION}|высот\p{L}*|глубин\p{L}*|ширин\p{L}*)(?![\p{L}])|${HOW_DIMENSION_WORDS}`,
  'iu',
);
/** "How high was the bail?": the question of a dimension with no dimension noun, which a sum may answer. */
const HOW_DIMENSION = new RegExp(HOW_DIMENSION_WORDS, 'iu');
const DIMENSION_WORD = new RegExp(String.raw`(?<![\p{L}])(${ENGLISH_DIMENSION})(?![\p{L}])`, 'iu');
/** "How far did prices fall", "how far has the rate risen": a change's size asked with "how far". */
export const CHANGE_HOW_FAR =
  /(?<![\p{L}])how far (did|has|have|had|will|would|could)\s[^?]*?(?<![\p{L}])(rise|rose|risen|fall|fell|fallen|grow|grew|grown|drop|dropped|increase|increased|decrease|decreased|climb|climbed|decline|declined|jump|jumped|slide|slid|sink|sank|shrink|shrank)(?![\p{L}])/iu;
/** A dimension asked as a distance: any length answers it ("lies 40 km from the border"). */
const DISTANCE_ASKED = /(?<![\p{L}])(how far|distance|расстояни\p{L}*|на каком расстоянии)(?![\p{L}])/iu;
/** Words a sentence gives a dimension with, by the dimension the question asks. */
const DIMENSION_SAID =
  /(?<![\p{L}])(height|high|tall|depth|deep|width|wide|высот\p{L}*|высок\p{L}*|глубин\p{L}*|глубок\p{L}*|ширин\p{L}*|широк\p{L}*)(?![\p{L}])/iu;
/** A water level asked is said as a level ("уровень воды у гидропоста — 2,18 м"), a height is not. */
const LEVEL_ASKED = new RegExp(String.raw`(?<![\p{L}])(${WATER_LEVEL})(?![\p{L}])`, 'iu');
const LEVEL_SAID = /(?<![\p{L}])(levels?|уров\p{L}*)(?![\p{L}])/iu;
/** What a share is written with, right after its figure: "18 %", "18 per cent", "под 6 процентов". */
const PERCENT_AFTER = /^\s*(%|per\s?cent|percent|процент\p{L}*|проц\.)/iu;

/** "How many barrels a day, and what share of output?", "… и на сколько процентов меньше?": two figures asked, a measure only of one. */
export const TWO_ASKED =
  /\S.*(?<![\p{L}])(and ((by|in|at|of|for|over|on) )?(what|how|which)|и ((на|в|за|до|по) )?(сколько|как\p{L}+)|а также)(?![\p{L}])/iu;

export function askedMeasure(q: AnalyzedQuestion): AskedMeasure | undefined {
  if (TWO_ASKED.test(q.text)) return undefined;
  if (percentAsked(q.text) || INTEREST_ASKED.test(q.text)) return 'percent';
  // "How high was the bail?" asks a sum, not a dimension.
  if (HOW_DIMENSION.test(q.text) && !DIMENSION_WORD.test(q.text) && AMOUNT_ASKED.test(q.text)) return undefined;
  // "How far did the rate rise?" asks how much it changed, not a distance.
  if (CHANGE_HOW_FAR.test(q.text)) return percentAsked(q.text) ? 'percent' : undefined;
  if (DIMENSION_NOUN.test(q.text) || DISTANCE_ASKED.test(q.text)) return 'dimension';
  return undefined;
}

/** Whether a number is a measure of the kind asked. */
export function measureFits(q: AnalyzedQuestion, measure: AskedMeasure, c: Candidate, r: RankedSentence): boolean {
  const text = r.entry.sentence.text;
  const firstEnd = r.entry.tokens[c.from]?.end ?? 0;
  // After the figure's digits, whatever marks group or split them ("4.5", "1 068").
  const end = firstEnd + (DIGIT_GROUPS.exec(text.slice(firstEnd))?.[0].length ?? 0);
  if (measure === 'percent') return PERCENT_AFTER.test(text.slice(end, end + 12));
  const unit = text.slice(end, end + 24);
  if (!LENGTH.test(c.text) && !LENGTH.test(unit) && !METRE_SIGN.test(unit)) return false;
  if (LEVEL_ASKED.test(q.text)) return LEVEL_SAID.test(text);
  return !DIMENSION_NOUN.test(q.text) || DIMENSION_SAID.test(text);
}
