import { describe, expect, it } from 'vitest';
import { DigestDelivery } from '../../src/delivery/digest-delivery.ts';
import { FakeTelegramApi, type Fault } from '../support/fake-telegram-api.ts';
import { MemoryTextAdapter } from '../../src/delivery/memory-text-adapter.ts';
import { SimulatedClock } from '../support/simulated-clock.ts';
import { SubscriberStore } from '../../src/delivery/subscriber-store.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { FACTS, makeKb } from '../knowledge/digest/fixture.ts';
import { subscriberFile } from './helpers/subscriber-file.ts';
import { draft } from './helpers/subscription-draft.ts';
import { findLimitBreach } from './limits-check.ts';

const N = 10_000;
const chatOf = (i: number) => (i % 10 === 0 ? -(100_000 + i) : 100_000 + i); // every tenth is a group
const MONDAY_0900_MINSK = Date.parse('2025-03-10T06:00:00Z');
const DAY = 86_400_000;
// Each commit rewrites the whole 3.4 MB file (~45 ms of JSON.stringify here): 5 s keeps the test fast.
const GROUP_COMMIT_MS = 5000;

// Faults by subscriber index: each kind on its own slice of the population.
const BLOCKED = (i: number) => i % 37 === 1; // ~270 blocked the bot
const RATE_LIMITED = (i: number) => i % 97 === 2; // 429 on the first try
const FLAKY = (i: number) => i % 53 === 3; // two network errors, then fine
const TIMES_OUT = (i: number) => i % 211 === 4; // first request never answered
const ANSWER_LOST = (i: number) => i % 499 === 5; // accepted, answer lost: may show twice

function faultFor(chatId: number, call: number): Fault | undefined {
  const i = Math.abs(chatId) - 100_000;
  if (BLOCKED(i)) return { kind: '403' };
  if (RATE_LIMITED(i) && call === 0) return { kind: '429', retryAfterSeconds: 3 };
  if (FLAKY(i) && call < 2) return { kind: 'network' };
  if (TIMES_OUT(i) && call === 0) return { kind: 'timeout' };
  if (ANSWER_LOST(i) && call === 0) return { kind: 'lost-response' };
  return undefined;
}

async function start(
  stored: string,
  clock: SimulatedClock,
  api: FakeTelegramApi,
  kb: () => KnowledgeBase,
  signal?: AbortSignal,
) {
  const adapter = new MemoryTextAdapter(stored);
  const store = await SubscriberStore.open(adapter, 'memory', { clock, groupCommitMs: GROUP_COMMIT_MS });
  const delivery = new DigestDelivery({ store, kb, api, clock, signal, broadcast: { sendTimeoutMs: 10_000 } });
  return { adapter, store, delivery };
}

describe('a 10,000-subscriber digest with faults, a crash and a restart', () => {
  it('ends with one digest per active subscriber per slot, blocked ones deactivated, nothing lost', async () => {
    const drafts = Array.from({ length: N }, (_, i) =>
      draft(chatOf(i), { timeZone: i % 2 ? 'Europe/Minsk' : 'Europe/Moscow' }),
    );
    const clock = new SimulatedClock(MONDAY_0900_MINSK - 3 * DAY);
    const groups = drafts.filter((d) => d.chatId < 0).map((d) => d.chatId);
    const api = new FakeTelegramApi({ clock, latencyMs: 80, fault: faultFor, groups });
    const kb = makeKb(FACTS.slice(0, 4));

    // Day 1, 09:00 local: the briefing. The process dies 150 s into the broadcast.
    clock.set(MONDAY_0900_MINSK);
    const crash = new AbortController();
    const first = await start(subscriberFile(drafts, MONDAY_0900_MINSK - 3 * DAY), clock, api, () => kb, crash.signal);
    void clock.sleep(150_000).then(() => crash.abort());
    const crashed = await clock.run(first.delivery.runDue());
    expect(crashed.aborted).toBe(true);
    const onDiskAtCrash = first.adapter.stored ?? '';
    const sentBeforeCrash = api.sent.length;
    expect(sentBeforeCrash).toBeGreaterThan(1000); // 429s pause every send for retry_after, so fewer than 150 × 30
    expect(sentBeforeCrash).toBeLessThan(N);

    // Restart 40 s later from what was on disk: the catch-up serves the rest of the slot.
    clock.set(clock.now() + 40_000);
    const second = await start(onDiskAtCrash, clock, api, () => kb);
    const resumed = await clock.run(second.delivery.runDue());
    await clock.run(second.store.flush());
    expect(resumed.aborted).toBe(false);

    const counts = api.countByChat();
    const blocked = drafts.filter((_, i) => BLOCKED(i)).map((d) => d.chatId);
    const answerLost = new Set(drafts.filter((_, i) => ANSWER_LOST(i)).map((d) => d.chatId));
    const repeats: number[] = [];
    for (const [i, d] of drafts.entries()) {
      const got = counts.get(d.chatId) ?? 0;
      if (BLOCKED(i)) {
        expect(got, `blocked chat ${d.chatId}`).toBe(0);
        continue;
      }
      expect(got, `chat ${d.chatId} got nothing: lost`).toBeGreaterThanOrEqual(1);
      if (got > 1) {
        expect(got, `chat ${d.chatId}`).toBe(2);
        if (!answerLost.has(d.chatId)) repeats.push(d.chatId);
      }
    }
    // Repeats come only from sends Telegram took in the last moments before the crash:
    // the in-flight ones and those whose mark waited for the group commit (at most 30/s for its window).
    expect(repeats.length).toBeLessThanOrEqual(30 * (GROUP_COMMIT_MS / 1000 + 1));
    for (const chat of repeats) {
      const times = api.sent.filter((m) => m.chatId === chat).map((m) => m.at);
      expect(times[0]).toBeGreaterThan(MONDAY_0900_MINSK + 150_000 - GROUP_COMMIT_MS - 1000);
    }
    for (const sub of second.store.all()) {
      if (blocked.includes(sub.chatId)) {
        expect(sub).toMatchObject({ status: 'inactive', inactiveReason: 'blocked' });
      } else {
        expect(sub.status).toBe('active');
        expect(sub.delivery.lastSlotAt).toBe(MONDAY_0900_MINSK);
        expect(sub.delivery.deliveredThrough).toBe(1);
      }
    }
    expect(api.limitViolations).toEqual([]);
    expect(findLimitBreach(api.sent, new Set(groups))).toBeUndefined();
    expect(api.sent.slice(0, 1)[0]?.html).toContain('Briefing');
  }, 30_000);
});
