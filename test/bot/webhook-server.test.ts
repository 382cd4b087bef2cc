import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { TelegramHealth } from '../../src/bot/telegram-health.ts';
import { startWebhookServer } from '../../src/bot/webhook-server.ts';
import { KELLOGG } from './fake-kb.ts';
import { message, testBot } from './harness.ts';

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

describe('webhook server', () => {
  it.each([
    ['the right secret', { 'x-telegram-bot-api-secret-token': 'right-secret' }, 200, 1],
    ['a wrong secret', { 'x-telegram-bot-api-secret-token': 'wrong' }, 401, 0],
    ['no secret', {}, 401, 0],
  ])('an update with %s gets %d', async (_name, headers, status, answers) => {
    const t = await testBot();
    const server = await startWebhookServer(
      t.bot,
      { port: 0, path: '/hook', secret: 'right-secret' },
      pino({ level: 'silent' }),
    );
    servers.push(server);
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ update_id: 1, ...message(KELLOGG.question) }),
    });
    expect(response.status).toBe(status);
    expect(t.only('sendMessage')).toHaveLength(answers);
  });

  it('answers health checks and 404s other paths', async () => {
    const t = await testBot();
    const server = await startWebhookServer(t.bot, { port: 0, path: '/hook', secret: 's' }, pino({ level: 'silent' }));
    servers.push(server);
    const { port } = server.address() as AddressInfo;
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/other`, { method: 'POST' })).status).toBe(404);
  });

  it('refuses a body over the cap with 413 (right secret), without reading it all', async () => {
    const t = await testBot();
    const server = await startWebhookServer(
      t.bot,
      { port: 0, path: '/hook', secret: 's', maxBodyBytes: 64 * 1024 },
      pino({ level: 'silent' }),
    );
    servers.push(server);
    const { port } = server.address() as AddressInfo;
    const big = JSON.stringify({ update_id: 1, ...message('x'.repeat(200_000)) });
    const response = await fetch(`http://127.0.0.1:${port}/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 's' },
      body: big,
    }).catch((err: unknown) => err);
    // Either the 413 arrives, or the server closed the connection on the oversized upload: never handled.
    if (response instanceof Response) expect(response.status).toBe(413);
    expect(t.only('sendMessage')).toHaveLength(0);
  });

  it.each([
    ['malformed JSON', '{"update_id": 1, "message": {'],
    ['JSON that is not an update', '[1, 2, 3]'],
  ])('answers %s with the right secret 400, not 500', async (_name, body) => {
    const t = await testBot();
    const server = await startWebhookServer(t.bot, { port: 0, path: '/hook', secret: 's' }, pino({ level: 'silent' }));
    servers.push(server);
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 's' },
      body,
    });
    expect(response.status).toBe(400);
  });

  it('reports a Telegram outage on /healthz (503 with since when), and 200 once it ends', async () => {
    const t = await testBot();
    const health = new TelegramHealth(pino({ level: 'silent' }), () => Date.parse('2026-01-01T00:00:00Z'));
    const server = await startWebhookServer(
      t.bot,
      { port: 0, path: '/hook', secret: 's', health: () => health.status() },
      pino({ level: 'silent' }),
    );
    servers.push(server);
    const { port } = server.address() as AddressInfo;
    health.failed('sendMessage', new Error('ECONNRESET'));
    const down = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({
      ok: false,
      telegram: 'unreachable',
      unreachableSince: '2026-01-01T00:00:00.000Z',
    });
    health.succeeded('sendMessage');
    const up = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ ok: true, telegram: 'reachable' });
  });
});

describe('TelegramHealth', () => {
  it('logs one line when an outage starts and one when it ends, however many calls fail', () => {
    const lines: string[] = [];
    const health = new TelegramHealth(pino({ level: 'info' }, { write: (l: string) => lines.push(l) }));
    for (let i = 0; i < 20; i++) health.failed('getUpdates', new Error('ECONNRESET'));
    health.succeeded('sendMessage'); // another method getting through does not end a polling outage
    health.succeeded('getUpdates');
    health.succeeded('getUpdates');
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual([
      expect.stringMatching(/outage started/),
      expect.stringMatching(/outage ended/),
    ]);
  });
});
