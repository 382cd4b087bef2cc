/**
 * A lean store opened without decoding it all: the sentences are decoded at once (the index and every
 * command walk them), an annotation the first time its sentence id is read, and the facts the first
 * time `facts` is read. At a thousand documents decoding everything took most of the start-up, and a
 * question reads the annotations of a few dozen sentences and no fact.
 *
 * What it gives is equal to decodeStore's, key order included (test/knowledge/store/lazy-store.test.ts);
 * it is read-only, as a loaded store is: writing an annotation throws.
 */
import type { Fact, FactStoreData, SentenceAnnotation } from '../types.ts';
import { type LeanStore, leanRows } from './lean-format.ts';

export function decodeStoreLazily(lean: LeanStore): FactStoreData {
  const rows = leanRows(lean);
  const { sentences } = rows;
  const numberOf = sentenceNumbers(lean);
  const decoded: Array<SentenceAnnotation | undefined> = new Array(sentences.length);
  const annotationAt = (n: number): SentenceAnnotation => {
    let a = decoded[n];
    if (!a) {
      a = rows.annotation(n);
      decoded[n] = a;
    }
    return a;
  };
  const annotations = new Proxy({} as Record<string, SentenceAnnotation>, {
    get: (_, key) => {
      const n = typeof key === 'string' ? numberOf(key) : -1;
      return n < 0 ? undefined : annotationAt(n);
    },
    has: (_, key) => typeof key === 'string' && numberOf(key) >= 0,
    ownKeys: () => sentences.map((s) => s.id),
    getOwnPropertyDescriptor: (_, key) => {
      const n = typeof key === 'string' ? numberOf(key) : -1;
      return n < 0 ? undefined : { value: annotationAt(n), writable: false, enumerable: true, configurable: true };
    },
    set: () => {
      throw new TypeError('a loaded fact store is read-only: its annotations cannot be changed');
    },
    defineProperty: () => {
      throw new TypeError('a loaded fact store is read-only: its annotations cannot be changed');
    },
    deleteProperty: () => {
      throw new TypeError('a loaded fact store is read-only: its annotations cannot be changed');
    },
  });

  let facts: Fact[] | undefined;
  let factRows: LeanStore['facts'] | undefined = lean.facts;
  const data = {
    schemaVersion: lean.schemaVersion,
    sourcesDigest: lean.sourcesDigest,
    sources: lean.sources,
    texts: lean.texts,
    sentences,
    entities: lean.entities,
    get facts(): Fact[] {
      if (!facts) {
        const annotationOf = (id: string) => annotations[id] as SentenceAnnotation;
        facts = (factRows ?? []).map((row) => rows.fact(row, annotationOf));
        // The rows are not needed once decoded.
        factRows = undefined;
      }
      return facts;
    },
    annotations,
  };
  return data;
}

/** Position in the store of a sentence id (`${sourceId}#${index}`), -1 when there is no such sentence. */
function sentenceNumbers(lean: LeanStore): (id: string) => number {
  const firstOf = new Map<string, { first: number; count: number }>();
  let first = 0;
  lean.sources.forEach((source, k) => {
    const count = lean.sentenceCounts[k] ?? 0;
    firstOf.set(source.id, { first, count });
    first += count;
  });
  return (id) => {
    const hash = id.lastIndexOf('#');
    if (hash < 0) return -1;
    const source = firstOf.get(id.slice(0, hash));
    const digits = id.slice(hash + 1);
    if (!source || !/^(0|[1-9]\d*)$/.test(digits)) return -1;
    const index = Number(digits);
    return index < source.count ? source.first + index : -1;
  };
}
