import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSubscriberFile } from '../../../src/delivery/subscriber-file-check.ts';
import { FileFactStore } from '../../../src/knowledge/store/file-store.ts';

/**
 * A child process rewrites a store file in a loop (content A, then B, then A...) and is killed
 * with SIGKILL at random moments. After every kill the file on disk must parse, pass the store's
 * own checks, and be byte-for-byte A or B: never torn, never half of each.
 */

const KILLS = 15;
const MIN_DELAY_MS = 20;
const MAX_DELAY_MS = 200;
/** Seeded, so a failure can be replayed: CRASH_SEED=<seed> npx vitest run crash-safety. */
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
const WRITE_LOOP = join(import.meta.dirname, 'write-loop.ts');

type StoreKind = 'fact' | 'subscriber';

describe.each([
  { kind: 'fact' as const, name: 'the fact store (FileFactStore)' },
  { kind: 'subscriber' as const, name: 'the subscriber store (SubscriberStore)' },
])('crash safety of $name', ({ kind }) => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `briefbot-crash-${kind}-`));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(`holds A or B after each of ${KILLS} SIGKILLs in the middle of writes (seed ${SEED})`, async () => {
    const file = join(dir, kind === 'fact' ? 'facts.json' : 'subscriptions.json');
    const random = mulberry32(SEED + (kind === 'fact' ? 0 : 1));
    const seen = { A: 0, B: 0 };
    for (let i = 0; i < KILLS; i++) {
      const share = random();
      const { hashes, delay } = await runAndKill(kind, file, share);
      const where = `kill ${i + 1}/${KILLS} after ${delay} ms (seed ${SEED})`;
      const bytes = await readFile(file);
      const parsed: unknown = JSON.parse(bytes.toString('utf8'));
      await checkWithStore(kind, file, parsed);
      const hash = sha256(bytes);
      const variant = hash === hashes.A ? 'A' : hash === hashes.B ? 'B' : undefined;
      expect(variant, `${where}: the file is neither A nor B (${bytes.length} bytes)`).toBeDefined();
      seen[variant as 'A' | 'B']++;
    }
    // Both contents were found on disk: kills really landed while the loop was writing.
    expect(seen.A, `A never seen in ${KILLS} kills (seed ${SEED})`).toBeGreaterThan(0);
    expect(seen.B, `B never seen in ${KILLS} kills (seed ${SEED})`).toBeGreaterThan(0);
  }, 90_000);
});

/**
 * Starts the write loop and kills it after a delay at `share` (0..1) of the range MIN_DELAY_MS to
 * MAX_DELAY_MS, or to four of its writes when they are slower (a loaded machine): kills then land
 * inside several writes, not all in the first. Returns A's and B's hashes and the delay.
 */
function runAndKill(
  kind: StoreKind,
  file: string,
  share: number,
): Promise<{ hashes: { A: string; B: string }; delay: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITE_LOOP, kind, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let hashes: { A: string; B: string } | undefined;
    let delay = 0;
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (hashes || !stdout.includes('\n')) return;
      const ready = JSON.parse(stdout.split('\n')[0] ?? '') as { hashes: { A: string; B: string }; writeMs: number };
      hashes = ready.hashes;
      const longest = Math.max(MAX_DELAY_MS, 4 * ready.writeMs);
      delay = Math.round(MIN_DELAY_MS + share * (longest - MIN_DELAY_MS));
      setTimeout(() => child.kill('SIGKILL'), delay);
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(giveUp);
      // The writer is known dead: drop its single-writer lock rather than wait for it to go stale.
      rmSync(`${file}.lock`, { recursive: true, force: true });
      if (signal === 'SIGKILL' && hashes) resolve({ hashes, delay });
      else reject(new Error(`write loop ended with ${code ?? signal} before it was killed:\n${stderr.slice(-2000)}`));
    });
  });
}

/** The store's own reader must accept the file, not just JSON.parse. */
async function checkWithStore(kind: StoreKind, file: string, parsed: unknown): Promise<void> {
  if (kind === 'fact') {
    expect(await new FileFactStore(file).read()).not.toBeNull();
  } else {
    expect(checkSubscriberFile(parsed, file).subscriptions).toHaveLength(1);
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A small seeded PRNG (mulberry32): the same seed gives the same kill delays. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
