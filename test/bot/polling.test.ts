import { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/bot/context.ts';
import { UpdatePoller } from '../../src/bot/polling.ts';
import { BOT } from './harness.ts';

/** An in-process getUpdates: `offset` confirms what is below it, as Telegram does. */
function fakeTelegram() {
  const queue: Update[] = [];
  const offsets: number[] = [];
  let failuresLeft = 0;
  const pollAt: number[] = [];
  const fetch = (async (url: string | URL, init?: RequestInit) => {
    const method = String(url).split('/').at(-1);
    const params = JSON.parse(String(init?.body ?? '{}')) as { offset?: number; limit?: number };
    let body: unknown = { ok: true, result: true };
    if (method === 'getUpdates') {
      pollAt.push(Date.now());
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new TypeError('fetch failed: ECONNRESET');
      }
      if (params.offset !== undefined) {
        offsets.push(params.offset);
        while (queue.length > 0 && (queue[0]?.update_id ?? 0) < params.offset) queue.shift();
      }
      const ready = queue.slice(0, params.limit ?? 100);
      if (ready.length === 0) await new Promise((r) => setTimeout(r, 20));
      body = { ok: true, result: ready };
    }
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof globalThis.fetch;
  let nextId = 1;
  return {
    fetch,
    offsets,
    pollAt,
    queue,
    failNext: (n: number) => {
      failuresLeft = n;
    },
    push: (text: string) => {
      const update_id = nextId++;
      queue.push({
        update_id,
        message: { message_id: update_id, date: 0, chat: { id: update_id, type: 'private', first_name: 'A' }, text },
      } as Update);
      return update_id;
    },
  };
}

const silent = pino({ level: 'silent' });
const pollers: UpdatePoller[] = [];
afterEach(async () => {
  for (const p of pollers.splice(0)) await p.stop(0);
});

function botWith(tg: ReturnType<typeof fakeTelegram>, handler: (text: string) => Promise<void>) {
  const bot = new Bot<BotContext>('1:TEST', { botInfo: BOT, client: { fetch: tg.fetch } });
  bot.on('message:text', (ctx) => handler(ctx.message.text));
  return bot;
}

describe('UpdatePoller', () => {
  it('confirms (offset) only the updates whose handling finished, and waits for them on stop', async () => {
    const tg = fakeTelegram();
    const done: string[] = [];
    const bot = botWith(tg, async (text) => {
      await new Promise((r) => setTimeout(r, text === 'slow' ? 300 : 10));
      done.push(text);
    });
    tg.push('slow');
    tg.push('fast');
    const poller = new UpdatePoller(bot, { allowedUpdates: ['message'], log: silent, pollTimeoutSeconds: 0 });
    await new Promise((r) => setTimeout(r, 100));
    // 'fast' (2) finished, 'slow' (1) did not: the offset stays at 1, so nothing is confirmed yet.
    expect(done).toEqual(['fast']);
    expect(Math.max(...tg.offsets)).toBe(1);
    const report = await poller.stop(2_000);
    expect(report.abandoned).toEqual([]);
    expect(done).toEqual(['fast', 'slow']);
    expect(tg.offsets.at(-1)).toBe(3);
    expect(tg.queue).toEqual([]);
  });

  it('abandons a handler that outlasts the grace period, and leaves its update unconfirmed', async () => {
    const tg = fakeTelegram();
    const bot = botWith(tg, (text) => new Promise((r) => setTimeout(r, text === 'stuck' ? 5_000 : 1)));
    tg.push('quick');
    tg.push('stuck');
    tg.push('quick');
    const poller = new UpdatePoller(bot, { allowedUpdates: ['message'], log: silent, pollTimeoutSeconds: 0 });
    await new Promise((r) => setTimeout(r, 100));
    const report = await poller.stop(200);
    expect(report.abandoned).toEqual([2]);
    expect(tg.offsets.at(-1)).toBe(2);
    expect(tg.queue.map((u) => u.update_id)).toEqual([2, 3]);
  });

  it('handles each update once although unconfirmed ones come back from getUpdates', async () => {
    const tg = fakeTelegram();
    const seen: string[] = [];
    const bot = botWith(tg, async (text) => {
      seen.push(text);
      await new Promise((r) => setTimeout(r, 200));
    });
    tg.push('a');
    tg.push('b');
    const poller = new UpdatePoller(bot, { allowedUpdates: ['message'], log: silent, pollTimeoutSeconds: 0 });
    pollers.push(poller);
    await new Promise((r) => setTimeout(r, 400));
    expect(seen).toEqual(['a', 'b']);
    // Waiting for a handler, not spinning: a few polls in 400 ms, not hundreds.
    expect(tg.pollAt.length).toBeLessThan(40);
  });

  it('backs off after failed polls, doubling up to the cap with jitter, never past it', async () => {
    const tg = fakeTelegram();
    const bot = botWith(tg, async () => {});
    tg.failNext(6);
    const poller = new UpdatePoller(bot, {
      allowedUpdates: ['message'],
      log: silent,
      pollTimeoutSeconds: 0,
      backoff: { firstMs: 20, maxMs: 80 },
      random: () => 1,
    });
    pollers.push(poller);
    await new Promise((r) => setTimeout(r, 900));
    const gaps = tg.pollAt.slice(1, 7).map((t, i) => t - (tg.pollAt[i] as number));
    // 20, 40, 80, 80, 80, 80 ms, each +20 % jitter at most.
    expect(gaps.length).toBe(6);
    for (const gap of gaps.slice(2)) {
      expect(gap).toBeGreaterThanOrEqual(80);
      expect(gap).toBeLessThan(80 * 1.2 + 60);
    }
    tg.push('after');
    await new Promise((r) => setTimeout(r, 100));
    expect(tg.queue).toEqual([expect.objectContaining({ update_id: 1 })]);
  });
});
