import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  INDEX_CACHE_VERSION,
  type IndexCacheKey,
  indexCachePath,
  readIndexCache,
  writeIndexCache,
} from '../../../src/knowledge/answer/index-cache.ts';
import { buildIndexTables } from '../../../src/knowledge/answer/index-tables.ts';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { HARBOUR_DOCUMENTS } from '../harbour-documents.ts';

const { data } = ingestDocuments(HARBOUR_DOCUMENTS);
const tables = buildIndexTables(data);
const key: IndexCacheKey = {
  store: { size: 1234, mtimeMs: 1_700_000_000_000.5 },
  derivation: 'code-a',
  sentences: data.sentences.length,
};

let dir: string;
let store: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-index-cache-'));
  store = join(dir, 'facts.json');
  await writeIndexCache(store, tables, key);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('index cache file', () => {
  it('reads back the tables it was given', async () => {
    const read = await readIndexCache(store, key);
    if (!('tables' in read)) throw new Error(`stale: ${read.stale}`);
    const plain = (t: typeof tables) =>
      Object.fromEntries(
        Object.entries(t).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v]),
      );
    expect(plain(read.tables)).toEqual(plain(tables));
  });

  it.each<[string, Partial<IndexCacheKey>, string]>([
    ['another store size', { store: { ...key.store, size: 1235 } }, 'built from another version of the store'],
    ['another store time', { store: { ...key.store, mtimeMs: 1 } }, 'built from another version of the store'],
    ['other deriving code or word lists', { derivation: 'code-b' }, 'built by other code or word lists'],
    ['another number of sentences', { sentences: key.sentences + 1 }, `built for ${key.sentences} sentences`],
  ])('is stale when built from %s', async (_name, change, reason) => {
    const read = await readIndexCache(store, { ...key, ...change });
    expect('stale' in read && read.stale).toContain(reason);
  });

  it('is stale when written in another format version', async () => {
    const bytes = await readFile(indexCachePath(store));
    const text = bytes.toString('latin1');
    const at = text.indexOf(`"version":${INDEX_CACHE_VERSION}`);
    expect(at).toBeGreaterThan(0);
    const older = INDEX_CACHE_VERSION + 1;
    // The same number of bytes, so the tables stay where the header says.
    const patched = Buffer.from(
      text.replace(
        `"version":${INDEX_CACHE_VERSION}`,
        `"version":${String(older).padEnd(String(INDEX_CACHE_VERSION).length)}`,
      ),
      'latin1',
    );
    await writeFile(indexCachePath(store), patched);
    const read = await readIndexCache(store, key);
    expect('stale' in read && read.stale).toBe(`version ${older}, expected ${INDEX_CACHE_VERSION}`);
  });

  it('is missing when there is none', async () => {
    expect(await readIndexCache(join(dir, 'other.json'), key)).toEqual({ stale: 'missing' });
  });

  it('leaves no temp file behind', async () => {
    expect(await readdir(dir)).toEqual(['facts.index.bin']);
  });
});
