import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWritableFile } from '../../src/knowledge/writable-file.ts';
import { ROOT, runCli } from './run-cli.ts';

const SOURCES = join(ROOT, 'data', 'sources');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-db-target-'));
  await mkdir(join(dir, 'a-folder'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** /sys takes no new files, even from root: the read-only folder of this test. */
const READ_ONLY = existsSync('/sys') ? '/sys' : undefined;

describe('--db that cannot be written: a message naming the path and the fix, no stack, nothing left behind', () => {
  const cases: [string, () => string, RegExp][] = [
    ['a missing folder', () => join(dir, 'missing', 'facts.json'), /folder .*missing does not exist/],
    ['a folder', () => join(dir, 'a-folder'), /is a folder; give a file name/],
  ];
  if (READ_ONLY) cases.push(['a read-only folder', () => join(READ_ONLY, 'facts.json'), /no new file can be created/]);

  it.each(cases)(
    'npm run ingest -- --db <%s>',
    async (_name, target, message) => {
      const run = await runCli('src/cli/ingest.ts', ['--sources', SOURCES, '--db', target()]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(await readdir(join(dir, 'a-folder'))).toEqual([]);
      expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    },
    30_000,
  );

  it.each(cases)(
    'npm run ask -- --sources ... --db <%s>',
    async (_name, target, message) => {
      const run = await runCli('src/cli/ask.ts', ['--json', '--sources', SOURCES, '--db', target(), 'Who is Kellogg?']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(await readdir(join(dir, 'a-folder'))).toEqual([]);
    },
    30_000,
  );

  it('checkWritableFile accepts a new file in a writable folder and leaves no probe file', async () => {
    await checkWritableFile(join(dir, 'facts.json'));
    expect(await readdir(dir)).toEqual(['a-folder']);
  });
});
