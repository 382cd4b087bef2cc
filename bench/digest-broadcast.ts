import { DigestDelivery } from '../src/delivery/digest-delivery.ts';
import { FakeTelegramApi, type Fault } from '../test/support/fake-telegram-api.ts';
import { MemoryTextAdapter } from '../src/delivery/memory-text-adapter.ts';
import { TELEGRAM_LIMITS } from '../src/delivery/rate-limits.ts';
import { SimulatedClock } from '../test/support/simulated-clock.ts';
import { SubscriberStore } from '../src/delivery/subscriber-store.ts';
import { SUBSCRIBER_SCHEMA_VERSION, type SubscriberFile, type Subscription } from '../src/delivery/subscription.ts';
import { createKnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import type { Fact, FactStoreData } from '../src/knowledge/types.ts';
import type { BenchRow } from './table.ts';

/**
 * A 10,000-subscriber digest broadcast on simulated time against a fake Telegram that enforces
 * the limits itself. The floor is 10,000 / 30 msg/s = 333.3 s; the broadcaster spaces sends
 * ceil(1000/30) = 34 ms apart, so about 340 s (+2%) is expected. Real CPU time and memory are of
 * the whole cycle: who is due, composing, rendering, sending, and the subscriber store's writes.
 */
export async function benchDigestBroadcast(): Promise<BenchRow[]> {
  const subscribers = 10_000;
  const size = `${subscribers.toLocaleString('en-US')} subscribers`;
  const floorSeconds = subscribers / TELEGRAM_LIMITS.perSecond;
  const clean = await broadcastOnce(subscribers, undefined);
  const faulty = await broadcastOnce(subscribers, faultsFor);
  const over = (s: number) =>
    `floor ${floorSeconds.toFixed(1)} s (30 msg/s), ${s >= floorSeconds ? '+' : ''}${((s / floorSeconds - 1) * 100).toFixed(1)}%`;
  return [
    {
      what: 'digest broadcast: total time (simulated)',
      size,
      figure: round(clean.simulatedSeconds, 1),
      unit: 's',
      baseline: over(clean.simulatedSeconds),
    },
    { what: 'digest broadcast: limit violations', size, figure: clean.violations, unit: 'sends' },
    { what: 'digest broadcast: CPU time (real)', size, figure: Math.round(clean.cpuMs), unit: 'ms' },
    { what: 'digest broadcast: wall time (real)', size, figure: Math.round(clean.wallMs), unit: 'ms' },
    {
      what: 'digest broadcast: heap growth',
      size,
      figure: round(clean.heapMb, 1),
      unit: clean.heapAfterGc ? 'MB retained (after GC)' : 'MB (before GC: run node --expose-gc for retained)',
    },
    {
      what: 'digest broadcast: subscriber-file writes',
      size,
      figure: clean.writes,
      unit: `writes of ${round(clean.fileMb, 1)} MB`,
    },
    {
      what: 'digest broadcast with faults: total time (simulated)',
      size: `${size}; 1% 429 (3 s), 2.7% 403, 1.9% network`,
      figure: round(faulty.simulatedSeconds, 1),
      unit: 's',
      baseline: `${faulty.delivered} delivered, ${faulty.blocked} blocked, ${faulty.violations} violations`,
    },
  ];
}

interface Measurement {
  simulatedSeconds: number;
  cpuMs: number;
  wallMs: number;
  heapMb: number;
  heapAfterGc: boolean;
  writes: number;
  fileMb: number;
  violations: number;
  delivered: number;
  blocked: number;
}

async function broadcastOnce(
  subscribers: number,
  fault: ((chatId: number, call: number) => Fault | undefined) | undefined,
): Promise<Measurement> {
  const slot = Date.parse('2025-03-10T06:00:00Z'); // 09:00 in Minsk
  const clock = new SimulatedClock(slot);
  const adapter = new MemoryTextAdapter(subscriberFile(subscribers, slot - 86_400_000));
  const kb = createKnowledgeBase(factStore(40));
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const store = await SubscriberStore.open(adapter, 'bench', { clock, groupCommitMs: 1000 });
  const api = new FakeTelegramApi({ clock, latencyMs: 80, fault });
  const delivery = new DigestDelivery({ store, kb: () => kb, api, clock });
  const report = await clock.run(delivery.runDue());
  await clock.run(store.flush());
  const cpu = process.cpuUsage(cpuBefore);
  const wallMs = performance.now() - wallBefore;
  // Keep what a running bot keeps (store, limiter, knowledge base) alive while measuring.
  globalThis.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  void [store, delivery, kb];
  return {
    simulatedSeconds: (report.finishedAt - report.startedAt) / 1000,
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs,
    heapMb: (heapAfter - heapBefore) / 1e6,
    heapAfterGc: typeof globalThis.gc === 'function',
    writes: adapter.writes,
    fileMb: (adapter.stored?.length ?? 0) / 1e6,
    violations: api.limitViolations.length,
    delivered: report.delivered,
    blocked: report.blocked,
  };
}

function faultsFor(chatId: number, call: number): Fault | undefined {
  const i = chatId - 100_000;
  if (i % 37 === 1) return { kind: '403' };
  if (i % 97 === 2 && call === 0) return { kind: '429', retryAfterSeconds: 3 };
  if (i % 53 === 3 && call < 2) return { kind: 'network' };
  return undefined;
}

/** Subscribers spread over five time zones where 09:00 local is the same instant, topics mixed. */
function subscriberFile(n: number, createdAt: number): string {
  const zones = ['Europe/Minsk', 'Europe/Moscow', 'Europe/Istanbul', 'Asia/Riyadh', 'Africa/Nairobi'];
  const topics = [['all'], ['t:release'], ['t:sanctions', 't:visit'], ['e:person:p1'], ['all']];
  const subscriptions: Subscription[] = Array.from({ length: n }, (_, i) => ({
    id: `s${i + 1}`,
    chatId: 100_000 + i,
    chatKind: 'private',
    ownerId: 100_000 + i,
    topics: topics[i % topics.length] ?? ['all'],
    schedule: { frequency: 'daily', hour: 9, weekday: 1, timeZone: zones[i % zones.length] ?? 'Europe/Minsk' },
    lang: i % 3 === 0 ? 'en' : 'ru',
    nothingNewNote: false,
    status: 'active',
    createdAt,
    delivery: { lastSlotAt: createdAt, deliveredThrough: null, sent: 0 },
  }));
  const file: SubscriberFile = {
    schemaVersion: SUBSCRIBER_SCHEMA_VERSION,
    nextId: n + 1,
    subscriptions,
    ledger: { generation: 0, firstSeen: {} },
  };
  return JSON.stringify(file);
}

/** A generated fact store: `n` dated facts of mixed types, each with a verbatim quote. */
function factStore(n: number): FactStoreData {
  const types: Fact['type'][] = ['visit', 'release', 'sanctions', 'meeting', 'statement'];
  const sentences = Array.from(
    { length: n },
    (_, i) => `On ${(i % 28) + 1} June 2025 event number ${i} took place between Person ${i % 7} and the delegation.`,
  );
  const text = sentences.join(' ');
  let offset = 0;
  const facts: Fact[] = sentences.map((quote, i) => {
    const start = offset;
    offset += quote.length + 1;
    return {
      id: `fact-${i}`,
      type: types[i % types.length] ?? 'other',
      date: { year: 2025, month: 6, day: (i % 28) + 1, precision: 'day' },
      participants: [`person:p${i % 7}`],
      places: [],
      counts: [],
      concepts: [],
      evidence: [{ sourceId: 'g', sentenceId: `g#${i}`, start, end: start + quote.length, quote }],
      sentenceIds: [`g#${i}`],
    };
  });
  return {
    schemaVersion: 1,
    sourcesDigest: 'bench',
    sources: [
      {
        id: 'g',
        file: 'g.txt',
        title: 'Generated briefing',
        published: '2025-07-01',
        estimated: [],
        lang: 'en',
        sha256: 'g',
      },
    ],
    texts: { g: text },
    sentences: [],
    entities: Array.from({ length: 7 }, (_, i) => ({
      id: `person:p${i}`,
      kind: 'person' as const,
      names: { en: `Person ${i}`, ru: `Персона ${i}` },
      aliases: [`Person ${i}`],
      discovered: false,
    })),
    facts,
    annotations: {},
  };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

// `npx tsx bench/digest-broadcast.ts` runs this benchmark alone. Tested by the script's name, not
// import.meta.url: bundled, this module's URL can be that of the entry that imports it.
if (process.argv[1]?.endsWith('digest-broadcast.ts')) {
  for (const row of await benchDigestBroadcast()) console.log(JSON.stringify(row));
}
