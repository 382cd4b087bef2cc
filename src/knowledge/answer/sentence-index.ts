/**
 * What the answering core knows about each sentence: its features (sentence-features.ts), postings
 * from each feature to the sentences that have it, and what a sentence says of itself (ordinals, a
 * hedge, its neighbours). Served from the flat tables of index-tables.ts, built from the store or
 * read from the index cache; a question is matched by the same features.
 *
 * A sentence's tokens are not kept: the few sentences a question looks at closely are tokenised
 * again on demand (the same tokenize, so the same tokens), and kept while that question is answered.
 */
import { type Token, tokenize } from '../text/tokens.ts';
import type { FactStoreData, Sentence, SentenceAnnotation, SourceMeta } from '../types.ts';
import { buildIndexTables, type IndexTables } from './index-tables.ts';
import { RecentCache } from './recent-cache.ts';

export {
  addAcronymFeatures,
  COUNTRY_CLASS,
  dateKeys,
  featuresOf,
  findAcronyms,
  isContentToken,
  nameKeyOf,
} from './sentence-features.ts';

export interface IndexedSentence {
  /** Position in SentenceIndex.sentences. */
  readonly n: number;
  readonly sentence: Sentence;
  readonly annotation: SentenceAnnotation;
  readonly source: SourceMeta;
  readonly tokens: Token[];
  /** tokens.length, without tokenising. */
  readonly tokenCount: number;
  /** Feature → token positions where it occurs. */
  readonly features: FeatureLookup;
  /** The sentence before it in the same source, if any. */
  readonly previous?: number;
  /** The sentence after it in the same source, if any. */
  readonly next?: number;
  /** Ordinal numbers it uses ("the second round", "16-е заседание"). */
  readonly ordinals: number[];
  /** It reports a plan, a possibility or a report of one, not a done event ("may visit", "планирует"). */
  readonly hedged: boolean;
}

/** Whether ingest found a person's name in the sentence. */
export function namesPerson(entry: IndexedSentence): boolean {
  return entry.annotation.entities.some((id) => id.startsWith('person:'));
}

export interface FeatureLookup {
  /** Token positions of the feature in the sentence (a fresh array), or undefined when it has none. */
  get(feature: string): number[] | undefined;
  has(feature: string): boolean;
}

export interface Postings {
  /** The sentences having the feature, ascending. */
  get(feature: string): Int32Array | undefined;
  has(feature: string): boolean;
}

/**
 * The same lookups by integer feature id and posting slot, for the ranking's inner loop: thousands of
 * candidates a question, each tried against every question feature, without a string hash or a fresh
 * array per try.
 */
export interface FeatureIds {
  /** The id of a feature some sentence has, or -1. */
  of(feature: string): number;
  /** Where sentence n stands in the postings of feature `id` (a slot), or -1 when it lacks the feature. */
  slot(id: number, n: number): number;
  /** The sentences having feature `id`, ascending: the i-th of them is at slot firstSlot(id) + i. */
  sentences(id: number): Int32Array;
  /** How many sentences have feature `id` (sentences(id).length, without a view of them). */
  count(id: number): number;
  firstSlot(id: number): number;
  /** How many token positions the slot has. */
  positionCount(slot: number): number;
  /** The token positions of the slot (a fresh array: what FeatureLookup.get gives for it). */
  positions(slot: number): number[];
}

/**
 * What IndexedSentence gives as numbers, by sentence number: for the ranking's loops over thousands of
 * sentences a question, which would otherwise reach each through its object and a getter.
 */
export interface SentenceColumns {
  /** IndexedSentence.next, -1 for none. */
  readonly next: Int32Array;
  /**
   * The first sentence of its paragraph for the third to the fifth sentence of it, -1 otherwise: a post
   * or a paragraph says its subject first ("В Порт-Судане подписано соглашение …"), and what follows tells
   * more of it ("С суданской стороны документ подписал министр …"). The second sentence has the first as
   * its sentence before already; past the fifth, a paragraph has moved on.
   */
  readonly lead: Int32Array;
  readonly tokenCounts: Int32Array;
  /** 1 for a hedged sentence. */
  readonly hedged: Uint8Array;
  /** The number of its source in data.sources (and in sourceFeatures, which follows it), -1 for none. */
  readonly source: Int32Array;
  /** IndexedSentence.ordinals of sentence n: ordinals[ordinalStart[n] .. ordinalStart[n + 1]). */
  readonly ordinalStart: Int32Array;
  readonly ordinals: Int32Array;
}

export interface SentenceIndex {
  sentences: IndexedSentence[];
  columns: SentenceColumns;
  postings: Postings;
  featureIds: FeatureIds;
  /** Inverse document frequency of each feature, over sentences. */
  idf(feature: string): number;
  /** Features of each source's title and headings: what a whole document is about. */
  sourceFeatures: Map<string, Set<string>>;
  /** Sentences by the months their dates (own or carried) fall in, "2026-4"; and by year, "2026". */
  byDate: Map<string, number[]>;
  /** Every name key feature ("k:...") of the documents, for near matches of misspelt names. */
  nameKeys: string[];
  /** Stem features ("s:...") of the documents that start with the given one, itself included. */
  stemsStartingWith(prefix: string): string[];
  /** Abbreviations the documents define ("Northern Rail Logistics (NRL)"): the features of the full name. */
  acronyms: Map<string, string[]>;
  /** How many times each word (token norm) occurs in the sentences, first met first. */
  wordCounts: ReadonlyMap<string, number>;
  /**
   * Sentence n's annotation decoded afresh and not kept, for a reader that reads each sentence once
   * (ranking's traits): IndexedSentence.annotation keeps what it decodes for the question.
   */
  readAnnotation(n: number): SentenceAnnotation;
  /** A new question begins: the tokens and annotations kept for the one before last are let go. */
  nextQuestion(): void;
}

/** Builds the index from the store: every sentence tokenised and matched (seconds at a thousand documents). */
export function buildSentenceIndex(data: FactStoreData): SentenceIndex {
  return sentenceIndexFrom(data, buildIndexTables(data));
}

/**
 * Tokenised sentences kept for a question (recent-cache.ts): it looks closely at its best 40 or so,
 * and composing its answer reads their tokens many times.
 */
const TOKEN_CACHE_SIZE = 512;
/**
 * Annotations kept decoded for a question: the store decodes one at each read (store/lazy-store.ts),
 * and composing an answer reads those of its best sentences many times. Ranking reads thousands once,
 * through readAnnotation, into the traits it keeps (retrieve.ts): they are not kept here.
 */
const ANNOTATION_CACHE_SIZE = 1024;

const NO_ANNOTATION: SentenceAnnotation = Object.freeze({ entities: [], dates: [], counts: [], concepts: [] });

/** The index over tables built for (or read back for) this store. */
export function sentenceIndexFrom(data: FactStoreData, tables: IndexTables): SentenceIndex {
  const view = new TableView(data, tables);
  const sentences: IndexedSentence[] = new Array(tables.dataIndex.length);
  for (let n = 0; n < sentences.length; n++) sentences[n] = new TableSentence(n, view);
  const { features, postedCount } = tables;
  const total = Math.max(1, sentences.length);
  const idfCache = new Map<string, number>();
  const idf = (feature: string) => {
    let v = idfCache.get(feature);
    if (v === undefined) {
      const df = view.postingsOf(feature)?.length ?? 0;
      v = Math.log(1 + (total - df + 0.5) / (df + 0.5));
      idfCache.set(feature, v);
    }
    return v;
  };
  const sourceFeatures = new Map<string, Set<string>>();
  data.sources.forEach((source, i) => {
    const ids = tables.sourceFeatureIds.subarray(
      tables.sourceFeatureStart[i] as number,
      tables.sourceFeatureStart[i + 1] as number,
    );
    sourceFeatures.set(source.id, new Set(Array.from(ids, (id) => features[id] as string)));
  });
  const byDate = new Map<string, number[]>();
  tables.dateKeys.forEach((key, d) => {
    byDate.set(
      key,
      Array.from(tables.dateSentences.subarray(tables.dateStart[d] as number, tables.dateStart[d + 1] as number)),
    );
  });
  const nameKeys = features.slice(0, postedCount).filter((f) => f.startsWith('k:'));
  const stems = Array.from(tables.stemOrder, (id) => features[id] as string);
  const stemsStartingWith = (prefix: string) => {
    let lo = 0;
    let hi = stems.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((stems[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < stems.length && (stems[i] as string).startsWith(prefix); i++) out.push(stems[i] as string);
    return out;
  };
  const wordCounts = new Map<string, number>();
  tables.words.forEach((w, i) => {
    wordCounts.set(w, tables.wordCounts[i] as number);
  });
  return {
    sentences,
    columns: {
      next: view.next,
      lead: view.lead,
      tokenCounts: tables.tokenCounts,
      hedged: tables.hedged,
      source: view.sourceAt,
      ordinalStart: tables.ordinalStart,
      ordinals: tables.ordinals,
    },
    postings: { get: (f) => view.postingsOf(f), has: (f) => view.postingsOf(f) !== undefined },
    featureIds: {
      of: (f) => view.ids.get(f) ?? -1,
      slot: (id, n) => view.slotOf(id, n),
      sentences: (id) =>
        tables.postingSentences.subarray(tables.postingStart[id] as number, tables.postingStart[id + 1] as number),
      count: (id) => (tables.postingStart[id + 1] as number) - (tables.postingStart[id] as number),
      firstSlot: (id) => tables.postingStart[id] as number,
      positionCount: (slot) => (tables.positionStart[slot + 1] as number) - (tables.positionStart[slot] as number),
      positions: (slot) => view.positionsAt(slot),
    },
    idf,
    sourceFeatures,
    byDate,
    nameKeys,
    stemsStartingWith,
    acronyms: new Map(tables.acronyms),
    wordCounts,
    readAnnotation: (n) => view.readAnnotation(n),
    nextQuestion: () => view.nextQuestion(),
  };
}

/** How many sentences back (the fifth sentence of a paragraph is four) its first is still what a sentence tells more of. */
const MAX_LEAD_DISTANCE = 4;

/** The tables with what is derived from them at load: feature ids by string, neighbours, the token cache. */
class TableView {
  readonly ids = new Map<string, number>();
  readonly previous: Int32Array;
  readonly next: Int32Array;
  readonly lead: Int32Array;
  readonly sourceAt: Int32Array;
  private readonly tokenCache = new RecentCache<number, Token[]>(TOKEN_CACHE_SIZE);
  private readonly annotations = new RecentCache<number, SentenceAnnotation>(ANNOTATION_CACHE_SIZE);

  constructor(
    readonly data: FactStoreData,
    readonly tables: IndexTables,
  ) {
    tables.features.forEach((f, id) => {
      if (id < tables.postedCount) this.ids.set(f, id);
    });
    const count = tables.dataIndex.length;
    this.previous = new Int32Array(count).fill(-1);
    this.next = new Int32Array(count).fill(-1);
    this.lead = new Int32Array(count).fill(-1);
    this.sourceAt = new Int32Array(count);
    const sourceNo = new Map(data.sources.map((s, i) => [s.id, i]));
    const lastOfSource = new Map<string, number>();
    // Of each source's paragraph so far: its first sentence and how many sentences it has had.
    const paragraphOf = new Map<string, { paragraph: number; first: number; seen: number }>();
    for (let n = 0; n < count; n++) {
      const { sourceId, paragraph } = this.sentence(n);
      this.sourceAt[n] = sourceNo.get(sourceId) ?? -1;
      const previous = lastOfSource.get(sourceId);
      if (previous !== undefined) {
        this.previous[n] = previous;
        this.next[previous] = n;
      }
      lastOfSource.set(sourceId, n);
      const open = paragraphOf.get(sourceId);
      if (open && open.paragraph === paragraph) {
        open.seen++;
        if (open.seen >= 3 && open.seen <= MAX_LEAD_DISTANCE + 1) this.lead[n] = open.first;
      } else paragraphOf.set(sourceId, { paragraph, first: n, seen: 1 });
    }
  }

  sentence(n: number): Sentence {
    return this.data.sentences[this.tables.dataIndex[n] as number] as Sentence;
  }

  annotation(n: number): SentenceAnnotation {
    return this.annotations.get(n, () => this.readAnnotation(n));
  }

  readAnnotation(n: number): SentenceAnnotation {
    return this.data.annotations[this.sentence(n).id] ?? NO_ANNOTATION;
  }

  nextQuestion(): void {
    this.tokenCache.nextQuestion();
    this.annotations.nextQuestion();
  }

  postingsOf(feature: string): Int32Array | undefined {
    const id = this.ids.get(feature);
    if (id === undefined) return undefined;
    const { postingStart, postingSentences } = this.tables;
    return postingSentences.subarray(postingStart[id] as number, postingStart[id + 1] as number);
  }

  positionsOf(n: number, feature: string): number[] | undefined {
    const id = this.ids.get(feature);
    if (id === undefined) return undefined;
    const slot = this.slotOf(id, n);
    return slot < 0 ? undefined : this.positionsAt(slot);
  }

  slotOf(id: number, n: number): number {
    const { postingStart, postingSentences } = this.tables;
    let lo = postingStart[id] as number;
    let hi = postingStart[id + 1] as number;
    const end = hi;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((postingSentences[mid] as number) < n) lo = mid + 1;
      else hi = mid;
    }
    return lo === end || postingSentences[lo] !== n ? -1 : lo;
  }

  positionsAt(slot: number): number[] {
    const { positionStart, positions } = this.tables;
    const from = positionStart[slot] as number;
    const out = new Array<number>((positionStart[slot + 1] as number) - from);
    for (let i = 0; i < out.length; i++) out[i] = positions[from + i] as number;
    return out;
  }

  tokens(n: number): Token[] {
    return this.tokenCache.get(n, () => tokenize(this.sentence(n).text));
  }
}

class TableSentence implements IndexedSentence {
  constructor(
    readonly n: number,
    private readonly view: TableView,
  ) {}

  get sentence(): Sentence {
    return this.view.sentence(this.n);
  }

  get annotation(): SentenceAnnotation {
    return this.view.annotation(this.n);
  }

  get source(): SourceMeta {
    return this.view.data.sources[this.view.sourceAt[this.n] as number] as SourceMeta;
  }

  get tokens(): Token[] {
    return this.view.tokens(this.n);
  }

  get tokenCount(): number {
    return this.view.tables.tokenCounts[this.n] as number;
  }

  /** A fresh lookup each time, not kept: kept, one would stay for every sentence a question ever reached. */
  get features(): FeatureLookup {
    const { n, view } = this;
    return {
      get: (f) => view.positionsOf(n, f),
      has: (f) => view.positionsOf(n, f) !== undefined,
    };
  }

  get previous(): number | undefined {
    const p = this.view.previous[this.n] as number;
    return p < 0 ? undefined : p;
  }

  get next(): number | undefined {
    const p = this.view.next[this.n] as number;
    return p < 0 ? undefined : p;
  }

  get ordinals(): number[] {
    const { ordinalStart, ordinals } = this.view.tables;
    return Array.from(ordinals.subarray(ordinalStart[this.n] as number, ordinalStart[this.n + 1] as number));
  }

  get hedged(): boolean {
    return this.view.tables.hedged[this.n] === 1;
  }
}
