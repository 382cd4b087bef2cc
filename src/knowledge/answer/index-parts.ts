/**
 * What one document gives the sentence index on its own, made from the tokens its sentences are
 * annotated with (ingest.ts, in a worker or on this thread): ingest tokenises each sentence once for
 * its annotations and its index features together. What needs every document (abbreviations defined
 * anywhere, the roles a name is titled with anywhere, feature ids in the order first met) is put
 * together by IndexTablesBuilder (index-tables.ts), in document order, so the tables are the same
 * whatever the number of workers, and the same as buildIndexTables makes from the store.
 */
import { MONTH_NAMES } from '../extract/months.ts';
import { ordinalsIn } from '../text/ordinals.ts';
import { remembered } from '../text/remembered.ts';
import type { Token } from '../text/tokens.ts';
import type { DateMention } from '../types.ts';
import {
  addRoleHolders,
  featuresAndConcepts,
  findAcronyms,
  isHedged,
  mayWriteAbbreviation,
  nameKeyOf,
  type RoleHolders,
} from './sentence-features.ts';

export interface DocumentIndexPart {
  /** This document's features, first met first: entryFeature holds positions in this list. */
  features: string[];
  /** Entries of sentence n (a feature and its token positions, as featuresOf lists them): [entryStart[n], entryStart[n + 1]). */
  entryStart: Int32Array;
  entryFeature: Int32Array;
  entryPositionCount: Int32Array;
  /** The positions of each entry, entry after entry. */
  entryPositions: Int32Array;
  tokenCounts: Int32Array;
  hedged: Uint8Array;
  /** Ordinals of sentence n: ordinals[ordinalStart[n] .. ordinalStart[n + 1]). */
  ordinalStart: Int32Array;
  ordinals: Int32Array;
  /** Token norms, first met first, and how many times each occurs. */
  words: string[];
  wordCounts: Int32Array;
  /** Abbreviations the document defines (findAcronyms), first first. */
  acronyms: Array<[string, string[]]>;
  /** Names the document titles with a role (findRoleHolders): name key, roles first met first. */
  holders: Array<[string, string[]]>;
  /**
   * Where an abbreviation defined in any document may add features (addAcronymFeatures): the tokens
   * of sentence n that may write one, [abbreviationStart[n], abbreviationStart[n + 1]) of
   * abbreviationAt (the token's position) and abbreviationNorm.
   */
  abbreviationStart: Int32Array;
  abbreviationAt: Int32Array;
  abbreviationNorm: string[];
  /**
   * Where a role given in any document may add features (addRoleHolderFeatures): the capitalised tokens
   * of sentence n whose name key is among its features, [nameStart[n], nameStart[n + 1]) of nameAt and nameKey.
   */
  nameStart: Int32Array;
  nameAt: Int32Array;
  nameKey: string[];
}

/** Builds a document's part, a sentence at a time, in the document's order. */
export class DocumentIndexBuilder {
  private readonly featureIds = new Map<string, number>();
  private readonly features: string[] = [];
  private readonly entryStart = spareGrowable();
  private readonly entryFeature = spareGrowable();
  private readonly entryPositionCount = spareGrowable();
  private readonly entryPositions = spareGrowable();
  private readonly tokenCounts = spareGrowable();
  private readonly hedged: number[] = [];
  private readonly ordinalStart = spareGrowable();
  private readonly ordinals = spareGrowable();
  private readonly wordCounts = new Map<string, number>();
  private readonly holders: RoleHolders = new Map();
  private readonly abbreviationStart = spareGrowable();
  private readonly abbreviationAt = spareGrowable();
  private readonly abbreviationNorm: string[] = [];
  private readonly nameStart = spareGrowable();
  private readonly nameAt = spareGrowable();
  private readonly nameKey: string[] = [];
  private readonly texts: string[] = [];

  /** The next sentence: its text, tokenize(text), and the dates found in it. */
  add(text: string, tokens: readonly Token[], dates: readonly DateMention[] = []): void {
    const { features: found, tokenConcepts } = featuresAndConcepts(tokens, 'document', text);
    addMonthFeatures(tokens, dates, found);
    this.entryStart.push(this.entryFeature.length);
    for (const [f, at] of found) {
      let id = this.featureIds.get(f);
      if (id === undefined) {
        id = this.features.length;
        this.features.push(f);
        this.featureIds.set(f, id);
      }
      this.entryFeature.push(id);
      this.entryPositionCount.push(at.length);
      for (const p of at) this.entryPositions.push(p);
    }
    this.abbreviationStart.push(this.abbreviationAt.length);
    this.nameStart.push(this.nameAt.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (mayWriteAbbreviation(t)) {
        this.abbreviationAt.push(i);
        this.abbreviationNorm.push(t.norm);
      }
      if (t.capitalized) {
        const key = nameKeyFeatureOf(t.norm);
        if (found.has(key.feature)) {
          this.nameAt.push(i);
          this.nameKey.push(key.key);
        }
      }
    }
    addRoleHolders(this.holders, tokens, tokenConcepts, text);
    this.tokenCounts.push(tokens.length);
    this.hedged.push(isHedged(text) ? 1 : 0);
    this.ordinalStart.push(this.ordinals.length);
    for (const o of ordinalsIn(tokens, text)) this.ordinals.push(o.value);
    for (const t of tokens) this.wordCounts.set(t.norm, (this.wordCounts.get(t.norm) ?? 0) + 1);
    this.texts.push(text);
  }

  done(): DocumentIndexPart {
    this.entryStart.push(this.entryFeature.length);
    this.ordinalStart.push(this.ordinals.length);
    this.abbreviationStart.push(this.abbreviationAt.length);
    this.nameStart.push(this.nameAt.length);
    const part: DocumentIndexPart = {
      features: this.features,
      entryStart: this.entryStart.done(),
      entryFeature: this.entryFeature.done(),
      entryPositionCount: this.entryPositionCount.done(),
      entryPositions: this.entryPositions.done(),
      tokenCounts: this.tokenCounts.done(),
      hedged: Uint8Array.from(this.hedged),
      ordinalStart: this.ordinalStart.done(),
      ordinals: this.ordinals.done(),
      words: [...this.wordCounts.keys()],
      wordCounts: Int32Array.from(this.wordCounts.values()),
      acronyms: [...findAcronyms(this.texts)],
      holders: [...this.holders].map(([key, roles]) => [key, [...roles]]),
      abbreviationStart: this.abbreviationStart.done(),
      abbreviationAt: this.abbreviationAt.done(),
      abbreviationNorm: this.abbreviationNorm,
      nameStart: this.nameStart.done(),
      nameAt: this.nameAt.done(),
      nameKey: this.nameKey,
    };
    // The part has copies of what was pushed: the buffers go to the next document's builder.
    for (const g of [
      this.entryStart,
      this.entryFeature,
      this.entryPositionCount,
      this.entryPositions,
      this.tokenCounts,
      this.ordinalStart,
      this.ordinals,
      this.abbreviationStart,
      this.abbreviationAt,
      this.nameStart,
      this.nameAt,
    ])
      if (spare.length < MAX_SPARE) spare.push(g);
    return part;
  }
}

/**
 * Growable arrays that a builder finished with, emptied for the next (done() copies out what was pushed):
 * a document's builder otherwise grows eleven arrays from 64 values by doubling, each doubling a new
 * typed array, for every document. Used no more by the builder that gave them back.
 */
const spare: GrowableInt32[] = [];
/** Enough for a few builders at once; past that they are let go of. */
const MAX_SPARE = 64;

function spareGrowable(): GrowableInt32 {
  const g = spare.pop();
  if (g === undefined) return new GrowableInt32();
  g.length = 0;
  return g;
}

/** A word's name key and its feature (`k:` and the key), by the word: made once, not per capitalised token. */
const nameKeyFeatures = new Map<string, { key: string; feature: string }>();

function nameKeyFeatureOf(norm: string): { key: string; feature: string } {
  return remembered(nameKeyFeatures, 200_000, norm, keyAndFeature);
}

function keyAndFeature(norm: string): { key: string; feature: string } {
  const key = nameKeyOf(norm);
  return { key, feature: `k:${key}` };
}

/** The buffers of a part's typed arrays: moved, not copied, when a worker sends the part. */
export function partBuffers(part: DocumentIndexPart): ArrayBuffer[] {
  return Object.values(part).flatMap((v) =>
    ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer ? [v.buffer] : [],
  );
}

/** An Int32Array that grows as values are pushed (doubling), so building never holds millions of boxed numbers. */
export class GrowableInt32 {
  private buffer: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    this.buffer = new Int32Array(Math.max(capacity, 1));
  }

  push(v: number): void {
    if (this.length === this.buffer.length) {
      const bigger = new Int32Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[this.length++] = v;
  }

  /** The values pushed, in an array of their own. */
  done(): Int32Array {
    return this.buffer.slice(0, this.length);
  }

  /** The values pushed, without a copy (for reading before more are pushed). */
  view(): Int32Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** The vocabulary's concept of each month, "c:gen_march", by month number − 1. */
const MONTH_CONCEPTS = MONTH_NAMES.en.map((m) => `c:gen_${m.toLowerCase()}`);

/**
 * A date says its month, however written: "last Thursday" of a report of 16 March, "14.01.2026" and
 * "14 января" all say March or January, so that "the March meeting", "мартовская встреча" reaches them.
 */
function addMonthFeatures(
  tokens: readonly Token[],
  dates: readonly DateMention[],
  features: Map<string, number[]>,
): void {
  for (const d of dates) {
    if (d.date.month === undefined) continue;
    const at = tokens.findIndex((t) => t.start >= d.start);
    if (at < 0 || (tokens[at] as Token).start >= d.end) continue;
    const month = MONTH_CONCEPTS[d.date.month - 1] as string;
    const list = features.get(month);
    if (!list) features.set(month, [at]);
    else if (!list.includes(at)) {
      list.push(at);
      list.sort((a, b) => a - b);
    }
  }
}
