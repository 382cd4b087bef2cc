import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryTextAdapter } from '../../src/delivery/memory-text-adapter.ts';
import { SimulatedClock } from '../support/simulated-clock.ts';
import {
  SubscriberStoreFormatError,
  SubscriberStoreVersionError,
  checkSubscriberFile,
} from '../../src/delivery/subscriber-file-check.ts';
import { SubscriberStore } from '../../src/delivery/subscriber-store.ts';
import { SubscriberStoreLockedError } from '../../src/delivery/single-writer-lock.ts';
import type { SubscriberFile } from '../../src/delivery/subscription.ts';
import { draft } from './helpers/subscription-draft.ts';

const stored = (adapter: MemoryTextAdapter) => JSON.parse(adapter.stored ?? 'null') as SubscriberFile | null;

describe('SubscriberStore', () => {
  it('writes a person’s changes at once', async () => {
    const adapter = new MemoryTextAdapter();
    const clock = new SimulatedClock(1000);
    const store = await SubscriberStore.open(adapter, 'memory', { clock });
    const sub = await store.add(draft(1));
    expect(stored(adapter)?.subscriptions.map((s) => s.id)).toEqual([sub.id]);
    expect(sub).toMatchObject({
      status: 'active',
      createdAt: 1000,
      delivery: { lastSlotAt: 1000, deliveredThrough: null, sent: 0 },
    });
    await store.pause(sub.id);
    expect(stored(adapter)?.subscriptions[0]?.status).toBe('paused');
    clock.set(5000);
    await store.resume(sub.id);
    expect(stored(adapter)?.subscriptions[0]).toMatchObject({ status: 'active', delivery: { lastSlotAt: 5000 } });
    await store.change(sub.id, { topics: ['t:sanctions'] });
    expect(stored(adapter)?.subscriptions[0]?.topics).toEqual(['t:sanctions']);
    expect(await store.remove(sub.id)).toBe(true);
    expect(stored(adapter)?.subscriptions).toEqual([]);
  });

  it('groups delivery marks into one write per commit window', async () => {
    const adapter = new MemoryTextAdapter();
    const clock = new SimulatedClock(0);
    const store = await SubscriberStore.open(adapter, 'memory', { clock, groupCommitMs: 1000 });
    const subs = [];
    for (let i = 0; i < 50; i++) subs.push(await store.add(draft(i + 1)));
    const writesBefore = adapter.writes;
    const marks = subs.map((s) => store.markDelivered(s.id, { slotAt: 10, generation: 3, at: 20, sent: true }));
    // Applied in memory at once, not yet on "disk".
    expect(store.get(subs[0]?.id ?? '')?.delivery.deliveredThrough).toBe(3);
    expect(stored(adapter)?.subscriptions[0]?.delivery.deliveredThrough).toBeNull();
    await clock.run(Promise.all(marks));
    expect(adapter.writes - writesBefore).toBe(1);
    expect(clock.now()).toBe(1000);
    expect(
      stored(adapter)?.subscriptions.every((s) => s.delivery.deliveredThrough === 3 && s.delivery.sent === 1),
    ).toBe(true);
  });

  it('flush() writes pending marks without waiting for the window', async () => {
    const adapter = new MemoryTextAdapter();
    const clock = new SimulatedClock(0);
    const store = await SubscriberStore.open(adapter, 'memory', { clock, groupCommitMs: 60_000 });
    const sub = await store.add(draft(1));
    void store.markDelivered(sub.id, { generation: 2, at: 1, sent: true });
    await clock.run(store.flush());
    expect(clock.now()).toBe(0);
    expect(stored(adapter)?.subscriptions[0]?.delivery.deliveredThrough).toBe(2);
  });

  it('deactivates every subscription of a chat that blocked the bot', async () => {
    const store = await SubscriberStore.open(new MemoryTextAdapter(), 'memory', { groupCommitMs: 0 });
    await store.add(draft(7));
    await store.add(draft(7, { frequency: 'weekly' }));
    await store.add(draft(8));
    expect(await store.deactivateChat(7, 'blocked')).toBe(2);
    expect(store.all().map((s) => [s.chatId, s.status, s.inactiveReason])).toEqual([
      [7, 'inactive', 'blocked'],
      [7, 'inactive', 'blocked'],
      [8, 'active', undefined],
    ]);
  });

  const rejected: [name: string, content: unknown, error: new (...args: never[]) => Error][] = [
    [
      'a newer schema version',
      { schemaVersion: 2, nextId: 1, subscriptions: [], ledger: { generation: 0, firstSeen: {} } },
      SubscriberStoreVersionError,
    ],
    ['no schema version', { subscriptions: [] }, SubscriberStoreVersionError],
    [
      'subscriptions not a list',
      { schemaVersion: 1, nextId: 1, subscriptions: {}, ledger: { generation: 0, firstSeen: {} } },
      SubscriberStoreFormatError,
    ],
    [
      'an incomplete subscription',
      { schemaVersion: 1, nextId: 2, subscriptions: [{ id: 's1' }], ledger: { generation: 0, firstSeen: {} } },
      SubscriberStoreFormatError,
    ],
  ];
  it.each(rejected)('refuses a file with %s and leaves it untouched', async (_name, content, error) => {
    const adapter = new MemoryTextAdapter(JSON.stringify(content));
    const before = adapter.stored;
    await expect(SubscriberStore.open(adapter, 'subs.json')).rejects.toBeInstanceOf(error);
    expect(adapter.stored).toBe(before);
  });

  it('writes exactly what JSON.stringify would, after every kind of change', async () => {
    const adapter = new MemoryTextAdapter();
    const clock = new SimulatedClock(0);
    const store = await SubscriberStore.open(adapter, 'memory', { clock, groupCommitMs: 10 });
    const a = await store.add(draft(1));
    const b = await store.add(draft(-2));
    await store.add(draft(3));
    await clock.run(store.markDelivered(a.id, { slotAt: 5, generation: 1, at: 6, sent: true }));
    await clock.run(store.noteFailure(b.id, 'boom'));
    await store.pause(a.id);
    await store.resume(a.id, 50);
    await store.change(b.id, { lang: 'ru', topics: ['t:visit'] });
    await store.migrateChat(-2, -1002);
    await clock.run(store.deactivateChat(3, 'left'));
    await store.setLedger({ generation: 4, firstSeen: { f: 4 } });
    await store.remove(a.id);
    const reopened = await SubscriberStore.open(new MemoryTextAdapter(adapter.stored), 'memory');
    expect(reopened.all()).toEqual(store.all());
    expect(reopened.ledger()).toEqual({ generation: 4, firstSeen: { f: 4 } });
    expect(JSON.parse(adapter.stored ?? '')).toEqual(
      JSON.parse(JSON.stringify({ schemaVersion: 1, nextId: 4, subscriptions: store.all(), ledger: store.ledger() })),
    );
  });

  it('lets one process at a time write the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'subs-'));
    const file = join(dir, 'subscriptions.json');
    const first = await SubscriberStore.openFile(file);
    await expect(SubscriberStore.openFile(file, { lock: { waitMs: 0 } })).rejects.toBeInstanceOf(
      SubscriberStoreLockedError,
    );
    await first.add(draft(1));
    await first.close();
    const second = await SubscriberStore.openFile(file);
    expect(second.all()).toHaveLength(1);
    await second.close();
  });

  it('takes over the lock of a process that died (see single-writer-lock.test.ts for PID reuse)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'subs-'));
    const file = join(dir, 'subscriptions.json');
    // What a killed bot leaves: its lock, no longer refreshed.
    mkdirSync(`${file}.lock`);
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, old, old);
    const store = await SubscriberStore.openFile(file, { lock: { waitMs: 0 } });
    await store.close();
  });

  it('leaves the old or the new file after a kill -9 in the middle of writes, never a torn one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'subs-crash-'));
    const file = join(dir, 'subscriptions.json');
    // Seed a big file so each write takes long enough to be interrupted.
    const seed = await SubscriberStore.openFile(file, { groupCommitMs: 0 });
    for (let i = 0; i < 1500; i++) void seed.add(draft(-i - 1, {}, { topics: [`c:${'y'.repeat(2000)}`] }));
    await seed.close();
    let lastCount = 1500;
    for (const killAfterMs of [60, 170, 290]) {
      await runAndKill(file, killAfterMs);
      const parsed = checkSubscriberFile(JSON.parse(readFileSync(file, 'utf8')), file);
      expect(parsed.nextId).toBe(parsed.subscriptions.length + 1);
      expect(parsed.subscriptions.length).toBeGreaterThanOrEqual(lastCount);
      lastCount = parsed.subscriptions.length;
    }
    // The child wrote at least once across the runs: the test exercised real writes.
    expect(lastCount).toBeGreaterThan(1500);
  }, 20_000);
});

function runAndKill(file: string, killAfterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'helpers/hammer-subscriber-file.ts'), file],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), killAfterMs));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      // The child is known dead: drop its lock rather than wait for it to go stale (single-writer-lock.test.ts).
      rmSync(`${file}.lock`, { recursive: true, force: true });
      signal === 'SIGKILL' ? resolve() : reject(new Error(`child ended with ${code ?? signal}`));
    });
  });
}
