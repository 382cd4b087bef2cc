// `npm run eval [-- --only dev|own|stories|ours|aa,bw,...] [--show-fail N]`
//
// Scores the ask CLI on two eval sets with the shared scorer (../shared/eval/score.mjs) and prints
// one short table:
//   dev: ../shared/eval/dev.jsonl on ../shared/corpus, with the default fact store;
//   own: test/eval/own.jsonl on data/sources + test/fixtures/sources, with a temporary fact store
//        built by `npm run -s ingest -- --sources data/sources --sources test/fixtures/sources --db tmp/eval-facts.json`;
//   each storyline of ../shared/eval/stories (aa, bw, ...), then each of ours (test/eval/stories: xi, xs,
//        ...): its questions on its own six documents, each ingested alone into tmp/eval-story-<name>.json;
//        the shared ones and ours are pooled apart ("stories pooled", "ours pooled").
// For leave-one-storyline-out figures of the tuning constants, `npm run eval:stories -- --loo`.
// The scorer's own output is parsed from its stdout ("overall: a/b = x%", "by lang: ...",
// "failures: ... citation-fabricated N ..."). With --show-fail N its failure details are printed too.
// Exit: 0 when every requested run completed (whatever the accuracy), 1 when a run failed, 2 on usage errors.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const EVAL_DB = 'tmp/eval-facts.json';
const USAGE = 'usage: npm run eval -- [--only dev|own|stories|ours|NAME,NAME] [--show-fail N]';

/** dev, own, or the name of a storyline of ../shared/eval/stories. */
export type EvalSet = string;

/** Storylines of ../shared/eval/stories. */
function storylines(): string[] {
  return storylinesIn(join(SHARED, 'eval/stories'));
}

/** Our own storylines (test/eval/stories), written like the shared ones by helpers who never saw the code. */
function ownStorylines(): string[] {
  return storylinesIn(join(ROOT, 'test/eval/stories'));
}

function storylinesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'questions.jsonl')))
    .sort();
}

/** The folder of a storyline: shared, or ours when the shared ones have no such name. */
function storyDir(story: string): string {
  return storylines().includes(story) ? join(SHARED, 'eval/stories', story) : join(ROOT, 'test/eval/stories', story);
}

export interface ScoreSummary {
  correct: number;
  total: number;
  accuracy: number; // percent, as printed by the scorer
  byLang: Record<string, { correct: number; total: number }>;
  failures: Record<string, number>; // reason -> count, e.g. "citation-fabricated" -> 0
  warnings: string[]; // the scorer's WARNING lines (answer count mismatch, invalid JSON)
  details: string[]; // the "first N failures:" block, when --show-fail N > 0
}

/** Parses the scorer's stdout; throws when the "overall:" line is missing. */
export function parseScoreOutput(stdout: string): ScoreSummary {
  const lines = stdout.split('\n');
  const overall = stdout.match(/^overall: (\d+)\/(\d+) = ([\d.]+)%/m);
  if (!overall) throw new Error('the scorer printed no "overall: a/b = x%" line');
  const byLang: ScoreSummary['byLang'] = {};
  const langLine = lines.find((l) => l.startsWith('by lang: '));
  for (const m of langLine?.slice('by lang: '.length).matchAll(/(\S+) (\d+)\/(\d+) [\d.]+%/g) ?? []) {
    byLang[m[1] as string] = { correct: Number(m[2]), total: Number(m[3]) };
  }
  const failures: Record<string, number> = {};
  const failLine = lines.find((l) => l.startsWith('failures: '));
  for (const m of failLine?.slice('failures: '.length).matchAll(/([a-z-]+) (\d+)/g) ?? []) {
    failures[m[1] as string] = Number(m[2]);
  }
  const start = lines.findIndex((l) => /^first \d+ failures?:/.test(l));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('accuracy: '));
  return {
    correct: Number(overall[1]),
    total: Number(overall[2]),
    accuracy: Number(overall[3]),
    byLang,
    failures,
    warnings: lines.filter((l) => l.startsWith('WARNING')),
    details: start >= 0 ? lines.slice(start, end > start ? end : undefined) : [],
  };
}

function pct(correct: number, total: number): string {
  return total ? `${((100 * correct) / total).toFixed(1)}%` : '-';
}

/** The one short table: eval set, items, accuracy, fabricated citations, accuracy by language. */
export function formatTable(rows: Array<{ set: EvalSet; summary: ScoreSummary }>): string {
  const langs = [...new Set(rows.flatMap((r) => Object.keys(r.summary.byLang)))].sort();
  const header = ['eval set', 'items', 'accuracy', 'fabricated', ...langs];
  const body = rows.map(({ set, summary: s }) => [
    set,
    String(s.total),
    `${s.accuracy.toFixed(1)}%`,
    String(s.failures['citation-fabricated'] ?? '?'),
    ...langs.map((l) => {
      const g = s.byLang[l];
      return g ? `${pct(g.correct, g.total)} (${g.correct}/${g.total})` : '-';
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [fmt(header), ...body.map(fmt)].join('\n');
}

interface Options {
  only: EvalSet[] | null;
  showFail: number;
}

function usageError(msg: string): never {
  console.error(`eval: ${msg}\n${USAGE}`);
  process.exit(2);
}

export function parseArgs(argv: string[]): Options {
  const opts: Options = { only: null, showFail: 0 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '-h' || flag === '--help') {
      console.log(USAGE);
      process.exit(0);
    }
    const value = argv[i + 1];
    if (flag !== '--only' && flag !== '--show-fail') usageError(`unknown argument ${flag}`);
    if (value === undefined) usageError(`${flag} needs a value`);
    i++;
    if (flag === '--only') {
      const known = ['dev', 'own', ...storylines(), ...ownStorylines()];
      const wanted = value === 'stories' ? storylines() : value === 'ours' ? ownStorylines() : value.split(',');
      const unknown = wanted.filter((w) => !known.includes(w));
      if (unknown.length)
        usageError(`--only: unknown eval set ${unknown.join(', ')} (known: ${known.join(', ')}, stories, ours)`);
      opts.only = wanted;
    } else {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) usageError('--show-fail must be a non-negative integer');
      opts.showFail = n;
    }
  }
  return opts;
}

function run(cmd: string, args: string[]): { ok: boolean; stdout: string; stderr: string; why: string } {
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
  return { ok: !r.error && r.status === 0, stdout: r.stdout ?? '', stderr: r.stderr ?? '', why };
}

function tail(text: string, n = 30): string {
  return text.trimEnd().split('\n').slice(-n).join('\n');
}

function checkShared(): void {
  const need = ['eval/score.mjs', 'eval/dev.jsonl', 'eval/lib/corpus.mjs', 'corpus'];
  const missing = need.filter((p) => !existsSync(join(SHARED, p)));
  if (missing.length) {
    console.error(
      `eval: the shared eval kit is missing: ${missing.map((p) => join(SHARED, p)).join(', ')}\n` +
        'eval: expected ../shared (with eval/score.mjs, eval/dev.jsonl and corpus/) next to the repository root.',
    );
    process.exit(1);
  }
}

function buildEvalStore(): boolean {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const args = [
    'run',
    '-s',
    'ingest',
    '--',
    '--sources',
    'data/sources',
    '--sources',
    'test/fixtures/sources',
    '--db',
    EVAL_DB,
  ];
  console.error(`eval: building ${EVAL_DB}: npm ${args.join(' ')}`);
  const r = run('npm', args);
  if (!r.ok) {
    console.error(`eval: ingest failed (${r.why}); its output:\n${tail(`${r.stdout}\n${r.stderr}`)}`);
    return false;
  }
  return true;
}

function buildStoryStore(story: string): boolean {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const args = ['run', '-s', 'ingest', '--', '--sources', storyDir(story), '--db', storyDb(story)];
  console.error(`eval: building ${storyDb(story)}`);
  const r = run('npm', args);
  if (!r.ok)
    console.error(`eval: ingest of ${story} failed (${r.why}); its output:\n${tail(`${r.stdout}\n${r.stderr}`)}`);
  return r.ok;
}

function storyDb(story: string): string {
  return `tmp/eval-story-${story}.json`;
}

function score(set: EvalSet, showFail: number): ScoreSummary | null {
  const scorer = join(SHARED, 'eval/score.mjs');
  const story = storyDir(set);
  const args =
    set === 'dev'
      ? [
          '--eval',
          join(SHARED, 'eval/dev.jsonl'),
          '--corpus',
          join(SHARED, 'corpus'),
          '--cmd',
          'npm run -s ask -- --jsonl',
        ]
      : set === 'own'
        ? [
            '--eval',
            'test/eval/own.jsonl',
            '--corpus',
            'data/sources',
            '--corpus',
            'test/fixtures/sources',
            '--cmd',
            `npm run -s ask -- --jsonl --db ${EVAL_DB}`,
          ]
        : [
            '--eval',
            join(story, 'questions.jsonl'),
            '--corpus',
            story,
            '--cmd',
            `npm run -s ask -- --jsonl --db ${storyDb(set)}`,
          ];
  args.push('--cwd', ROOT, '--show-fail', String(showFail));
  console.error(
    `eval: scoring ${set}: node ${scorer} ${args.map((a) => (/[\s']/.test(a) ? JSON.stringify(a) : a)).join(' ')}`,
  );
  const r = run(process.execPath, [scorer, ...args]);
  try {
    if (!r.ok) throw new Error(`the scorer failed (${r.why})`);
    return parseScoreOutput(r.stdout);
  } catch (e) {
    console.error(`eval: ${set}: ${(e as Error).message}; scorer output:\n${tail(`${r.stdout}\n${r.stderr}`)}`);
    return null;
  }
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  checkShared();
  const sets: EvalSet[] = opts.only ?? ['dev', 'own', ...storylines(), ...ownStorylines()];
  const rows: Array<{ set: EvalSet; summary: ScoreSummary }> = [];
  let failed = false;
  for (const set of sets) {
    if (set === 'own' && !buildEvalStore()) {
      failed = true;
      continue;
    }
    if (set !== 'own' && set !== 'dev' && !buildStoryStore(set)) {
      failed = true;
      continue;
    }
    const summary = score(set, opts.showFail);
    if (!summary) {
      failed = true;
      continue;
    }
    rows.push({ set, summary });
    for (const w of summary.warnings) console.error(`eval: ${set}: ${w}`);
  }
  const shared = storylines();
  pool(rows, 'stories pooled', (set) => shared.includes(set));
  const ours = ownStorylines();
  pool(rows, 'ours pooled', (set) => ours.includes(set));
  if (rows.length) console.log(formatTable(rows));
  for (const { set, summary } of rows) {
    if (summary.details.length) console.log(`\n${set}: ${summary.details.join('\n')}`);
  }
  process.exit(failed ? 1 : 0);
}

/** Adds a row pooling the rows of the sets `member` picks, when there are two or more. */
function pool(rows: Array<{ set: EvalSet; summary: ScoreSummary }>, name: string, member: (set: EvalSet) => boolean) {
  const stories = rows.filter((r) => member(r.set));
  if (stories.length > 1) {
    const correct = stories.reduce((n, r) => n + r.summary.correct, 0);
    const total = stories.reduce((n, r) => n + r.summary.total, 0);
    const fabricated = stories.reduce((n, r) => n + (r.summary.failures['citation-fabricated'] ?? 0), 0);
    rows.push({
      set: name,
      summary: {
        correct,
        total,
        accuracy: (100 * correct) / total,
        byLang: {},
        failures: { 'citation-fabricated': fabricated },
        warnings: [],
        details: [],
      },
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
