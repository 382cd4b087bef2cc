/**
 * The features of a sentence or a question, the language both sides are matched in: content-word
 * stems, vocabulary concepts (the bridge between English and Russian) and cross-script name keys.
 *
 * Features are strings with a one-letter kind: `s:` a stem, `c:` a vocabulary concept, `k:` the
 * cross-script key of a word that may be a name, `n:` the value of a count however it is written.
 */
import { monthNumber } from '../extract/months.ts';
import { parseNumberToken } from '../extract/numerals.ts';
import { GIVEN_NAME_FORMS } from '../lexicon/first-names.ts';
import { STOPWORDS } from '../lexicon/stopwords.ts';
import {
  conceptsOfTokens,
  findConcepts,
  isCommonWord,
  isKindConcept,
  isVocabularyWord,
  type VocabularyHit,
  worldConceptOf,
} from '../lexicon/vocabulary.ts';
import { dictionaryPartOfSpeech, lemma, mayShareCase } from '../text/morphology.ts';
import { remembered } from '../text/remembered.ts';
import { altPhoneticKeys, isCyrillic, nameKey, phoneticKey, stem, type Token, tokenize } from '../text/tokens.ts';
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
      if (out.has(short.toLowerCase())) continue;
      if (!matches) {
        // "Joint Roads Commission (COVK)": an abbreviation of the name in another language,
        // its initials not the translation's, stands for the name before the brackets all the same; not
        // a country ("Northwind Partners (США)").
        const name = nameBeforeBrackets(words);
        const features = name.length >= 2 && worldConceptOf(short) === undefined ? nameFeatures(name) : [];
        if (features.length) out.set(short.toLowerCase(), features);
        continue;
      }
      // The name ends where its initials do.
      const name = wordsSpelling(words, initialOf, letters);
      const features = nameFeatures(name);
      if (features.length) out.set(short.toLowerCase(), features);
    }
    for (const [short, features] of foreignAcronyms(text)) if (!out.has(short)) out.set(short, features);
  }
  return out;
}

/**
 * The words an abbreviation stands for: the last run of them whose initials spell it ("Kivu Lakeside
 * Refining Ltd (KLR)": the legal form after them is no letter of it), else the last words giving as
 * many letters.
 */
function wordsSpelling(words: readonly string[], initialOf: (w: string) => string, letters: string): string[] {
  const initials = words.map((w) => initialOf(w).toUpperCase());
  for (let last = words.length; last > 0; last--) {
    let spelt = '';
    let first = last;
    while (first > 0 && spelt.length < letters.length) spelt = initials[--first] + spelt;
    if (spelt === letters) return words.slice(first, last);
  }
  let first = words.length;
  for (let spelt = 0; first > 0 && spelt < Math.max(letters.length, 1); ) spelt += (initials[--first] ?? '').length;
  return words.slice(first);
}

/**
 * The name that ends at the brackets: in English its capitalised words (with "of", "and", "for" between:
 * not "June the" before "Joint Roads Commission"), in Russian from its capitalised first
 * word ("Кестовская комиссия по дорожным работам").
 */
function nameBeforeBrackets(words: readonly string[]): string[] {
  const capitalised = (w: string) => /^\p{Lu}/u.test(w);
  if (words.some((w) => isCyrillic(w))) {
    const first = words.findLastIndex(capitalised);
    return first < 0 ? [] : words.slice(first);
  }
  let first = words.length;
  while (
    first > 0 &&
    (capitalised(words[first - 1] ?? '') || /^(of|and|for|on|de|del|la|el)$/.test(words[first - 1] ?? ''))
  )
    first--;
  while (first < words.length && !capitalised(words[first] ?? '')) first++;
  return words.slice(first);
}

/** The features of words as a name is matched by (no name keys: the abbreviation stands for the words). */
function nameFeatures(words: readonly string[]): string[] {
  return [...featuresOf(tokenize(words.join(' ')), 'question').keys()].filter((f) => !f.startsWith('k:'));
}

function initialsOf(words: readonly string[]): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

// "Союза восточных перевозчиков (Związek Przewoźników Wschodnich, ZPW)": the name in its own language, then its abbreviation.
const NAMED_IN_BRACKETS = /((?:[\p{L}'’-]+\s+){1,7})\(((?:\p{Lu}[\p{L}'’-]*\s*){2,8}),\s*([\p{Lu}]{2,8})\)/gu;

/**
 * Abbreviations of names from another language, given with the original name in the brackets
 * ("Союза восточных перевозчиков (Związek Przewoźników Wschodnich, ZPW)"): each stands for the original
 * and for as many words of the name before the brackets, its translation. (A translated name with an
 * abbreviation its initials do not spell, "Eastern Hauliers' Union (ZPW)", is read by findAcronyms.)
 */
function foreignAcronyms(text: string): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  if (!text.includes(',')) return out;
  for (const m of text.matchAll(NAMED_IN_BRACKETS)) {
    const original = (m[2] as string).trim().split(/\s+/);
    const short = m[3] as string;
    if (!initialsOf(original).includes(short.toUpperCase())) continue;
    const before = (m[1] as string).trim().split(/\s+/).slice(-original.length);
    const features = [...new Set([...nameFeatures(before), ...nameFeatures(original)])];
    if (features.length) out.push([short.toLowerCase(), features]);
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

/** Words between a title and its holder's name that qualify the title: "envoy *for energy security* Ilkin Vendt". */
const MAX_QUALIFIER_WORDS = 4;

/** Words that open a title's qualifier: "Deputy Trade Minister *for* Northgate", "блогер *из* Кештова". */
const QUALIFIER_OPENER = /^(for|of|to|on|at|in|from|по|при|в|во|на|из|от|для|с|со)$/;

/** Words between a name and its title in apposition: "Ilkin Vendt, *a 20-year-old* student". */
const APPOSITION_WORDS = 3;

/** Words that report or act: after one, a name is the speaker, not the title's holder ("the envoy to Kestov said Ilkin Vendt"). */
const VERB_BETWEEN =
  /^(said|says|told|tells|met|meets|added|noted|wrote|asked|according|who|which|that|сказал\p{L}*|заявил\p{L}*|сообщил\p{L}*|отметил\p{L}*|встретил\p{L}*|который|которая|которые|которого)$/u;

/**
 * What may stand between a name and the title after it: an article or determiner, a possessive, a
 * capitalised or hyphenated word, a number, a Russian adjective ("Ilkin Vendt, *the* *Kestov-born*
 * writer", "Анна Варнел, *известный* блогер").
 */
const APPOSITION_FILLER =
  /^(a|an|the|his|her|its|their|former|then|now|longtime|veteran|\p{L}+['’]s|\p{L}*\d\p{L}*.*|\p{L}+-\p{L}+.*|\p{Ll}+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие))$/u;

/**
 * The roles documents give names by apposition: a role right before a capitalised name ("Deputy
 * Secretary of State Ilkin Vendt", "замгоссекретаря Вендтом"), a role with its qualifier before a full
 * name ("special envoy for energy security Ilkin Vendt", "блогер из Кештова Анна Варнел"), and a role
 * set off by commas from a full name ("Kestov's chief negotiator, Ilkin Vendt, said"; "Ilkin Vendt, a
 * blogger from Kestov"). A sentence naming only "Vendt" then speaks of that role too, as its reader knows.
 */
export function findRoleHolders(sentences: Iterable<string>): RoleHolders {
  const holders: RoleHolders = new Map();
  for (const text of sentences) addRoleHolders(holders, tokenize(text), undefined, text);
  return holders;
}

/**
 * The role holders one sentence titles, added to `holders` (findRoleHolders, a sentence at a time);
 * `hits` are the concepts of its tokens' stems when already found. Without the text, the apposition
 * by commas is not seen.
 */
export function addRoleHolders(
  holders: RoleHolders,
  tokens: readonly Token[],
  hits: readonly VocabularyHit[] = conceptsOfTokens(tokens),
  text?: string,
): void {
  // Most sentences name no role: they leave before the closures below are made (tsx names each one made).
  let anyRole = false;
  for (const h of hits) if (h.concept.startsWith('role_')) anyRole = true;
  if (!anyRole) return;
  const gap = (k: number) => {
    const before = tokens[k - 1];
    const t = tokens[k];
    if (!t || !before) return undefined;
    return text === undefined ? ' '.repeat(t.start - before.end) : text.slice(before.end, t.start);
  };
  const roles = hits.filter(
    (h, _, all) =>
      h.concept.startsWith('role_') &&
      !all.some((o) => o !== h && o.concept.startsWith('role_') && !isHeadOf(tokens, h, o)),
  );
  const inRole = (k: number) => roles.some((h) => k >= h.from && k < h.to);
  for (const hit of roles) {
    const role = `c:${hit.concept}`;
    let holder = nameRightAfter(tokens, hit.to, gap);
    if (holder !== undefined) {
      // "спецпосланник Вендта по торговле Анна Варнел" names whose envoy, then the envoy; a Russian
      // title and its holder share a case.
      const agrees = mayShareCase((tokens[hit.from] as Token).norm, (tokens[holder] as Token).norm);
      const further =
        !agrees || !nameWord(tokens[holder - 1]) ? nameAfterQualifier(tokens, holder + 1, gap, inRole) : undefined;
      if (further !== undefined) holder = further;
      else if (!agrees) holder = undefined;
    } else holder = nameAfterQualifier(tokens, hit.to, gap, inRole);
    // A Russian title before a name in Latin letters is of that name's ship, firm or outlet ("капитану
    // Marlin Star"): a Russian text writes a person's name in Cyrillic.
    if (
      holder !== undefined &&
      isCyrillic((tokens[hit.from] as Token).norm) &&
      !isCyrillic((tokens[holder] as Token).norm)
    )
      holder = undefined;
    const apposed =
      nameAfterComma(tokens, hit.to, gap, inRole) ??
      nameBeforeComma(tokens, hit.from, gap) ??
      nameAfterLink(tokens, hit.to, gap, inRole);
    for (const last of [holder, apposed]) if (last !== undefined) addHolder(holders, tokens[last] as Token, role);
  }
}

/** Words that make a title another one: a deputy prime minister is no prime minister. */
const OTHER_TITLE =
  /^(deputy|vice|assistant|former|acting|ex|вице|зам|заместител\p{L}*|помощник\p{L}*|бывш\p{L}*|экс|исполняющ\p{L}*)$/u;

/**
 * Whether title `h` is said of the holder of a title `o` that contains it: when it is its head
 * ("chief *negotiator*", "*министр* иностранных дел") and nothing like "deputy" is in the rest
 * ("Deputy *Prime Minister*" is not a prime minister). True as well when `o` does not contain `h`.
 */
function isHeadOf(tokens: readonly Token[], h: VocabularyHit, o: VocabularyHit): boolean {
  if (o.from > h.from || o.to < h.to || o.to - o.from <= h.to - h.from) return true;
  const russian = isCyrillic((tokens[h.from] as Token).norm);
  if (russian ? h.from !== o.from : h.to !== o.to) return false;
  for (let k = o.from; k < o.to; k++)
    if ((k < h.from || k >= h.to) && OTHER_TITLE.test((tokens[k] as Token).norm)) return false;
  return true;
}

/**
 * A word that may be part of a person's name: capitalised, no digit, no function word, and not
 * vocabulary unless a given name ("Кит" is a name, though "Китая" stems alike).
 */
function nameWord(t: Token | undefined): boolean {
  return (
    !!t &&
    t.capitalized &&
    (GIVEN_NAME_FORMS.has(t.norm) || !isVocabularyWord(t.norm) || surnameLikeCommonStem(t.norm)) &&
    !/\d/.test(t.norm) &&
    !STOPWORDS.has(t.norm)
  );
}

/**
 * A Russian word the dictionary does not know whose stem is a common word's ("Газиев" stems as "газ"):
 * a surname, since a common word's forms are all in the dictionary.
 */
function surnameLikeCommonStem(norm: string): boolean {
  return isCyrillic(norm) && isCommonWord(norm) && dictionaryPartOfSpeech(norm) === undefined;
}

type Gap = (k: number) => string | undefined;

/** The end of the run of name words from `from` (one space apart), at most `max` words: the index after it. */
function nameRunEnd(tokens: readonly Token[], from: number, gap: Gap, max = MAX_NAME_WORDS): number {
  let k = from;
  while (k < from + max && nameWord(tokens[k]) && (k === from || gap(k) === ' ')) k++;
  return k;
}

/**
 * The name right after a title ending at `from` (one space apart), past the country or place the
 * title is of ("посол Кештова Вендт", "US envoy Vendt"): its last word.
 */
function nameRightAfter(tokens: readonly Token[], from: number, gap: Gap): number | undefined {
  let k = from;
  // One space apart: "families," Vendt said' or a headline's "prisoners * Vendt" is no title.
  while (k < from + 2 && gap(k) === ' ' && isPlaceWord(tokens[k] as Token) && gap(k + 1) === ' ') k++;
  if (gap(k) !== ' ') return undefined;
  const end = nameRunEnd(tokens, k, gap);
  return end > k ? end - 1 : undefined;
}

/** A capitalised word the vocabulary knows only as a place or an organisation ("Кештова", "МИД"). */
function isPlaceWord(t: Token): boolean {
  return t.capitalized && isVocabularyWord(t.norm) && !isCommonWord(t.norm);
}

/**
 * A full name (two words at least) after a title and its qualifier: "envoy for energy security Ilkin
 * Vendt". One word there is often a place the qualifier names ("envoy to Kestov said"), not a name.
 */
function nameAfterQualifier(
  tokens: readonly Token[],
  from: number,
  gap: Gap,
  inRole: (k: number) => boolean,
): number | undefined {
  // Past the country the title is of: "посланник США по энергетике Анна Варнел".
  while (from < tokens.length && gap(from) === ' ' && isPlaceWord(tokens[from] as Token)) from++;
  if (gap(from) !== ' ' || !QUALIFIER_OPENER.test(tokens[from]?.norm ?? '')) return undefined;
  for (let k = from + 1; k <= from + MAX_QUALIFIER_WORDS && k < tokens.length; k++) {
    // Another title in the qualifier holds the name: "press service of the leader Ilkin Vendt".
    if (gap(k) !== ' ' || VERB_BETWEEN.test((tokens[k] as Token).norm) || inRole(k)) return undefined;
    if (!nameWord(tokens[k])) continue;
    const end = nameRunEnd(tokens, k, gap, MAX_NAME_WORDS + 1);
    return end - k >= 2 ? end - 1 : undefined;
  }
  return undefined;
}

/** Where a name set off by commas may end: a comma, a bracket, a dash, or the sentence's end. */
function closesApposition(g: string | undefined): boolean {
  return g === undefined || /^\s*[,()—–]/.test(g);
}

/**
 * "Kestov's chief negotiator, Ilkin Vendt, said": a full name after a title and a comma, closed by a
 * comma or the sentence's end. Other titles may come between ("chief negotiator, Deputy Prime Minister
 * Ilkin Vendt,").
 */
function nameAfterComma(
  tokens: readonly Token[],
  from: number,
  gap: Gap,
  inRole: (k: number) => boolean,
): number | undefined {
  if (!/^,\s$/.test(gap(from) ?? '')) return undefined;
  for (let k = from; k <= from + MAX_QUALIFIER_WORDS + 2 && k < tokens.length; k++) {
    if (k > from && gap(k) !== ' ') return undefined;
    const t = tokens[k] as Token;
    if (!nameWord(t)) {
      if (!t.capitalized && !inRole(k) && !QUALIFIER_OPENER.test(t.norm)) return undefined;
      continue;
    }
    const end = nameRunEnd(tokens, k, gap);
    return end - k >= 2 && closesApposition(gap(end)) ? end - 1 : undefined;
  }
  return undefined;
}

/** What links a title to its holder's name: "the captain *is* …", "identified the captain *as* …". */
const LINK_WORD = /^(is|was|as)$/;

/**
 * "The captain of the ship is the Varnel citizen Ilkin Vendt", "identified the captain as Ilkin Vendt",
 * "Капитан танкера — гражданин Варнела Илкин Вендт": a title (with a few words of qualifier), a link (a
 * dash, "is", "as"), a few words more, then a full name closed like an apposition.
 */
function nameAfterLink(
  tokens: readonly Token[],
  from: number,
  gap: Gap,
  inRole: (k: number) => boolean,
): number | undefined {
  let k = from;
  // The qualifier: "of the ship", "танкера".
  while (k < from + 3 && k < tokens.length && gap(k) === ' ' && !LINK_WORD.test((tokens[k] as Token).norm)) {
    const t = tokens[k] as Token;
    if (VERB_BETWEEN.test(t.norm) || inRole(k) || nameWord(t)) return undefined;
    k++;
  }
  if (k >= tokens.length) return undefined;
  if (/^\s+[—–]\s+$/.test(gap(k) ?? '')) {
    // the dash stands before tokens[k]
  } else if (gap(k) === ' ' && LINK_WORD.test((tokens[k] as Token).norm)) k++;
  else return undefined;
  for (let end = k + 4; k < end && k < tokens.length; k++) {
    if (k > from && gap(k) !== ' ' && !/^\s+[—–]\s+$/.test(gap(k) ?? '')) return undefined;
    const t = tokens[k] as Token;
    if (nameWord(t)) {
      const last = nameRunEnd(tokens, k, gap);
      return last - k >= 2 && closesApposition(gap(last)) ? last - 1 : undefined;
    }
    if (VERB_BETWEEN.test(t.norm)) return undefined;
  }
  return undefined;
}

/**
 * "Ilkin Vendt, a blogger from Kestov": a full name, a comma, then the title (an article or a few
 * qualifying words before it).
 */
function nameBeforeComma(tokens: readonly Token[], roleStart: number, gap: Gap): number | undefined {
  for (let k = roleStart; k >= roleStart - APPOSITION_WORDS && k > 0; k--) {
    const g = gap(k);
    if (k < roleStart && !APPOSITION_FILLER.test((tokens[k] as Token).raw) && !(tokens[k] as Token).capitalized)
      return undefined;
    if (g === ' ') continue;
    if (!/^,\s$/.test(g ?? '')) return undefined;
    const last = k - 1;
    let first = last;
    while (first > 0 && last - first < MAX_NAME_WORDS - 1 && nameWord(tokens[first - 1]) && gap(first) === ' ') first--;
    return nameWord(tokens[last]) && last > first ? last : undefined;
  }
  return undefined;
}

function addHolder(holders: RoleHolders, name: Token, role: string): void {
  const key = nameKeyOf(name.norm);
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
/** A hyphenated word every part of which is capitalised: "Лорин-Варнели", "Kestov-Vendt". */
const CAPITALISED_PARTS = /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)+$/u;

/** Cross-script keys shorter than this say too little ("Барр" → "br" is kept: two consonants). */
const MIN_KEY_LENGTH = 2;

/** A plan, a possibility or a report of one, not a done event ("may visit", "планирует"). */
const HEDGE_WORD =
  /(?<![\p{L}])(might|could|would|plans?|planned|planning|expected|expects|intends?|likely|possible|possibly|reportedly|rumou?red|планиру\p{L}*|намерен\p{L}*|может|могут|мог|могла|могли|возможн\p{L}*|ожида\p{L}*|собира\p{L}*|якобы|предполож\p{L}*)(?![\p{L}])/iu;
/** "may" hedges in lower case only: "on 27 May", "May 5" are the month. */
const HEDGE_MAY = /(?<![\p{L}])may(?![\p{L}])/u;

/** A sentence that plans or supposes rather than reports: "the talks may resume", "планируется визит". */
export function isHedged(text: string): boolean {
  return HEDGE_WORD.test(text) || HEDGE_MAY.test(text);
}

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

/**
 * Its keys read other ways, where a Latin name may be read so (a Japanese one's, an English G:
 * altPhoneticKeys), as features. Asked only of a word that may be a name, so not made in wordFacts.
 */
export function altKeyFeatures(norm: string): readonly string[] {
  return remembered(altKeyFeaturesCache, WORD_FACTS_CACHE_SIZE, norm, altKeyFeaturesOf);
}

const altKeyFeaturesCache = new Map<string, readonly string[]>();
const NO_FEATURES: readonly string[] = [];

function altKeyFeaturesOf(norm: string): readonly string[] {
  if (/\d/.test(norm)) return NO_FEATURES;
  // "Тарьюский суд" is Tarju's: an adjective of a place the dictionary does not know is keyed by its place too.
  const place = PLACE_ADJECTIVE.exec(norm)?.[1];
  const keys = [...altPhoneticKeys(nameKey(norm).replace(/^chr/, 'kr')), ...(place ? [phoneticKey(place)] : [])].filter(
    (k) => k.length >= MIN_KEY_LENGTH,
  );
  return keys.length ? keys.map((k) => `k:${k}`) : NO_FEATURES;
}

/** A Russian adjective made of a place name with -ск-/-цк- ("Тарьюский", "Лоринского"), its place's letters first. */
const PLACE_ADJECTIVE = /^([а-яё]{3,}?)(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|ому|ом|ую|ых|ым|ими|их|им)$/u;

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

/**
 * A capitalised Russian word the dictionary does not know, past a sentence's start (and not an acronym,
 * which the vocabulary spells): a name, though its stem is a vocabulary word's ("в регионе Досо" is no
 * "досье"), so a Latin spelling finds it by its key.
 */
function unknownRussianWord(norm: string): boolean {
  return /^[а-яё-]+$/.test(norm) && dictionaryPartOfSpeech(norm) === undefined;
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
  return remembered(wordFactsCache, WORD_FACTS_CACHE_SIZE, norm, wordFactsOf);
}

function wordFactsOf(norm: string): WordFacts {
  const content = isContentWord(norm);
  const key = /\d/.test(norm) ? '' : nameKeyOf(norm);
  const wordStem = stem(norm);
  return {
    content,
    value: content ? parseNumberToken(norm) : undefined,
    vocabulary: isVocabularyWord(norm),
    key: key.length >= MIN_KEY_LENGTH ? key : undefined,
    stem: wordStem,
    stemFeature: `s:${wordStem}`,
    keyFeature: key.length >= MIN_KEY_LENGTH ? `k:${key}` : undefined,
  };
}

/** Two digit groups of one number: "4.2", "38,400", "38 400" (a group of three after a space). */
function sameNumber(text: string, a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b || b.start - a.end !== 1 || !/^\d+$/.test(a.norm) || !/^\d+$/.test(b.norm)) return false;
  const between = text[a.end] ?? '';
  return between === '.' || between === ',' || (/^[ \u00a0\u202f]$/.test(between) && b.norm.length === 3);
}

/** A digit group of a longer number counts nothing alone: the "2" of "4.2 tonnes" is no "two boats". */
function inLongerNumber(text: string, tokens: readonly Token[], i: number): boolean {
  return sameNumber(text, tokens[i - 1], tokens[i]) || sameNumber(text, tokens[i], tokens[i + 1]);
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
      if (!inDate && !(text !== undefined && inLongerNumber(text, tokens, i))) addAt(out, `n:${value}`, i);
    }
    // A word inside «quotes» is part of a name, however common ("«Варнельский Азот»", "«Кешт Строй»").
    const nameLike =
      quoted?.has(i) ||
      ((side === 'question' || t.capitalized) && !word.vocabulary) ||
      (side === 'document' && i > 0 && t.capitalized && t.raw !== t.raw.toUpperCase() && unknownRussianWord(t.norm));
    if (nameLike && word.keyFeature !== undefined) {
      addAt(out, word.keyFeature, i);
      for (const f of altKeyFeatures(t.norm)) addAt(out, f, i);
    }
  });
  // Hyphenated words count by their parts too: "transit-route" is about transit and a route.
  // Three parallel lists, not an object per word: this runs for every sentence of every document.
  const stems: string[] = [];
  const words: string[] = [];
  const positions: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    stems.push(t.stem);
    words.push(t.norm);
    positions.push(i);
    if (!t.norm.includes('-')) continue;
    const parts = t.norm.split('-').filter((p) => p.length >= 2);
    if (parts.length < 2) continue;
    // "Лорин-Варнели", "Kestov-Vendt": a document's name of capitalised parts is found by each part's key
    // (a question may spell it in two words, in the other script).
    const namedParts = side === 'document' && t.capitalized && CAPITALISED_PARTS.test(t.raw);
    for (const p of parts) {
      const ps = stem(p);
      if (!STOPWORDS.has(p)) addAt(out, `s:${ps}`, i);
      // "trump-lukashenko call" typed in a question names two people: each part by its name key too.
      // (A document's part the Russian dictionary knows is a word, not a name: "Индо-Тихоокеанском".)
      if (side === 'question' || (namedParts && (!CYRILLIC_WORD.test(p) || unknownRussianWord(p)))) {
        const part = wordFacts(p);
        if (!part.vocabulary && part.keyFeature !== undefined) {
          addAt(out, part.keyFeature, i);
          for (const f of altKeyFeatures(p)) addAt(out, f, i);
        }
      }
      stems.push(ps);
      words.push(p);
      positions.push(i);
    }
  }
  const hits = findConcepts(stems, undefined, words);
  // The concept features, each once: a concept's positions are listed once each, and only they can name a country.
  const concepts = new Set<string>();
  for (const hit of hits) {
    // A question's word is matched by what it means, not by its kind: "рублей" is not "евро".
    if (side === 'question' && isKindConcept(hit.concept)) continue;
    const f = conceptFeature(hit.concept);
    concepts.add(f);
    for (let k = hit.from; k < hit.to; k++) addAt(out, f, positions[k] as number);
  }
  if (side === 'question')
    for (const [f, i] of splitPhrasalVerbs(tokens)) {
      concepts.add(f);
      addAt(out, f, i);
    }
  for (const f of concepts) {
    const at = out.get(f) as number[];
    if (at.length > 1) out.set(f, [...new Set(at)]);
  }
  if (side === 'document') addClassFeatures(out, concepts);
  return stems.length === tokens.length ? { features: out, tokenConcepts: hits } : { features: out };
}

/**
 * "When did Latvia hand Vaidas Zhemaitis over?", "call the strike off": an English verb and its particle
 * parted by the object mean what the two words together do ("hand over"): the verb's word gets the
 * phrase's concepts.
 */
function splitPhrasalVerbs(tokens: readonly Token[]): [string, number][] {
  const out: [string, number][] = [];
  tokens.forEach((particle, j) => {
    if (!PARTICLE.test(particle.norm)) return;
    for (let i = j - 2; i >= Math.max(0, j - 1 - PHRASAL_GAP); i--) {
      const verb = tokens[i] as Token;
      const hits = findConcepts([verb.stem, particle.stem], undefined, [verb.norm, particle.norm]);
      const whole = hits.filter((h) => h.from === 0 && h.to === 2);
      if (!whole.length) continue;
      for (const h of whole) out.push([conceptFeature(h.concept), i]);
      return;
    }
  });
  return out;
}
const PARTICLE = /^(over|off|up|down|out|back|away)$/;
/** Words an object may put between a verb and its particle: "hand the two drivers over". */
const PHRASAL_GAP = 3;

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
