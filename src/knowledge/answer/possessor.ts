/**
 * A name that says whose someone is, not who acts: "с заместителем спецпредставителя Кештова", "the
 * special envoy of Vendt", "Vendt's deputy", "спецпосланник Вендта Илья Кештов". A sentence that names the
 * asked person only so tells of another person: the deputy's visit is not the envoy's.
 */
import { conceptsOfTokens } from '../lexicon/vocabulary.ts';
import { casesOf, mayShareCase } from '../text/morphology.ts';
import type { Token } from '../text/tokens.ts';
import type { QuestionTerm } from './analyze.ts';
import type { RankedSentence } from './retrieve.ts';

/** A noun for a person by the post or the tie ("deputy", "заместитель", "жена"), by the vocabulary's roles. */
function isPersonNoun(t: Token | undefined): boolean {
  if (!t) return false;
  return t.norm === 'aide' || conceptsOfTokens([t]).some((h) => h.concept.startsWith('role_'));
}

function isGenitive(t: Token): boolean {
  return casesOf(t.raw)?.has('gent') ?? false;
}

/** Where the name whose last word is at i begins: first names before it, in its case ("Ильи Марцева", not "Вендта Илья"). */
function nameStart(tokens: readonly Token[], i: number): number {
  let start = i;
  const word = tokens[i] as Token;
  while (start > 0 && i - start < 2) {
    const before = tokens[start - 1] as Token;
    if (!before.capitalized || isPersonNoun(before) || !mayShareCase(before.raw, word.raw)) break;
    start--;
  }
  return start;
}

/** Whether the name ending at token i is a possessor of a person noun. */
export function namesPossessor(tokens: readonly Token[], text: string, i: number): boolean {
  const word = tokens[i];
  if (!word) return false;
  // "Vendt's deputy": a possessive before a person noun.
  if (/^['’]s\s/.test(text.slice(word.end)) && isPersonNoun(tokens[i + 1])) return true;
  const start = nameStart(tokens, i);
  // "the deputy of Vendt", "an aide to Vendt".
  if (/^(of|to)$/.test(tokens[start - 1]?.norm ?? '') && isPersonNoun(tokens[start - 2])) return true;
  const name = tokens.slice(start, i + 1);
  if (!name.some(isGenitive) || name.some((t) => casesOf(t.raw) !== undefined && !isGenitive(t))) return false;
  // "заместителем спецпредставителя Кештова": a title in the name's case is the name's own ("спецпредставителя
  // Кештова" is Kestov the envoy); a person noun in another case before them has the name as its possessor, and so
  // does a second title in the genitive ("визит заместителя спецпредставителя Кештова").
  let j = start - 1;
  let titles = 0;
  while (j >= 0 && isPersonNoun(tokens[j]) && isGenitive(tokens[j] as Token)) {
    titles++;
    j--;
  }
  return titles >= 2 || isPersonNoun(tokens[j]);
}

/** Whether the sentence names the question's term only as someone's possessor (and at least once). */
export function namedOnlyAsPossessor(r: RankedSentence, term: QuestionTerm): boolean {
  const match = r.matches.find((m) => m.term === term);
  if (!match?.positions.length) return false;
  const { tokens } = r.entry;
  const text = r.entry.sentence.text;
  return match.positions.every((p) => namesPossessor(tokens, text, p));
}
