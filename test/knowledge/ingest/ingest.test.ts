import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type IngestResult,
  ingestDirectories,
  ingestDocuments,
  type RawDocument,
} from '../../../src/knowledge/ingest/ingest.ts';
import { MAX_DOCUMENT_BYTES } from '../../../src/knowledge/ingest/read-sources.ts';
import { SCHEMA_VERSION } from '../../../src/knowledge/store/fact-store.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS = join(ROOT, 'data', 'sources');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'sources');

const utf8 = (s: string) => new TextEncoder().encode(s);
const GOOD = 'Лукашенко принял делегацию США в Минске 21 июня 2025 года. В тот же день освобождены 14 человек.';
const GOOD_EN = 'On 3 May 2024 the envoy arrived in Vilnius. Two prisoners were released that day.';

let corpus: IngestResult;
let both: IngestResult;
beforeAll(async () => {
  corpus = await ingestDirectories([CORPUS]);
  both = await ingestDirectories([CORPUS, FIXTURES]);
}, 60_000);

describe('ingestDirectories on the corpus', () => {
  it('reads the five documents without a warning', () => {
    expect(corpus.report.documents).toBe(5);
    expect(corpus.report.warnings).toEqual([]);
    expect(corpus.data.sources.map((s) => s.id)).toEqual(['000', '001', '002', '003', '004']);
    expect(corpus.data.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('takes the metadata from sources.json', () => {
    expect(corpus.data.sources.find((s) => s.id === '004')).toMatchObject({
      published: '2025-09-15',
      lang: 'ru',
      estimated: ['published'],
    });
    expect(corpus.data.sources.find((s) => s.id === '003')).toMatchObject({
      lang: 'en',
      title: 'Belarus and the United States: another reset?',
    });
  });

  it('stores each original text byte-identical', () => {
    for (const s of corpus.data.sources) expect(corpus.data.texts[s.id]).toBe(readFileSync(s.file, 'utf8'));
  });

  it('is deterministic: two runs give byte-identical JSON', async () => {
    const again = await ingestDirectories([CORPUS]);
    expect(JSON.stringify(again.data)).toBe(JSON.stringify(corpus.data));
  });

  it('does not depend on the order the documents arrive in', () => {
    const docs: RawDocument[] = corpus.data.sources.map((s) => ({ file: s.file, bytes: readFileSync(s.file) }));
    const a = ingestDocuments(docs);
    const b = ingestDocuments([...docs].reverse());
    expect(JSON.stringify(b.data.facts)).toBe(JSON.stringify(a.data.facts));
  });

  it('counts facts by type in the report as they are in the store', () => {
    const counted: Record<string, number> = {};
    for (const f of corpus.data.facts) counted[f.type] = (counted[f.type] ?? 0) + 1;
    expect(corpus.report.factsByType).toEqual(counted);
    expect(corpus.report.sentences).toBe(corpus.data.sentences.length);
  });
});

describe('every quote is a verbatim slice of its file', () => {
  it('sentences (corpus and fixtures)', () => {
    for (const s of both.data.sentences) {
      const text = both.data.texts[s.sourceId] as string;
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.end).toBeGreaterThan(s.start);
      // The clean text comes from the same span: its first and last characters are there as they are.
      expect(text[s.start], s.id).toBe(s.text[0]);
      expect(text[s.end - 1], s.id).toBe(s.text[s.text.length - 1]);
    }
  });

  it('fact evidence (corpus and fixtures)', () => {
    expect(both.data.facts.length).toBeGreaterThan(50);
    for (const f of both.data.facts) {
      expect(f.evidence.length).toBeGreaterThan(0);
      expect(f.sentenceIds).toHaveLength(f.evidence.length);
      for (const e of f.evidence) expect(both.data.texts[e.sourceId]?.slice(e.start, e.end), f.id).toBe(e.quote);
    }
  });

  it('fact ids are unique', () => {
    const ids = both.data.facts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('page junk is never evidence', () => {
  const text004 = readFileSync(join(CORPUS, '004_89c879bc2f5c7943.txt'), 'utf8');
  const lines = text004.split('\n').map((l) => l.trim());
  const headlines = lines
    .slice(
      lines.indexOf('Menu') + 1,
      lines.findIndex((l) => l.startsWith('Потепление на треке')),
    )
    .filter(Boolean);
  const quotes004 = () =>
    both.data.facts
      .flatMap((f) => f.evidence)
      .filter((e) => e.sourceId === '004')
      .map((e) => e.quote);

  it.each([
    [/see\d/],
    [/\bsee/],
    [/Просмотров/],
    [/Minval Politika/],
    [/Самые читаемые/],
    [/заархивирована/],
    [/Комментари/],
  ])('no fact quote of 004 matches %s', (junk) => {
    for (const q of quotes004()) expect(q).not.toMatch(junk);
  });

  it('no fact quote of 004 holds a headline of the unrelated-news list', () => {
    expect(headlines.length).toBeGreaterThanOrEqual(20);
    for (const q of quotes004()) for (const h of headlines) expect(q).not.toContain(h);
  });

  it('no sentence of 004 is a line of the "most read" list', () => {
    for (const s of both.data.sentences.filter((x) => x.sourceId === '004'))
      expect(s.text).not.toMatch(/\d{2}:\d{2}see\d+/);
  });

  // The fixture ends with "Читайте также:" and a list of other articles, as 004 does; the label becomes a sentence and a fact.
  it('"Читайте также:" in kz-eu-talks-2024 is not fact evidence', () => {
    const quotes = both.data.facts
      .flatMap((f) => f.evidence)
      .filter((e) => e.sourceId === 'kz-eu-talks-2024')
      .map((e) => e.quote);
    for (const q of quotes) expect(q).not.toContain('Читайте также');
  });

  it('the comment prompts under 004 ("Войдите, чтобы оставлять комментарии...") are not sentences', () => {
    for (const s of both.data.sentences.filter((x) => x.sourceId === '004'))
      expect(s.text).not.toMatch(/Войдите, чтобы оставлять комментарии|Будьте первыми/);
  });
});

describe('bad input: each gets a warning naming the file, ingest goes on', () => {
  const cp1251 = Uint8Array.from(
    [...'Посланник прибыл в Минск 3 мая 2024 года. Освобождены 5 человек.'].map((ch) => {
      const c = ch.codePointAt(0) as number;
      return c < 0x80 ? c : c - 0x410 + 0xc0;
    }),
  );
  const cases: { name: string; doc: RawDocument; warning: RegExp; read: boolean }[] = [
    {
      name: 'an empty file',
      doc: { file: 'in/empty.txt', bytes: new Uint8Array() },
      warning: /skipped: empty file/,
      read: false,
    },
    {
      name: 'a binary file',
      doc: { file: 'in/scan.txt', bytes: Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]) },
      warning: /skipped: binary/,
      read: false,
    },
    {
      name: 'invalid UTF-8 that is not Cyrillic',
      doc: { file: 'in/latin1.txt', bytes: Uint8Array.from([...utf8('Caf'), 0xe9, ...utf8(' and more text here.')]) },
      warning: /skipped: not valid UTF-8/,
      read: false,
    },
    { name: 'a Windows-1251 file', doc: { file: 'in/cp1251.txt', bytes: cp1251 }, warning: /Windows-1251/, read: true },
    {
      name: 'broken front matter (never closed)',
      doc: { file: 'in/broken.md', bytes: utf8(`---\ntitle: Broken\n\n${GOOD_EN}`) },
      warning: /never closed/,
      read: true,
    },
    {
      name: 'front matter with a line that is not a field',
      doc: { file: 'in/odd.md', bytes: utf8(`---\ntitle: Odd\nnot a field\n---\n${GOOD_EN}`) },
      warning: /not understood/,
      read: true,
    },
    {
      name: 'a bad published date',
      doc: { file: 'in/date.md', bytes: utf8(`---\npublished: 21.06.2025\n---\n${GOOD_EN}`) },
      warning: /not YYYY/,
      read: true,
    },
    {
      name: 'only headings, no prose',
      doc: { file: 'in/menu.txt', bytes: utf8('Menu\n\nHome\n\nNews\n') },
      warning: /no prose/,
      read: false,
    },
  ];

  it.each(cases)('$name', ({ doc, warning, read }) => {
    const good: RawDocument = { file: 'in/good.txt', bytes: utf8(GOOD) };
    const { data, report } = ingestDocuments([good, doc]);
    const mine = report.warnings.filter((w) => w.file === doc.file);
    expect(mine.length, JSON.stringify(report.warnings)).toBeGreaterThan(0);
    expect(mine.map((w) => w.message).join('\n')).toMatch(warning);
    expect(data.sources.map((s) => s.file)).toEqual(read ? [doc.file, good.file].sort() : [good.file]);
    expect(data.sentences.some((s) => s.sourceId === 'good')).toBe(true);
  });

  it('the Windows-1251 text is read as Cyrillic', () => {
    const { data } = ingestDocuments([{ file: 'in/cp1251.txt', bytes: cp1251 }]);
    expect(data.texts.cp1251).toContain('Посланник прибыл в Минск');
    expect(data.facts.some((f) => f.type === 'release' || f.type === 'visit')).toBe(true);
  });

  it('the same document twice is read once, with a warning naming both files', () => {
    const { data, report } = ingestDocuments([
      { file: 'a/one.txt', bytes: utf8(GOOD) },
      { file: 'b/copy.txt', bytes: utf8(GOOD) },
    ]);
    expect(data.sources.map((s) => s.file)).toEqual(['a/one.txt']);
    expect(report.warnings).toEqual([{ file: 'b/copy.txt', message: 'skipped: the same document as a/one.txt' }]);
  });

  it('two different documents with the same id both stay, the second renamed', () => {
    const { data, report } = ingestDocuments([
      { file: 'a/note.txt', bytes: utf8(GOOD) },
      { file: 'b/note.md', bytes: utf8(GOOD_EN) },
    ]);
    expect(data.sources.map((s) => s.id)).toEqual(['note', 'note-2']);
    expect(report.warnings[0]?.file).toBe('b/note.md');
    expect(report.warnings[0]?.message).toMatch(/already has id "note"/);
  });

  it('nothing readable: documents 0 and a warning that says so', () => {
    const { data, report } = ingestDocuments([{ file: 'x/empty.txt', bytes: new Uint8Array() }]);
    expect(report.documents).toBe(0);
    expect(data.sources).toEqual([]);
    expect(report.warnings.map((w) => w.file)).toEqual(['x/empty.txt', '(all)']);
  });

  describe('from a directory', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'briefbot-ingest-'));
      await writeFile(join(dir, 'a-good.txt'), GOOD);
      await writeFile(join(dir, 'b-empty.txt'), '');
      await writeFile(join(dir, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
      await writeFile(join(dir, 'd-huge.txt'), Buffer.alloc(MAX_DOCUMENT_BYTES + 1024, 'а'));
      await writeFile(join(dir, 'e-copy.txt'), GOOD);
      await writeFile(join(dir, 'f-broken.md'), `---\ntitle: x\n${GOOD_EN}`);
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('warns once per bad file, naming it, and reads the rest', async () => {
      const { data, report } = await ingestDirectories([dir]);
      const byFile = new Map(report.warnings.map((w) => [w.file, w.message]));
      expect(byFile.get(join(dir, 'b-empty.txt'))).toMatch(/empty/);
      expect(byFile.get(join(dir, 'c-binary.txt'))).toMatch(/binary/);
      expect(byFile.get(join(dir, 'd-huge.txt'))).toMatch(/MB limit/);
      expect(byFile.get(join(dir, 'e-copy.txt'))).toMatch(/same document as .*a-good\.txt/);
      expect(byFile.get(join(dir, 'f-broken.md'))).toMatch(/never closed/);
      expect(data.sources.map((s) => s.id)).toEqual(['a-good', 'f-broken']);
      expect(report.documents).toBe(2);
    });
  });
});

describe('three files with one id prefix (001_a, 001_b, 001_c)', () => {
  it('get three ids, and every sentence and fact quote of each comes from its own file', () => {
    const docs: RawDocument[] = ['a', 'b', 'c'].map((letter, i) => ({
      file: `in/001_${letter}.txt`,
      bytes: utf8(
        `Document ${letter}.\n\nOn ${i + 3} May 2024 the envoy visited Minsk for talks about document ${letter}. ` +
          `${i + 10} prisoners were released on ${i + 5} May 2024.`,
      ),
    }));
    const { data } = ingestDocuments(docs);
    expect(data.sources.map((s) => s.id).sort()).toEqual(['001_a', '001_b', '001_c']);
    for (const s of data.sentences) expect(data.texts[s.sourceId]?.slice(s.start, s.end)).toContain(s.text.slice(0, 8));
    for (const f of data.facts)
      for (const e of f.evidence) expect(data.texts[e.sourceId]?.slice(e.start, e.end), f.id).toBe(e.quote);
  });
});

describe('the year a yearless date takes from the sentence before', () => {
  const doc = (second: string) => ({
    file: 'in/years.md',
    bytes: new TextEncoder().encode(`---
title: Вендт на свободе
published: 2026-07-01
lang: ru
---
Вендт на свободе

10 июня Варнел задержал Илью Вендта. ${second} Через два дня, 12 июня, его отпустили.
`),
  });
  const yearOf12June = (second: string) =>
    Object.values(ingestDocuments([doc(second)]).data.annotations)
      .flatMap((a) => a.dates)
      .find((d) => d.text === '12 июня')?.date.year;

  it('is the year that sentence dates its event in', () => {
    expect(yearOf12June('В январе 2025 года Варнел ужесточил законы.')).toBe(2025);
  });

  it('is not the year of a background date there (a relative clause)', () => {
    expect(yearOf12June('Его сестра, которая уехала в Кештов в 2019 году, ждала его.')).toBe(2026);
  });
});
