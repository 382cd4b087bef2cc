/**
 * Everything the sentence index derives from a fact store, as flat tables: strings once, numbers in
 * typed arrays. Building them tokenises, lemmatises and matches every sentence against the
 * vocabulary (seconds at a thousand documents); the tables can then be written to a binary cache
 * (index-cache.ts) and read back without any of that, and sentence-index.ts answers queries from them.
 *
 * Feature ids are given in the order features are first met, sentence by sentence, so postings,
 * name keys and the other lists come out in the order the old map-based index had them.
 */
import { ordinalsIn } from '../text/ordinals.ts';
import { vocabularyWords } from '../lexicon/vocabulary.ts';
import { stem, type Token, tokenize } from '../text/tokens.ts';
import type { FactStoreData } from '../types.ts';
import {
  addAcronymFeatures,
  addRoleHolderFeatures,
  dateKeys,
  featuresOf,
  findAcronyms,
  findRoleHolders,
  HEDGE,
} from './sentence-features.ts';

export interface IndexTables {
  /** Position in data.sentences of each indexed sentence (a sentence of an unknown source is left out). */
  dataIndex: Int32Array;
  /** Feature strings by id: ids below `postedCount` occur in sentences, the others only in titles and headings. */
  features: string[];
  postedCount: number;
  /** Sentences having feature f: postingSentences[postingStart[f] .. postingStart[f + 1]), ascending. */
  postingStart: Int32Array;
  postingSentences: Int32Array;
  /** Token positions of posting k, in the order the sentence's feature map listed them: positions[positionStart[k] .. positionStart[k + 1]). */
  positionStart: Int32Array;
  positions: Int32Array;
  tokenCounts: Int32Array;
  /** 1 when the sentence reports a plan or a possibility. */
  hedged: Uint8Array;
  /** Ordinals of sentence n: ordinals[ordinalStart[n] .. ordinalStart[n + 1]). */
  ordinalStart: Int32Array;
  ordinals: Int32Array;
  /** Title and heading feature ids of data.sources[i]: sourceFeatureIds[sourceFeatureStart[i] .. sourceFeatureStart[i + 1]). */
  sourceFeatureStart: Int32Array;
  sourceFeatureIds: Int32Array;
  /** Month and year keys ("2026-4", "2026"), first met first; sentences of key d: dateSentences[dateStart[d] .. dateStart[d + 1]). */
  dateKeys: string[];
  dateStart: Int32Array;
  dateSentences: Int32Array;
  acronyms: Array<[string, string[]]>;
  /** Ids of the stem features ("s:...") in string order, for prefix search. */
  stemOrder: Int32Array;
  /** Every word (token norm) of the sentences, first met first, with how many times it occurs. */
  words: string[];
  wordCounts: Int32Array;
  /** The vocabulary's words and their stems, so a start-up builds the vocabulary without lemmatising them. */
  vocabularyWords: string[];
  vocabularyStems: string[];
}

export function buildIndexTables(data: FactStoreData): IndexTables {
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const acronyms = findAcronyms(data.sentences.map((s) => s.text));
  const ids = new Map<string, number>();
  const features: string[] = [];
  const idOf = (f: string) => {
    let id = ids.get(f);
    if (id === undefined) {
      id = features.length;
      features.push(f);
      ids.set(f, id);
    }
    return id;
  };
  // Sentence by sentence first (what featuresOf gives), turned feature by feature below.
  const entryFeature = new GrowableInt32();
  const entryPositionCount = new GrowableInt32();
  const entryPositions = new GrowableInt32();
  const sentenceEntryStart = new GrowableInt32();
  const dataIndex = new GrowableInt32();
  const tokenCounts = new GrowableInt32();
  const hedged = new GrowableInt32();
  const ordinalStart = new GrowableInt32();
  const ordinals = new GrowableInt32();
  const byDate = new Map<string, number[]>();
  const wordCounts = new Map<string, number>();
  const holders = findRoleHolders(tokenStreams(data, sourceIds));
  data.sentences.forEach((sentence, i) => {
    if (!sourceIds.has(sentence.sourceId)) return;
    const n = dataIndex.length;
    const tokens = tokenize(sentence.text);
    const found = featuresOf(tokens, 'document', sentence.text);
    addAcronymFeatures(tokens, found, acronyms);
    addRoleHolderFeatures(tokens, found, holders);
    sentenceEntryStart.push(entryFeature.length);
    for (const [f, at] of found) {
      entryFeature.push(idOf(f));
      entryPositionCount.push(at.length);
      for (const p of at) entryPositions.push(p);
    }
    dataIndex.push(i);
    tokenCounts.push(tokens.length);
    hedged.push(HEDGE.test(sentence.text) ? 1 : 0);
    ordinalStart.push(ordinals.length);
    for (const o of ordinalsIn(tokens, sentence.text)) ordinals.push(o.value);
    for (const t of tokens) wordCounts.set(t.norm, (wordCounts.get(t.norm) ?? 0) + 1);
    const annotation = data.annotations[sentence.id];
    const dates = annotation
      ? [...annotation.dates.map((d) => d.date), ...(annotation.date ? [annotation.date] : [])]
      : [];
    for (const key of new Set(dates.flatMap(dateKeys))) {
      const list = byDate.get(key);
      if (list) list.push(n);
      else byDate.set(key, [n]);
    }
  });
  sentenceEntryStart.push(entryFeature.length);
  ordinalStart.push(ordinals.length);
  const postedCount = features.length;
  const postings = transpose(
    postedCount,
    sentenceEntryStart.done(),
    entryFeature.done(),
    entryPositionCount.done(),
    entryPositions.done(),
  );
  const sourceFeatures = headingFeatures(data).map((set) => [...set].map(idOf));
  const stemOrder = Int32Array.from(
    features
      .slice(0, postedCount)
      .map((f, id) => [f, id] as const)
      .filter(([f]) => f.startsWith('s:'))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, id]) => id),
  );
  const dates = [...byDate];
  const vocabularyWordList = vocabularyWords();
  return {
    dataIndex: dataIndex.done(),
    features,
    postedCount,
    ...postings,
    tokenCounts: tokenCounts.done(),
    hedged: Uint8Array.from(hedged.done()),
    ordinalStart: ordinalStart.done(),
    ordinals: ordinals.done(),
    ...flatten(sourceFeatures, 'sourceFeatureStart', 'sourceFeatureIds'),
    dateKeys: dates.map(([k]) => k),
    ...flatten(
      dates.map(([, v]) => v),
      'dateStart',
      'dateSentences',
    ),
    acronyms: [...acronyms],
    stemOrder,
    words: [...wordCounts.keys()],
    wordCounts: Int32Array.from(wordCounts.values()),
    vocabularyWords: vocabularyWordList,
    vocabularyStems: vocabularyWordList.map(stem),
  };
}

/** The features of each source's title and section headings, in the order of data.sources. */
function headingFeatures(data: FactStoreData): Array<Set<string>> {
  const headings = new Map(data.sources.map((s) => [s.id, new Set<string>([s.title])]));
  for (const s of data.sentences) if (s.heading) headings.get(s.sourceId)?.add(s.heading);
  return data.sources.map((source) => {
    const set = new Set<string>();
    for (const h of headings.get(source.id) ?? []) for (const f of featuresOf(tokenize(h)).keys()) set.add(f);
    return set;
  });
}

/** The tokens of each indexed sentence, one at a time: the role-holder pass reads them before the index does. */
function* tokenStreams(data: FactStoreData, sourceIds: ReadonlySet<string>): Generator<Token[]> {
  for (const sentence of data.sentences) if (sourceIds.has(sentence.sourceId)) yield tokenize(sentence.text);
}

/** Sentence-major entries to feature-major postings (a counting sort: sentences stay ascending in each list). */
function transpose(
  featureCount: number,
  sentenceEntryStart: Int32Array,
  entryFeature: Int32Array,
  entryPositionCount: Int32Array,
  entryPositions: Int32Array,
): Pick<IndexTables, 'postingStart' | 'postingSentences' | 'positionStart' | 'positions'> {
  const entries = entryFeature.length;
  const postingStart = new Int32Array(featureCount + 1);
  for (let e = 0; e < entries; e++) {
    const f = (entryFeature[e] as number) + 1;
    postingStart[f] = (postingStart[f] as number) + 1;
  }
  for (let f = 0; f < featureCount; f++)
    postingStart[f + 1] = (postingStart[f + 1] as number) + (postingStart[f] as number);
  const slotOf = new Int32Array(entries);
  const next = postingStart.slice(0, featureCount);
  for (let e = 0; e < entries; e++) {
    const f = entryFeature[e] as number;
    slotOf[e] = next[f] as number;
    next[f] = (next[f] as number) + 1;
  }
  const postingSentences = new Int32Array(entries);
  const countOfSlot = new Int32Array(entries);
  const entryPositionStart = new Int32Array(entries);
  for (let n = 0, p = 0; n < sentenceEntryStart.length - 1; n++) {
    for (let e = sentenceEntryStart[n] as number; e < (sentenceEntryStart[n + 1] as number); e++) {
      postingSentences[slotOf[e] as number] = n;
      countOfSlot[slotOf[e] as number] = entryPositionCount[e] as number;
      entryPositionStart[e] = p;
      p += entryPositionCount[e] as number;
    }
  }
  const positionStart = new Int32Array(entries + 1);
  for (let k = 0; k < entries; k++) positionStart[k + 1] = (positionStart[k] as number) + (countOfSlot[k] as number);
  const positions = new Int32Array(entryPositions.length);
  for (let e = 0; e < entries; e++) {
    const from = entryPositionStart[e] as number;
    positions.set(
      entryPositions.subarray(from, from + (entryPositionCount[e] as number)),
      positionStart[slotOf[e] as number] as number,
    );
  }
  return { postingStart, postingSentences, positionStart, positions };
}

function flatten<S extends string, V extends string>(
  lists: number[][],
  start: S,
  values: V,
): Record<S | V, Int32Array> {
  const starts = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => {
    starts[i + 1] = (starts[i] as number) + l.length;
  });
  const flat = new Int32Array(starts[lists.length] as number);
  lists.forEach((l, i) => {
    flat.set(l, starts[i] as number);
  });
  return { [start]: starts, [values]: flat } as Record<S | V, Int32Array>;
}

/** An Int32Array that grows as values are pushed (doubling), so building never holds millions of boxed numbers. */
class GrowableInt32 {
  private buffer = new Int32Array(1024);
  length = 0;

  push(v: number): void {
    if (this.length === this.buffer.length) {
      const bigger = new Int32Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[this.length++] = v;
  }

  done(): Int32Array {
    return this.buffer.slice(0, this.length);
  }
}
