import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import {
  checkFactStoreData,
  FactStoreFormatError,
  FactStoreVersionError,
  SCHEMA_VERSION,
} from '../../../src/knowledge/store/fact-store.ts';
import { FileFactStore } from '../../../src/knowledge/store/file-store.ts';
import { MemoryFactStore } from '../../../src/knowledge/store/memory-store.ts';
import type { FactStoreData } from '../../../src/knowledge/types.ts';

const DATA: FactStoreData = ingestDocuments([
  {
    file: 'in/note.txt',
    bytes: new TextEncoder().encode(
      '21 июня 2025 года Кит Келлог прибыл в Минск. В тот же день освобождены 14 человек.',
    ),
  },
]).data;

/** An empty lean store file with some fields changed (undefined: left out). */
function lean(change: Record<string, unknown>): string {
  const empty = { schemaVersion: SCHEMA_VERSION, sourcesDigest: 'x', sources: [], entities: [], sentenceCounts: [] };
  return JSON.stringify({ ...empty, values: [], sentences: [], annotations: [], facts: [], texts: {}, ...change });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-store-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('MemoryFactStore', () => {
  it('starts empty or with the given data', async () => {
    expect(await new MemoryFactStore().read()).toBeNull();
    expect(await new MemoryFactStore(DATA).read()).toEqual(DATA);
  });

  it('keeps a copy: changing what was written or read does not change the store', async () => {
    const store = new MemoryFactStore();
    const data = structuredClone(DATA);
    await store.write(data);
    data.facts.length = 0;
    const read = await store.read();
    expect(read?.facts.length).toBe(DATA.facts.length);
    read?.sources.pop();
    expect((await store.read())?.sources.length).toBe(DATA.sources.length);
  });
});

describe('FileFactStore', () => {
  it('round-trips the data', async () => {
    const store = new FileFactStore(join(dir, 'facts.json'));
    await store.write(DATA);
    expect(await store.read()).toEqual(DATA);
    expect(DATA.facts.length).toBeGreaterThan(0);
  });

  it('reads a missing file as null', async () => {
    expect(await new FileFactStore(join(dir, 'missing.json')).read()).toBeNull();
  });

  it('writes compact JSON with each document text once', async () => {
    const path = join(dir, 'lean.json');
    await new FileFactStore(path).write(DATA);
    const raw = await readFile(path, 'utf8');
    expect(raw).not.toContain('\n  ');
    // Once in the text; the title (the first line) is the only other copy.
    const times = (s: string) => s.split('освобождены 14 человек').length - 1;
    expect(times(raw)).toBe(1 + times(JSON.stringify(DATA.sources)));
    expect(JSON.parse(raw).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('writes the same bytes for the same data', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    await new FileFactStore(a).write(DATA);
    await new FileFactStore(b).write(structuredClone(DATA));
    expect(await readFile(a, 'utf8')).toBe(await readFile(b, 'utf8'));
  });

  it('rejects another schema version with a message that says what to do', async () => {
    const path = join(dir, 'old.json');
    await writeFile(path, JSON.stringify({ ...DATA, schemaVersion: SCHEMA_VERSION - 1 }));
    const err = await new FileFactStore(path).read().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FactStoreVersionError);
    expect((err as Error).message).toBe(
      `fact store ${path} is version ${SCHEMA_VERSION - 1}, expected ${SCHEMA_VERSION} (written by an older briefbot): run npm run ingest to rebuild it`,
    );
    expect((err as FactStoreVersionError).found).toBe(SCHEMA_VERSION - 1);
  });

  it('a file with no version at all is a version error too', async () => {
    const path = join(dir, 'noversion.json');
    await writeFile(path, JSON.stringify({ sources: [] }));
    await expect(new FileFactStore(path).read()).rejects.toThrow(
      /is version undefined, expected \d+ \(not a fact store version\): run npm run ingest/,
    );
  });

  it.each([
    ['bad JSON', '{ "schemaVersion": 1, ', /not a valid fact store \(bad JSON/],
    ['not an object', '42', /not a valid fact store \(not an object\)/],
    [
      'a list that is not a list',
      JSON.stringify({ schemaVersion: SCHEMA_VERSION, sources: {}, sentences: [], entities: [], facts: [] }),
      /"sources" is not a list/,
    ],
    ['texts missing', lean({ texts: undefined }), /"texts" is missing/],
    ['an annotation short', lean({ sentences: [[0, 1, 0, -1, 0]] }), /not one annotation per sentence/],
    ['digest missing', lean({ sourcesDigest: undefined }), /"sourcesDigest" is missing/],
  ])('rejects %s with a FactStoreFormatError naming the file', async (_name, content, message) => {
    const path = join(dir, 'bad.json');
    await writeFile(path, content);
    const err = await new FileFactStore(path).read().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FactStoreFormatError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).toContain(path);
    expect((err as Error).message).toMatch(/run npm run ingest/);
  });
});

describe('FileFactStore, facts read late', () => {
  it('opens a store whose facts are unreadable, and reports them when they are first read', async () => {
    const path = join(dir, 'late-facts.json');
    await writeFile(path, lean({}).replace('"facts":[]', '"facts":[1,]'));
    const data = await new FileFactStore(path).read();
    expect(data?.sentences).toEqual([]);
    let err: unknown;
    try {
      void data?.facts;
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FactStoreFormatError);
    expect((err as Error).message).toMatch(/bad JSON in "facts"/);
  });
});

describe('checkFactStoreData', () => {
  it('passes good data through as it is', () => {
    expect(checkFactStoreData(DATA, 'mem')).toBe(DATA);
  });
  it.each([[null], [undefined], ['text']])('rejects %j', (value) => {
    expect(() => checkFactStoreData(value, 'mem')).toThrow(FactStoreFormatError);
  });
});
