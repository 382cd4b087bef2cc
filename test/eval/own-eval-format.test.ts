// Guards the project's own eval set (test/eval/own.jsonl) against typos and drift:
// every line is a well-formed item, the set is big and balanced enough, every cited document
// exists, and every expected answer can actually be found in the text it is supposed to come from.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EVAL_FILE = join(ROOT, 'test/eval/own.jsonl');
const SOURCE_DIRS = [join(ROOT, 'data/sources'), join(ROOT, 'test/fixtures/sources')];
const SHARED = fileURLToPath(new URL('../../../shared/eval/', import.meta.url));

// Same as normalize() in ../shared/eval/lib/corpus.mjs (the scorer's only matching rule);
// re-implemented so the test runs without ../shared, and compared with it below when present.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const QUOTES = /[«»“”„‟"'‘’‚‛‹›`]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
function normalize(s: string): string {
  return String(s)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(INVISIBLE, '')
    .replace(QUOTES, '')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The scorer's document id: "000_<hash>.txt" -> "000", otherwise the name without extension. */
function docId(fileName: string): string {
  return /^\d{3}_/.test(fileName) ? fileName.slice(0, 3) : basename(fileName, extname(fileName));
}

function loadDocs(): Map<string, string> {
  const docs = new Map<string, string>();
  for (const dir of SOURCE_DIRS) {
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (f.startsWith('.') || !['.txt', '.md'].includes(extname(f).toLowerCase()) || !statSync(p).isFile()) continue;
      docs.set(docId(f), normalize(readFileSync(p, 'utf8')));
    }
  }
  return docs;
}

interface Item {
  id: string;
  lang: 'en' | 'ru';
  question: string;
  kind: string;
  expect_all: string[][];
  expect_none: string[];
  cite_any: string[];
  abstain: boolean;
  note: string;
  rendered?: boolean;
}

const KINDS = ['when', 'who', 'how_many', 'which', 'where', 'why', 'yesno', 'timeline', 'what_happened', 'abstain'];

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '');
}

/** Parses every line; returns the items and one message per malformed line. */
function parseEval(): { items: Item[]; errors: string[] } {
  const items: Item[] = [];
  const errors: string[] = [];
  readFileSync(EVAL_FILE, 'utf8')
    .split('\n')
    .forEach((line, n) => {
      if (!line.trim()) return;
      const at = `own.jsonl:${n + 1}`;
      let raw: Record<string, unknown>;
      try {
        raw = JSON.parse(line);
      } catch (e) {
        errors.push(`${at}: bad JSON (${(e as Error).message})`);
        return;
      }
      const bad = (why: string) => errors.push(`${at} ${String(raw.id ?? '')}: ${why}`);
      if (typeof raw.id !== 'string' || !raw.id) bad('id must be a non-empty string');
      if (raw.lang !== 'en' && raw.lang !== 'ru') bad('lang must be "en" or "ru"');
      if (typeof raw.question !== 'string' || !raw.question.trim()) bad('question must be a non-empty string');
      if (typeof raw.kind !== 'string' || !KINDS.includes(raw.kind)) bad(`kind must be one of ${KINDS.join(', ')}`);
      if (!Array.isArray(raw.expect_all) || !raw.expect_all.every((g) => isStringArray(g) && g.length > 0))
        bad('expect_all must be an array of non-empty arrays of strings');
      if (!isStringArray(raw.expect_none)) bad('expect_none must be an array of strings');
      if (!isStringArray(raw.cite_any)) bad('cite_any must be an array of strings');
      if (typeof raw.abstain !== 'boolean') bad('abstain must be a boolean');
      if (typeof raw.note !== 'string' || !raw.note.trim()) bad('note must say where the answer is');
      if (raw.rendered !== undefined && typeof raw.rendered !== 'boolean') bad('rendered must be a boolean');
      if (raw.abstain === true) {
        if ((raw.expect_all as unknown[])?.length || (raw.cite_any as unknown[])?.length)
          bad('abstain items take no expect_all and no cite_any');
      } else if (raw.abstain === false) {
        if (!(raw.expect_all as unknown[])?.length) bad('an answerable item needs at least one expect_all group');
        if (!(raw.cite_any as unknown[])?.length) bad('an answerable item needs at least one cite_any document');
        if (raw.kind === 'abstain') bad('kind "abstain" on an item with abstain=false');
      }
      items.push(raw as unknown as Item);
    });
  return { items, errors };
}

describe('test/eval/own.jsonl', () => {
  const { items, errors: parseErrors } = parseEval();
  const docs = loadDocs();

  it('every line is a well-formed item', () => {
    expect(parseErrors).toEqual([]);
  });

  it('ids are unique and questions are not repeated', () => {
    const dupIds = items.map((i) => i.id).filter((id, n, all) => all.indexOf(id) !== n);
    const qs = items.map((i) => normalize(i.question));
    const dupQs = qs.filter((q, n) => qs.indexOf(q) !== n);
    expect(dupIds).toEqual([]);
    expect(dupQs).toEqual([]);
  });

  it('is large and balanced: ≥70 items, ≥30 per language, ≥12 abstain', () => {
    expect(items.length).toBeGreaterThanOrEqual(70);
    expect(items.filter((i) => i.lang === 'en').length).toBeGreaterThanOrEqual(30);
    expect(items.filter((i) => i.lang === 'ru').length).toBeGreaterThanOrEqual(30);
    expect(items.filter((i) => i.abstain).length).toBeGreaterThanOrEqual(12);
  });

  it('covers the fixture articles and the corpus', () => {
    const fixtureIds = [...docs.keys()].filter((id) => !/^\d{3}$/.test(id));
    for (const id of fixtureIds) expect(items.some((i) => i.cite_any.includes(id)), `no question cites ${id}`).toBe(true);
    expect(items.filter((i) => i.cite_any.some((id) => /^\d{3}$/.test(id))).length).toBeGreaterThanOrEqual(20);
  });

  it('every cite_any id names a document in data/sources or test/fixtures/sources', () => {
    const unknown = items.flatMap((i) => i.cite_any.filter((id) => !docs.has(id)).map((id) => `${i.id}: ${id}`));
    expect(unknown).toEqual([]);
  });

  it('every expect_all group has an alternative in a cited document (unless rendered)', () => {
    const missing: string[] = [];
    for (const it of items) {
      if (it.abstain || it.rendered) continue;
      const texts = it.cite_any.map((id) => docs.get(id) ?? '');
      for (const group of it.expect_all) {
        if (!group.some((alt) => texts.some((t) => t.includes(normalize(alt)))))
          missing.push(`${it.id}: none of [${group.join(' | ')}] occurs in ${it.cite_any.join(', ')}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every `quoted` passage in a note occurs verbatim (normalized) in a cited document', () => {
    const missing: string[] = [];
    for (const it of items) {
      if (it.abstain) continue;
      const texts = it.cite_any.map((id) => docs.get(id) ?? '');
      for (const m of it.note.matchAll(/`([^`]+)`/g)) {
        // "..." inside a quote marks an omission; each part must occur.
        for (const part of normalize(m[1] ?? '').split(/\s*\.\.\.\s*/).filter(Boolean)) {
          if (!texts.some((t) => t.includes(part))) missing.push(`${it.id}: "${part}"`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('no expect_none string is also an expected alternative', () => {
    const clashes = items.flatMap((it) =>
      it.expect_none
        .filter((bad) => it.expect_all.some((g) => g.some((alt) => normalize(alt).includes(normalize(bad)))))
        .map((bad) => `${it.id}: ${bad}`),
    );
    expect(clashes).toEqual([]);
  });

  it.runIf(existsSync(join(SHARED, 'lib/corpus.mjs')))('matches the shared scorer: same normalize(), no dev.jsonl question reused', async () => {
    const shared = (await import(join(SHARED, 'lib/corpus.mjs'))) as { normalize: (s: string) => string };
    const samples = [...items.map((i) => i.question), ...items.flatMap((i) => i.expect_all.flat()), '«Сары-Арка\n\nЭйр» — Ёж\u00AD'];
    for (const s of samples) expect(normalize(s)).toBe(shared.normalize(s));
    const dev = new Set(
      readFileSync(join(SHARED, 'dev.jsonl'), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => normalize((JSON.parse(l) as { question: string }).question)),
    );
    expect(items.filter((i) => dev.has(normalize(i.question))).map((i) => i.id)).toEqual([]);
  });
});
