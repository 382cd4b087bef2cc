/**
 * Several values of a kind ("which cities", "какие страны"): the best candidates, one name however written, a list
 * the document gives.
 */
import { worldConceptOf } from '../../lexicon/vocabulary.ts';
import { nameKeyOf } from '../sentence-features.ts';
import { TUNING } from '../tuning.ts';
import type { Scored } from './shared.ts';

/** The most values a list answer gives, a document's own list included. */
const MAX_LISTED = 12;

/** The best candidates down to a share of the best one's score, distinct, at most a list's length. */
export function severalOf(scored: Scored[], oneASentence = false): Scored[] {
  const top = scored[0];
  const out: Scored[] = [];
  // Every candidate strong enough, kept or not (a second spelling of a kept name): what a listed name joins.
  const strong: Scored[] = [];
  const isKept = (s: Scored) => out.some((p) => sameName(p.c.text, s.c.text));
  for (const s of scored) {
    if (!top || out.length >= TUNING.listQuotes) break;
    if (s.score < TUNING.passageShare * top.score) continue;
    strong.push(s);
    const sameSentence = oneASentence && out.some((p) => p.r === s.r);
    if (isKept(s) || (sameSentence && !out.some((p) => coordinated(p, s)))) continue;
    out.push(s);
  }
  if (!oneASentence) return out;
  // "в Кештове и Варнеле", "граждан Литвы, Латвии … и Великобритании": a name listed with a strong one
  // shares its part, however far from the question's words, and a list the document gives is given whole.
  for (let grown = true; grown && out.length < MAX_LISTED; ) {
    grown = false;
    for (const s of scored) {
      if (out.length >= MAX_LISTED) break;
      if (out.includes(s) || !strong.some((p) => coordinated(p, s))) continue;
      if (!strong.includes(s)) {
        strong.push(s);
        grown = true;
      }
      if (!isKept(s)) {
        out.push(s);
        grown = true;
      }
    }
  }
  return out;
}

/** Two candidates of one sentence joined as a list: "в Кештове и Варнеле", "Northgate, Varnel and Kestov". */
function coordinated(a: Scored, b: Scored): boolean {
  if (a.r !== b.r) return false;
  const tokens = a.r.entry.tokens;
  const [first, second] = a.c.from < b.c.from ? [a.c, b.c] : [b.c, a.c];
  const end = tokens[first.to - 1]?.end;
  const start = tokens[second.from]?.start;
  if (end === undefined || start === undefined || start < end) return false;
  return /^\s*(,|and|or|и|или)?\s*(and|и)?\s*(в|во|на|in|at)?\s*$/iu.test(a.r.entry.sentence.text.slice(end, start));
}

/** One name however written: "Илкин Вендт" and "Ilkin Vendt", "Vendt", "Вендта" (by the last word's cross-script key). */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  // "Литвы" and "Латвии" share a key but are two countries: world names are compared as the gazetteer's.
  const worldA = worldConceptOf(a);
  const worldB = worldConceptOf(b);
  if (worldA || worldB) return worldA === worldB;
  const last = (text: string) => nameKeyOf((text.trim().split(/\s+/).at(-1) ?? '').toLowerCase());
  const ka = last(a);
  return ka.length >= 3 && ka === last(b);
}

/** A question asking for several of a kind: "which cities", "в каких городах", "какие страны", "кого из задержанных". */
const ASKS_MANY_WORDS =
  /(?<![\p{L}])(which \p{L}+(ies|es|s)|what \p{L}+(ies|es|s)|в каких|каких|какие|какими|(кого|кто|кому|кем|ком) из \p{L}+(ых|их)|(which|what|какой|какая|какого|кто из) [\p{L}-]+,)(?![\p{L}])/iu;
/** "Which Varnel officials": a capitalised word between (case matters here, so apart). */
const ASKS_MANY_NAMED = /(?<![\p{L}])[Ww]hich \p{Lu}[\p{L}-]* \p{Ll}+(ies|es|s)(?![\p{L}])/u;
export function asksMany(text: string): boolean {
  // "Which US city": an abbreviation in capitals is no plural ("US" is not one "U" in the plural).
  // "What is the name of …", "which was": a verb or a pronoun ending in s is no plural either.
  const words = text.replace(ABBREVIATION, 'X').replace(NO_PLURAL_AFTER_QUESTION_WORD, '$1 X');
  return ASKS_MANY_WORDS.test(words) || ASKS_MANY_NAMED.test(words);
}
const ABBREVIATION = /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/gu;
const NO_PLURAL_AFTER_QUESTION_WORD = /(?<![\p{L}])(which|what) (is|was|has|does|this|his|its|us)(?![\p{L}])/giu;
