import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWholeFile, readWholeFileStamped } from '../../src/knowledge/read-whole-file.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-read-whole-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readWholeFile', () => {
  it("gives every byte of a file larger than one of readFile's reads", async () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 17);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
    await writeFile(join(dir, 'big'), bytes);
    expect((await readWholeFile(join(dir, 'big'))).equals(bytes)).toBe(true);
  });

  it('gives the size and modification time of the file it read, as stat does', async () => {
    await writeFile(join(dir, 'stamped'), 'twelve bytes');
    const { bytes, stamp } = await readWholeFileStamped(join(dir, 'stamped'));
    const s = await stat(join(dir, 'stamped'));
    expect(bytes.toString()).toBe('twelve bytes');
    expect(stamp).toEqual({ size: s.size, mtimeMs: s.mtimeMs });
  });

  it('gives an empty file as no bytes', async () => {
    await writeFile(join(dir, 'empty'), '');
    expect((await readWholeFile(join(dir, 'empty'))).length).toBe(0);
  });

  it('rejects a missing file with ENOENT, as readFile does', async () => {
    await expect(readWholeFile(join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('rejects a folder with EISDIR, as readFile does (open.ts names it)', async () => {
    await expect(readWholeFile(dir)).rejects.toMatchObject({ code: 'EISDIR' });
  });
});
