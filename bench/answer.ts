import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ingestDirectories } from '../src/knowledge/ingest/ingest.ts';
import { writeIndexedStore } from '../src/knowledge/indexed-store.ts';
import type { AnswerMeasurement } from './answer-worker.ts';
import { REPO_ROOT, runWorker, startFlags } from './child.ts';
import { BENCH_CACHE, GENERATED_SIZES, generatedStoreFile } from './ingest.ts';
import type { BenchRow } from './table.ts';

/**
 * Per-question latency (warm, ≥2,000 questions cycling ../shared/eval/dev.jsonl), start-up time
 * (load store + index cache + language data + first answer) and memory (after start-up and after the answers), on
 * the corpus and on the largest generated store, with two baselines measured in the same process:
 * BM25 over sentences with Snowball stems (bench/bm25.ts) and fuse.js over every sentence, top result.
 */

export const DEV_QUESTIONS = join(REPO_ROOT, '..', 'shared', 'eval', 'dev.jsonl');
const TOTAL_QUESTIONS = 2000;
/** Fuse takes ~0.1-1 s a question on big stores: it gets whole passes over the questions within this budget. */
const FUSE_BUDGET_MS = 30_000;
const WORKER_TIMEOUT_MS = 15 * 60_000;

export interface AnswerBenchOptions {
  /** A generated store written by the ingest benchmark; default: the largest in .bench/. */
  generated?: { documents: number; file: string };
  log?: (line: string) => void;
}

export async function benchAnswer(options: AnswerBenchOptions = {}): Promise<BenchRow[]> {
  const log = options.log ?? (() => {});
  await access(DEV_QUESTIONS).catch(() => {
    throw new Error(`${DEV_QUESTIONS} is missing: the answer benchmark needs ../shared/eval/dev.jsonl`);
  });
  const corpusFile = join(BENCH_CACHE, 'corpus.facts.json');
  await mkdir(BENCH_CACHE, { recursive: true });
  log('answer: building the corpus store');
  const corpus = await ingestDirectories([join(REPO_ROOT, 'data', 'sources')]);
  await writeIndexedStore(corpusFile, corpus.data, undefined, corpus.tables);

  const stores = [{ label: 'corpus', file: corpusFile }];
  const generated = options.generated ?? (await largestGeneratedStore());
  if (generated) stores.push({ label: `generated, ${generated.documents} docs`, file: generated.file });

  const rows: BenchRow[] = [];
  for (const store of stores) {
    log(`answer: ${store.label}`);
    const prepared = await runWorker<{ indexFrom: string }>(
      'answer-worker.ts',
      ['--prepare', store.file],
      WORKER_TIMEOUT_MS,
    );
    if (prepared.ok && prepared.value.indexFrom === 'built') log(`answer: built the index cache of ${store.file}`);
    // With the bot's node flags (`npm start`): start-up, latency and memory are those of the bot's process.
    const run = await runWorker<AnswerMeasurement>(
      'answer-worker.ts',
      [store.file, DEV_QUESTIONS, String(TOTAL_QUESTIONS), String(FUSE_BUDGET_MS)],
      WORKER_TIMEOUT_MS,
      startFlags(),
    );
    if (run.ok) rows.push(...rowsOf(store.label, run.value));
    else rows.push({ what: 'answer latency', size: store.label, figure: run.reason, unit: '', failed: true });
  }
  if (!generated) {
    rows.push({
      what: 'answer latency',
      size: 'generated store',
      figure: 'not run: no generated store (the ingest benchmark builds it)',
      unit: '',
    });
  }
  return rows;
}

function rowsOf(label: string, m: AnswerMeasurement): BenchRow[] {
  const store = `${label}: ${m.sentences} sentences, ${m.facts} facts`;
  const timed = `${store}; ${m.questions} questions (${m.distinctQuestions} distinct), warm`;
  const fuseOn = `fuse.js ${m.fuse.questions} q`;
  const bm25On = `BM25 ${m.bm25.questions} q`;
  const ratio = (ours: number, theirs: number) => `${Math.round(theirs / ours)}x`;
  const times = (ours: number, theirs: number) => `${(ours / theirs).toFixed(1)}x BM25`;
  return [
    {
      what: 'answer per question (mean) vs BM25',
      size: timed,
      figure: m.meanMs,
      unit: 'ms',
      baseline: `${bm25On}: ${m.bm25.meanMs.toFixed(3)} ms; ours ${times(m.meanMs, m.bm25.meanMs)}`,
    },
    {
      what: 'answer latency p50',
      size: timed,
      figure: m.p50Ms,
      unit: 'ms',
      baseline: `BM25 ${m.bm25.p50Ms.toFixed(3)} ms; ${fuseOn}: ${m.fuse.p50Ms.toFixed(1)} ms (${ratio(m.p50Ms, m.fuse.p50Ms)})`,
    },
    {
      what: 'answer latency p99',
      size: timed,
      figure: m.p99Ms,
      unit: 'ms',
      baseline: `BM25 ${m.bm25.p99Ms.toFixed(3)} ms; ${fuseOn}: ${m.fuse.p99Ms.toFixed(1)} ms (${ratio(m.p99Ms, m.fuse.p99Ms)})`,
    },
    {
      what: 'start-up: process start to 1st answer',
      size: `${store} (from the process's start: runtime and code ${Math.round(m.codeMs)} + load ${Math.round(m.loadMs)} + indexes ${Math.round(m.buildMs)} (${m.indexFrom === 'cache' ? 'from the cache' : 'built'}) + answer ${Math.round(m.firstMs)} ms)`,
      figure: m.startupMs,
      unit: 'ms',
      baseline: `BM25 index: ${m.bm25.buildMs.toFixed(1)} ms; fuse.js index: ${m.fuse.buildMs.toFixed(1)} ms`,
    },
    {
      what: 'memory after start-up (RSS)',
      size: `${store} (runtime alone ${Math.round(m.rssRuntimeMb)} MB, heap ${Math.round(m.heapLoadedMb)} MB)`,
      figure: m.rssLoadedMb,
      unit: 'MB',
    },
    {
      what: 'memory after 2,000+ answers (RSS)',
      size: `${store}; after ${m.questions + m.distinctQuestions} answers, GC first`,
      figure: m.rssAfterAnswersMb,
      unit: 'MB',
    },
    {
      what: 'dev questions answered (not accuracy)',
      size: `${store}; ${m.distinctQuestions} questions`,
      figure: m.answered,
      unit: 'answered',
    },
  ];
}

async function largestGeneratedStore(): Promise<{ documents: number; file: string } | undefined> {
  for (const documents of [...GENERATED_SIZES].reverse()) {
    const file = generatedStoreFile(documents);
    if (
      await access(file).then(
        () => true,
        () => false,
      )
    )
      return { documents, file };
  }
  return undefined;
}
