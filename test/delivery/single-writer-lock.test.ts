import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireSingleWriterLock, SubscriberStoreLockedError } from '../../src/delivery/single-writer-lock.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const HOLDER = join(import.meta.dirname, 'helpers', 'hold-lock.ts');
const STALE_MS = 2_000;

/** `node hold-lock.ts` (in a fresh PID namespace when `namespace`); resolves with its first line. */
function holdLock(
  file: string,
  mode: 'hold' | 'release',
  namespace: boolean,
): { child: ChildProcess; line: Promise<string> } {
  const node = [process.execPath, '--import', 'tsx', HOLDER, file, String(STALE_MS), mode];
  const [command, ...args] = namespace ? ['unshare', '--pid', '--fork', '--mount-proc', ...node] : node;
  const child = spawn(command as string, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const line = new Promise<string>((done, fail) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) done(out.trim());
    });
    child.once('exit', (code) =>
      out.includes('\n') ? done(out.trim()) : fail(new Error(`holder exited ${code}: ${err}`)),
    );
  });
  return { child, line };
}

function killGroup(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((done) => (child.exitCode !== null ? done() : child.once('exit', () => done())));
  if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  return exited;
}

const canUnshare =
  process.platform === 'linux' &&
  spawnSync('unshare', ['--pid', '--fork', '--mount-proc', 'true'], { stdio: 'ignore' }).status === 0;

describe('single-writer lock', () => {
  it('refuses a second holder while the first is alive', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lock-')), 'subscriptions.json');
    const release = await acquireSingleWriterLock(file, { staleMs: STALE_MS });
    await expect(acquireSingleWriterLock(file, { staleMs: STALE_MS, waitMs: 0 })).rejects.toBeInstanceOf(
      SubscriberStoreLockedError,
    );
    // A live holder keeps refreshing its lock: still refused after more than staleMs.
    await expect(acquireSingleWriterLock(file, { staleMs: STALE_MS, waitMs: STALE_MS + 1_000 })).rejects.toBeInstanceOf(
      SubscriberStoreLockedError,
    );
    await release();
    await (await acquireSingleWriterLock(file, { staleMs: STALE_MS, waitMs: 0 }))();
  }, 15_000);

  it("takes over a lock whose holder is dead, whatever PID it had (even this process's own)", async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lock-')), 'subscriptions.json');
    // What a killed holder leaves: the lock, no longer refreshed. No PID is looked at (the unshare test below).
    mkdirSync(`${file}.lock`);
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, old, old);
    await (await acquireSingleWriterLock(file, { staleMs: STALE_MS, waitMs: 0 }))();
  });

  it('takes over the plain PID file of the previous lock format, even when that PID is alive (its own)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lock-')), 'subscriptions.json');
    writeFileSync(`${file}.lock`, String(process.pid));
    await (await acquireSingleWriterLock(file, { staleMs: STALE_MS, waitMs: 0 }))();
  });

  it('a holder killed with SIGKILL is replaced by the next process within staleMs + 2 s', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lock-')), 'subscriptions.json');
    const first = holdLock(file, 'hold', false);
    expect(await first.line).toMatch(/^locked/);
    await killGroup(first.child);
    const started = Date.now();
    const second = holdLock(file, 'release', false);
    expect(await second.line).toMatch(/^locked/);
    expect(Date.now() - started).toBeLessThan(STALE_MS + 4_000);
  }, 20_000);

  it.skipIf(!canUnshare)(
    "a container restart (unshare --pid: the new bot gets the dead one's PID 1) takes the lock over",
    async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'lock-ns-')), 'subscriptions.json');
      const first = holdLock(file, 'hold', true);
      const firstLine = await first.line;
      expect(firstLine).toBe('locked 1');
      await killGroup(first.child);
      const second = holdLock(file, 'release', true);
      expect(await second.line).toBe('locked 1');
    },
    20_000,
  );
});
