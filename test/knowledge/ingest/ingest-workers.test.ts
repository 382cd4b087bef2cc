import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/generate-corpus.ts';
import { buildIndexTables } from '../../../src/knowledge/answer/index-tables.ts';
import {
  type IngestResult,
  ingestDocuments,
  ingestDocumentsInParallel,
  type RawDocument,
} from '../../../src/knowledge/ingest/ingest.ts';
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
      expect(many.tables, `index tables with ${workers} workers`).toEqual(one.tables);
    }
    expect(one.report.warnings.map((w) => w.file)).toEqual(
      expect.arrayContaining(['dup/copy-of-first.txt', 'bad/binary.txt']),
    );
  }, 120_000);

  it('makes the index tables from the annotated tokens as buildIndexTables makes them from the store', () => {
    const one = ingestDocuments(docs);
    expect(one.tables).toEqual(buildIndexTables(one.data));
  });

  it('gives an earlier document the abbreviations and roles a later one defines, with any number of workers', async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const pair: RawDocument[] = [
      {
        file: 'a-early.txt',
        bytes: encode('Grain\n\nThe NRLC shipped grain to Kestov on Monday. Vendt flew into Kestov from Northgate.\n'),
      },
      {
        file: 'b-late.txt',
        bytes: encode(
          'Contract\n\nThe contract went to Northern Rail Logistics Company (NRLC) last week. Deputy Secretary of State Ilkin Vendt met the board.\n',
        ),
      },
    ];
    const postedIn = (tables: IngestResult['tables'], feature: string): number[] => {
      const id = tables.features.indexOf(feature);
      if (id < 0 || id >= tables.postedCount) return [];
      return [...tables.postingSentences.subarray(tables.postingStart[id], tables.postingStart[id + 1])];
    };
    const one = ingestDocuments(pair);
    // Sentences 0 and 1 are the early document's.
    expect(postedIn(one.tables, 's:northern')).toEqual([0, 2]);
    expect(postedIn(one.tables, 'c:role_deputy_secretary_of_state')).toEqual([1, 3]);
    expect(one.tables).toEqual(buildIndexTables(one.data));
    expect((await ingestDocumentsInParallel(pair, { workers: 2 })).tables).toEqual(one.tables);
  });

  it('falls back to this thread for one worker', async () => {
    const one = await ingestDocumentsInParallel(docs.slice(0, 3), { workers: 1 });
    expect(JSON.stringify(one.data)).toBe(JSON.stringify(ingestDocuments(docs.slice(0, 3)).data));
  });
});
