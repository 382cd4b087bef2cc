/**
 * The fact store file and its sentence index cache (answer/index-cache.ts) kept in step: the cache
 * is written right after the store, and a load uses it only when it was built from that very file,
 * otherwise builds the index and writes the cache again. A cache that cannot be written costs the
 * next start-up its time, never the start-up itself.
 */
import { stat } from 'node:fs/promises';
import { derivationFingerprint } from './answer/derivation-fingerprint.ts';
import { type IndexCacheKey, readIndexCache, type StoreStamp, writeIndexCache } from './answer/index-cache.ts';
import { buildIndexTables, type IndexTables } from './answer/index-tables.ts';
import { type SentenceIndex, sentenceIndexFrom } from './answer/sentence-index.ts';
import { rememberTermWords } from './lexicon/vocabulary.ts';
import { FileFactStore } from './store/file-store.ts';
import { rememberStems } from './text/tokens.ts';
import type { FactStoreData } from './types.ts';
import { warmUpDictionariesAndPatterns } from './warm-up.ts';

export interface LoadedIndex {
  index: SentenceIndex;
  /** 'cache' when read from the cache file, 'built' when built from the store (and the cache written). */
  from: 'cache' | 'built';
  /** Why the cache was not used ("missing", "built from another version of the store", ...). */
  stale?: string;
}

/** The store file's size and modification time; taken before reading it, so a store replaced meanwhile reads as stale next time, never the reverse. */
export async function storeStamp(storeFile: string): Promise<StoreStamp | undefined> {
  const s = await stat(storeFile).catch(() => undefined);
  return s ? { size: s.size, mtimeMs: s.mtimeMs } : undefined;
}

/** Reads the store and its index (from the cache when fresh); null when there is no store. */
export async function readIndexedStore(
  storeFile: string,
  log?: (line: string) => void,
): Promise<(LoadedIndex & { data: FactStoreData }) | null> {
  const stamp = await storeStamp(storeFile);
  const data = await new FileFactStore(storeFile, { log }).read();
  if (!data) return null;
  return { data, ...(await loadSentenceIndex(storeFile, data, stamp, log)) };
}

/** The index of a store just read: from its cache when that was built from this file, else built and cached. */
export async function loadSentenceIndex(
  storeFile: string,
  data: FactStoreData,
  stamp: StoreStamp | undefined,
  log: (line: string) => void = () => {},
): Promise<LoadedIndex> {
  if (stamp) {
    const reading = readIndexCache(storeFile, keyOf(stamp, data));
    // The cache is read in libuv's pool meanwhile (read-whole-file.ts): the main thread loads the language
    // data that needs no cache, which a start-up waited for after the read before.
    warmUpDictionariesAndPatterns();
    const cached = await reading;
    if ('tables' in cached) {
      const { vocabularyWords, vocabularyStems, vocabularyTermStart, vocabularyTermWords } = cached.tables;
      rememberStems(vocabularyWords, vocabularyStems);
      rememberTermWords({ start: vocabularyTermStart, wordIds: vocabularyTermWords }, vocabularyWords, vocabularyStems);
      return { index: sentenceIndexFrom(data, cached.tables), from: 'cache' };
    }
    log(`Building the sentence index of ${storeFile}: its cache is not usable (${cached.stale}).`);
    const tables = buildIndexTables(data);
    await cacheQuietly(storeFile, tables, keyOf(stamp, data), log);
    return { index: sentenceIndexFrom(data, tables), from: 'built', stale: cached.stale };
  }
  return { index: sentenceIndexFrom(data, buildIndexTables(data)), from: 'built', stale: 'no store file' };
}

/**
 * Writes the store, then its index cache beside it (ingest): `tables` as ingest made them, else built
 * from the store here.
 */
export async function writeIndexedStore(
  storeFile: string,
  data: FactStoreData,
  log: (line: string) => void = () => {},
  tables: IndexTables = buildIndexTables(data),
  { sideFile = true }: { sideFile?: boolean } = {},
): Promise<SentenceIndex> {
  await new FileFactStore(storeFile).write(data, { sideFile });
  const stamp = await storeStamp(storeFile);
  if (stamp) await cacheQuietly(storeFile, tables, keyOf(stamp, data), log);
  return sentenceIndexFrom(data, tables);
}

/**
 * The store's decoded side file, for a writer that left it out of writeIndexedStore (`sideFile: false`) to
 * make it once the data it wrote from is no longer held.
 */
export async function writeStoreSideFile(storeFile: string, log: (line: string) => void = () => {}): Promise<void> {
  await new FileFactStore(storeFile, { log }).writeSideFileOfWritten();
}

function keyOf(store: StoreStamp, data: FactStoreData): IndexCacheKey {
  return { store, derivation: derivationFingerprint(), sentences: data.sentences.length };
}

async function cacheQuietly(
  storeFile: string,
  tables: IndexTables,
  key: IndexCacheKey,
  log: (line: string) => void,
): Promise<void> {
  try {
    await writeIndexCache(storeFile, tables, key);
  } catch (err) {
    log(
      `warning: the index cache beside ${storeFile} could not be written (${(err as Error).message}); it is rebuilt at the next start`,
    );
  }
}
