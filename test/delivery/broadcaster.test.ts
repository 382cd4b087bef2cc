import { describe, expect, it } from 'vitest';
import { type BroadcastJob, type BroadcastReport, broadcast } from '../../src/delivery/broadcaster.ts';
import { FakeTelegramApi, type Fault } from '../support/fake-telegram-api.ts';
import { SendRateLimiter } from '../../src/delivery/rate-limits.ts';
import { SimulatedClock } from '../support/simulated-clock.ts';
import { findLimitBreach } from './limits-check.ts';

interface Outcome {
  report: BroadcastReport;
  api: FakeTelegramApi;
  delivered: string[];
  blocked: string[];
  failed: string[];
}

async function run(
  jobs: BroadcastJob[],
  opts: {
    fault?: (chat: number, call: number) => Fault | undefined;
    groups?: number[];
    latencyMs?: number;
    abortAt?: number;
  } = {},
): Promise<Outcome> {
  const clock = new SimulatedClock(0);
  const api = new FakeTelegramApi({ clock, latencyMs: opts.latencyMs ?? 80, fault: opts.fault, groups: opts.groups });
  const delivered: string[] = [];
  const blocked: string[] = [];
  const failed: string[] = [];
  const abort = new AbortController();
  if (opts.abortAt !== undefined) void clock.sleep(opts.abortAt).then(() => abort.abort());
  const report = await clock.run(
    broadcast(jobs, {
      api,
      clock,
      limiter: new SendRateLimiter(),
      signal: abort.signal,
      sendTimeoutMs: 10_000,
      handlers: {
        delivered: (job) => delivered.push(job.id),
        blocked: (job) => blocked.push(job.id),
        failed: (job) => failed.push(job.id),
      },
    }),
  );
  return { report, api, delivered, blocked, failed };
}

const privateJobs = (n: number): BroadcastJob[] =>
  Array.from({ length: n }, (_, i) => ({ id: `j${i}`, chatId: 1000 + i, isGroup: false, html: `digest ${i}` }));

describe('broadcast', () => {
  it('sends 10,000 private digests within 5% of the 30/s floor and never over a limit', async () => {
    const { report, api, delivered } = await run(privateJobs(10_000));
    expect(delivered).toHaveLength(10_000);
    expect(api.sent).toHaveLength(10_000);
    expect(api.limitViolations).toEqual([]);
    expect(findLimitBreach(api.sent)).toBeUndefined();
    const seconds = (report.finishedAt - report.startedAt) / 1000;
    expect(seconds).toBeGreaterThanOrEqual(10_000 / 30 - 1);
    expect(seconds).toBeLessThanOrEqual((10_000 / 30) * 1.05);
  });

  const shapes: [name: string, jobs: BroadcastJob[], groups: number[]][] = [
    [
      'five messages to one private chat',
      Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, chatId: 7, isGroup: false, html: 'x' })),
      [],
    ],
    [
      '30 messages to each of 4 groups, mixed with private chats',
      [
        ...Array.from({ length: 120 }, (_, i) => ({ id: `g${i}`, chatId: -100 - (i % 4), isGroup: true, html: 'x' })),
        ...privateJobs(300),
      ],
      [-100, -101, -102, -103],
    ],
  ];
  it.each(shapes)('keeps per-chat and per-group limits: %s', async (_name, jobs, groups) => {
    const { api, delivered } = await run(jobs, { groups });
    expect(delivered).toHaveLength(jobs.length);
    expect(api.limitViolations).toEqual([]);
    expect(findLimitBreach(api.sent, new Set(groups))).toBeUndefined();
  });

  it('does not let a slow group hold up the private chats behind it', async () => {
    const jobs = [
      ...Array.from({ length: 40 }, (_, i) => ({ id: `g${i}`, chatId: -1, isGroup: true, html: 'x' })),
      ...privateJobs(60),
    ];
    const { api } = await run(jobs, { groups: [-1] });
    const lastPrivate = Math.max(...api.sent.filter((m) => m.chatId > 0).map((m) => m.at));
    expect(lastPrivate).toBeLessThan(5_000);
  });

  it('stops every send for retry_after after a 429, then delivers once', async () => {
    const { api, delivered, report } = await run(privateJobs(100), {
      fault: (chat, call) => (chat === 1010 && call === 0 ? { kind: '429', retryAfterSeconds: 7 } : undefined),
    });
    // The 429 answer arrives one round trip (80 ms) after the 11th send went out.
    const pausedFrom = 10 * 34 + 80;
    expect(api.sent.filter((m) => m.at > pausedFrom && m.at < pausedFrom + 7000)).toEqual([]);
    expect(api.sent.some((m) => m.at === pausedFrom + 7000)).toBe(true);
    expect(delivered.filter((id) => id === 'j10')).toHaveLength(1);
    expect(delivered).toHaveLength(100);
    expect(report.rateLimited).toBe(1);
  });

  it('reports a 403 as blocked and does not retry it', async () => {
    const { api, blocked, delivered } = await run(privateJobs(10), {
      fault: (chat) => (chat === 1003 ? { kind: '403' } : undefined),
    });
    expect(blocked).toEqual(['j3']);
    expect(delivered).toHaveLength(9);
    expect(api.requests).toBe(10);
  });

  const transient: [name: string, fault: Fault, expectedRequests: number][] = [
    ['a network error', { kind: 'network' }, 4],
    ['a timeout', { kind: 'timeout' }, 4],
    ['a 500', { kind: '500' }, 4],
  ];
  it.each(transient)('retries %s with backoff and delivers once', async (_name, fault, expectedRequests) => {
    const { api, delivered } = await run(privateJobs(3), {
      fault: (chat, call) => (chat === 1001 && call < 3 ? fault : undefined),
    });
    expect(delivered.sort()).toEqual(['j0', 'j1', 'j2']);
    expect(api.sent.filter((m) => m.chatId === 1001)).toHaveLength(1);
    expect(api.requests).toBe(expectedRequests + 2);
    const times = api.sent.map((m) => m.at);
    // Backoff 1 s, 2 s, 4 s after the first failure (timeouts add 10 s each before counting as failed).
    expect(Math.max(...times)).toBeGreaterThan(7_000);
  });

  it('gives up after the last attempt and reports the job as failed (it stays due)', async () => {
    const { failed, delivered, api } = await run(privateJobs(2), {
      fault: (chat) => (chat === 1000 ? { kind: 'network' } : undefined),
    });
    expect(failed).toEqual(['j0']);
    expect(delivered).toEqual(['j1']);
    expect(api.requests).toBe(5 + 1);
  });

  it('shows a message twice only when Telegram took it and the answer was lost', async () => {
    const { api, delivered } = await run(privateJobs(2), {
      fault: (chat, call) => (chat === 1000 && call === 0 ? { kind: 'lost-response' } : undefined),
    });
    expect(api.countByChat().get(1000)).toBe(2);
    expect(delivered.filter((id) => id === 'j0')).toHaveLength(1);
  });

  it('after an abort (a crash) sends nothing more and reports nothing more', async () => {
    const { api, delivered, report } = await run(privateJobs(1000), { abortAt: 10_000 });
    expect(report.aborted).toBe(true);
    expect(api.sent.every((m) => m.at <= 10_000)).toBe(true);
    // Sends still in flight at the crash were taken by Telegram but never reported delivered.
    expect(api.sent.length - delivered.length).toBeGreaterThanOrEqual(0);
    expect(api.sent.length - delivered.length).toBeLessThanOrEqual(5);
  });
});
