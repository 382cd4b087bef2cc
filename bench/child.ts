import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs a benchmark worker in a fresh Node process (so its peak RSS and its JIT are its own)
 * and returns the JSON object it prints as its last stdout line. Its stderr (progress) passes through.
 */

export const BENCH_DIR = import.meta.dirname;
export const REPO_ROOT = join(BENCH_DIR, '..');

export type ChildResult<T> =
  | { ok: true; value: T; ms: number }
  | { ok: false; reason: string; ms: number; timedOut: boolean };

export function runWorker<T>(script: string, args: string[], timeoutMs: number): Promise<ChildResult<T>> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(BENCH_DIR, script), ...args], {
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
