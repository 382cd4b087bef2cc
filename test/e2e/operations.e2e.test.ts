import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, makeDataDir, spawnBot, tail } from './bot-process.ts';
import { START_TIMEOUT_MS, waitFor, waitUntilPolling } from './e2e-helpers.ts';
import { type FakeTelegramServer as Fake, FakeTelegramServer, type FaultKind } from './fake-telegram-server.ts';
import { DEFAULT_USER, groupChat } from './telegram-updates.ts';

/**
 * What production does to a bot, on the real process against the fake Bot API (loopback only):
 * SIGTERM while answers are on their way, a network outage while polling, a broken Bot API at start-up.
 */

const TOKEN = '123456:TEST-ops-token-abc';
const QUESTION = 'When did Kellogg visit Minsk?';
const user = (id: number) => ({ ...DEFAULT_USER, id, first_name: `U${id}`, username: `user${id}` });

let data: Awaited<ReturnType<typeof makeDataDir>>;
let fake: Fake | undefined;
let bot: BotProcess | undefined;

beforeAll(async () => {
  data = await makeDataDir();
});
afterEach(async () => {
  await bot?.kill();
  await fake?.close();
  bot = undefined;
  fake = undefined;
});
afterAll(async () => {
  await data?.remove();
});

function startBot(server: Fake): Promise<BotProcess> {
  return spawnBot({
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: server.apiRoot,
    DATA_DIR: data.dir,
    LOG_LEVEL: 'info',
    WATCH_SOURCES: 'false',
  });
}

function count(text: string, pattern: RegExp): number {
  return (text.match(new RegExp(pattern.source, 'g')) ?? []).length;
}

describe('SIGTERM while replies are slow', () => {
  it('answers every update the bot received before the signal, confirms them all, and exits 0', async () => {
    fake = await FakeTelegramServer.start();
    bot = await startBot(fake);
    await waitUntilPolling(fake, bot);
    fake.slow('sendMessage', 700);
    // Questions per chat: eight people ask once, one asks three times in a row (queued behind each other).
    const asked = new Map<number, number>();
    for (let i = 0; i < 8; i++) asked.set(user(7501 + i).id, 1);
    asked.set(user(7510).id, 3);
    for (const [id, times] of asked) for (let k = 0; k < times; k++) fake.privateMessage(QUESTION, user(id));
    const group = groupChat(-100_501, 'Ops');
    fake.command(group, 'subscribe', '', user(7520));
    const updateIds = fake.pendingUpdates().map((u) => u.update_id);
    expect(updateIds).toHaveLength(12);
    // Every update reached the bot, and the first slow reply is on its way: now the signal.
    const seen = await waitFor(() => updateIds.every((id) => fake?.handedOutIds().has(id)), 10_000);
    expect(seen, `the bot did not fetch every update; output:\n${tail(bot.output())}`).toBe(true);
    await fake.waitForCall((c) => c.method === 'sendMessage', { timeoutMs: 10_000 });
    const { code, ms } = await bot.stop(15_000);
    const output = bot.output();
    expect(code, tail(output)).toBe(0);
    // A reply counts once Telegram's answer reached the bot (the fake sent it before the bot exited).
    const answered = (chat: number) =>
      fake?.callsOf('sendMessage').filter((c) => Number(c.params.chat_id) === chat && c.answeredAt !== undefined) ?? [];
    for (const [chat, times] of asked) {
      const cited = answered(chat).filter((c) => String(c.params.text).includes('<blockquote'));
      expect(cited.length, `chat ${chat} asked ${times} times; output:\n${tail(output)}`).toBeGreaterThanOrEqual(times);
    }
    expect(answered(group.id).length, 'the group /subscribe got no reply').toBeGreaterThan(0);
    // Confirmed to Telegram only now that they were answered; none left to come again.
    expect(fake.pendingUpdates().map((u) => u.update_id)).toEqual([]);
    expect(output).not.toMatch(/abandoned/);
    expect(ms).toBeLessThan(15_000);
  }, 60_000);
});

describe('a network outage while polling', () => {
  it('logs the outage once when it starts and once when it ends, then answers again', async () => {
    fake = await FakeTelegramServer.start();
    bot = await startBot(fake);
    await waitUntilPolling(fake, bot);
    fake.failNext('getUpdates', 3, { kind: 'drop' });
    // Ends the open long poll, so the next polls meet the dropped connections.
    fake.privateMessage('/help', user(7601));
    await fake.waitForCall((c) => c.method === 'getUpdates' && c.fault === 'drop', { timeoutMs: 10_000 });
    const back = await fake.waitForCall((c) => c.method === 'getUpdates' && !c.fault, {
      since: fake.mark(),
      timeoutMs: 20_000,
    });
    const asker = user(7602);
    const mark = fake.mark();
    fake.privateMessage(QUESTION, asker);
    await fake.waitForCall((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === asker.id, {
      since: mark,
      timeoutMs: 10_000,
    });
    await waitFor(() => /outage ended/.test(bot?.output() ?? ''), 2_000);
    const output = bot.output();
    expect(count(output, /outage started/), tail(output)).toBe(1);
    expect(count(output, /outage ended/), tail(output)).toBe(1);
    // Three failures back off about 1 + 2 + 4 s (±20 %), far below the old 3, 9, 21 s.
    const drops = fake.callsOf('getUpdates').filter((c) => c.fault === 'drop');
    expect(back.at - (drops[0]?.at ?? 0)).toBeLessThan(12_000);
    expect(output).not.toContain(TOKEN);
    expect((await bot.stop(15_000)).code).toBe(0);
  }, 60_000);
});

describe('start-up against a broken Bot API', () => {
  it.each<[FaultKind, string]>([
    ['drop', 'connection reset'],
    ['html500', 'an HTML 500 page'],
    ['html200', 'an HTML page with 200'],
  ])(
    '%s (%s): logs each failed attempt with its cause, never the token, and exits 0 at once on SIGTERM',
    async (kind) => {
      fake = await FakeTelegramServer.start();
      fake.failNext('*', Number.POSITIVE_INFINITY, { kind });
      bot = await startBot(fake);
      const attempts = (): number => count(bot?.output() ?? '', /getMe failed/);
      const logged = await waitFor(() => attempts() >= 2 || (bot?.hasExited() ?? true), START_TIMEOUT_MS);
      const output = bot.output();
      expect(logged && attempts() >= 2, `fewer than 2 failed attempts logged; output:\n${tail(output)}`).toBe(true);
      expect(output).toMatch(/"cause":"[^"]+"/);
      expect(output).not.toContain(TOKEN);
      const { code, ms } = await bot.stop(5_000);
      expect(code).toBe(0);
      expect(ms).toBeLessThan(3_000);
    },
    60_000,
  );

  it('no answer at all: SIGTERM in the middle of a getMe that never returns exits 0 at once', async () => {
    fake = await FakeTelegramServer.start();
    fake.failNext('*', Number.POSITIVE_INFINITY, { kind: 'hang' });
    bot = await startBot(fake);
    await fake.waitForCall((c) => c.method === 'getMe', { timeoutMs: START_TIMEOUT_MS });
    const { code, ms } = await bot.stop(5_000);
    expect(code, tail(bot.output())).toBe(0);
    expect(ms).toBeLessThan(3_000);
  }, 60_000);
});

describe('a big document dropped in the watched folder', () => {
  it('is built off the main loop: questions asked meanwhile are answered at once, then the new store is used', async () => {
    const own = await makeDataDir();
    try {
      fake = await FakeTelegramServer.start();
      bot = await spawnBot({
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: fake.apiRoot,
        DATA_DIR: own.dir,
        LOG_LEVEL: 'info',
        WATCH_SOURCES: 'true',
      });
      await waitUntilPolling(fake, bot);
      // About 600 KB of briefing text: several seconds of ingest.
      const seed = join(own.dir, 'sources');
      const texts = await Promise.all(
        (await readdir(seed)).filter((n) => n.endsWith('.txt')).map((n) => readFile(join(seed, n), 'utf8')),
      );
      let big = 'A long compilation of briefings\n\n';
      for (let i = 0; big.length < 600_000; i++) big += `${texts[i % texts.length]}\n\n`;
      const before = bot.output().length;
      await writeFile(join(seed, 'zz-compilation.txt'), big);
      const building = await waitFor(() => /Building the fact store/.test(bot?.output().slice(before) ?? ''), 15_000);
      expect(building, tail(bot.output())).toBe(true);
      const latencies: number[] = [];
      // Whether the rebuild had finished when each reply came: a loop blocked by it answers only after.
      const answeredAfterReload: boolean[] = [];
      for (let i = 0; i < 3; i++) {
        const asker = user(7701 + i);
        const mark = fake.mark();
        const askedAt = Date.now();
        fake.privateMessage(QUESTION, asker);
        const reply = await fake.waitForCall(
          (c) => c.method === 'sendMessage' && Number(c.params.chat_id) === asker.id,
          { since: mark, timeoutMs: 20_000 },
        );
        latencies.push(reply.at - askedAt);
        answeredAfterReload.push(/knowledge base reloaded/.test(bot.output().slice(before)));
      }
      const reloaded = await waitFor(() => /knowledge base reloaded/.test(bot?.output().slice(before) ?? ''), 40_000);
      expect(reloaded, tail(bot.output())).toBe(true);
      // The first question is asked as the rebuild starts: it is answered while the rebuild still runs.
      expect(answeredAfterReload[0], `reply latencies during the rebuild: ${latencies.join(', ')} ms`).toBe(false);
      // Each reply at once, with room for a loaded machine (a blocked loop waits out the whole rebuild).
      expect(Math.max(...latencies), `reply latencies during the rebuild: ${latencies.join(', ')} ms`).toBeLessThan(
        3_000,
      );
      expect(bot.output().slice(before)).toMatch(/"documents":6/);
      expect((await bot.stop(15_000)).code).toBe(0);
    } finally {
      await bot?.kill();
      await own.remove();
    }
  }, 90_000);
});
