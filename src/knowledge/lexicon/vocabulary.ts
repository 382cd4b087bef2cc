/**
 * The bilingual news vocabulary (vocab/*.tsv, format in vocab/README.md), loaded once.
 *
 * A concept is one meaning with its English and Russian terms. Text is matched against it by Snowball
 * stems, so "освободили", "освобождены" and "freed" all reach `jus_release` whatever their case or
 * tense. Cross-lingual retrieval uses the concept ids as a shared language; answers use the first term
 * of the asker's language as the display form.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KNOWLEDGE_DIR } from '../code-location.ts';
import { lemma, partOfSpeech } from '../text/morphology.ts';
import { fold, stem, tokenize } from '../text/tokens.ts';
import type { Lang } from '../types.ts';
import { STEM_FALSE_FRIENDS } from './stem-false-friends.ts';
import { STOPWORDS } from './stopwords.ts';

export interface VocabularyConcept {
  id: string;
  domain: string;
  terms: Record<Lang, string[]>;
}

export interface Vocabulary {
  concepts: ReadonlyMap<string, VocabularyConcept>;
  /** First stem of a term → the terms starting with it, as stem sequences, with their concept. */
  byFirstStem: ReadonlyMap<string, ReadonlyArray<{ stems: string[]; concept: string }>>;
  /** Stem of a one-word term → concept → the words (as tokenize writes them) with that stem. */
  oneWordTerms: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
}

/** One concept found in a token sequence: tokens [from, to) carry it. */
export interface VocabularyHit {
  concept: string;
  from: number;
  to: number;
}

const VOCAB_DIR = fileURLToPath(new URL('lexicon/vocab/', KNOWLEDGE_DIR));

/** Parses one TSV file's text; malformed lines are reported, not skipped silently. */
export function parseVocabularyFile(domain: string, text: string): { concepts: VocabularyConcept[]; errors: string[] } {
  const concepts: VocabularyConcept[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, n) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const cols = line.split('\t');
    if (cols.length !== 3) {
      errors.push(`${domain}.tsv:${n + 1}: expected 3 TAB-separated columns, got ${cols.length}`);
      return;
    }
    const [id, en, ru] = cols as [string, string, string];
    const split = (s: string) =>
      s
        .split('|')
        .map((t) => t.trim())
        .filter(Boolean);
    concepts.push({ id: id.trim(), domain, terms: { en: split(en), ru: split(ru) } });
  });
  return { concepts, errors };
}

/**
 * The words of every term buildVocabulary reads (each concept's English terms, then its Russian ones,
 * the concepts in file order), as numbers into a word list: term t's words are
 * `wordIds[start[t] .. start[t + 1])`. An index cache carries them (answer/index-cache.ts) with the
 * words and their stems, so a start-up builds the vocabulary without tokenising its forty thousand terms.
 */
export interface TermWords {
  start: Int32Array;
  wordIds: Int32Array;
}

/** TermWords with the words and stems its numbers refer to. */
export interface KnownTermWords extends TermWords {
  words: readonly string[];
  stems: readonly string[];
}

/** A term's stems and its first word (tokenize's norm), as buildVocabulary files it. */
interface TermStems {
  stems: string[];
  first: string | undefined;
}

/**
 * A Russian word the dictionary does not know, written in its dictionary form, loses what looks like an
 * ending to the stemmer ("дирхам" → "дирх", "ринггит" → "рингг"), while its inflected forms keep it
 * ("дирхамов", "ринггитов" → "дирхам", "ринггит"): such a one-word term is filed under the whole word too.
 */
function inflectedStems({ stems, first }: TermStems): string[][] {
  const [only] = stems;
  if (stems.length !== 1 || only === undefined || first === undefined || !/^[а-яё]+[бвгджзклмнпрстфхцчшщ]$/.test(first))
    return [];
  return only.length <= first.length - 2 ? [[first]] : [];
}

/** Builds the matcher from concepts (the loaded files, or a table in a test); `termWords`: their terms' words worked out before. */
export function buildVocabulary(concepts: readonly VocabularyConcept[], termWords?: KnownTermWords): Vocabulary {
  const byId = new Map<string, VocabularyConcept>();
  const byFirstStem = new Map<string, Array<{ stems: string[]; concept: string }>>();
  const oneWordTerms = new Map<string, Map<string, string[]>>();
  const stemsOf = termStemsReader(concepts, termWords);
  let termNumber = 0;
  for (const c of concepts) {
    const known = byId.get(c.id);
    if (known) {
      known.terms.en.push(...c.terms.en);
      known.terms.ru.push(...c.terms.ru);
    } else byId.set(c.id, { ...c, terms: { en: [...c.terms.en], ru: [...c.terms.ru] } });
    for (const term of [...c.terms.en, ...c.terms.ru]) {
      const termStems = stemsOf(term, termNumber++);
      const first = termStems.stems[0];
      if (first === undefined || (termStems.stems.length === 1 && first.length < 2)) continue;
      for (const stems of [termStems.stems, ...inflectedStems(termStems)]) {
        const key = stems[0] as string;
        if (stems.length === 1) {
          const byConcept = oneWordTerms.get(key) ?? new Map<string, string[]>();
          oneWordTerms.set(key, byConcept);
          const words = byConcept.get(c.id) ?? [];
          byConcept.set(c.id, words);
          words.push(termStems.first as string);
        }
        const list = byFirstStem.get(key);
        if (!list) byFirstStem.set(key, [{ stems, concept: c.id }]);
        else if (!list.some((e) => e.concept === c.id && sameStems(e.stems, stems)))
          list.push({ stems, concept: c.id });
      }
    }
  }
  for (const list of byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return { concepts: byId, byFirstStem, oneWordTerms };
}

function sameStems(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * How buildVocabulary reads a term's stems: from `known` when it numbers as many terms as the concepts
 * have (it was worked out from these very lists), else by tokenising the term.
 */
function termStemsReader(
  concepts: readonly VocabularyConcept[],
  known: KnownTermWords | undefined,
): (term: string, termNumber: number) => TermStems {
  const terms = concepts.reduce((n, c) => n + c.terms.en.length + c.terms.ru.length, 0);
  if (!known || known.start.length !== terms + 1) return tokenizedStems;
  const { start, wordIds, words, stems } = known;
  return (_term, t) => {
    const from = start[t] as number;
    const to = start[t + 1] as number;
    const termStems: string[] = new Array(to - from);
    for (let k = from; k < to; k++) termStems[k - from] = stems[wordIds[k] as number] as string;
    return { stems: termStems, first: words[wordIds[from] as number] };
  };
}

function tokenizedStems(term: string): TermStems {
  const tokens = tokenize(term);
  return { stems: tokens.map((t) => t.stem), first: tokens[0]?.norm };
}

let loaded: Vocabulary | undefined;

/** Every word of the vocabulary's terms, as tokenize writes it (lower case): what building the vocabulary stems. */
export function vocabularyWords(vocab: Vocabulary = vocabulary()): string[] {
  const words = new Set<string>();
  for (const c of vocab.concepts.values()) {
    for (const term of [...c.terms.en, ...c.terms.ru]) for (const t of tokenize(term)) words.add(t.norm);
  }
  return [...words];
}

/** The vocabulary of vocab/*.tsv, read on first use. */
export function vocabulary(): Vocabulary {
  if (loaded) return loaded;
  loaded = buildVocabulary(vocabularyConcepts(), givenTermWords);
  givenTermWords = undefined;
  return loaded;
}

/** The concepts of vocab/*.tsv as the files list them (a concept may be listed twice), files in name order. */
function vocabularyConcepts(): VocabularyConcept[] {
  const concepts: VocabularyConcept[] = [];
  let files: string[] = [];
  try {
    files = readdirSync(VOCAB_DIR).filter((f) => f.endsWith('.tsv'));
  } catch {
    files = [];
  }
  for (const file of files.sort()) {
    const { concepts: found } = parseVocabularyFile(file.replace(/\.tsv$/, ''), readFileSync(VOCAB_DIR + file, 'utf8'));
    concepts.push(...found);
  }
  return concepts;
}

let givenTermWords: KnownTermWords | undefined;

/**
 * The words of the vocabulary's terms worked out before (by the process that wrote an index cache, with
 * the same code and lists): the vocabulary, when first built, reads them instead of tokenising its terms.
 */
export function rememberTermWords(termWords: TermWords, words: readonly string[], stems: readonly string[]): void {
  if (!loaded) givenTermWords = { ...termWords, words, stems };
}

/**
 * The words of the terms of vocab/*.tsv (see TermWords), as numbers into `words`; none (no term) when
 * `words` lacks one of them, and the vocabulary is then built by tokenising its terms.
 */
export function vocabularyTermWords(words: readonly string[]): TermWords {
  const wordIds = new Map(words.map((w, i) => [w, i]));
  const start: number[] = [0];
  const ids: number[] = [];
  for (const c of vocabularyConcepts()) {
    for (const term of [...c.terms.en, ...c.terms.ru]) {
      for (const t of tokenize(term)) {
        const id = wordIds.get(t.norm);
        if (id === undefined) return { start: Int32Array.of(0), wordIds: new Int32Array(0) };
        ids.push(id);
      }
      start.push(ids.length);
    }
  }
  return { start: Int32Array.from(start), wordIds: Int32Array.from(ids) };
}

/**
 * Every concept whose term occurs in the stem sequence. Longer terms win at a position, but a shorter
 * term of another concept at the same position is kept too (a word may carry two meanings).
 * With the words themselves (token norms, one per stem), a stem that different words of different
 * concepts share goes to the concepts whose word it is (see keepTheWordsConcepts).
 */
export function findConcepts(
  stems: readonly string[],
  vocab: Vocabulary = vocabulary(),
  words?: readonly string[],
): VocabularyHit[] {
  const hits: VocabularyHit[] = [];
  const narrowed = narrowedTerms(vocab);
  for (let i = 0; i < stems.length; i++) {
    const first = stems[i] as string;
    let entries = vocab.byFirstStem.get(first);
    if (!entries) continue;
    // The terms' words after the first are compared from `checked` on: the second is known to match in a narrowed list.
    let checked = 1;
    const narrow = narrowed.get(first);
    if (narrow) {
      const next = stems[i + 1];
      entries = (next !== undefined ? narrow.bySecond.get(next) : undefined) ?? narrow.single;
      checked = 2;
    }
    // The hits at this position so far: a concept is found once per position.
    const atHere = hits.length;
    for (const e of entries) {
      if (foundSince(hits, atHere, e.concept)) continue;
      if (i + e.stems.length > stems.length) continue;
      let ok = true;
      for (let k = checked; k < e.stems.length; k++) {
        if (stems[i + k] !== e.stems[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      hits.push({ concept: e.concept, from: i, to: i + e.stems.length });
    }
    const word = words?.[i];
    // A word of a stem shared by chance carries a concept only as that concept's own word ("Ум-Сунта" washes nothing).
    if (
      word !== undefined &&
      hits.length > atHere &&
      (STOPWORDS.has(word) || isFalseFriend(word) || sharedByChance(first))
    )
      keepOwnWordsOnly(hits, atHere, first, word, vocab);
    if (word !== undefined && hits.length - atHere > 1) keepTheWordsConcepts(hits, atHere, first, word, vocab);
  }
  return withoutInnerPlaces(hits);
}

/**
 * "South Sudan" is not Sudan, "North Korea" not Korea: a place of the gazetteer inside a longer place's
 * name is that name's word, not a place of its own.
 */
function withoutInnerPlaces(hits: VocabularyHit[]): VocabularyHit[] {
  const isPlace = (h: VocabularyHit) => h.concept.startsWith('geo_') && !h.concept.startsWith('geo_dir_');
  const longer = hits.filter((h) => isPlace(h) && h.to - h.from > 1);
  if (!longer.length) return hits;
  return hits.filter(
    (h) =>
      !isPlace(h) ||
      !longer.some((o) => o.concept !== h.concept && o.from <= h.from && o.to >= h.to && o.to - o.from > h.to - h.from),
  );
}

/**
 * Concepts whose one-word terms share a stem though they are other words ("organis": organisation /
 * organiser; "почт": почти / почтить / почта), with the base forms of each concept's words there.
 * Worked out a stem at a time, when a text first has it: the dictionary forms are looked up for the
 * words of the stems met, not for the vocabulary's twenty thousand.
 */
const stemSharers = new WeakMap<Vocabulary, Map<string, Map<string, Set<string>> | null>>();

function sharersOf(vocab: Vocabulary, key: string): Map<string, Set<string>> | undefined {
  let known = stemSharers.get(vocab);
  if (!known) {
    known = new Map();
    stemSharers.set(vocab, known);
  }
  const found = known.get(key);
  if (found !== undefined) return found ?? undefined;
  let out: Map<string, Set<string>> | null = null;
  const words = vocab.oneWordTerms.get(key);
  // Only where some two concepts have no word in common, even in their dictionary forms.
  if (words && words.size >= 2 && disjoint([...words.values()].map((list) => new Set(list)))) {
    const byConcept = new Map<string, Set<string>>();
    for (const [concept, list] of words) byConcept.set(concept, new Set(list.flatMap(baseForms)));
    if (disjoint([...byConcept.values()])) out = byConcept;
  }
  known.set(key, out);
  return out ?? undefined;
}

function disjoint(sets: ReadonlyArray<ReadonlySet<string>>): boolean {
  return sets.some((a, i) => sets.slice(i + 1).some((b) => ![...a].some((f) => b.has(f))));
}

/**
 * The forms a word may be the inflection of: itself, its dictionary form (Russian), and for English
 * the word without a plural, past or -ing ending ("organisers" → "organiser", "ruled" → "rule").
 */
function baseForms(word: string): string[] {
  if (/[а-яё]/.test(word)) return [word, lemma(word)];
  const out = [word];
  const strip = (suffix: string, add = '') => {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) out.push(word.slice(0, -suffix.length) + add);
  };
  strip("'s");
  strip('ies', 'y');
  strip('ied', 'y');
  strip('es');
  if (!word.endsWith('ss')) strip('s');
  strip('ed');
  strip('ed', 'e');
  strip('ing');
  strip('ing', 'e');
  // "planned", "planning": a doubled consonant before the ending.
  const doubled = /([bdgklmnprt])\1(ed|ing)$/.exec(word);
  if (doubled) out.push(word.slice(0, -(doubled[2] as string).length - 1));
  return out;
}

/**
 * Among the one-word hits at a position, those of concepts sharing the stem with other words are
 * dropped when another concept has the word itself: "organisation" is no organiser, "почти" no
 * "почтить". When no concept has it, all stay (the stem is all there is to go by).
 */
function keepTheWordsConcepts(
  hits: VocabularyHit[],
  from: number,
  stemKey: string,
  word: string,
  vocab: Vocabulary,
): void {
  const byConcept = sharersOf(vocab, stemKey);
  if (!byConcept) return;
  const own = ownConcepts(byConcept, word);
  if (own.size === 0) return;
  let to = from;
  for (let k = from; k < hits.length; k++) {
    const h = hits[k] as VocabularyHit;
    const oneWord = h.to - h.from === 1;
    if (oneWord && byConcept.has(h.concept) && !own.has(h.concept)) continue;
    hits[to++] = h;
  }
  hits.length = to;
}

/** A word whose stem another word shares by accident (stem-false-friends.ts). */
function isFalseFriend(word: string): boolean {
  return STEM_FALSE_FRIENDS.has(word) || (/[а-яё]/.test(word) && STEM_FALSE_FRIENDS.has(lemma(word)));
}

/**
 * A function word, or a false friend of a stem, carries a concept only when it is that concept's word, not by a shared stem:
 * "среди" is no Wednesday ("среда"), "inside" no insider, "за" no loan, "us" no "use".
 */
function keepOwnWordsOnly(hits: VocabularyHit[], from: number, stemKey: string, word: string, vocab: Vocabulary): void {
  const byConcept = vocab.oneWordTerms.get(stemKey);
  const forms = baseForms(word);
  let to = from;
  for (let k = from; k < hits.length; k++) {
    const h = hits[k] as VocabularyHit;
    if (h.to - h.from === 1 && !listsWord(byConcept, h.concept, forms)) continue;
    hits[to++] = h;
  }
  hits.length = to;
}

/** A stem of one or two letters ("ум" of "умыться", "ки" of "Киев", "ле" of "лей" and "Леся") is shared by chance. */
function sharedByChance(stemKey: string): boolean {
  return stemKey.length <= 2;
}

/** Whether `concept` has one of the word's forms among its one-word terms of a stem (`byConcept`). */
function listsWord(
  byConcept: ReadonlyMap<string, readonly string[]> | undefined,
  concept: string,
  forms: readonly string[],
): boolean {
  return byConcept?.get(concept)?.some((w) => forms.includes(w)) === true;
}

/** The concepts of a stem's sharers that have the word itself, by word: worked out once per stem and word. */
const ownByWord = new WeakMap<Map<string, Set<string>>, Map<string, Set<string>>>();

function ownConcepts(byConcept: Map<string, Set<string>>, word: string): Set<string> {
  let known = ownByWord.get(byConcept);
  if (!known) {
    known = new Map();
    ownByWord.set(byConcept, known);
  }
  let own = known.get(word);
  if (own) return own;
  const forms = baseForms(word);
  own = new Set<string>();
  for (const [concept, words] of byConcept) if (forms.some((f) => words.has(f))) own.add(concept);
  known.set(word, own);
  return own;
}

function foundSince(hits: readonly VocabularyHit[], from: number, concept: string): boolean {
  for (let k = from; k < hits.length; k++) if ((hits[k] as VocabularyHit).concept === concept) return true;
  return false;
}

type TermEntry = { stems: string[]; concept: string };

/** A first stem that begins more terms than this has them narrowed by the next stem. */
const NARROW_FROM = 16;

/**
 * The terms of a common first stem as findConcepts tries them, narrowed by the next stem: the one-word
 * terms, and by second stem the one-word terms with the longer ones going on so, in the list's order.
 * Common first words ("в", "in", "на") begin hundreds of terms; only those the next word continues are tried.
 */
const narrowedByVocabulary = new WeakMap<
  Vocabulary,
  Map<string, { single: TermEntry[]; bySecond: Map<string, TermEntry[]> }>
>();

function narrowedTerms(vocab: Vocabulary): Map<string, { single: TermEntry[]; bySecond: Map<string, TermEntry[]> }> {
  let out = narrowedByVocabulary.get(vocab);
  if (out) return out;
  out = new Map();
  for (const [first, entries] of vocab.byFirstStem) {
    if (entries.length <= NARROW_FROM) continue;
    const bySecond = new Map<string, TermEntry[]>();
    for (const e of entries) {
      const second = e.stems[1];
      if (second !== undefined && !bySecond.has(second))
        bySecond.set(
          second,
          entries.filter((x) => x.stems.length === 1 || x.stems[1] === second),
        );
    }
    out.set(first, { single: entries.filter((e) => e.stems.length === 1), bySecond });
  }
  narrowedByVocabulary.set(vocab, out);
  return out;
}

/** The concepts of a token sequence, each word's stem read with the word itself (findConcepts). */
export function conceptsOfTokens(
  tokens: readonly { stem: string; norm: string }[],
  vocab: Vocabulary = vocabulary(),
): VocabularyHit[] {
  return findConcepts(
    tokens.map((t) => t.stem),
    vocab,
    tokens.map((t) => t.norm),
  );
}

/** Concepts of a piece of text. */
export function conceptsOfText(text: string, vocab: Vocabulary = vocabulary()): string[] {
  return [...new Set(conceptsOfTokens(tokenize(text), vocab).map((h) => h.concept))];
}

/** The world gazetteer's concept a text names as a whole ("Литвы" → geo_lithuania), if it is one. */
export function worldConceptOf(text: string, vocab: Vocabulary = vocabulary()): string | undefined {
  const tokens = tokenize(text);
  return conceptsOfTokens(tokens, vocab).find(
    (h) => h.concept.startsWith('geo_') && h.from === 0 && h.to === tokens.length,
  )?.concept;
}

/**
 * Concepts that say what kind of thing a word is (a unit of money) rather than what it means: the
 * answer reads them off a sentence ("3000 лари" is a sum), a question's word never matches by them,
 * and they have no display form (their terms are different things: "злотых" is no "dollar").
 */
const KIND_CONCEPTS: ReadonlySet<string> = new Set(['eco_money_unit']);

export function isKindConcept(conceptId: string): boolean {
  return KIND_CONCEPTS.has(conceptId);
}

/** The display form of a concept in a language (its first term), if it has one. */
export function displayTerm(conceptId: string, lang: Lang, vocab: Vocabulary = vocabulary()): string | undefined {
  if (isKindConcept(conceptId)) return undefined;
  return vocab.concepts.get(conceptId)?.terms[lang][0];
}

/**
 * What a country's people are called, for a count of them ("19 870 гаитян", "5 Iranians"): the Russian
 * noun ("гаитянин"), the English plural ("Haitians"); the country's own name when neither is listed.
 */
export function displayPeople(conceptId: string, lang: Lang, vocab: Vocabulary = vocabulary()): string | undefined {
  const terms = vocab.concepts.get(conceptId)?.terms[lang] ?? [];
  const people =
    lang === 'ru'
      ? terms.find((t) => /^[а-яё]+$/.test(t) && partOfSpeech(t) === 'NOUN')
      : terms.slice(1).find((t) => /^\p{Lu}\p{Ll}+(ans|ese|is|ns)$/u.test(t));
  return people ?? displayTerm(conceptId, lang, vocab);
}

/** The concepts a word carries on its own (its single-word terms). */
function singleWordConcepts(word: string, vocab: Vocabulary): string[] {
  const key = stem(fold(word));
  const concepts = (vocab.byFirstStem.get(key) ?? []).filter((e) => e.stems.length === 1).map((e) => e.concept);
  // As in findConcepts, a stem shared by chance gives only the concepts that list the word: "леся" is no "лей".
  if (!sharedByChance(key) || !concepts.length) return concepts;
  const forms = baseForms(fold(word));
  const own = vocab.oneWordTerms.get(key);
  return concepts.filter((c) => listsWord(own, c, forms));
}

/** True when a word is one of the vocabulary's single-word terms (a common word or a world-level name). */
export function isVocabularyWord(word: string, vocab: Vocabulary = vocabulary()): boolean {
  return singleWordConcepts(word, vocab).length > 0;
}

/** True when a word is vocabulary other than a place or an organisation's name: a common word, not a name. */
export function isCommonWord(word: string, vocab: Vocabulary = vocabulary()): boolean {
  return singleWordConcepts(word, vocab).some((concept) => !concept.startsWith('geo_'));
}
