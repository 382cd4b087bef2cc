import { describe, expect, it } from 'vitest';
import { createDigestService, type DigestService } from '../../src/delivery/digest-service.ts';
import { FakeTelegramApi } from '../support/fake-telegram-api.ts';
import { MemoryTextAdapter } from '../../src/delivery/memory-text-adapter.ts';
import type { CronFactory } from '../../src/delivery/scheduler.ts';
import { SimulatedClock } from '../support/simulated-clock.ts';
import { SubscriberStore } from '../../src/delivery/subscriber-store.ts';
import type { Schedule, SubscriptionDraft } from '../../src/delivery/subscription.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { FACTS, makeFact, makeKb, quoteOf, TEXT_B } from '../knowledge/digest/fixture.ts';
import { draft } from './helpers/subscription-draft.ts';

const MON_0900_MINSK = Date.parse('2025-03-10T06:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ADDED = makeFact({
  id: 'f-added',
  type: 'call',
  participants: ['person:kellogg'],
  evidence: [quoteOf(TEXT_B, 'Kellogg met Lukashenko', 'b')],
});

interface World {
  clock: SimulatedClock;
  api: FakeTelegramApi;
  service: DigestService;
  setKb(kb: KnowledgeBase): void;
  ticks: Map<string, () => void>;
  /** Messages per chat since the last call. */
  drain(): Map<number, string[]>;
}

async function world(
  start: number,
  drafts: [SubscriptionDraft, createdAt?: number][],
  kb = makeKb(FACTS.slice(0, 4)),
): Promise<World> {
  const clock = new SimulatedClock(start);
  const api = new FakeTelegramApi({ clock, latencyMs: 50 });
  const store = await SubscriberStore.open(new MemoryTextAdapter(), 'memory', { clock, groupCommitMs: 0 });
  for (const [d, createdAt] of drafts) await store.add(d, createdAt ?? start);
  let current = kb;
  const ticks = new Map<string, () => void>();
  const cron: CronFactory = (_pattern, zone, onTick) => {
    ticks.set(zone, onTick);
    return { stop: () => ticks.delete(zone) };
  };
  const service = await createDigestService({ store, kb: () => current, api, clock, cron });
  let seen = 0;
  return {
    clock,
    api,
    service,
    ticks,
    setKb: (next) => {
      current = next;
    },
    drain: () => {
      const out = new Map<number, string[]>();
      for (const m of api.sent.slice(seen)) out.set(m.chatId, [...(out.get(m.chatId) ?? []), m.html]);
      seen = api.sent.length;
      return out;
    },
  };
}

const daily = (chatId: number, s: Partial<Schedule> = {}, extra: Partial<SubscriptionDraft> = {}) =>
  draft(chatId, s, extra);

describe('digest cycle', () => {
  it('sends a briefing first, then only what is new, then nothing (silently) when nothing is new', async () => {
    const w = await world(MON_0900_MINSK - HOUR, [[daily(1)], [daily(2, {}, { nothingNewNote: true })]]);
    w.clock.set(MON_0900_MINSK);
    await w.clock.run(w.service.delivery.runDue());
    const briefing = w.drain();
    expect(briefing.get(1)?.[0]).toContain('Briefing: key developments');
    expect(briefing.get(1)?.[0]).toContain('Tsikhanouski was released.');

    w.setKb(makeKb([...FACTS.slice(0, 4), ADDED]));
    w.clock.set(MON_0900_MINSK + DAY);
    await w.clock.run(w.service.delivery.runDue());
    const update = w.drain();
    expect(update.get(1)).toHaveLength(1);
    expect(update.get(1)?.[0]).toContain('What is new');
    expect(update.get(1)?.[0]).toContain('Kellogg met Lukashenko');
    expect(update.get(1)?.[0]).not.toContain('Tsikhanouski was released.');

    w.clock.set(MON_0900_MINSK + 2 * DAY);
    await w.clock.run(w.service.delivery.runDue());
    const quiet = w.drain();
    expect(quiet.get(1)).toBeUndefined(); // chose silence
    expect(quiet.get(2)).toEqual(['<b>Nothing new since the last digest.</b>\nEverything']); // chose the note
    // Silence still serves the slot: it is not retried at the next tick.
    await w.clock.run(w.service.delivery.runDue());
    expect(w.drain().size).toBe(0);
  });

  it('after three days down, sends each missed daily digest once at start, then on schedule', async () => {
    const note = { nothingNewNote: true }; // so every served slot shows up as a message
    const w = await world(MON_0900_MINSK - HOUR, [
      [daily(1, {}, note)],
      [daily(2, { timeZone: 'America/New_York', hour: 8 }, note)],
      [daily(3, { frequency: 'weekly', weekday: 1 }, note)],
    ]);
    w.clock.set(MON_0900_MINSK + 10 * HOUR);
    await w.clock.run(w.service.delivery.runDue()); // Monday's digests
    w.drain();
    // Down from Monday 16:00 until Thursday 12:00 UTC.
    w.clock.set(MON_0900_MINSK + 3 * DAY + 6 * HOUR);
    await w.clock.run(w.service.start());
    expect([...w.drain().entries()].map(([chat, msgs]) => [chat, msgs.length])).toEqual([
      [1, 1],
      [2, 1],
    ]); // the weekly one is not due until next Monday
    expect(w.service.scheduler.zones()).toEqual(['America/New_York', 'Europe/Minsk']);
    // A cron tick in the same hour finds nothing owed.
    w.ticks.get('Europe/Minsk')?.();
    await w.clock.run(w.service.delivery.runDue());
    expect(w.drain().size).toBe(0);
    // Friday 09:00 Minsk: one more for chat 1 only.
    w.clock.set(MON_0900_MINSK + 4 * DAY);
    w.ticks.get('Europe/Minsk')?.();
    await w.clock.run(w.service.delivery.runDue());
    expect([...w.drain().keys()]).toEqual([1]);
    w.service.scheduler.stop();
  });

  it('serves a slot whose timer fired a moment early', async () => {
    const w = await world(MON_0900_MINSK - HOUR, [[daily(1)]]);
    w.clock.set(MON_0900_MINSK - 300);
    await w.clock.run(w.service.delivery.runDue());
    expect(w.drain().get(1)).toHaveLength(1);
  });

  it('"as soon as new documents arrive": a briefing at once, then new facts after a rebuild, nothing when none', async () => {
    const w = await world(MON_0900_MINSK, [
      [daily(5, { frequency: 'on-new-documents' }, { topics: ['e:person:kellogg'] })],
    ]);
    await w.clock.run(w.service.factsChanged());
    expect(w.drain().get(5)?.[0]).toContain('Briefing');
    await w.clock.run(w.service.factsChanged());
    expect(w.drain().size).toBe(0);
    w.setKb(makeKb([...FACTS, ADDED]));
    await w.clock.run(w.service.factsChanged());
    const got = w.drain().get(5) ?? [];
    expect(got).toHaveLength(1);
    expect(got[0]).toContain('Kellogg met Lukashenko');
    // f-sanctions came with the same rebuild but is not about Kellogg.
    expect(got[0]).not.toContain('Белавиа');
  });

  it('/digest sends what is new now and moves the baseline, without touching the schedule', async () => {
    const w = await world(MON_0900_MINSK - HOUR, [[daily(9)]]);
    const result = await w.clock.run(w.service.delivery.sendNow(9));
    expect(result).toEqual({ sent: 1, nothingNew: 0, subscriptions: 1 });
    expect(w.drain().get(9)?.[0]).toContain('Briefing');
    const again = await w.clock.run(w.service.delivery.sendNow(9));
    expect(again).toEqual({ sent: 1, nothingNew: 1, subscriptions: 1 });
    expect(w.drain().get(9)?.[0]).toContain('Nothing new');
    // The 09:00 slot is still owed (with nothing new it stays silent, and is served).
    w.clock.set(MON_0900_MINSK);
    const cycle = await w.clock.run(w.service.delivery.runDue());
    expect(cycle).toMatchObject({ due: 1, skippedNothingNew: 1, delivered: 0 });
  });

  it('deactivates a chat that blocked the bot and stops sending to it', async () => {
    const w = await world(MON_0900_MINSK - HOUR, [[daily(11)], [daily(12, {}, { nothingNewNote: true })]]);
    const blockedApi = new FakeTelegramApi({ clock: w.clock, blocked: [11] });
    const service = await createDigestService({
      store: w.service.store,
      kb: () => makeKb(),
      api: blockedApi,
      clock: w.clock,
      cron: () => ({ stop: () => undefined }),
    });
    w.clock.set(MON_0900_MINSK);
    const report = await w.clock.run(service.delivery.runDue());
    expect(report).toMatchObject({ delivered: 1, blocked: 1 });
    expect(service.store.ofChat(11)[0]).toMatchObject({ status: 'inactive', inactiveReason: 'blocked' });
    w.clock.set(MON_0900_MINSK + DAY);
    await w.clock.run(service.delivery.runDue());
    expect(blockedApi.requests).toBe(3); // day 2: only chat 12
    expect(blockedApi.sent.map((m) => m.chatId)).toEqual([12, 12]);
  });
});

describe('cronerFactory', () => {
  it('schedules minute 0 of each local hour in the zone, and stops', async () => {
    const { cronerFactory } = await import('../../src/delivery/scheduler.ts');
    const job = cronerFactory('0 * * * *', 'Asia/Kolkata', () => undefined) as unknown as {
      nextRun(d?: Date): Date | null;
      stop(): void;
      isStopped(): boolean;
    };
    // Kolkata is UTC+5:30: its hours start at :30 UTC.
    expect(job.nextRun(new Date('2025-03-10T04:10:00Z'))?.toISOString()).toBe('2025-03-10T04:30:00.000Z');
    job.stop();
    expect(job.isStopped()).toBe(true);
  });
});
