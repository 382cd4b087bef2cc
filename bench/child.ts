import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Runs a benchmark worker in a fresh Node process (so its peak RSS and its JIT are its own)
 * and returns the JSON object it prints as its last stdout line. Its stderr (progress) passes through.
 */

export const BENCH_DIR = import.meta.dirname;
export const REPO_ROOT = join(BENCH_DIR, '..');

export type ChildResult<T> =
  | { ok: true; value: T; ms: number }
  | { ok: false; reason: string; ms: number; timedOut: boolean };

/**
 * Run from the bundle (`npm run bench`: dist/bench-run.js), a worker is its bundled entry
 * (dist/bench-<name>.js, scripts/build.mjs), measured as `npm start` runs the bot; run from the sources
 * (the harness's own tests), the script itself with tsx.
 */
function scriptArgv(script: string): string[] {
  if (import.meta.url.endsWith('.ts')) return ['--import', 'tsx', join(BENCH_DIR, script)];
  return [join(BENCH_DIR, `bench-${basename(script, '.ts')}.js`)];
}

/** `nodeFlags` go before the script: startFlags() for a worker that measures the bot's process. */
export function runWorker<T>(
  script: string,
  args: string[],
  timeoutMs: number,
  nodeFlags: string[] = [],
): Promise<ChildResult<T>> {
  const started = Date.now();
  return new Promise((resolve) => {
    const argv = ['--expose-gc', ...nodeFlags, ...scriptArgv(script), ...args];
    const child = spawn(process.execPath, argv, {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: err.message, ms: Date.now() - started, timedOut: false });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const ms = Date.now() - started;
      if (timedOut) {
        return resolve({ ok: false, reason: `over budget: > ${Math.round(timeoutMs / 1000)} s`, ms, timedOut: true });
      }
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0)
        return resolve({ ok: false, reason: `${script} exited with ${code ?? signal}`, ms, timedOut: false });
      try {
        resolve({ ok: true, value: JSON.parse(last) as T, ms });
      } catch {
        resolve({ ok: false, reason: `${script} printed no JSON result`, ms, timedOut: false });
      }
    });
  });
}

/**
 * The flags `npm start` gives node (package.json's start script, `node <flags> dist/main.js`),
 * read from there so a benchmark of the bot's memory and speed runs with what users run, never its own.
 */
export function startFlags(packageJson = join(REPO_ROOT, 'package.json')): string[] {
  const pkg = JSON.parse(readFileSync(packageJson, 'utf8')) as { scripts?: Record<string, string> };
  const words = (pkg.scripts?.start ?? '').trim().split(/\s+/);
  const flags: string[] = [];
  for (const word of words.slice(words.indexOf('node') + 1)) {
    if (word === '--import' || !word.startsWith('--')) break;
    flags.push(word);
  }
  return words.includes('node') ? flags : [];
}
