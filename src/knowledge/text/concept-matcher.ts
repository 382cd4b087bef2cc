import { CONCEPTS, type Concept } from '../lexicon/concepts.ts';
import type { Token } from './tokens.ts';

interface Pattern {
  concept: Concept;
  parts: { text: string; exact: boolean }[];
}

export interface ConceptHit {
  concept: Concept;
  /** Token index range [from, to). */
  from: number;
  to: number;
}

const KEY_LENGTH = 3;

/** Patterns indexed by the first three letters of their first word, so matching stays linear in tokens. */
function buildIndex(concepts: readonly Concept[]): Map<string, Pattern[]> {
  const index = new Map<string, Pattern[]>();
  for (const concept of concepts) {
    for (const pattern of [...concept.ru, ...concept.en]) {
      const parts = pattern.split(' ').map((p) => ({ text: p.replace(/\$$/, ''), exact: p.endsWith('$') }));
      const key = (parts[0]?.text ?? '').slice(0, KEY_LENGTH);
      const list = index.get(key) ?? [];
      list.push({ concept, parts });
      index.set(key, list);
    }
  }
  return index;
}

const INDEX = buildIndex(CONCEPTS);

function firstPartMatches(p: Pattern, norm: string): boolean {
  const part = p.parts[0];
  return part !== undefined && (part.exact ? norm === part.text : norm.startsWith(part.text));
}

function partMatches(part: { text: string; exact: boolean }, token: Token | undefined): boolean {
  if (!token) return false;
  return part.exact ? token.norm === part.text : token.norm.startsWith(part.text);
}

/**
 * A capitalised word inside a sentence, or before a number, is a name: "May" in "on 27 May" or "May 5"
 * is the month, not the modal verb that hedges ("the talks may resume").
 */
function isCapitalisedName(tokens: readonly Token[], i: number): boolean {
  if (!(tokens[i] as Token).capitalized) return false;
  return i > 0 || /^\d/.test(tokens[i + 1]?.raw ?? '');
}

/**
 * The patterns whose first word a word matches, by the word: a token's norm is a string already
 * hashed, its first letters a new one to cut and hash for every token, and the patterns sharing those
 * letters are many. In their order; null for none; emptied when large.
 */
const candidatesByNorm = new Map<string, Pattern[] | null>();
const CANDIDATES_CACHE_SIZE = 200_000;

function candidatesOf(norm: string): Pattern[] | null {
  let candidates = candidatesByNorm.get(norm);
  if (candidates === undefined) {
    const starting = (INDEX.get(norm.slice(0, KEY_LENGTH)) ?? []).filter((p) => firstPartMatches(p, norm));
    candidates = starting.length ? starting : null;
    if (candidatesByNorm.size >= CANDIDATES_CACHE_SIZE) candidatesByNorm.clear();
    candidatesByNorm.set(norm, candidates);
  }
  return candidates;
}

/** Every concept whose pattern matches at some token. Multi-word patterns match consecutive tokens. */
export function matchConcepts(tokens: readonly Token[]): ConceptHit[] {
  const hits: ConceptHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const candidates = candidatesOf(token.norm);
    if (!candidates) continue;
    for (const p of candidates) {
      if (p.concept.hedge && isCapitalisedName(tokens, i)) continue;
      let ok = true;
      // The first part matches: the candidates are those whose first part does.
      for (let k = 1; k < p.parts.length && ok; k++)
        ok = partMatches(p.parts[k] as Pattern['parts'][number], tokens[i + k]);
      if (ok) hits.push({ concept: p.concept, from: i, to: i + p.parts.length });
    }
  }
  return hits;
}

export function conceptIds(tokens: readonly Token[]): string[] {
  return [...new Set(matchConcepts(tokens).map((h) => h.concept.id))].sort();
}
