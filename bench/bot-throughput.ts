import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Update } from 'grammy/types';
import { conversationFileStorage } from '../src/bot/conversations/conversation-file-storage.ts';
import type { BotDeps, BotSettings } from '../src/bot/deps.ts';
import { createBot } from '../src/bot/index.ts';
import { createChatContextStore } from '../src/bot/stores/chat-context-store.ts';
import { openMemoryPrefsStore } from '../src/bot/stores/prefs-store.ts';
import { OFFLINE_BOT_INFO } from '../src/console/bot-info.ts';
import { ingestDirectories } from '../src/knowledge/ingest/ingest.ts';
import { MemoryTextAdapter } from '../src/delivery/memory-text-adapter.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { createLogger } from '../src/logger.ts';
import { DEV_QUESTIONS } from './answer.ts';
import { REPO_ROOT } from './child.ts';
import { fakeBotApi } from './fake-bot-api.ts';
import { percentile } from './stats.ts';
import type { BenchRow } from './table.ts';

/**
 * Updates per second through the whole bot as main.ts builds it (createBot: middleware, flood control,
 * conversations with the file storage's code, answer, formatting, grammY's API client; the production
 * logger at its default level), against an in-process Bot API (bench/fake-bot-api.ts), and the time
 * from handing an update to the bot to its first sendMessage. Each update is a dev question from its
 * own user, so the per-user flood control lets all through.
 *
 * Twice: as configured (the dev questions repeat, so after the first round answers come from the
 * bot's answer cache), and with the answer cache off, where every update is answered afresh: the
 * figure for questions nobody asked before.
 */

const WARMUP = 300;
const UPDATES = 5_000;
/** With the answer cache off each update costs a whole answer: fewer of them give as steady a figure. */
const UNCACHED_UPDATES = 1_500;
/** Updates in flight at once, as src/bot/polling.ts hands them over. */
const CONCURRENCY = 64;
const TARGET_PER_SECOND = 3_000;
const TOKEN = '123456:bench-token-never-sent-anywhere';

interface Measured {
  perSecond: number;
  /** Updates per second of CPU time (all threads): what a core would do, whatever else the machine runs. */
  perCpuSecond: number;
  /** update → first sendMessage, under load. */
  loaded: number[];
  /** update → first sendMessage, one update at a time. */
  alone: number[];
  /** Lines the logger wrote per update handled. */
  logLinesPerUpdate: number;
}

export async function benchBotThroughput(): Promise<BenchRow[]> {
  const questions = (await readFile(DEV_QUESTIONS, 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => String((JSON.parse(l) as { question: string }).question));
  const kb = createKnowledgeBase((await ingestDirectories([join(REPO_ROOT, 'data', 'sources')])).data);
  const cached = await measure(kb, questions, UPDATES, {});
  const uncached = await measure(kb, questions, UNCACHED_UPDATES, { answerCacheSize: 0 });
  const size = (updates: number) =>
    `${updates} private questions (${questions.length} dev questions, repeating), corpus store, ${CONCURRENCY} in flight`;
  const target = `target ≥ ${TARGET_PER_SECOND.toLocaleString('en-US')}/s`;
  return [
    {
      what: 'bot throughput (whole bot, fake API)',
      size: `${size(UPDATES)}; ${cached.logLinesPerUpdate.toFixed(2)} log lines/update`,
      figure: cached.perSecond,
      unit: 'updates/s',
      baseline: target,
    },
    {
      what: 'bot throughput per CPU-second',
      size: `the same ${UPDATES} updates: updates / CPU time of the process (steadier than the clock on a shared machine)`,
      figure: cached.perCpuSecond,
      unit: 'updates/s',
      baseline: target,
    },
    {
      what: 'update → sendMessage p99, under load',
      size: `${size(UPDATES)} (${cached.loaded.length} replies)`,
      figure: percentile(cached.loaded, 99),
      unit: 'ms',
    },
    {
      what: 'update → sendMessage p50 / p99, one at a time',
      size: `${cached.alone.length} private questions`,
      figure: `${percentile(cached.alone, 50).toFixed(2)} / ${percentile(cached.alone, 99).toFixed(2)}`,
      unit: 'ms',
    },
    {
      what: 'bot throughput, answer cache off',
      size: `${size(UNCACHED_UPDATES)}: every update answered afresh`,
      figure: uncached.perSecond,
      unit: 'updates/s',
      baseline: `${Math.round(uncached.perCpuSecond)} per CPU-second`,
    },
  ];
}

let nextUser = 1_000_000;

async function measure(
  kb: KnowledgeBase,
  questions: readonly string[],
  updates: number,
  settings: Partial<BotSettings>,
): Promise<Measured> {
  let logLines = 0;
  const deps: BotDeps = {
    kb: () => kb,
    settings: { adminIds: [], rateLimitMax: 5, rateLimitWindowMs: 10_000, inlinePageSize: 5, ...settings },
    log: createLogger({ level: 'info', secrets: [TOKEN], destination: { write: () => logLines++ } }),
    clock: () => new Date(),
    prefs: await openMemoryPrefsStore(),
    chatContexts: createChatContextStore(),
    conversationStorage: conversationFileStorage(new MemoryTextAdapter()),
  };
  const api = fakeBotApi();
  const bot = createBot(TOKEN, deps, {
    botInfo: OFFLINE_BOT_INFO,
    client: { fetch: api.fetch, timeoutSeconds: 60 },
  });

  const handedAt = new Map<number, number>();
  const latencies: number[] = [];
  api.onSendMessage = (chatId) => {
    const at = handedAt.get(chatId);
    if (at === undefined) return;
    latencies.push(performance.now() - at);
    handedAt.delete(chatId);
  };

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
  logLines = 0;
  const cpuBefore = process.cpuUsage();
  const loadedMs = await feed(updates, CONCURRENCY);
  const cpu = process.cpuUsage(cpuBefore);
  const logLinesPerUpdate = logLines / updates;
  const loaded = [...latencies];
  latencies.length = 0;
  await feed(Math.min(updates, 1_000), 1);
  return {
    perSecond: updates / (loadedMs / 1000),
    perCpuSecond: updates / ((cpu.user + cpu.system) / 1e6),
    loaded,
    alone: [...latencies],
    logLinesPerUpdate,
  };
}
