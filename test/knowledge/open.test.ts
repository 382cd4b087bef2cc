import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexCachePath } from '../../src/knowledge/answer/index-cache.ts';
import { openKnowledgeBase } from '../../src/knowledge/open.ts';
import { SCHEMA_VERSION } from '../../src/knowledge/store/fact-store.ts';

const FIXTURES = join(resolve(import.meta.dirname, '../..'), 'test', 'fixtures', 'sources');

let dir: string;
let sources: string;
let db: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-open-'));
  sources = join(dir, 'sources');
  db = join(dir, 'facts.json');
  await mkdir(sources);
  // Two small documents keep each rebuild fast.
  await copyFile(join(FIXTURES, 'moldova-us-envoy-2024.md'), join(sources, 'moldova-us-envoy-2024.md'));
  await copyFile(join(FIXTURES, 'kz-eu-talks-2024.md'), join(sources, 'kz-eu-talks-2024.md'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const open = (log: string[] = [], readOnly = false) =>
  openKnowledgeBase({ sourcesDir: sources, dbFile: db, log: (l) => log.push(l), ...(readOnly ? { readOnly } : {}) });

describe('openKnowledgeBase', () => {
  it('builds the store when it is missing, and says so', async () => {
    const log: string[] = [];
    const opened = await open(log);
    expect(opened.rebuilt).toBe(true);
    expect(
      opened.kb
        .sources()
        .map((s) => s.id)
        .sort(),
    ).toEqual(['kz-eu-talks-2024', 'moldova-us-envoy-2024']);
    expect((await stat(db)).isFile()).toBe(true);
    expect(log[0]).toMatch(/Building the fact store from .* \(first run\)/);
    expect(log.at(-1)).toMatch(/Fact store ready: 2 documents/);
  });

  it('does not rebuild a fresh store', async () => {
    await open();
    const before = await readFile(db, 'utf8');
    const log: string[] = [];
    const opened = await open(log);
    expect(opened.rebuilt).toBe(false);
    expect(opened.indexFrom).toBe('cache');
    expect(log).toEqual([]);
    expect(await readFile(db, 'utf8')).toBe(before);
    expect(opened.kb.answer('When did Rebecca Thornton arrive in Chisinau?').question).toBeTruthy();
  });

  it('rebuilds when a source was edited after the store was built', async () => {
    await open();
    const file = join(sources, 'moldova-us-envoy-2024.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\nThornton returned to Chisinau on November 20, 2024.\n`);
    const log: string[] = [];
    const opened = await open(log);
    expect(opened.rebuilt).toBe(true);
    expect(log[0]).toMatch(/older than the documents in/);
    expect(opened.data.texts['moldova-us-envoy-2024']).toContain('November 20, 2024');
  });

  it('rebuilds a store that other extracting code made from the same documents', async () => {
    await open();
    // What an older build of the extractors leaves: the same documents, another digest of what read them.
    const store = await readFile(db, 'utf8');
    await writeFile(db, store.replace(/"sourcesDigest":"[0-9a-f]+"/, `"sourcesDigest":"${'0'.repeat(64)}"`));
    const log: string[] = [];
    const opened = await open(log);
    expect(opened.rebuilt).toBe(true);
    // Before it, the line that the store's decoded side file (made from the old bytes) is written again.
    expect(log.find((line) => line.startsWith('Building'))).toMatch(/or than the code that reads them/);
    expect(await readFile(db, 'utf8')).toBe(store);
  });

  it('rebuilds the store and its index cache when they are stale, then reads both as they are', async () => {
    expect((await open()).indexFrom).toBe('built');
    const cacheBefore = await readFile(indexCachePath(db));
    const file = join(sources, 'kz-eu-talks-2024.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\nThe delegation left Astana on May 3, 2024.\n`);
    const stale = await open();
    expect(stale.rebuilt).toBe(true);
    expect(stale.indexFrom).toBe('built');
    expect(await readFile(indexCachePath(db))).not.toEqual(cacheBefore);
    const again = await open();
    expect(again.rebuilt).toBe(false);
    expect(again.indexFrom).toBe('cache');
    expect(again.kb.index.sentences).toHaveLength(stale.data.sentences.length);
  });

  it('rebuilds when a source is added or removed', async () => {
    await open();
    await copyFile(join(FIXTURES, 'kz-eu-analysis-pdf.txt'), join(sources, 'kz-eu-analysis-pdf.txt'));
    expect((await open()).rebuilt).toBe(true);
    await rm(join(sources, 'kz-eu-talks-2024.md'));
    const opened = await open();
    expect(opened.rebuilt).toBe(true);
    expect(
      opened.kb
        .sources()
        .map((s) => s.id)
        .sort(),
    ).toEqual(['kz-eu-analysis-pdf', 'moldova-us-envoy-2024']);
  });

  it('does not rebuild when a source is only touched (same bytes)', async () => {
    await open();
    const file = join(sources, 'kz-eu-talks-2024.md');
    await writeFile(file, await readFile(file));
    expect((await open()).rebuilt).toBe(false);
  });

  it('rebuilds a store of another schema version, naming the reason', async () => {
    await open();
    const stored = JSON.parse(await readFile(db, 'utf8'));
    await writeFile(db, JSON.stringify({ ...stored, schemaVersion: SCHEMA_VERSION + 1 }));
    const log: string[] = [];
    const opened = await open(log);
    expect(opened.rebuilt).toBe(true);
    expect(log[0]).toMatch(new RegExp(`is version ${SCHEMA_VERSION + 1}, expected ${SCHEMA_VERSION}`));
    expect(JSON.parse(await readFile(db, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('rebuilds a store of the previous schema version (v1, pretty-printed, text repeated) and says why', async () => {
    const first = await open();
    // What version 1 wrote: the in-memory data as it is, indented.
    await writeFile(db, JSON.stringify({ ...first.data, schemaVersion: 1 }, null, 2));
    const log: string[] = [];
    const opened = await open(log);
    expect(opened.rebuilt).toBe(true);
    expect(log[0]).toContain(
      `fact store ${db} is version 1, expected ${SCHEMA_VERSION} (written by an older briefbot)`,
    );
    expect(JSON.parse(await readFile(db, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    expect(opened.data).toEqual(first.data);
    expect((await open()).rebuilt).toBe(false);
  });

  it('rebuilds a corrupt store', async () => {
    await writeFile(db, '{ broken');
    const opened = await open();
    expect(opened.rebuilt).toBe(true);
  });

  it('read-only: fails on a missing store with a message that says what to do', async () => {
    await expect(open([], true)).rejects.toThrow(/fact store .*facts\.json is missing; run npm run ingest/);
  });

  it('read-only: uses the store as it is, even when the sources changed', async () => {
    await open();
    await writeFile(join(sources, 'new.txt'), 'Новый документ о визите в Минск 1 мая 2024 года.');
    const opened = await open([], true);
    expect(opened.rebuilt).toBe(false);
    expect(opened.kb.sources()).toHaveLength(2);
  });

  it('fails when no document can be read', async () => {
    const empty = join(dir, 'empty');
    await mkdir(empty);
    await writeFile(join(empty, 'blank.txt'), '');
    await expect(openKnowledgeBase({ sourcesDir: empty, dbFile: join(dir, 'x.json') })).rejects.toThrow(
      /no document could be read from/,
    );
  });
});
