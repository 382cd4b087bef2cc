// Bundles the bot into dist/ with esbuild: `node scripts/build.mjs [--bench]` (npm start runs it first).
// Why a bundle and not tsx at run time: the same answering code ran ~35 % faster bundled (tsx compiles
// each module on its own and names every closure it makes; README, "Speed and memory"). Packages stay
// external (node_modules); the ingest worker and the rebuild child are entries of their own, found by
// src/knowledge/code-location.ts. --bench adds the benchmarks, so `npm run bench` measures this bundle.
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');

/** Output name (dist/<name>.js, all in one folder: a chunk finds its siblings by import.meta.url) → source. */
const BOT_ENTRIES = {
  main: 'src/main.ts',
  'ingest-worker': 'src/knowledge/ingest/ingest-worker-main.ts',
  'rebuild-child': 'src/knowledge/rebuild-child.ts',
};
const BENCH_ENTRIES = {
  'bench-run': 'bench/run.ts',
  'bench-answer-worker': 'bench/answer-worker.ts',
  'bench-ingest-worker': 'bench/ingest-worker.ts',
};

/** Builds dist/ and removes what an earlier build left there (chunks are named by their content). */
export async function bundle({ bench = false } = {}) {
  const entryPoints = Object.fromEntries(
    Object.entries({ ...BOT_ENTRIES, ...(bench ? BENCH_ENTRIES : {}) }).map(([name, src]) => [name, join(ROOT, src)]),
  );
  const result = await build({
    entryPoints,
    outdir: DIST,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    logLevel: 'warning',
    // esbuild rewrites every pattern with a Unicode property escape (\p{L}, \p{Lu}) into `new RegExp(...)`
    // for any Node target, so a literal inside a function built a RegExp through the constructor on every
    // call (~0.2 µs against ~0.05 µs for the literal; 428,000 such calls to ingest 300 generated documents,
    // for tokens, lines and sentences). Node 20 and later read these patterns natively: literals stay literals.
    supported: { 'regexp-unicode-property-escapes': true },
  });
  const written = new Set(Object.keys(result.metafile.outputs).map((file) => relative(DIST, join(ROOT, file))));
  for (const file of readdirSync(DIST)) if (!written.has(file)) rmSync(join(DIST, file), { force: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bundle({ bench: process.argv.includes('--bench') });
}
