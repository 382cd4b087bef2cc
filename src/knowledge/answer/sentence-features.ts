/**
 * The features of a sentence or a question, the language both sides are matched in: content-word
 * stems, vocabulary concepts (the bridge between English and Russian) and cross-script name keys.
 *
 * Features are strings with a one-letter kind: `s:` a stem, `c:` a vocabulary concept, `k:` the
 * cross-script key of a word that may be a name, `n:` the value of a count however it is written.
 */
import { monthNumber } from '../extract/months.ts';
import { parseNumberToken } from '../extract/numerals.ts';
import { STOPWORDS } from '../lexicon/stopwords.ts';
import { findConcepts, isVocabularyWord, type VocabularyHit } from '../lexicon/vocabulary.ts';
import { lemma } from '../text/morphology.ts';
import { nameKey, phoneticKey, stem, type Token, tokenize } from '../text/tokens.ts';
import type { FuzzyDate } from '../types.ts';

// A capitalised word, then up to six more words (Russian names capitalise only the first), then (ABBR).
const ACRONYM = /(\p{Lu}[\p{L}'’-]*\s+(?:[\p{L}'’-]+\s+){0,6})\(([\p{Lu}\d]{2,8})\)/gu;

/**
 * Abbreviations defined in the text: "Northern Rail Logistics Company (NRLC)", "Управление по
 * контролю (УК)". Only those whose letters are the initials of the name (or of its main words), so a
 * country in brackets ("Northwind Partners (США)") is not taken for an abbreviation.
 */
export function findAcronyms(texts: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const text of texts) {
    // An abbreviation is defined in brackets: most sentences have none.
    if (!text.includes('(')) continue;
    for (const m of text.matchAll(ACRONYM)) {
      const short = m[2] as string;
      const words = (m[1] as string).trim().split(/\s+/);
      // A word that is itself an abbreviation gives all its letters: "Varnel KTS (VKTS)".
      const initialOf = (w: string) => (/^[\p{Lu}\d]{2,}$/u.test(w) ? w : (w[0] ?? ''));
      const initials = words.map(initialOf).join('').toUpperCase();
      const capitalInitials = words
        .filter((w) => /^\p{Lu}/u.test(w))
        .map(initialOf)
        .join('')
        .toUpperCase();
      const letters = short.replace(/\d/g, '').toUpperCase();
      const matches = [initials, capitalInitials].some(
        (i) => i.includes(letters) || letters.startsWith(i.slice(-letters.length)),
      );
      if (!matches || out.has(short.toLowerCase())) continue;
      // The name ends where its initials do: take the last words that spell the abbreviation.
      let first = words.length;
      for (let spelt = 0; first > 0 && spelt < Math.max(letters.length, 1); )
        spelt += initialOf(words[--first] ?? '').length;
      const name = words.slice(first);
      const features = [...featuresOf(tokenize(name.join(' ')), 'question').keys()].filter((f) => !f.startsWith('k:'));
      if (features.length) out.set(short.toLowerCase(), features);
    }
  }
  return out;
}

/** A sentence writing an abbreviation also says its full name. */
export function addAcronymFeatures(
  tokens: readonly Token[],
  features: Map<string, number[]>,
  acronyms: Map<string, string[]>,
): void {
  tokens.forEach((t, i) => {
    if (!mayWriteAbbreviation(t)) return;
    for (const f of acronyms.get(t.norm) ?? []) {
      const list = features.get(f);
      if (list) list.push(i);
      else features.set(f, [i]);
    }
  });
}

/** A token written as an abbreviation may be: two to eight capitals or digits ("NRLC", "АТП"). */
export function mayWriteAbbreviation(t: Token): boolean {
  // Most words are longer (eight code points are at most sixteen code units) or start with a small
  // Latin or Cyrillic letter: tested before the pattern is.
  const n = t.raw.length;
  if (n < 2 || n > 16) return false;
  const first = t.raw.charCodeAt(0);
  if ((first >= 0x61 && first <= 0x7a) || (first >= 0x430 && first <= 0x44f)) return false;
  return /^[\p{Lu}\d]{2,8}$/u.test(t.raw);
}

/** A name's cross-script key → the role concepts a document titles it with ("Deputy Secretary of State Ilkin Vendt"). */
export type RoleHolders = Map<string, Set<string>>;

/** Words of a name after its title: capitalised, not vocabulary, at most this many. */
const MAX_NAME_WORDS = 3;

/**
 * The roles documents give names by apposition: a role right before a capitalised name ("Deputy
 * Secretary of State Ilkin Vendt", "замгоссекретаря Вендтом"). A sentence naming only
 * "Vendt" then speaks of the deputy secretary too, as its reader knows.
 */
export function findRoleHolders(sentences: Iterable<readonly Token[]>): RoleHolders {
  const holders: RoleHolders = new Map();
  for (const tokens of sentences) addRoleHolders(holders, tokens);
  return holders;
}

/**
 * The role holders one sentence titles, added to `holders` (findRoleHolders, a sentence at a time);
 * `hits` are the concepts of its tokens' stems when already found.
 */
export function addRoleHolders(
  holders: RoleHolders,
  tokens: readonly Token[],
  hits: readonly VocabularyHit[] = findConcepts(tokens.map((t) => t.stem)),
): void {
  for (const hit of hits) {
    if (hit.concept.startsWith('role_')) addHolder(holders, tokens, hit.to, `c:${hit.concept}`);
  }
}

/** The name right after a title ending at `from`: its last word's key gets the role. */
function addHolder(holders: RoleHolders, tokens: readonly Token[], from: number, role: string): void {
  let last = -1;
  for (let k = from; k < from + MAX_NAME_WORDS; k++) {
    const t = tokens[k];
    const before = tokens[k - 1];
    // One space apart: "families," Vendt said' or a headline's "prisoners * Vendt" is no title.
    if (!t || !before || t.start - before.end !== 1) break;
    if (!t.capitalized || isVocabularyWord(t.norm) || /\d/.test(t.norm) || STOPWORDS.has(t.norm)) break;
    last = k;
  }
  if (last < 0) return;
  const key = nameKeyOf((tokens[last] as Token).norm);
  if (key.length < MIN_KEY_LENGTH) return;
  const set = holders.get(key);
  if (set) set.add(role);
  else holders.set(key, new Set([role]));
}

/** A sentence naming a role's holder says the role too, at the name. */
export function addRoleHolderFeatures(
  tokens: readonly Token[],
  features: Map<string, number[]>,
  holders: RoleHolders,
): void {
  if (!holders.size) return;
  tokens.forEach((t, i) => {
    if (!t.capitalized) return;
    const key = nameKeyOf(t.norm);
    const roles = holders.get(key);
    if (!roles || !features.has(`k:${key}`)) return;
    for (const r of roles) {
      const list = features.get(r);
      if (!list) features.set(r, [i]);
      else if (!list.includes(i)) list.push(i);
    }
  });
}

const CYRILLIC_WORD = /^[а-яё]+$/;

/** Cross-script keys shorter than this say too little ("Барр" → "br" is kept: two consonants). */
const MIN_KEY_LENGTH = 2;

/** A plan, a possibility or a report of one, not a done event ("may visit", "планирует"). */
export const HEDGE =
  /(?<![\p{L}])(may|might|could|would|plans?|planned|planning|expected|expects|intends?|likely|possible|possibly|reportedly|rumou?red|планиру\p{L}*|намерен\p{L}*|может|могут|мог|могла|могли|возможн\p{L}*|ожида\p{L}*|собира\p{L}*|якобы|предполож\p{L}*)(?![\p{L}])/iu;

/** A name in quotation marks: «…», “…”, "…", at most this many words long. */
const QUOTED_NAME = /[«“"]([^«»“”"]{2,60})[»”"]/gu;
const MAX_QUOTED_WORDS = 4;
const QUOTE_MARK = /[«“"]/;

/** Positions of the tokens inside a short quoted name ("«Кешт Строй»"), not inside a quoted remark. */
export function quotedTokens(text: string, tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  if (!QUOTE_MARK.test(text)) return out;
  for (const m of text.matchAll(QUOTED_NAME)) {
    const start = (m.index ?? 0) + 1;
    const end = start + (m[1] as string).length;
    const inside = tokens.flatMap((t, i) => (t.start >= start && t.end <= end ? [i] : []));
    // A name starts with a capital; a quoted remark is longer and starts anyhow.
    if (inside.length === 0 || inside.length > MAX_QUOTED_WORDS || !tokens[inside[0] as number]?.capitalized) continue;
    for (const i of inside) out.add(i);
  }
  return out;
}

/** The cross-script key of a word that may be a name: Russian case endings dropped first. */
export function nameKeyOf(norm: string): string {
  return phoneticKey(nameKey(norm).replace(/^chr/, 'kr'));
}

export function isContentToken(t: Token): boolean {
  return isContentWord(t.norm);
}

function isContentWord(norm: string): boolean {
  if (STOPWORDS.has(norm)) return false;
  // The stop list holds dictionary forms; Russian inflects them ("ней" is "она", "могло" is "мочь").
  if (CYRILLIC_WORD.test(norm) && STOPWORDS.has(lemma(norm))) return false;
  if (/^\d+$/.test(norm)) return norm.length <= 4;
  return norm.length >= 2;
}

/** What featuresOf asks of a word (a token's norm), whatever its sentence. */
interface WordFacts {
  content: boolean;
  /** The count it writes ("5", "пять"), if any. */
  value: number | undefined;
  vocabulary: boolean;
  /** Its cross-script key, when it may be one (no digit in it, long enough). */
  key: string | undefined;
  /** Its stem, and its stem and key as features (`s:…`, `k:…`): made once, not per occurrence. */
  stem: string;
  stemFeature: string;
  keyFeature: string | undefined;
}

/** Word facts by norm: every sentence repeats words, and each is looked up once (cleared when large, as the stem cache is). */
const wordFactsCache = new Map<string, WordFacts>();
const WORD_FACTS_CACHE_SIZE = 200_000;

function wordFacts(norm: string): WordFacts {
  let facts = wordFactsCache.get(norm);
  if (facts !== undefined) return facts;
  const content = isContentWord(norm);
  const key = /\d/.test(norm) ? '' : nameKeyOf(norm);
  const wordStem = stem(norm);
  facts = {
    content,
    value: content ? parseNumberToken(norm) : undefined,
    vocabulary: isVocabularyWord(norm),
    key: key.length >= MIN_KEY_LENGTH ? key : undefined,
    stem: wordStem,
    stemFeature: `s:${wordStem}`,
    keyFeature: key.length >= MIN_KEY_LENGTH ? `k:${key}` : undefined,
  };
  if (wordFactsCache.size > WORD_FACTS_CACHE_SIZE) wordFactsCache.clear();
  wordFactsCache.set(norm, facts);
  return facts;
}

/**
 * The features of a token sequence, with the position of each occurrence. In a document only
 * capitalised words that are not vocabulary get a name key; in a question every word may be a name
 * typed in lower case ("who is ilkin vendt").
 */
export function featuresOf(
  tokens: readonly Token[],
  side: 'document' | 'question' = 'document',
  text?: string,
): Map<string, number[]> {
  return featuresAndConcepts(tokens, side, text).features;
}

/**
 * featuresOf, with the concepts found in the tokens' stems when no hyphenated word added stems of its
 * parts (then they are findConcepts of the tokens' stems, which the role-holder pass reads too).
 */
export function featuresAndConcepts(
  tokens: readonly Token[],
  side: 'document' | 'question' = 'document',
  text?: string,
): { features: Map<string, number[]>; tokenConcepts?: VocabularyHit[] } {
  const quoted = text === undefined ? undefined : quotedTokens(text, tokens);
  const out = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const word = wordFacts(t.norm);
    if (!word.content) return;
    addAt(out, t.stem === word.stem ? word.stemFeature : `s:${t.stem}`, i);
    // "пять предприятий" is "five companies" and "5 companies": a count matches in any writing.
    // A day of a date is no count: "2 April" does not match "two negotiators".
    const value = word.value;
    if (value !== undefined && value >= 2 && !(value >= 1900 && value <= 2100)) {
      const inDate = [tokens[i - 1], tokens[i + 1]].some((x) => x && monthNumber(x.norm) !== undefined);
      if (!inDate) addAt(out, `n:${value}`, i);
    }
    // A word inside «quotes» is part of a name, however common ("«Варнельский Азот»", "«Кешт Строй»").
    const nameLike = quoted?.has(i) || ((side === 'question' || t.capitalized) && !word.vocabulary);
    if (nameLike && word.keyFeature !== undefined) addAt(out, word.keyFeature, i);
  });
  // Hyphenated words count by their parts too: "transit-route" is about transit and a route.
  const flat: Array<{ stem: string; at: number }> = [];
  tokens.forEach((t, i) => {
    const parts = t.norm.includes('-') ? t.norm.split('-').filter((p) => p.length >= 2) : [];
    if (parts.length < 2) {
      flat.push({ stem: t.stem, at: i });
      return;
    }
    flat.push({ stem: t.stem, at: i });
    for (const p of parts) {
      const ps = stem(p);
      if (!STOPWORDS.has(p)) addAt(out, `s:${ps}`, i);
      flat.push({ stem: ps, at: i });
    }
  });
  const hits = findConcepts(flat.map((f) => f.stem));
  // The concept features, each once: a concept's positions are listed once each, and only they can name a country.
  const concepts = new Set<string>();
  for (const hit of hits) {
    const f = conceptFeature(hit.concept);
    concepts.add(f);
    for (let k = hit.from; k < hit.to; k++) addAt(out, f, (flat[k] as { at: number }).at);
  }
  for (const f of concepts) {
    const at = out.get(f) as number[];
    if (at.length > 1) out.set(f, [...new Set(at)]);
  }
  if (side === 'document') addClassFeatures(out, concepts);
  return flat.length === tokens.length ? { features: out, tokenConcepts: hits } : { features: out };
}

/** `c:` and a concept id, made once per concept. */
const conceptFeatures = new Map<string, string>();

function conceptFeature(concept: string): string {
  let f = conceptFeatures.get(concept);
  if (f === undefined) {
    f = `c:${concept}`;
    conceptFeatures.set(concept, f);
  }
  return f;
}

/** Position `i` for feature `f`. */
function addAt(out: Map<string, number[]>, f: string, i: number): void {
  const list = out.get(f);
  if (list) list.push(i);
  else out.set(f, [i]);
}

/**
 * The class of the countries the world gazetteer names: "Lithuania" is a country. (Not cities: the
 * gazetteer has the capitals and large cities only, and a class missing the town asked for misleads.)
 */
export const COUNTRY_CLASS = 'c:@country';

/**
 * A document naming a country says "a country" too, where it names it: "To which countries were they
 * taken?" asks for names, not for the word "country" (analyze.ts gives the question's focus the class).
 */
function addClassFeatures(out: Map<string, number[]>, concepts: Iterable<string>): void {
  const countries = new Set<number>();
  for (const f of concepts) {
    if (f.startsWith('c:geo_') && !/^c:geo_(org|region|city)_/.test(f))
      for (const p of out.get(f) as number[]) countries.add(p);
  }
  if (countries.size)
    out.set(
      COUNTRY_CLASS,
      [...countries].sort((a, b) => a - b),
    );
}

/** The month and year keys a date falls in ("2026-4", "2026"); a yearless date only its month ("*-4"). */
export function dateKeys(d: FuzzyDate): string[] {
  const year = d.year === undefined ? '*' : String(d.year);
  const keys = [year];
  if (d.month !== undefined) keys.push(`${year}-${d.month}`);
  return keys;
}
