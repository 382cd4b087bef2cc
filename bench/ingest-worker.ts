// Worker for bench/ingest.ts, one ingest per process so peak RSS is this ingest's own:
//   node --import tsx bench/ingest-worker.ts corpus [repeats] [workers]
//   node --import tsx bench/ingest-worker.ts generated <documents> [storeFile|-] [workers]
// Prints one JSON line: IngestMeasurement. Ingest is timed (documents are already in memory; with workers,
// their start-up counts; it makes the sentence index's tables too), then the write of the store and its
// index cache (as npm run ingest does); peak RSS covers both.
import { join } from 'node:path';
import { stat } from 'node:fs/promises';
import { ingestDocuments, ingestDocumentsInParallel, type RawDocument } from '../src/knowledge/ingest/ingest.ts';
import { readSourceDirectories } from '../src/knowledge/ingest/read-sources.ts';
import { collectGarbage } from '../src/cli/collect-garbage.ts';
import { writeIndexedStore, writeStoreSideFile } from '../src/knowledge/indexed-store.ts';
import { REPO_ROOT } from './child.ts';
import { corpusBytes, generateCorpus } from './generate-corpus.ts';
import { median, peakRssMb, rssMb } from './stats.ts';

export interface IngestMeasurement {
  documents: number;
  bytes: number;
  /** Median over the timed runs. */
  ms: number;
  runs: number;
  sentences: number;
  facts: number;
  /** RSS with the documents loaded, before ingest: the runtime's share of the peak. */
  rssBeforeMb: number;
  peakRssMb: number;
  workers: number;
  /** CPU time of the whole process (every thread) over the timed runs, median: robust to other load on the machine. */
  cpuMs: number;
  /** The store file written, when one was: its size and how long the write took (the store, then the index cache ingest made the tables of). */
  storeBytes?: number;
  writeMs?: number;
}

const [what = 'corpus', arg, storeArg, workersArg] = process.argv.slice(2);
const storeFile = storeArg && storeArg !== '-' ? storeArg : undefined;
const workers = Number(workersArg ?? 1);
const ingest = (docs: RawDocument[]) =>
  workers > 1 ? ingestDocumentsInParallel(docs, { workers }) : Promise.resolve(ingestDocuments(docs));
let docs: RawDocument[];
let runs = 1;
if (what === 'corpus') {
  docs = await readSourceDirectories([join(REPO_ROOT, 'data', 'sources')], []);
  runs = Number(arg ?? 5);
} else {
  docs = generateCorpus(Number(arg ?? 100));
}
const rssBeforeMb = rssMb();
// The small corpus: one warm-up, then the median of `runs`. A generated corpus: one cold run (JIT is noise there).
if (runs > 1) await ingest(docs);
const times: number[] = [];
const cpuTimes: number[] = [];
let result: Awaited<ReturnType<typeof ingest>> | undefined;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const cpu = process.cpuUsage();
  result = await ingest(docs);
  times.push(performance.now() - t);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
}
if (!result) throw new Error('ingest-worker: runs must be at least 1');
const counts = {
  documents: docs.length,
  bytes: corpusBytes(docs),
  sentences: result.data.sentences.length,
  facts: result.data.facts.length,
};
let written: { storeBytes: number; writeMs: number } | undefined;
if (storeFile) {
  // As npm run ingest does: the store and its index cache, then, with ingest's data released, the side file.
  const t = performance.now();
  await writeIndexedStore(storeFile, result.data, undefined, result.tables, { sideFile: false });
  result = undefined;
  docs = [];
  collectGarbage();
  await writeStoreSideFile(storeFile);
  written = { storeBytes: (await stat(storeFile)).size, writeMs: performance.now() - t };
}
const measurement: IngestMeasurement = {
  ...counts,
  ms: median(times),
  runs: times.length,
  rssBeforeMb,
  peakRssMb: peakRssMb(),
  workers,
  cpuMs: median(cpuTimes),
  ...written,
};
process.stdout.write(`${JSON.stringify(measurement)}\n`);
