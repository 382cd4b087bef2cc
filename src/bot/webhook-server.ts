import { createServer, type Server } from 'node:http';
import { type Bot, webhookCallback } from 'grammy';
import type { Logger } from 'pino';
import type { BotContext } from './context.ts';

export interface WebhookServerOptions {
  port: number;
  /** Only POSTs to this path are updates (the path of WEBHOOK_URL). */
  path: string;
  /** Checked against the X-Telegram-Bot-Api-Secret-Token header; other requests get 401. */
  secret: string;
}

/**
 * Webhook mode: a plain node:http server in front of grammY's webhookCallback, which checks the secret header.
 * GET /healthz answers 200 for a load balancer.
 */
export async function startWebhookServer(
  bot: Bot<BotContext>,
  options: WebhookServerOptions,
  log: Logger,
): Promise<Server> {
  const handleUpdate = webhookCallback(bot, 'http', {
    secretToken: options.secret,
    onTimeout: 'return',
    timeoutMilliseconds: 55_000,
  });
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') return void res.writeHead(200).end('ok');
    if (req.method !== 'POST' || path !== options.path) return void res.writeHead(404).end();
    handleUpdate(req, res).catch((error: unknown) => {
      log.error({ err: error }, 'webhook update failed');
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, () => resolve());
  });
  log.info({ port: options.port, path: options.path }, 'webhook server listening');
  return server;
}
