import { EntityRecognizer, gazetteerGenders } from '../extract/entities.ts';
import { detectLang } from '../ingest/document-meta.ts';
import { INTENT_PHRASINGS, ORDINALS } from '../lexicon/intents.ts';
import { STOPWORDS } from '../lexicon/stopwords.ts';
import { nameKey, phoneticKey, type Token, tokenize } from '../text/tokens.ts';
import type { Fact, FactStoreData, FuzzyDate, Lang, Sentence, SentenceAnnotation } from '../types.ts';
import { Vocabulary } from './vocabulary.ts';

export interface IndexedSentence {
  sentence: Sentence;
  annotation: SentenceAnnotation;
  lang: Lang;
  /** Content-word stems (no stopwords), for BM25. */
  stems: Map<string, number>;
  length: number;
  /** Ordinal words of the sentence ("первый" → 1, "second" → 2). */
  ordinals: number[];
  /** The annotation date as a compact key, for cached date comparisons. */
  dateKey: string;
  /** Keys into RetrievalIndex.paragraphs: this sentence's paragraph and the one before it. */
  paragraphKey: string;
  previousParagraphKey?: string;
  fact?: Fact;
}

/** Indexes built over the fact store at load time (not stored: they are cheap to rebuild). */
export interface RetrievalIndex {
  sentences: IndexedSentence[];
  byId: Map<string, IndexedSentence>;
  /** Sentence ids per stem / entity / concept. */
  byStem: Map<string, string[]>;
  byEntity: Map<string, string[]>;
  byConcept: Map<string, string[]>;
  avgLength: number;
  recognizer: EntityRecognizer;
  vocabulary: Vocabulary;
  /** Sentences of each source in reading order. */
  bySource: Map<string, IndexedSentence[]>;
  /** Dated sentences by the year of their date: date questions look only there. */
  byYear: Map<number, IndexedSentence[]>;
  /** Entities and concepts of each paragraph ("sourceId:paragraph"): a sentence's subject is often named in its neighbour. */
  paragraphs: Map<string, { entities: Set<string>; concepts: Set<string> }>;
  /** Cross-script keys of the names the documents mention ("Торнтон" and "Thornton" share one). */
  phonetic: Map<string, string[]>;
  /** Words that are part of some entity's name: a typo corrected to one of them is a name. */
  aliasWords: Set<string>;
  /** Cross-script keys of capitalised words of the documents: "Zhanaozen" finds "Жанаозен". */
  capitalPhonetic: Map<string, string>;
}

export function paragraphKey(s: Sentence): string {
  return `${s.sourceId}:${s.paragraph}`;
}

function post(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== id) list.push(id);
  } else map.set(key, [id]);
}

export function buildRetrievalIndex(data: FactStoreData): RetrievalIndex {
  const factBySentence = new Map<string, Fact>();
  for (const f of data.facts) for (const id of f.sentenceIds) if (!factBySentence.has(id)) factBySentence.set(id, f);
  const vocabulary = new Vocabulary();
  const byStem = new Map<string, string[]>();
  const byEntity = new Map<string, string[]>();
  const byConcept = new Map<string, string[]>();
  const bySource = new Map<string, IndexedSentence[]>();
  const sentences: IndexedSentence[] = [];
  const capitalPhonetic = new Map<string, string>();
  const byYear = new Map<number, IndexedSentence[]>();
  const paragraphs = new Map<string, { entities: Set<string>; concepts: Set<string> }>();
  let total = 0;
  for (const sentence of data.sentences) {
    const annotation = data.annotations[sentence.id] ?? { entities: [], dates: [], counts: [], concepts: [] };
    const stems = new Map<string, number>();
    let length = 0;
    const ordinals: number[] = [];
    for (const t of tokenize(sentence.text)) {
      const ordinal = ORDINALS[t.norm];
      if (ordinal !== undefined) ordinals.push(ordinal);
      vocabulary.add(t.norm);
      if (t.capitalized && t.norm.length >= 4) {
        const key = phoneticKey(nameKey(t.norm));
        if (key.length >= 4 && !capitalPhonetic.has(key)) capitalPhonetic.set(key, t.norm);
      }
      if (STOPWORDS.has(t.norm) || t.norm.length < 2) continue;
      stems.set(t.stem, (stems.get(t.stem) ?? 0) + 1);
      length++;
      post(byStem, t.stem, sentence.id);
    }
    for (const e of annotation.entities) post(byEntity, e, sentence.id);
    for (const c of annotation.concepts) post(byConcept, c, sentence.id);
    const para = paragraphs.get(paragraphKey(sentence)) ?? { entities: new Set<string>(), concepts: new Set<string>() };
    for (const e of annotation.entities) para.entities.add(e);
    for (const c of annotation.concepts) para.concepts.add(c);
    paragraphs.set(paragraphKey(sentence), para);
    total += length;
    const fact = factBySentence.get(sentence.id);
    const indexed: IndexedSentence = {
      sentence,
      annotation,
      lang: detectLang(sentence.text),
      stems,
      length,
      ordinals,
      dateKey: dateKeyOf(annotation.date),
      paragraphKey: paragraphKey(sentence),
      ...(fact ? { fact } : {}),
    };
    sentences.push(indexed);
    const year = annotation.date?.year;
    if (year !== undefined) {
      const list = byYear.get(year) ?? [];
      list.push(indexed);
      byYear.set(year, list);
    }
    const list = bySource.get(sentence.sourceId) ?? [];
    const last = list[list.length - 1];
    const previous =
      last && (last.sentence.paragraph === sentence.paragraph ? last.previousParagraphKey : last.paragraphKey);
    if (previous !== undefined) indexed.previousParagraphKey = previous;
    list.push(indexed);
    bySource.set(sentence.sourceId, list);
  }
  const phonetic = new Map<string, string[]>();
  const aliasWords = new Set<string>();
  for (const e of data.entities) {
    // Names no document mentions are not offered as typo corrections ("long" must not become "London").
    if (!byEntity.has(e.id)) continue;
    for (const a of e.aliases) {
      const tokens = tokenize(a);
      for (const t of tokens) {
        vocabulary.add(t.norm);
        aliasWords.add(t.norm);
      }
      // People are found by surname; organisations and places by any distinctive word of the name.
      const keyed = e.kind === 'person' ? tokens.slice(-1) : tokens.filter((t) => t.norm.length >= 4);
      for (const t of keyed) {
        const key = phoneticKey(nameKey(t.norm));
        if (key.length < 3) continue;
        const list = phonetic.get(key) ?? [];
        if (!list.includes(e.id)) list.push(e.id);
        phonetic.set(key, list);
      }
    }
  }
  for (const p of INTENT_PHRASINGS)
    for (const phrase of p.phrases) for (const w of phrase.replace('^', '').split(' ')) vocabulary.add(w);
  return {
    sentences,
    byId: new Map(sentences.map((s) => [s.sentence.id, s])),
    byStem,
    byEntity,
    byConcept,
    avgLength: sentences.length ? total / sentences.length : 1,
    recognizer: new EntityRecognizer(data.entities, gazetteerGenders()),
    vocabulary,
    bySource,
    byYear,
    paragraphs,
    phonetic,
    aliasWords,
    capitalPhonetic,
  };
}

const tokenCache = new WeakMap<IndexedSentence, Token[]>();
/** A sentence's tokens, computed once: answers look at the same few sentences again and again. */
export function tokensOf(item: IndexedSentence): Token[] {
  let tokens = tokenCache.get(item);
  if (!tokens) {
    tokens = tokenize(item.sentence.text);
    tokenCache.set(item, tokens);
  }
  return tokens;
}

export function dateKeyOf(d: FuzzyDate | undefined): string {
  return d ? `${d.year}|${d.month}|${d.day}|${d.part}|${d.season}|${d.precision}` : '-';
}
