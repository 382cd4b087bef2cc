// Worker for bench/answer.ts: one fact store per process, so start-up and memory are its own.
//   node --expose-gc --import tsx bench/answer-worker.ts <storeFile> <questions.jsonl> <total> <fuseBudgetMs>
// Prints one JSON line: AnswerMeasurement.
//   node --import tsx bench/answer-worker.ts --prepare <storeFile>
// Makes sure the store's index cache is there (as npm run ingest leaves it), so start-up is measured as a user meets it.
import { readFile } from 'node:fs/promises';
import Fuse from 'fuse.js';
import { createKnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { Bm25Index } from './bm25.ts';
import { loadSentenceIndex, readIndexedStore, storeStamp } from '../src/knowledge/indexed-store.ts';
import { FileFactStore } from '../src/knowledge/store/file-store.ts';
import { mean, percentile, rssMb } from './stats.ts';

export interface AnswerMeasurement {
  sources: number;
  sentences: number;
  facts: number;
  /** Whether the sentence index came from its cache ('cache') or had to be built ('built'). */
  indexFrom: 'cache' | 'built';
  /** From the process's start to reading the store: the runtime and the code (with the language data it loads as it is imported). */
  codeMs: number;
  loadMs: number;
  buildMs: number;
  firstMs: number;
  /** load + build + first answer: what a user waits for after `npm start` with a built store. */
  startupMs: number;
  questions: number;
  distinctQuestions: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  answered: number;
  /** RSS after the timed answers (GC first): flat under load means no growth per question. */
  rssAfterAnswersMb: number;
  bm25: { buildMs: number; questions: number; p50Ms: number; p99Ms: number; meanMs: number };
  /** RSS before loading (the runtime alone) and after start-up, with a GC before each reading. */
  rssRuntimeMb: number;
  rssLoadedMb: number;
  heapLoadedMb: number;
  fuse: { buildMs: number; questions: number; p50Ms: number; p99Ms: number };
}

if (process.argv[2] === '--prepare') {
  const loaded = await readIndexedStore(process.argv[3] ?? '');
  process.stdout.write(`${JSON.stringify({ indexFrom: loaded?.from })}\n`);
  process.exit(0);
}

const [storeFile, questionsFile, totalArg = '2000', fuseBudgetArg = '30000'] = process.argv.slice(2);
if (!storeFile || !questionsFile)
  throw new Error('usage: answer-worker.ts <storeFile> <questions.jsonl> [total] [fuseBudgetMs]');
const questions = (await readFile(questionsFile, 'utf8'))
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => String((JSON.parse(line) as { question: string }).question));
if (questions.length === 0) throw new Error(`no questions in ${questionsFile}`);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

gc();
const rssRuntimeMb = rssMb();
const t0 = performance.now();
const stamp = await storeStamp(storeFile);
const data = await new FileFactStore(storeFile).read();
if (!data) throw new Error(`no fact store at ${storeFile}`);
const t1 = performance.now();
const { index, from: indexFrom } = await loadSentenceIndex(storeFile, data, stamp);
const kb = createKnowledgeBase(data, index);
const t2 = performance.now();
kb.answer(questions[0] as string);
const t3 = performance.now();
gc();
const rssLoadedMb = rssMb();
const heapLoadedMb = process.memoryUsage().heapUsed / 1e6;

// Warm: one pass, then at least `total` timed questions (whole passes over the question list).
for (const q of questions) kb.answer(q);
const passes = Math.ceil(Number(totalArg) / questions.length);
const latencies: number[] = [];
let answered = 0;
for (let pass = 0; pass < passes; pass++) {
  for (const q of questions) {
    const t = performance.now();
    const answer = kb.answer(q);
    latencies.push(performance.now() - t);
    if (pass === 0 && answer.answered) answered++;
  }
}

gc();
const rssAfterAnswersMb = rssMb();

// The plain baseline: BM25 over sentences with Snowball stems, the same questions, top sentence.
const b0 = performance.now();
const bm25 = new Bm25Index(data.sentences.map((s) => s.text));
const bm25BuildMs = performance.now() - b0;
for (const q of questions) bm25.top(q);
const bm25Latencies: number[] = [];
for (let pass = 0; pass < passes; pass++) {
  for (const q of questions) {
    const t = performance.now();
    bm25.top(q);
    bm25Latencies.push(performance.now() - t);
  }
}

// The naive baseline, as the field notes measured it: fuse.js over every sentence, top result.
const f0 = performance.now();
const fuse = new Fuse(
  data.sentences.map((s) => ({ id: s.id, text: s.text })),
  { keys: ['text'], ignoreLocation: true, threshold: 0.4 },
);
const fuseBuildMs = performance.now() - f0;
const fuseLatencies: number[] = [];
const fuseUntil = performance.now() + Number(fuseBudgetArg);
// Passes while the budget lasts; on a big store even one pass is too long (tens of seconds a question),
// so it stops mid-pass once the budget is spent, after at least three questions.
fuseLoop: for (let pass = 0; pass < passes; pass++) {
  for (const q of questions) {
    if (performance.now() > fuseUntil && fuseLatencies.length >= 3) break fuseLoop;
    const t = performance.now();
    void fuse.search(q)[0];
    fuseLatencies.push(performance.now() - t);
  }
}

const measurement: AnswerMeasurement = {
  sources: data.sources.length,
  sentences: data.sentences.length,
  facts: data.facts.length,
  indexFrom,
  codeMs: t0,
  loadMs: t1 - t0,
  buildMs: t2 - t1,
  firstMs: t3 - t2,
  // performance.now() counts from the process's start: what a user waits for after `npm start`.
  startupMs: t3,
  questions: latencies.length,
  distinctQuestions: questions.length,
  p50Ms: percentile(latencies, 50),
  p99Ms: percentile(latencies, 99),
  meanMs: mean(latencies),
  answered,
  rssAfterAnswersMb,
  bm25: {
    buildMs: bm25BuildMs,
    questions: bm25Latencies.length,
    p50Ms: percentile(bm25Latencies, 50),
    p99Ms: percentile(bm25Latencies, 99),
    meanMs: mean(bm25Latencies),
  },
  rssRuntimeMb,
  rssLoadedMb,
  heapLoadedMb,
  fuse: {
    buildMs: fuseBuildMs,
    questions: fuseLatencies.length,
    p50Ms: percentile(fuseLatencies, 50),
    p99Ms: percentile(fuseLatencies, 99),
  },
};
process.stdout.write(`${JSON.stringify(measurement)}\n`);
