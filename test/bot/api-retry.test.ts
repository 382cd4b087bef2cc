import type { ApiResponse } from 'grammy/types';
import { HttpError } from 'grammy';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { retryWithinDeadline } from '../../src/bot/api-retry.ts';

const tooMany = (retryAfter: number) =>
  ({
    ok: false,
    error_code: 429,
    description: `Too Many Requests: retry after ${retryAfter}`,
    parameters: { retry_after: retryAfter },
  }) as ApiResponse<unknown>;

/** A clock that only moves when the retry sleeps, and a log that keeps its lines. */
function harness(answers: (() => ApiResponse<unknown>)[]) {
  let now = 0;
  const lines: { msg: string; obj: Record<string, unknown> }[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const transformer = retryWithinDeadline({
    log,
    except: ['getUpdates'],
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  });
  let calls = 0;
  const prev = (async () => {
    const answer = answers[Math.min(calls, answers.length - 1)] as () => ApiResponse<unknown>;
    calls++;
    return answer();
  }) as never;
  return {
    run: (method = 'sendMessage') => transformer(prev, method as never, {} as never),
    calls: () => calls,
    elapsed: () => now,
    lines,
  };
}

describe('retryWithinDeadline (429 storms)', () => {
  it("keeps retrying a person's answer through ten 429s (3 s each) and delivers it, logging each wait", async () => {
    const h = harness([...Array.from({ length: 10 }, () => () => tooMany(3)), () => ({ ok: true, result: 'sent' })]);
    const result = await h.run();
    expect(result).toEqual({ ok: true, result: 'sent' });
    expect(h.calls()).toBe(11);
    expect(h.elapsed()).toBe(30_000);
    expect(h.lines.filter((l) => /retrying/.test(String((l as unknown as { msg: string }).msg)))).toHaveLength(10);
  });

  it('gives up once the next wait would pass 60 s in all, logs it, and returns the last 429', async () => {
    const h = harness([() => tooMany(25)]);
    const result = await h.run();
    expect(result.ok).toBe(false);
    expect(h.elapsed()).toBeLessThanOrEqual(60_000);
    expect(h.calls()).toBe(3); // waits 25 + 25 = 50 s; a third wait would end at 75 s
    expect(h.lines.some((l) => /giving up/.test(String((l as unknown as { msg: string }).msg)))).toBe(true);
  });

  it('retries network errors with backoff, and never getUpdates (the poller has its own)', async () => {
    const fail = () => {
      throw new HttpError('Network request failed', new Error('ECONNRESET'));
    };
    const h = harness([fail, fail, () => ({ ok: true, result: true })]);
    expect(await h.run()).toEqual({ ok: true, result: true });
    expect(h.elapsed()).toBe(1_000 + 2_000);
    const g = harness([() => tooMany(1)]);
    expect((await g.run('getUpdates')).ok).toBe(false);
    expect(g.calls()).toBe(1);
  });

  it('does not retry a request Telegram refused (400)', async () => {
    const h = harness([() => ({ ok: false, error_code: 400, description: 'Bad Request' }) as ApiResponse<unknown>]);
    expect((await h.run()).ok).toBe(false);
    expect(h.calls()).toBe(1);
  });
});

describe("the bot's API (createBot)", () => {
  it('delivers a message through ten 429s in a row (the old auto-retry gave up after 3)', async () => {
    const { createBot } = await import('../../src/bot/index.ts');
    const { testBot, BOT } = await import('./harness.ts');
    const { deps } = await testBot();
    let calls = 0;
    const fetch = (async () => {
      calls++;
      const body =
        calls <= 10
          ? tooMany(0)
          : { ok: true, result: { message_id: 1, date: 0, chat: { id: 1, type: 'private' }, text: 'hi' } };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }) as unknown as typeof globalThis.fetch;
    const bot = createBot('4242:TEST-token-never-sent', deps, { botInfo: BOT, client: { fetch } });
    await expect(bot.api.sendMessage(1, 'hi')).resolves.toMatchObject({ message_id: 1 });
    expect(calls).toBe(11);
  });
});
