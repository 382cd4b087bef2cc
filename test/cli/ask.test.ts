import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Run, runCli } from './run-cli.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function ask(args: string[], stdin = ''): Promise<Run> {
  return runCli('src/cli/ask.ts', args, stdin);
}

// A store of its own in a temp dir: the test never writes data/facts.json, which others may be using.
let dir: string;
let sources: string;
let db: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-ask-'));
  sources = join(dir, 'sources');
  db = join(dir, 'facts.json');
  await mkdir(sources);
  for (const f of [
    '000_f63344977a15fa25.txt',
    '001_27d7dd378b6d5f7f.txt',
    '002_05565370cb945987.txt',
    '003_1f6e966b7e256455.txt',
    '004_89c879bc2f5c7943.txt',
    'sources.json',
  ]) {
    await copyFile(join(ROOT, 'data', 'sources', f), join(sources, f));
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ask --jsonl', () => {
  it('answers 3 stdin lines (empty, 10,000 chars, a real question) with exactly 3 JSON lines and nothing else on stdout', async () => {
    const long = 'Когда Келлог приезжал в Минск? '.repeat(400).slice(0, 10_000);
    const run = await ask(
      ['--jsonl', '--sources', sources, '--db', db],
      `${['', long, 'When did Coale visit Minsk in September 2025?'].join('\n')}\n`,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.endsWith('\n')).toBe(true);
    const lines = run.stdout.slice(0, -1).split('\n');
    expect(lines).toHaveLength(3);
    const answers = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const a of answers) {
      expect(Object.keys(a)).toEqual(
        expect.arrayContaining(['question', 'lang', 'answered', 'intent', 'confidence', 'text', 'citations', 'facts']),
      );
    }
    const [empty, truncated, real] = answers as [
      Record<string, unknown>,
      Record<string, unknown>,
      Record<string, unknown>,
    ];
    expect(empty.answered).toBe(false);
    expect(empty.citations).toEqual([]);
    expect(truncated.truncated).toBe(true);
    expect(String(truncated.question).length).toBeLessThanOrEqual(500);
    expect(truncated.lang).toBe('ru');
    expect(real.answered).toBe(true);
    expect(String(real.text)).toContain('11 September');
    const citations = real.citations as { sourceId: string; quote: string; start: number; end: number }[];
    expect(citations.length).toBeGreaterThan(0);
    // The progress of the first build goes to stderr, never stdout.
    expect(run.stderr).toMatch(/Building the fact store/);
  }, 60_000);

  it('reuses the store it built (no rebuild message) and keeps the order of the questions', async () => {
    const run = await ask(
      ['--jsonl', '--sources', sources, '--db', db],
      'Who is Yuri Zenkovich?\nКогда Помпео был в Минске?\n',
    );
    expect(run.code, run.stderr).toBe(0);
    const answers = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { question: string; lang: string });
    expect(answers.map((a) => [a.question, a.lang])).toEqual([
      ['Who is Yuri Zenkovich?', 'en'],
      ['Когда Помпео был в Минске?', 'ru'],
    ]);
    expect(run.stderr).not.toMatch(/Building the fact store/);
  }, 60_000);

  it('a lone CR inside a line does not split it: 3 lines in, 3 JSON lines out (CRLF endings too)', async () => {
    const input =
      'Who is Yuri Zenkovich?\rWho is Kellogg?\nКогда Помпео был в Минске?\r\nWhen did Coale visit Minsk?\n';
    const run = await ask(['--jsonl', '--sources', sources, '--db', db], input);
    expect(run.code, run.stderr).toBe(0);
    const questions = run.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { question: string }).question);
    expect(questions).toHaveLength(3);
    expect(questions[0]).toContain('Zenkovich');
    expect(questions[0]).toContain('Kellogg');
    expect(questions[1]).toBe('Когда Помпео был в Минске?');
  }, 60_000);

  it('--lang ru forces the answer language; a bad --lang exits 2 with a message', async () => {
    const ru = await ask([
      '--json',
      '--lang',
      'ru',
      '--sources',
      sources,
      '--db',
      db,
      'When did Coale visit Minsk in September 2025?',
    ]);
    expect(ru.code, ru.stderr).toBe(0);
    const a = JSON.parse(ru.stdout) as { lang: string; text: string };
    expect(a.lang).toBe('ru');
    expect(a.text).toContain('11 сентября');
    const bad = await ask(['--json', '--lang', 'de', '--db', db, 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/--lang must be en or ru, not "de"/);
  }, 60_000);
});
