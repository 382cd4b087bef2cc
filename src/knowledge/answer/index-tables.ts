/**
 * Everything the sentence index derives from a fact store, as flat tables: strings once, numbers in
 * typed arrays. Building them tokenises, lemmatises and matches every sentence against the
 * vocabulary (seconds at a thousand documents); the tables can then be written to a binary cache
 * (index-cache.ts) and read back without any of that, and sentence-index.ts answers queries from them.
 *
 * Feature ids are given in the order features are first met, sentence by sentence, so postings,
 * name keys and the other lists come out in the order the old map-based index had them.
 */
import { wordsStemmedBeforeReading } from '../lexicon/remembered-words.ts';
import { vocabularyTermWords } from '../lexicon/vocabulary.ts';
import { stem, tokenize } from '../text/tokens.ts';
import type { FactStoreData, Sentence } from '../types.ts';
import { type DocumentIndexPart, DocumentIndexBuilder, GrowableInt32 } from './index-parts.ts';
import { dateKeys, featuresOf, findAcronyms, type RoleHolders } from './sentence-features.ts';

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
  /**
   * The vocabulary's words and the given names (wordsStemmedBeforeReading) and their stems, so a start-up
   * builds the vocabulary and reads names without lemmatising them.
   */
  vocabularyWords: string[];
  vocabularyStems: string[];
  /** The words of the vocabulary's terms as numbers into vocabularyWords (lexicon/vocabulary.ts TermWords), so a start-up does not tokenise them. */
  vocabularyTermStart: Int32Array;
  vocabularyTermWords: Int32Array;
}

/** The tables of a store's sentences, tokenising each one (a store read without its cache). */
export function buildIndexTables(data: FactStoreData): IndexTables {
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const tables = new IndexTablesBuilder();
  // A document's sentences are a run of one source in the store's order.
  for (let from = 0, to = 0; from < data.sentences.length; from = to) {
    const sourceId = (data.sentences[from] as Sentence).sourceId;
    while (to < data.sentences.length && (data.sentences[to] as Sentence).sourceId === sourceId) to++;
    const run = data.sentences.slice(from, to);
    if (!sourceIds.has(sourceId)) {
      // Not indexed (its source is not in the store), but an abbreviation it defines counts.
      tables.addAcronyms(findAcronyms(run.map((s) => s.text)));
      continue;
    }
    const part = new DocumentIndexBuilder();
    for (const s of run) part.add(s.text, tokenize(s.text), data.annotations[s.id]?.dates);
    tables.add(part.done(), from);
  }
  return tables.finish(data);
}

/** What IndexTablesBuilder keeps of a part until finish(): numbers only. */
type KeptPart = Omit<
  DocumentIndexPart,
  'features' | 'words' | 'acronyms' | 'holders' | 'abbreviationNorm' | 'nameKey'
> & {
  /** abbreviationNorm and nameKey as numbers (IndexTablesBuilder.words). */
  abbreviationWord: Int32Array;
  nameKeyWord: Int32Array;
};

/**
 * The index tables put together from the documents' parts (index-parts.ts), given in the store's order.
 * A part's features are numbered as first received; the ids of the tables, first met first with the
 * features abbreviations and role holders add, are given in finish(), when every document has defined
 * its abbreviations and titled its names.
 */
export class IndexTablesBuilder {
  /** Every feature received, numbered as first received. */
  private readonly received = new Map<string, number>();
  private readonly receivedFeatures: string[] = [];
  private parts: Array<{ part: KeptPart; first: number } | undefined> = [];
  /** Abbreviation candidates' words and names' keys, numbered: a part keeps numbers, not strings. */
  private readonly words = new Map<string, number>();
  private readonly acronyms = new Map<string, string[]>();
  private readonly holders: RoleHolders = new Map();
  private readonly wordCounts = new Map<string, number>();

  /** The next document's part; `first` is the position of its first sentence in data.sentences. */
  add(part: DocumentIndexPart, first: number): void {
    const { entryFeature, features, words, wordCounts } = part;
    // Each of the document's features is looked up once, not once per sentence it is in: the list is in
    // the order its entries first meet them, so features new here are numbered in that order as before.
    const received = new Int32Array(features.length);
    for (let f = 0; f < features.length; f++) received[f] = this.receive(features[f] as string);
    for (let e = 0; e < entryFeature.length; e++) entryFeature[e] = received[entryFeature[e] as number] as number;
    words.forEach((w, i) => {
      this.wordCounts.set(w, (this.wordCounts.get(w) ?? 0) + (wordCounts[i] as number));
    });
    this.addAcronyms(part.acronyms);
    for (const [key, roles] of part.holders) {
      const set = this.holders.get(key);
      if (set) for (const r of roles) set.add(r);
      else this.holders.set(key, new Set(roles));
    }
    // The strings are merged above; what is kept is numbers.
    const { features: _f, words: _w, acronyms: _a, holders: _h, abbreviationNorm, nameKey, ...numbers } = part;
    this.parts.push({
      part: { ...numbers, abbreviationWord: this.numbered(abbreviationNorm), nameKeyWord: this.numbered(nameKey) },
      first,
    });
  }

  private numbered(words: readonly string[]): Int32Array {
    const out = new Int32Array(words.length);
    words.forEach((w, i) => {
      let n = this.words.get(w);
      if (n === undefined) {
        n = this.words.size;
        this.words.set(w, n);
      }
      out[i] = n;
    });
    return out;
  }

  /** Abbreviations defined by sentences before those of the next part: the first definition stands. */
  addAcronyms(found: Iterable<[string, string[]]>): void {
    for (const [short, features] of found) if (!this.acronyms.has(short)) this.acronyms.set(short, features);
  }

  finish(data: FactStoreData): IndexTables {
    // By word number: the features an abbreviation candidate adds, and those a name's key adds.
    const acronymFeatures: Array<number[] | undefined> = [];
    for (const [short, fs] of this.acronyms) {
      const n = this.words.get(short);
      if (n !== undefined) acronymFeatures[n] = fs.map((f) => this.receive(f));
    }
    const roleFeatures: Array<number[] | undefined> = [];
    for (const [key, roles] of this.holders) {
      const n = this.words.get(key);
      if (n !== undefined) roleFeatures[n] = [...roles].map((r) => this.receive(r));
    }
    let entries = 0;
    let positionCount = 0;
    let sentences = 0;
    for (const kept of this.parts) {
      entries += kept?.part.entryFeature.length ?? 0;
      positionCount += kept?.part.entryPositions.length ?? 0;
      sentences += kept?.part.tokenCounts.length ?? 0;
    }
    // Ids first met first, sentence by sentence.
    const features: string[] = [];
    const idOfReceived: number[] = [];
    const idOf = (r: number) => {
      let id = idOfReceived[r];
      if (id === undefined) {
        id = features.length;
        features.push(this.receivedFeatures[r] as string);
        idOfReceived[r] = id;
      }
      return id;
    };
    // Sized for what the parts hold (abbreviations and roles add a little more).
    const entryFeature = new GrowableInt32(entries + 1024);
    const entryPositionCount = new GrowableInt32(entries + 1024);
    const entryPositions = new GrowableInt32(positionCount + 1024);
    const sentenceEntryStart = new GrowableInt32(sentences + 1);
    const dataIndex = new GrowableInt32(sentences);
    const tokenCounts = new GrowableInt32(sentences);
    const hedged = new GrowableInt32(sentences);
    const ordinalStart = new GrowableInt32(sentences + 1);
    const ordinals = new GrowableInt32();
    // The positions are `count` of `positions` from `from`: no view or copy made per entry.
    const emit = (feature: number, positions: ArrayLike<number>, from = 0, count = positions.length) => {
      entryFeature.push(idOf(feature));
      entryPositionCount.push(count);
      for (let k = from; k < from + count; k++) entryPositions.push(positions[k] as number);
    };
    const parts = this.parts;
    this.parts = [];
    for (let k = 0; k < parts.length; k++) {
      const { part: p, first } = parts[k] as { part: KeptPart; first: number };
      // Each part is let go of once its sentences are in.
      parts[k] = undefined;
      let position = 0;
      for (let s = 0; s < p.tokenCounts.length; s++) {
        sentenceEntryStart.push(entryFeature.length);
        const from = p.entryStart[s] as number;
        const to = p.entryStart[s + 1] as number;
        const added = this.additions(p, s, acronymFeatures, roleFeatures);
        if (added === undefined) {
          for (let e = from; e < to; e++) {
            const count = p.entryPositionCount[e] as number;
            emit(p.entryFeature[e] as number, p.entryPositions, position, count);
            position += count;
          }
        } else {
          // As addAcronymFeatures and then addRoleHolderFeatures add to the sentence's feature map.
          const map = new Map<number, number[]>();
          for (let e = from; e < to; e++) {
            const count = p.entryPositionCount[e] as number;
            map.set(p.entryFeature[e] as number, Array.from(p.entryPositions.subarray(position, position + count)));
            position += count;
          }
          for (const [at, fs] of added.acronyms)
            for (const f of fs) {
              const list = map.get(f);
              if (list) list.push(at);
              else map.set(f, [at]);
            }
          for (const [at, roles] of added.roles)
            for (const r of roles) {
              const list = map.get(r);
              if (!list) map.set(r, [at]);
              else if (!list.includes(at)) list.push(at);
            }
          for (const [f, at] of map) emit(f, at);
        }
        dataIndex.push(first + s);
        tokenCounts.push(p.tokenCounts[s] as number);
        hedged.push(p.hedged[s] as number);
        ordinalStart.push(ordinals.length);
        for (let k = p.ordinalStart[s] as number; k < (p.ordinalStart[s + 1] as number); k++)
          ordinals.push(p.ordinals[k] as number);
      }
    }
    sentenceEntryStart.push(entryFeature.length);
    ordinalStart.push(ordinals.length);
    const postedCount = features.length;
    const postings = transpose(
      postedCount,
      sentenceEntryStart.view(),
      entryFeature.view(),
      entryPositionCount.view(),
      entryPositions.view(),
    );
    const indexed = dataIndex.done();
    const sourceFeatures = headingFeatures(data).map((set) => [...set].map((f) => idOf(this.receive(f))));
    const stemOrder = Int32Array.from(
      features
        .slice(0, postedCount)
        .map((f, id) => [f, id] as const)
        .filter(([f]) => f.startsWith('s:'))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, id]) => id),
    );
    const dates = [...datesOf(data, indexed)];
    const vocabularyWordList = wordsStemmedBeforeReading();
    const termWords = vocabularyTermWords(vocabularyWordList);
    return {
      dataIndex: indexed,
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
      acronyms: [...this.acronyms],
      stemOrder,
      words: [...this.wordCounts.keys()],
      wordCounts: Int32Array.from(this.wordCounts.values()),
      vocabularyWords: vocabularyWordList,
      vocabularyStems: vocabularyWordList.map(stem),
      vocabularyTermStart: termWords.start,
      vocabularyTermWords: termWords.wordIds,
    };
  }

  private receive(f: string): number {
    let r = this.received.get(f);
    if (r === undefined) {
      r = this.receivedFeatures.length;
      this.receivedFeatures.push(f);
      this.received.set(f, r);
    }
    return r;
  }

  /** What the abbreviations and role holders of all documents add to sentence s of a part (its tokens' positions and the features), or nothing. */
  private additions(
    p: KeptPart,
    s: number,
    acronymFeatures: ReadonlyArray<number[] | undefined>,
    roleFeatures: ReadonlyArray<number[] | undefined>,
  ): { acronyms: Array<[number, number[]]>; roles: Array<[number, number[]]> } | undefined {
    let acronyms: Array<[number, number[]]> | undefined;
    let roles: Array<[number, number[]]> | undefined;
    for (let k = p.abbreviationStart[s] as number; k < (p.abbreviationStart[s + 1] as number); k++) {
      const fs = acronymFeatures[p.abbreviationWord[k] as number];
      if (!fs?.length) continue;
      acronyms ??= [];
      acronyms.push([p.abbreviationAt[k] as number, fs]);
    }
    for (let k = p.nameStart[s] as number; k < (p.nameStart[s + 1] as number); k++) {
      const rs = roleFeatures[p.nameKeyWord[k] as number];
      if (!rs?.length) continue;
      roles ??= [];
      roles.push([p.nameAt[k] as number, rs]);
    }
    return acronyms || roles ? { acronyms: acronyms ?? [], roles: roles ?? [] } : undefined;
  }
}

/** The month and year keys of the indexed sentences' dates, first met first, with the sentences (numbers in the index) of each. */
function datesOf(data: FactStoreData, indexed: Int32Array): Map<string, number[]> {
  const byDate = new Map<string, number[]>();
  indexed.forEach((i, n) => {
    const annotation = data.annotations[(data.sentences[i] as Sentence).id];
    if (!annotation || (annotation.dates.length === 0 && !annotation.date)) return;
    const dates = [...annotation.dates.map((d) => d.date), ...(annotation.date ? [annotation.date] : [])];
    for (const key of new Set(dates.flatMap(dateKeys))) {
      const list = byDate.get(key);
      if (list) list.push(n);
      else byDate.set(key, [n]);
    }
  });
  return byDate;
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
  // Entry e goes to slot next[f]++ of its feature: taken in the same order twice, once to place the
  // sentences and count the positions, once to place the positions (no table of slots by entry).
  const next = postingStart.slice(0, featureCount);
  const postingSentences = new Int32Array(entries);
  const positionStart = new Int32Array(entries + 1);
  for (let n = 0; n < sentenceEntryStart.length - 1; n++) {
    for (let e = sentenceEntryStart[n] as number; e < (sentenceEntryStart[n + 1] as number); e++) {
      const f = entryFeature[e] as number;
      const slot = next[f] as number;
      next[f] = slot + 1;
      postingSentences[slot] = n;
      positionStart[slot + 1] = entryPositionCount[e] as number;
    }
  }
  for (let k = 0; k < entries; k++)
    positionStart[k + 1] = (positionStart[k + 1] as number) + (positionStart[k] as number);
  next.set(postingStart.subarray(0, featureCount));
  const positions = new Int32Array(entryPositions.length);
  for (let e = 0, from = 0; e < entries; e++) {
    const f = entryFeature[e] as number;
    const slot = next[f] as number;
    next[f] = slot + 1;
    const count = entryPositionCount[e] as number;
    let to = positionStart[slot] as number;
    for (let k = from; k < from + count; k++) positions[to++] = entryPositions[k] as number;
    from += count;
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
