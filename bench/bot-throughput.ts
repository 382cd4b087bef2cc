import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Update } from 'grammy/types';
import { pino } from 'pino';
import type { BotDeps } from '../src/bot/deps.ts';
import { createBot } from '../src/bot/index.ts';
import { createChatContextStore } from '../src/bot/stores/chat-context-store.ts';
import { openMemoryPrefsStore } from '../src/bot/stores/prefs-store.ts';
import { OFFLINE_BOT_INFO } from '../src/console/bot-info.ts';
import { ingestDirectories } from '../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { DEV_QUESTIONS } from './answer.ts';
import { REPO_ROOT } from './child.ts';
import { percentile } from './stats.ts';
import type { BenchRow } from './table.ts';

/**
 * Updates per second through the whole bot (createBot: middleware, rate limiter, answer,
 * formatting) with an API transformer that returns canned results instead of calling Telegram,
 * and the time from handing an update to the bot to its first sendMessage.
 * Each update is a dev question from its own user, so the per-user rate limiter lets all through.
 */

const WARMUP = 300;
const UPDATES = 5_000;
/** Updates in flight at once, as @grammyjs/runner would hand them over. */
const CONCURRENCY = 64;
const TARGET_PER_SECOND = 1_000;

export async function benchBotThroughput(): Promise<BenchRow[]> {
  const questions = (await readFile(DEV_QUESTIONS, 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => String((JSON.parse(l) as { question: string }).question));
  const kb = createKnowledgeBase((await ingestDirectories([join(REPO_ROOT, 'data', 'sources')])).data);
  const deps: BotDeps = {
    kb: () => kb,
    settings: { adminIds: [], rateLimitMax: 5, rateLimitWindowMs: 10_000, inlinePageSize: 5 },
    log: pino({ level: 'silent' }),
    clock: () => new Date(),
    prefs: await openMemoryPrefsStore(),
    chatContexts: createChatContextStore(),
  };
  const bot = createBot('123456:bench-token', deps, { botInfo: OFFLINE_BOT_INFO });

  const handedAt = new Map<number, number>();
  const latencies: number[] = [];
  let messageId = 1;
  bot.api.config.use(async (_prev, method, payload) => {
    const p = (payload ?? {}) as { chat_id?: number; text?: string };
    if (method === 'sendMessage' && typeof p.chat_id === 'number') {
      const at = handedAt.get(p.chat_id);
      if (at !== undefined) {
        latencies.push(performance.now() - at);
        handedAt.delete(p.chat_id);
      }
    }
    const result =
      method === 'sendMessage' || method === 'editMessageText'
        ? { message_id: messageId++, date: 0, chat: { id: p.chat_id, type: 'private' }, text: p.text ?? '' }
        : true;
    return { ok: true, result } as never;
  });

  let nextUser = 1_000_000;
  const updateFor = (i: number): Update => {
    const id = nextUser++;
    return {
      update_id: id,
      message: {
        message_id: i + 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id, type: 'private', first_name: 'Bench' },
        from: { id, is_bot: false, first_name: 'Bench', language_code: i % 2 ? 'ru' : 'en' },
        text: questions[i % questions.length] as string,
      },
    };
  };
  const feed = async (count: number, concurrency: number): Promise<number> => {
    let next = 0;
    const started = performance.now();
    const lane = async () => {
      while (next < count) {
        const update = updateFor(next++);
        handedAt.set(update.message?.chat.id ?? 0, performance.now());
        await bot.handleUpdate(update);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    return performance.now() - started;
  };

  await feed(WARMUP, CONCURRENCY);
  latencies.length = 0;
  const loadedMs = await feed(UPDATES, CONCURRENCY);
  const loaded = [...latencies];
  latencies.length = 0;
  await feed(Math.min(UPDATES, 1_000), 1);
  const alone = [...latencies];
  const perSecond = UPDATES / (loadedMs / 1000);
  const size = `${UPDATES} private questions (${questions.length} dev questions), corpus store`;
  return [
    {
      what: 'bot throughput (whole bot, fake API)',
      size: `${size}, ${CONCURRENCY} in flight`,
      figure: perSecond,
      unit: 'updates/s',
      baseline: `target ≥ ${TARGET_PER_SECOND.toLocaleString('en-US')}/s`,
    },
    {
      what: 'update → sendMessage p99, under load',
      size: `${size}, ${CONCURRENCY} in flight (${loaded.length} replies)`,
      figure: percentile(loaded, 99),
      unit: 'ms',
    },
    {
      what: 'update → sendMessage p50 / p99, one at a time',
      size: `${alone.length} private questions`,
      figure: `${percentile(alone, 50).toFixed(2)} / ${percentile(alone, 99).toFixed(2)}`,
      unit: 'ms',
    },
  ];
}
