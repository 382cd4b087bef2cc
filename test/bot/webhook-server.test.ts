import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
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
});
