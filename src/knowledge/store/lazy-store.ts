/**
 * A lean store opened without decoding it all: the sentences are decoded at once (the index and every
 * command walk them), an annotation each time its sentence id is read, and the facts the first time
 * `facts` is read. At a thousand documents decoding everything took most of the start-up, and a
 * question reads the annotations of a few thousand sentences and no fact.
 *
 * Annotations are not kept once decoded: the rows stay as columns (annotation-columns.ts) and a read
 * decodes its row again, so the memory a process holds does not grow with the sentences its questions
 * have touched. A reader that reads one annotation often keeps it (answer/sentence-index.ts does, for
 * the few hundred a question looks at closely); two reads give equal objects, not the same one.
 *
 * What it gives is equal to decodeStore's, key order included (test/knowledge/store/lazy-store.test.ts);
 * it is read-only, as a loaded store is: writing an annotation throws.
 */
import type { Fact, FactStoreData, SentenceAnnotation } from '../types.ts';
import { type AnnotationRows, annotationColumns } from './annotation-columns.ts';
import { type LeanAnnotation, type LeanFact, type LeanHead, leanRows } from './lean-format.ts';

/** A lean store as the file store hands it over: the fact rows may still be unparsed. */
export interface LazyLeanStore extends LeanHead {
  annotations: LeanAnnotation[] | AnnotationRows;
  /** The fact rows, or how to get them: called once, the first time `facts` is read. */
  facts: LeanFact[] | (() => LeanFact[]);
}

export function decodeStoreLazily(lean: LazyLeanStore): FactStoreData {
  const columns = Array.isArray(lean.annotations) ? annotationColumns(lean.annotations) : lean.annotations;
  const rows = leanRows(lean, (i) => columns.row(i));
  const { sentences } = rows;
  const numberOf = sentenceNumbers(lean);
  const annotationAt = (n: number): SentenceAnnotation => rows.annotation(n);
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
  let factRows: LazyLeanStore['facts'] | undefined = lean.facts;
  const data = {
    schemaVersion: lean.schemaVersion,
    sourcesDigest: lean.sourcesDigest,
    sources: lean.sources,
    texts: lean.texts,
    sentences,
    entities: lean.entities,
    get facts(): Fact[] {
      if (!facts) {
        const list = typeof factRows === 'function' ? factRows() : (factRows ?? []);
        // One decoded annotation per sentence while the facts are decoded: a fact counting what its
        // sentence counts shares that list with the other facts of the sentence.
        const seen = new Map<string, SentenceAnnotation>();
        const annotationOf = (id: string) => {
          let a = seen.get(id);
          if (!a) {
            a = annotations[id] as SentenceAnnotation;
            seen.set(id, a);
          }
          return a;
        };
        facts = list.map((row) => rows.fact(row, annotationOf));
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
function sentenceNumbers(lean: LeanHead): (id: string) => number {
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
