import type { Stats } from 'node:fs';
import { chmod, mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// root reads a chmod 000 file anyway; here readFile refuses it as it does for every other user.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = async (path: Parameters<typeof fs.readFile>[0], ...rest: unknown[]) => {
    const info: Stats | undefined = await fs.stat(path as string).catch(() => undefined);
    if (info?.isFile() && (info.mode & 0o444) === 0) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' });
    }
    return (fs.readFile as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
  };
  return { ...fs, readFile, default: { ...fs, readFile } };
});

const { ingestDirectories } = await import('../../../src/knowledge/ingest/ingest.ts');
const { decodeDocument, readSourceDirectories } = await import('../../../src/knowledge/ingest/read-sources.ts');
type IngestWarning = import('../../../src/knowledge/ingest/ingest.ts').IngestWarning;

const PROSE = 'On 3 May 2024 the envoy visited Minsk for talks. Five prisoners were released on 5 May 2024.';

describe('files the system will not give us: a warning naming each, ingest goes on', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefbot-read-faults-'));
    await writeFile(join(dir, 'good.txt'), `Good.\n\n${PROSE}`);
    await writeFile(join(dir, 'locked.txt'), `Locked.\n\n${PROSE}`);
    await chmod(join(dir, 'locked.txt'), 0o000);
    await symlink('loop-b.txt', join(dir, 'loop-a.txt'));
    await symlink('loop-a.txt', join(dir, 'loop-b.txt'));
    await symlink('/dev/zero', join(dir, 'zero.txt'));
    await symlink('missing-target.txt', join(dir, 'dangling.md'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const warningFor = (warnings: IngestWarning[], name: string) => warnings.find((w) => w.file === join(dir, name));

  it('an unreadable file (chmod 000) is named with "permission denied", the others are read', async () => {
    expect((await stat(join(dir, 'locked.txt'))).mode & 0o777).toBe(0);
    const warnings: IngestWarning[] = [];
    const docs = await readSourceDirectories([dir], warnings);
    expect(docs.map((d) => d.file)).toEqual([join(dir, 'good.txt')]);
    expect(warningFor(warnings, 'locked.txt')?.message).toMatch(/permission denied/);
  });

  it('a symlink loop, a link to /dev/zero and a dangling link are skipped with a warning each', async () => {
    const warnings: IngestWarning[] = [];
    await readSourceDirectories([dir], warnings);
    expect(warningFor(warnings, 'loop-a.txt')?.message).toMatch(/loops/);
    expect(warningFor(warnings, 'loop-b.txt')?.message).toMatch(/loops/);
    expect(warningFor(warnings, 'zero.txt')?.message).toMatch(/not a regular file/);
    expect(warningFor(warnings, 'dangling.md')?.message).toMatch(/does not exist/);
  });

  it('the whole ingest finishes with the readable document and reports the others', async () => {
    const { report, data } = await ingestDirectories([dir]);
    expect(report.documents).toBe(1);
    expect(data.sources.map((s) => s.id)).toEqual(['good']);
    expect(report.warnings.map((w) => w.file)).toEqual(
      expect.arrayContaining(['locked.txt', 'loop-a.txt', 'zero.txt'].map((n) => join(dir, n))),
    );
  });
});

describe('UTF-16 with a byte order mark', () => {
  const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
  const utf16be = (s: string) => {
    const le = Buffer.from(s, 'utf16le');
    for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
    return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
  };

  it.each([
    ['little-endian (Windows Notepad "Unicode")', utf16le],
    ['big-endian', utf16be],
  ])('%s is decoded, not refused as binary', (_name, encode) => {
    expect(decodeDocument(encode('Лукашенко принял делегацию в Минске 21 июня.'))).toEqual({
      ok: true,
      text: 'Лукашенко принял делегацию в Минске 21 июня.',
    });
  });
});
