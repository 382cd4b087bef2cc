import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import type { BotContext } from './context.ts';
import type { HealthStatus } from './telegram-health.ts';

export interface WebhookServerOptions {
  port: number;
  /** Only POSTs to this path are updates (the path of WEBHOOK_URL). */
  path: string;
  /** Checked against the X-Telegram-Bot-Api-Secret-Token header; other requests get 401. */
  secret: string;
  /** Larger bodies get 413 without being read. Default 1 MiB (a Telegram update is a few KB). */
  maxBodyBytes?: number;
  /** Reported by GET /healthz: 200 while Telegram is reachable, 503 during an outage. Default: always ok. */
  health?: () => HealthStatus;
}

/** Telegram waits about a minute for an answer; past this the update is answered 200 and finishes on its own. */
const HANDLER_TIMEOUT_MS = 55_000;

/**
 * Webhook mode: a plain node:http server. POST <path> with the right secret header and a JSON update
 * is handled, then answered 200 (so Telegram sends again an update whose handling did not finish);
 * a wrong secret gets 401, a body over the cap 413, a body that is not an update 400.
 * GET /healthz answers the Telegram health as JSON, for a load balancer.
 */
export async function startWebhookServer(
  bot: Bot<BotContext>,
  options: WebhookServerOptions,
  log: Logger,
): Promise<Server> {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const secret = Buffer.from(options.secret);
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') {
      const status = options.health?.() ?? { ok: true, telegram: 'reachable' };
      return void res
        .writeHead(status.ok ? 200 : 503, { 'content-type': 'application/json' })
        .end(JSON.stringify(status));
    }
    if (req.method !== 'POST' || path !== options.path) return void res.writeHead(404).end();
    const given = Buffer.from(String(req.headers['x-telegram-bot-api-secret-token'] ?? ''));
    if (given.length !== secret.length || !timingSafeEqual(given, secret)) return void refuse(res, 401, 'wrong secret');
    void receive(req, res, maxBodyBytes).then(async (body) => {
      if (body === undefined) return;
      const update = parseUpdate(body);
      if (!update) return refuse(res, 400, 'not a JSON Telegram update');
      try {
        await withTimeout(bot.handleUpdate(update), HANDLER_TIMEOUT_MS);
        res.writeHead(200).end();
      } catch (error) {
        log.error({ err: error, updateId: update.update_id }, 'webhook update failed');
        if (!res.headersSent) res.writeHead(500).end();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, () => resolve());
  });
  log.info({ port: options.port, path: options.path, maxBodyBytes }, 'webhook server listening');
  return server;
}

/** The body, or undefined after answering 413 (declared or actual size over the cap). */
function receive(req: IncomingMessage, res: ServerResponse, maxBytes: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const tooLarge = (): void => {
      res.writeHead(413, { connection: 'close' }).end('payload too large');
      req.destroy();
      resolve(undefined);
    };
    if (Number(req.headers['content-length'] ?? 0) > maxBytes) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return tooLarge();
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(undefined));
  });
}

function parseUpdate(body: string): Update | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && Number.isInteger((parsed as { update_id?: unknown }).update_id))
      return parsed as Update;
  } catch {
    // not JSON: 400 below
  }
  return undefined;
}

function refuse(res: ServerResponse, status: number, text: string): void {
  if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain' }).end(text);
}

function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
