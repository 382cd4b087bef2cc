import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runWorker } from './child.ts';
import type { IngestMeasurement } from './ingest-worker.ts';
import { humanBytes, megabytes } from './stats.ts';
import type { BenchRow } from './table.ts';

/**
 * Ingest throughput (MB/s, one thread) and peak RSS on the real corpus and on generated corpora of
 * 100, 300 and 1,000 documents. Linear ingest keeps MB/s flat across the sizes.
 * Each size runs in its own process under a time budget; a size over budget is reported as such,
 * and larger sizes are then not attempted (their figure could only be worse).
 */

export const GENERATED_SIZES = [100, 300, 1000] as const;
/** Where generated stores are kept for bench/answer.ts (git-ignored). */
export const BENCH_CACHE = join(REPO_ROOT, '.bench');

export interface IngestBenchOptions {
  /** Per size, seconds. BENCH_INGEST_BUDGET_S overrides; 1,000 documents need ~1 s per 100 KB at 0.1 MB/s. */
  budgetSeconds?: number;
  log?: (line: string) => void;
}

export interface IngestBenchResult {
  rows: BenchRow[];
  /** The largest generated store written, for the answer benchmark. */
  largestStore?: { documents: number; file: string };
}

export function generatedStoreFile(documents: number): string {
  return join(BENCH_CACHE, `generated-${documents}.facts.json`);
}

export async function benchIngest(options: IngestBenchOptions = {}): Promise<IngestBenchResult> {
  const budgetMs = 1000 * (options.budgetSeconds ?? Number(process.env.BENCH_INGEST_BUDGET_S ?? 180));
  const log = options.log ?? (() => {});
  await mkdir(BENCH_CACHE, { recursive: true });
  const rows: BenchRow[] = [];

  log('ingest: corpus (data/sources)');
  const corpus = await runWorker<IngestMeasurement>('ingest-worker.ts', ['corpus', '5'], budgetMs);
  if (corpus.ok) rows.push(...rowsOf(`corpus, ${corpus.value.documents} docs`, corpus.value));
  else rows.push({ ...notMeasured('ingest throughput (1 thread)', 'corpus', corpus.reason), failed: true });

  let largestStore: IngestBenchResult['largestStore'];
  let stopReason: string | undefined;
  for (const documents of GENERATED_SIZES) {
    const size = `generated, ${documents} docs`;
    if (stopReason) {
      rows.push(notMeasured('ingest throughput (1 thread)', size, `not run: ${stopReason}`));
      continue;
    }
    log(`ingest: ${size} (budget ${budgetMs / 1000} s)`);
    const file = generatedStoreFile(documents);
    const run = await runWorker<IngestMeasurement>(
      'ingest-worker.ts',
      ['generated', String(documents), file],
      budgetMs,
    );
    if (run.ok) {
      rows.push(...rowsOf(size, run.value));
      largestStore = { documents, file };
    } else {
      // Over budget is a finding (ingest is too slow at this size), not a broken benchmark.
      rows.push({ ...notMeasured('ingest throughput (1 thread)', size, run.reason), failed: !run.timedOut });
      stopReason = `${documents} docs ${run.reason}`;
    }
  }
  // The same largest corpus over a worker per core (the store is identical: test/knowledge/ingest/ingest-workers.test.ts).
  const workers = availableParallelism();
  if (largestStore && workers > 1) {
    const size = `generated, ${largestStore.documents} docs`;
    log(`ingest: ${size}, ${workers} workers`);
    const run = await runWorker<IngestMeasurement>(
      'ingest-worker.ts',
      ['generated', String(largestStore.documents), largestStore.file, String(workers)],
      budgetMs,
    );
    if (run.ok) rows.push(...rowsOf(size, run.value));
    else
      rows.push({ ...notMeasured(`ingest throughput (${workers} workers)`, size, run.reason), failed: !run.timedOut });
  }
  return { rows, ...(largestStore ? { largestStore } : {}) };
}

function rowsOf(label: string, m: IngestMeasurement): BenchRow[] {
  const size = `${label}, ${humanBytes(m.bytes)}`;
  const runs = m.runs > 1 ? `median of ${m.runs} runs` : '1 run';
  const threads = m.workers > 1 ? `${m.workers} workers` : '1 thread';
  const store: BenchRow[] =
    m.storeBytes === undefined
      ? []
      : [
          {
            what: 'store size / source size',
            size: `${size}: ${humanBytes(m.storeBytes)} on disk, written with its index cache in ${Math.round(m.writeMs ?? 0)} ms`,
            figure: m.storeBytes / m.bytes,
            unit: 'x',
            baseline: 'target ≤ 4x',
          },
        ];
  return [
    {
      what: `ingest throughput (${threads})`,
      size: `${size}: ${(m.ms / 1000).toFixed(2)} s, ${runs}, ${m.sentences} sentences, ${m.facts} facts; CPU ${(m.cpuMs / 1000).toFixed(2)} s (${(megabytes(m.bytes) / (m.cpuMs / 1000)).toFixed(2)} MB per CPU-second)`,
      figure: megabytes(m.bytes) / (m.ms / 1000),
      unit: 'MB/s',
    },
    {
      what: `ingest peak RSS (${threads}, with the store and index cache write)`,
      size: `${size} (before ingest: ${Math.round(m.rssBeforeMb)} MB)`,
      figure: m.peakRssMb,
      unit: 'MB',
    },
    ...store,
  ];
}

function notMeasured(what: string, size: string, reason: string): BenchRow {
  return { what, size, figure: reason, unit: '' };
}
