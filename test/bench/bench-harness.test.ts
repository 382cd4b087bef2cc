import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWorker, startFlags } from '../../bench/child.ts';
import { corpusBytes, generateCorpus, generateDocument } from '../../bench/generate-corpus.ts';
import { percentile } from '../../bench/stats.ts';
import { formatFigure, formatTable } from '../../bench/table.ts';

// The benchmark harness only: no benchmark runs here (they are for `npm run bench`).

describe('the bench table', () => {
  it('prints one header, a rule and one aligned line per row', () => {
    const table = formatTable([
      { what: 'answer latency p50', size: 'corpus', figure: 1.234, unit: 'ms', baseline: 'fuse.js 29 ms (24x)' },
      { what: 'ingest', size: 'generated, 300 docs', figure: 'over budget: > 180 s', unit: '' },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^what\s+size\s+figure\s+unit\s+baseline$/);
    expect(lines[2]).toContain('1.23');
    expect(lines[2]).toContain('fuse.js 29 ms (24x)');
    expect(lines[3]).toContain('over budget: > 180 s');
    expect(lines[2]?.indexOf('ms')).toBe(lines[0]?.indexOf('unit'));
  });

  it('formats figures to about three significant digits without exponents', () => {
    expect(formatFigure(1234.56)).toBe('1,235');
    expect(formatFigure(12.345)).toBe('12.3');
    expect(formatFigure(0.000123)).toBe('0.000123');
    expect(formatFigure(7)).toBe('7');
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([5], 99)).toBe(5);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('the generated corpus', () => {
  it('is the same for the same seed, and a smaller corpus is a prefix of a bigger one', () => {
    const small = generateCorpus(5, 7);
    const big = generateCorpus(20, 7);
    expect(big.slice(0, 5)).toEqual(small);
    expect(generateCorpus(5, 8)).not.toEqual(small);
  });

  it('mixes Russian and English documents of about 10 KB with dates, counts and names', () => {
    const docs = generateCorpus(100);
    const langs = new Set(docs.map((d) => d.sidecar.lang));
    expect(langs).toEqual(new Set(['ru', 'en']));
    const average = corpusBytes(docs) / docs.length;
    expect(average).toBeGreaterThan(8_000);
    expect(average).toBeLessThan(12_000);
    const text = docs.map((d) => new TextDecoder().decode(d.bytes)).join('\n');
    expect(text).toMatch(/\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) 20\d\d года/);
    expect(text).toMatch(/on \d{1,2} (January|June|November|March) 20\d\d/);
    expect(text).toMatch(/освобождены (ещё )?\d+ /);
    expect(text).toMatch(/Келлог(ом|а)?[\s.,]/);
    expect(generateDocument(3).file).toBe('gen-00003.txt');
  });
});

describe('runWorker', () => {
  it('returns the JSON object a worker prints last', async () => {
    const run = await runWorker<{ answer: number; args: string[] }>('../test/bench/fake-worker.ts', ['ok', 'x'], 20_000);
    expect(run).toMatchObject({ ok: true, value: { answer: 42, args: ['x'] } });
  });

  it('kills a worker over its time budget and says so', async () => {
    const run = await runWorker('../test/bench/fake-worker.ts', ['hang'], 1_500);
    expect(run).toMatchObject({ ok: false, timedOut: true });
    expect(run.ok ? '' : run.reason).toMatch(/over budget/);
  });

  it('runs the worker with the node flags it is given', async () => {
    const run = await runWorker<{ execArgv: string[] }>('../test/bench/fake-worker.ts', ['ok'], 20_000, [
      '--max-semi-space-size=4',
    ]);
    expect(run.ok && run.value.execArgv).toContain('--max-semi-space-size=4');
  });

  it('reports a crashed worker', async () => {
    const run = await runWorker('../test/bench/fake-worker.ts', ['crash'], 20_000);
    expect(run).toMatchObject({ ok: false, timedOut: false });
  });
});

describe('startFlags', () => {
  const withStart = async (start: string) => {
    const dir = await mkdtemp(join(tmpdir(), 'briefbot-flags-'));
    const file = join(dir, 'package.json');
    await writeFile(file, JSON.stringify({ scripts: { start } }));
    return file;
  };

  it('takes the flags npm start gives node, before --import', async () => {
    const file = await withStart('exec node --max-semi-space-size=4 --stack-size=2000 --import tsx src/main.ts');
    expect(startFlags(file)).toEqual(['--max-semi-space-size=4', '--stack-size=2000']);
  });

  it('gives none when the start script does not run node itself', async () => {
    expect(startFlags(await withStart('exec tsx src/main.ts'))).toEqual([]);
  });

  // The answer benchmark measures the bot's process: it must see what the bot is started with.
  it("reads this project's start script", () => {
    expect(startFlags()).toContain('--max-semi-space-size=4');
  });
});
