import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIndexedStore } from '../../src/knowledge/indexed-store.ts';
import { ROOT, runCli } from './run-cli.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-ingest-cli-'));
  await mkdir(join(dir, 'sources'));
  await copyFile(
    join(ROOT, 'test', 'fixtures', 'sources', 'kz-eu-talks-2024.md'),
    join(dir, 'sources', 'kz-eu-talks-2024.md'),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run ingest', () => {
  it('writes the store, its decoded side file and its index cache, which the next start-up reads instead of building', async () => {
    const db = join(dir, 'store.json');
    const run = await runCli('src/cli/ingest.ts', ['--quiet', '--sources', join(dir, 'sources'), '--db', db]);
    expect(run.code, run.stderr).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['sources', 'store.decoded.bin', 'store.index.bin', 'store.json']);
    expect((await readIndexedStore(db))?.from).toBe('cache');
  }, 60_000);
});
