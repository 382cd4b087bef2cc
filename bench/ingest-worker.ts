// Worker for bench/ingest.ts, one ingest per process so peak RSS is this ingest's own:
//   node --import tsx bench/ingest-worker.ts corpus [repeats]
//   node --import tsx bench/ingest-worker.ts generated <documents> [storeFile]
// Prints one JSON line: IngestMeasurement. Only ingestDocuments is timed (documents are already in memory).
import { join } from 'node:path';
import { ingestDocuments, type RawDocument } from '../src/knowledge/ingest/ingest.ts';
import { readSourceDirectories } from '../src/knowledge/ingest/read-sources.ts';
import { FileFactStore } from '../src/knowledge/store/file-store.ts';
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
}

const [what = 'corpus', arg, storeFile] = process.argv.slice(2);
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
if (runs > 1) ingestDocuments(docs);
const times: number[] = [];
let result: ReturnType<typeof ingestDocuments> | undefined;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  result = ingestDocuments(docs);
  times.push(performance.now() - t);
}
if (!result) throw new Error('ingest-worker: runs must be at least 1');
if (storeFile) await new FileFactStore(storeFile).write(result.data);
const measurement: IngestMeasurement = {
  documents: docs.length,
  bytes: corpusBytes(docs),
  ms: median(times),
  runs: times.length,
  sentences: result.data.sentences.length,
  facts: result.data.facts.length,
  rssBeforeMb,
  peakRssMb: peakRssMb(),
};
process.stdout.write(`${JSON.stringify(measurement)}\n`);
