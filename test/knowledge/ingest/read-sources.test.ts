import { readdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestWarning } from '../../../src/knowledge/ingest/ingest.ts';
import {
  decodeDocument,
  MAX_DOCUMENT_BYTES,
  readSourceDirectories,
  sourceIdOf,
  sourcesDigestOf,
} from '../../../src/knowledge/ingest/read-sources.ts';

/** "Минск" in Windows-1251. */
const CP1251_MINSK = [0xcc, 0xe8, 0xed, 0xf1, 0xea];
const cp1251 = (s: string): Uint8Array => {
  const bytes: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) bytes.push(c);
    else if (c >= 0x410 && c <= 0x44f) bytes.push(c - 0x410 + 0xc0);
    else if (c === 0x451) bytes.push(0xb8);
    else throw new Error(`no cp1251 byte for ${ch}`);
  }
  return Uint8Array.from(bytes);
};

describe('decodeDocument', () => {
  it.each<[string, Uint8Array, { ok: boolean; text?: string; note?: RegExp; reason?: RegExp }]>([
    ['UTF-8 Russian', new TextEncoder().encode('Минск, 21 июня.'), { ok: true, text: 'Минск, 21 июня.' }],
    ['UTF-8 with a BOM loses the BOM', new TextEncoder().encode('\uFEFFMinsk'), { ok: true, text: 'Minsk' }],
    ['empty', new Uint8Array(), { ok: false, reason: /empty/ }],
    [
      'binary (NUL bytes)',
      Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]),
      { ok: false, reason: /binary/ },
    ],
    [
      'Windows-1251 Cyrillic',
      cp1251('Лукашенко принял делегацию в Минске.'),
      { ok: true, text: 'Лукашенко принял делегацию в Минске.', note: /Windows-1251/ },
    ],
    [
      'invalid UTF-8 Latin (Latin-1 "café")',
      Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b, 0x20, 0x74, 0x65, 0x78, 0x74]),
      { ok: false, reason: /not valid UTF-8/ },
    ],
  ])('%s', (_name, bytes, expected) => {
    const d = decodeDocument(bytes);
    expect(d.ok).toBe(expected.ok);
    if (d.ok) {
      expect(d.text).toBe(expected.text);
      if (expected.note) expect(d.note).toMatch(expected.note);
      else expect(d.note).toBeUndefined();
    } else {
      expect(d.reason).toMatch(expected.reason as RegExp);
    }
  });

  it('reads the cp1251 helper bytes as the Windows-1251 decoder does', () => {
    expect(new TextDecoder('windows-1251').decode(Uint8Array.from(CP1251_MINSK))).toBe('Минск');
  });
});

describe('sourceIdOf', () => {
  it.each([
    ['data/sources/000_f63344977a15fa25.txt', '000'],
    ['/abs/004_89c879bc2f5c7943.txt', '004'],
    ['test/fixtures/sources/kz-eu-talks-2024.md', 'kz-eu-talks-2024'],
    ['moldova-us-envoy-2024.md', 'moldova-us-envoy-2024'],
    ['12_short.txt', '12_short'],
    ['2024-report.v2.txt', '2024-report.v2'],
  ])('%s → %s', (file, id) => {
    expect(sourceIdOf(file)).toBe(id);
  });

  it('gives three files with one 3-digit prefix three different ids, from their whole names', () => {
    const files = ['in/001_a.txt', 'in/001_b.txt', 'in/001_c.txt', 'in/002_x.txt'];
    expect(files.map((f) => sourceIdOf(f, files))).toEqual(['001_a', '001_b', '001_c', '002']);
  });

  it('keeps an id when files are added or removed around it (stable), and tells a.txt from a.md', () => {
    const before = ['in/001_a.txt', 'in/001_b.txt'];
    const after = ['in/000_new.txt', 'in/001_a.txt', 'in/001_b.txt', 'in/001_c.txt'];
    expect(sourceIdOf('in/001_b.txt', before)).toBe(sourceIdOf('in/001_b.txt', after));
    const twins = ['in/a.txt', 'in/a.md', 'other/a.txt'];
    expect(twins.map((f) => sourceIdOf(f, twins))).toEqual(['a.txt', 'a.md', 'a']);
  });

  it('keeps "000".."004" for the seed corpus (what the shared eval scorer expects)', async () => {
    const seed = join(import.meta.dirname, '../../../data/sources');
    const files = (await readdir(seed)).filter((n) => n.endsWith('.txt')).map((n) => join(seed, n));
    expect(files.map((f) => sourceIdOf(f, files)).sort()).toEqual(['000', '001', '002', '003', '004']);
  });
});

describe('sourcesDigestOf', () => {
  const a = { file: 'x/a.txt', bytes: new TextEncoder().encode('A') };
  const b = { file: 'x/b.txt', bytes: new TextEncoder().encode('B') };
  it('does not depend on the order of the files', () => {
    expect(sourcesDigestOf([a, b])).toBe(sourcesDigestOf([b, a]));
  });
  it('changes when a file is edited, added or removed', () => {
    const base = sourcesDigestOf([a, b]);
    expect(sourcesDigestOf([a, { ...b, bytes: new TextEncoder().encode('B!') }])).not.toBe(base);
    expect(sourcesDigestOf([a])).not.toBe(base);
    expect(sourcesDigestOf([a, b, { file: 'x/c.md', bytes: new Uint8Array([1]) }])).not.toBe(base);
  });
});

describe('readSourceDirectories', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefbot-read-'));
    await writeFile(join(dir, 'b.txt'), 'Второй.');
    await writeFile(join(dir, 'a.md'), 'Первый.');
    await writeFile(join(dir, 'notes.pdf'), 'not a document type');
    await writeFile(join(dir, '.hidden.txt'), 'hidden');
    await writeFile(join(dir, 'huge.txt'), Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x61));
    await writeFile(
      join(dir, 'sources.json'),
      JSON.stringify({ sources: [{ file: 'a.md', title: 'Sidecar title', published: '2024-01' }] }),
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads .txt/.md files in sorted order, with their sidecar entry', async () => {
    const warnings: IngestWarning[] = [];
    const docs = await readSourceDirectories([dir], warnings);
    expect(docs.map((d) => d.file)).toEqual([join(dir, 'a.md'), join(dir, 'b.txt')]);
    expect(docs[0]?.sidecar).toMatchObject({ title: 'Sidecar title', published: '2024-01' });
    expect(docs[1]?.sidecar).toBeUndefined();
  });

  it('skips a file over the size limit with a warning naming the file and the limit', async () => {
    const warnings: IngestWarning[] = [];
    await readSourceDirectories([dir], warnings);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.file).toBe(join(dir, 'huge.txt'));
    expect(warnings[0]?.message).toMatch(/skipped: 2\.0 MB is over the 2 MB limit/);
  });

  it('warns about a directory that cannot be read and goes on', async () => {
    const warnings: IngestWarning[] = [];
    const docs = await readSourceDirectories([join(dir, 'missing'), dir], warnings);
    expect(docs).toHaveLength(2);
    expect(warnings.some((w) => w.file === join(dir, 'missing') && /cannot read the directory/.test(w.message))).toBe(
      true,
    );
  });

  it('warns about a sidecar that is not JSON and goes on', async () => {
    const bad = await mkdtemp(join(tmpdir(), 'briefbot-read-'));
    try {
      await writeFile(join(bad, 'a.txt'), 'Текст.');
      await writeFile(join(bad, 'sources.json'), '{ not json');
      const warnings: IngestWarning[] = [];
      const docs = await readSourceDirectories([bad], warnings);
      expect(docs).toHaveLength(1);
      expect(warnings[0]?.file).toBe(join(bad, 'sources.json'));
      expect(warnings[0]?.message).toMatch(/not valid JSON/);
    } finally {
      await rm(bad, { recursive: true, force: true });
    }
  });
});
