import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/generate-corpus.ts';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { decodeStoreLazily } from '../../../src/knowledge/store/lazy-store.ts';
import { decodeStore, encodeStore, type LeanFact, type LeanStore } from '../../../src/knowledge/store/lean-format.ts';
import type { FactStoreData } from '../../../src/knowledge/types.ts';

const doc = (file: string, text: string) => ({ file, bytes: new TextEncoder().encode(text) });

/** Invented documents: dates carried over, counts shared with facts, a heading, both languages. */
const STORES: Array<[string, FactStoreData]> = [
  [
    'two invented documents',
    ingestDocuments([
      doc(
        'in/visit.txt',
        '# Визит\n\n21 июня 2025 года министр Ингвар Дальстрём прибыл в Тарск. В тот же день освобождены 14 человек.\n\nЕщё 3 человека освобождены позже.',
      ),
      doc(
        'in/talks.md',
        'On March 3, 2024, the envoy Marten Oskarsson met the mayor of Velgrad. They agreed to free 52 prisoners.\n\nThe talks may resume in May.',
      ),
    ]).data,
  ],
  ['a generated corpus of 12 documents', ingestDocuments(generateCorpus(12)).data],
  ['an empty store', ingestDocuments([]).data],
];

/** As the file store reads it: through JSON. */
const lean = (data: FactStoreData) => JSON.parse(JSON.stringify(encodeStore(data))) as LeanStore;

describe('a lazily decoded store', () => {
  it.each(STORES)('gives the same data as decoding it all, key order included: %s', (_, data) => {
    const eager = decodeStore(lean(data));
    const lazy = decodeStoreLazily(lean(data));
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
    expect(Object.keys(lazy.annotations)).toEqual(Object.keys(eager.annotations));
    expect(lazy.facts).toEqual(eager.facts);
  });

  it.each(STORES)('gives each annotation on its own, decoded afresh at each read, not kept: %s', (_, data) => {
    const eager = decodeStore(lean(data));
    const lazy = decodeStoreLazily(lean(data));
    for (const s of [...eager.sentences].reverse()) {
      expect(s.id in lazy.annotations).toBe(true);
      expect(lazy.annotations[s.id]).toEqual(eager.annotations[s.id]);
      expect(lazy.annotations[s.id]).not.toBe(lazy.annotations[s.id]);
    }
  });

  it('has no annotation for an id that names no sentence', () => {
    const lazy = decodeStoreLazily(lean((STORES[0] as [string, FactStoreData])[1]));
    const [first] = lazy.sentences;
    const source = first?.sourceId ?? '';
    for (const id of [`${source}#999`, `${source}#-1`, `${source}#01`, `${source}#1.5`, 'nowhere#0', source, '']) {
      expect(lazy.annotations[id]).toBeUndefined();
      expect(id in lazy.annotations).toBe(false);
    }
  });

  it('shares one counts list among the facts counting what their sentence counts, as decoding it all does', () => {
    const store = lean((STORES[0] as [string, FactStoreData])[1]);
    // A second fact on the sentence of a fact that counts what its sentence counts (counts stored as 0).
    const row = store.facts.find((f) => f[6] === 0);
    expect(row).toBeDefined();
    store.facts.push([`${(row as LeanFact)[0]}-twin`, ...(row as LeanFact).slice(1)] as LeanFact);
    const lists = (d: FactStoreData) => new Set(d.facts.map((f) => f.counts)).size;
    const eager = decodeStore(structuredClone(store));
    expect(lists(eager)).toBe(eager.facts.length - 1);
    expect(lists(decodeStoreLazily(store))).toBe(lists(eager));
  });

  it('decodes the facts only when they are read', () => {
    const lazy = decodeStoreLazily(lean((STORES[0] as [string, FactStoreData])[1]));
    expect(Object.getOwnPropertyDescriptor(lazy, 'facts')?.get).toBeTypeOf('function');
    expect(lazy.facts.length).toBeGreaterThan(0);
    expect(lazy.facts).toBe(lazy.facts);
  });

  it('refuses to change an annotation, as a loaded store is read-only', () => {
    const lazy = decodeStoreLazily(lean((STORES[0] as [string, FactStoreData])[1]));
    const id = lazy.sentences[0]?.id ?? '';
    expect(() => {
      lazy.annotations[id] = { entities: [], dates: [], counts: [], concepts: [] };
    }).toThrow(/read-only/);
    expect(() => {
      delete lazy.annotations[id];
    }).toThrow(/read-only/);
  });
});
