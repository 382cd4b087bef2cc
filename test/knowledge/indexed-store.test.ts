import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/knowledge/answer/analyze.ts';
import { indexCachePath } from '../../src/knowledge/answer/index-cache.ts';
import { rankSentences } from '../../src/knowledge/answer/retrieve.ts';
import { ingestDocuments } from '../../src/knowledge/ingest/ingest.ts';
import { readIndexedStore, writeIndexedStore } from '../../src/knowledge/indexed-store.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { FileFactStore } from '../../src/knowledge/store/file-store.ts';
import { HARBOUR_DOCUMENTS, HARBOUR_QUESTIONS } from './harbour-documents.ts';

let dir: string;
let db: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-indexed-store-'));
  db = join(dir, 'facts.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const { data } = ingestDocuments(HARBOUR_DOCUMENTS);

describe('the index cache beside the store', () => {
  it('is written with the store, named after it', async () => {
    await writeIndexedStore(db, data);
    expect(indexCachePath(db)).toBe(join(dir, 'facts.index.bin'));
    expect((await stat(indexCachePath(db))).size).toBeGreaterThan(0);
    expect(indexCachePath('/x/store')).toBe('/x/store.index.bin');
  });

  it('is read, not built, when the store is unchanged', async () => {
    await writeIndexedStore(db, data);
    const log: string[] = [];
    const loaded = await readIndexedStore(db, (l) => log.push(l));
    expect(loaded?.from).toBe('cache');
    expect(log).toEqual([]);
  });

  it('is built and written again when the store was rewritten without it', async () => {
    await writeIndexedStore(db, data);
    // Another writer (an older briefbot) replaces the store and leaves the cache as it was.
    const smaller = ingestDocuments(HARBOUR_DOCUMENTS.slice(0, 1)).data;
    await new FileFactStore(db).write(smaller);
    const log: string[] = [];
    const loaded = await readIndexedStore(db, (l) => log.push(l));
    expect(loaded?.from).toBe('built');
    expect(loaded?.stale).toBe('built from another version of the store');
    expect(log[0]).toMatch(/Building the sentence index of .*facts\.json: its cache is not usable/);
    expect(loaded?.index.sentences).toHaveLength(smaller.sentences.length);
    expect((await readIndexedStore(db))?.from).toBe('cache');
  });

  it('is stale when only the store file time changed (the same bytes written again)', async () => {
    await writeIndexedStore(db, data);
    const later = new Date(Date.now() + 60_000);
    await utimes(db, later, later);
    expect((await readIndexedStore(db))?.from).toBe('built');
  });

  it('is built when missing, and cached for the next start', async () => {
    await new FileFactStore(db).write(data);
    const first = await readIndexedStore(db);
    expect(first?.from).toBe('built');
    expect(first?.stale).toBe('missing');
    expect((await readIndexedStore(db))?.from).toBe('cache');
  });

  it('is rebuilt when it is cut short or garbled, and start-up goes on', async () => {
    await writeIndexedStore(db, data);
    const bytes = await readFile(indexCachePath(db));
    await writeFile(indexCachePath(db), bytes.subarray(0, bytes.length - 64));
    const cut = await readIndexedStore(db);
    expect(cut?.from).toBe('built');
    expect(cut?.stale).toMatch(/unreadable|inconsistent/);
    await writeFile(indexCachePath(db), 'not a cache at all');
    expect((await readIndexedStore(db))?.stale).toBe('not an index cache');
    expect((await readIndexedStore(db))?.from).toBe('cache');
  });

  it('a cache that cannot be written is a warning, not a failed start-up', async () => {
    await new FileFactStore(db).write(data);
    // A folder where the cache file should go: the rename over it fails.
    await mkdir(indexCachePath(db));
    await writeFile(join(indexCachePath(db), 'keep'), '');
    const log: string[] = [];
    const loaded = await readIndexedStore(db, (l) => log.push(l));
    expect(loaded?.from).toBe('built');
    expect(log.at(-1)).toMatch(/warning: the index cache beside .* could not be written/);
    expect(loaded?.index.sentences.length).toBe(data.sentences.length);
  });
});

describe('a cached index ranks and answers as a freshly built one', () => {
  let cached: KnowledgeBase;
  let fresh: KnowledgeBase;
  beforeEach(async () => {
    await writeIndexedStore(db, data);
    const loaded = await readIndexedStore(db);
    if (loaded?.from !== 'cache') throw new Error('the cache was not used');
    cached = createKnowledgeBase(loaded.data, loaded.index);
    fresh = createKnowledgeBase(data);
  });

  const ranking = (kb: KnowledgeBase, question: string) =>
    rankSentences(analyzeQuestion(question, kb.index, { spelling: kb.spelling }), kb.index).map((r) => ({
      sentence: r.entry.sentence.id,
      score: r.score,
      dateFit: r.dateFit,
      matches: r.matches.map((m) => [m.term.raw, m.credit, m.positions]),
    }));

  it.each(HARBOUR_QUESTIONS)('%s', (question) => {
    const expected = ranking(fresh, question);
    expect(ranking(cached, question)).toEqual(expected);
    expect(cached.answer(question)).toEqual(fresh.answer(question));
  });

  it('the questions reach the documents (the comparison is not between two empty lists)', () => {
    const reached = HARBOUR_QUESTIONS.filter((q) => ranking(fresh, q).length > 0);
    expect(reached.length).toBeGreaterThanOrEqual(HARBOUR_QUESTIONS.length - 1);
  });

  it('every table survives the round trip', () => {
    const a = cached.index;
    const b = fresh.index;
    expect(
      a.sentences.map((s) => [s.n, s.sentence.id, s.tokenCount, s.ordinals, s.hedged, s.previous, s.next]),
    ).toEqual(b.sentences.map((s) => [s.n, s.sentence.id, s.tokenCount, s.ordinals, s.hedged, s.previous, s.next]));
    expect(a.sentences.map((s) => s.tokens)).toEqual(b.sentences.map((s) => s.tokens));
    expect(a.sourceFeatures).toEqual(b.sourceFeatures);
    expect(a.byDate).toEqual(b.byDate);
    expect(a.nameKeys).toEqual(b.nameKeys);
    expect(a.acronyms).toEqual(b.acronyms);
    expect([...a.wordCounts]).toEqual([...b.wordCounts]);
    expect(a.stemsStartingWith('s:harbo')).toEqual(b.stemsStartingWith('s:harbo'));
    expect(a.acronyms.get('has')).toBeDefined();
    expect(a.sentences.some((s) => s.hedged)).toBe(true);
    expect(a.sentences.some((s) => s.ordinals.length > 0)).toBe(true);
  });
});
