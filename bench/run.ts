// `npm run bench`: runs every benchmark of the project, bundled as `npm start` runs the bot, and prints one table.
//   npm run bench                   all of them
//   npm run bench -- ingest answer  only these (ingest, answer, bot, digest)
// Environment: BENCH_INGEST_BUDGET_S (seconds per generated ingest size, default 180).
// Exits 1 when a benchmark failed; its row says why. Benchmarks never run inside npm test.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { benchAnswer } from './answer.ts';
import { benchBotThroughput } from './bot-throughput.ts';
import { benchIngest } from './ingest.ts';
import { type BenchRow, formatTable } from './table.ts';

// Memory figures need a GC before reading: expose it even when npm ran us without --expose-gc.
if (typeof globalThis.gc !== 'function') {
  setFlagsFromString('--expose-gc');
  globalThis.gc = runInNewContext('gc') as typeof globalThis.gc;
}

type Generated = { documents: number; file: string } | undefined;

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const wanted = new Set(process.argv.slice(2));
const runs = (name: string) => wanted.size === 0 || wanted.has(name);

const rows: BenchRow[] = [];
let failures = 0;

async function section(name: string, what: string, bench: () => Promise<BenchRow[]>): Promise<void> {
  if (!runs(name)) return;
  const started = Date.now();
  log(`${name}: start`);
  try {
    const got = await bench();
    rows.push(...got);
    failures += got.filter((r) => r.failed).length;
  } catch (err) {
    failures++;
    rows.push({ what, size: '', figure: `failed: ${(err as Error).message.split('\n')[0]}`, unit: '', failed: true });
  }
  log(`${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

let generated: Generated;
await section('ingest', 'ingest', async () => {
  const result = await benchIngest({ log });
  generated = result.largestStore;
  return result.rows;
});
await section('answer', 'answer', () => benchAnswer({ ...(generated ? { generated } : {}), log }));
await section('bot', 'bot throughput', () => benchBotThroughput());
await section('digest', 'digest broadcast', async () => {
  const mod = (await import('./digest-broadcast.ts')) as { benchDigestBroadcast: () => Promise<BenchRow[]> };
  return mod.benchDigestBroadcast();
});

process.stdout.write(`\n${formatTable(rows)}\n`);
process.stdout.write(`\nnode ${process.version}, ${new Date().toISOString()}\n`);
if (failures > 0) {
  process.stderr.write(`${failures} benchmark(s) failed or were not run; see their rows\n`);
  process.exitCode = 1;
}
