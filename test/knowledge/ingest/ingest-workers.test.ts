import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/generate-corpus.ts';
import { ingestDocuments, ingestDocumentsInParallel, type RawDocument } from '../../../src/knowledge/ingest/ingest.ts';
import { readSourceDirectories } from '../../../src/knowledge/ingest/read-sources.ts';
import { FileFactStore } from '../../../src/knowledge/store/file-store.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

let dir: string;
let docs: RawDocument[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-workers-'));
  const real = await readSourceDirectories(
    [join(ROOT, 'data', 'sources'), join(ROOT, 'test', 'fixtures', 'sources')],
    [],
  );
  // Real documents, generated ones, a duplicate and an unreadable file: every path of the admission step.
  docs = [
    ...real,
    ...generateCorpus(12),
    { file: 'dup/copy-of-first.txt', bytes: real[0]?.bytes as Uint8Array },
    { file: 'bad/binary.txt', bytes: new Uint8Array([0, 1, 2, 0, 255, 0]) },
  ];
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function storeBytes(name: string, data: Parameters<FileFactStore['write']>[0]): Promise<Buffer> {
  const file = join(dir, `${name}.json`);
  await new FileFactStore(file).write(data);
  return readFile(file);
}

describe('ingest with worker threads', () => {
  it('writes the same store, byte for byte, with 1, 2 and 3 workers', async () => {
    const one = ingestDocuments(docs);
    const bytes = await storeBytes('one', one.data);
    for (const workers of [2, 3]) {
      const many = await ingestDocumentsInParallel(docs, { workers });
      expect((await storeBytes(`w${workers}`, many.data)).equals(bytes), `${workers} workers`).toBe(true);
      expect(many.report).toEqual(one.report);
    }
    expect(one.report.warnings.map((w) => w.file)).toEqual(
      expect.arrayContaining(['dup/copy-of-first.txt', 'bad/binary.txt']),
    );
  }, 120_000);

  it('falls back to this thread for one worker', async () => {
    const one = await ingestDocumentsInParallel(docs.slice(0, 3), { workers: 1 });
    expect(JSON.stringify(one.data)).toBe(JSON.stringify(ingestDocuments(docs.slice(0, 3)).data));
  });
});
