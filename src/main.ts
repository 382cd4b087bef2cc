import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { dirname } from 'node:path';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { type Bot, GrammyError } from 'grammy';
import type { BotContext } from './bot/context.ts';
import { setCommands } from './bot/commands.ts';
import type { BotDeps, PrefsStore } from './bot/deps.ts';
import { createBot } from './bot/index.ts';
import { createChatContextStore } from './bot/stores/chat-context-store.ts';
import { openFilePrefsStore } from './bot/stores/prefs-store.ts';
import { startWebhookServer } from './bot/webhook-server.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { OFFLINE_BOT_INFO } from './console/bot-info.ts';
import { runConsoleChat } from './console/console-chat.ts';
import { type KnowledgeBase, openKnowledgeBase } from './knowledge/index.ts';
import { createLogger, type Logger } from './logger.ts';

/** Update kinds the bot handles; the others are not even fetched. */
const ALLOWED_UPDATES = ['message', 'edited_message', 'channel_post', 'callback_query', 'inline_query'] as const;
/** After SIGTERM, in-flight updates get this long before the process gives up on them. */
const STOP_TIMEOUT_MS = 8_000;

async function main(): Promise<void> {
  const config = readConfig();
  const log = createLogger({ level: config.logLevel, secrets: [config.botToken, config.webhook?.secret] });
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));

  // The knowledge base is swapped as a whole on /reload; features read it through deps.kb().
  let kb = await openKnowledge(config, log);
  const deps: BotDeps = {
    kb: () => kb,
    settings: config,
    log,
    clock: () => new Date(),
    prefs: await openPrefs(config.prefsFile),
    chatContexts: createChatContextStore(),
    reload: async () => {
      const opened = await openKnowledgeBase({ sourcesDir: config.sourcesDir, dbFile: config.dbFile, log: progress });
      kb = opened.kb;
      return { sources: kb.sources().length, facts: kb.data.facts.length, rebuilt: opened.rebuilt };
    },
  };

  try {
    if (!config.botToken) await runConsole(deps);
    else await runTelegram(config, config.botToken, deps, log);
  } catch (error) {
    // Through the logger, which scrubs the token from messages and stacks.
    log.fatal({ err: error }, 'briefbot stopped on an error');
    process.exitCode = 1;
  }
}

/** No token: chat with the same bot in the terminal; ends at end of input. */
async function runConsole(deps: BotDeps): Promise<void> {
  // A person typing (or a pasted script) is not a flood.
  const bot = createBot(
    'console',
    { ...deps, settings: { ...deps.settings, rateLimitMax: Number.MAX_SAFE_INTEGER } },
    { botInfo: OFFLINE_BOT_INFO },
  );
  await runConsoleChat({ bot, input: process.stdin, output: process.stdout });
  await deps.prefs.flush();
}

async function runTelegram(config: Config, token: string, deps: BotDeps, log: Logger): Promise<void> {
  // Listen for signals first, so a SIGTERM while Telegram is still unreachable also exits cleanly.
  const stopRequested = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });

  const bot = createBot(token, deps, { client: config.telegramApiRoot ? { apiRoot: config.telegramApiRoot } : {} });
  // The runner retries failed getUpdates itself (silently, see below); say so in the log, without the URL's token.
  bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      return await prev(method, payload, signal);
    } catch (error) {
      if (!signal?.aborted)
        log.warn(
          { method, err: error instanceof GrammyError ? error.description : String(error) },
          'Telegram API call failed',
        );
      throw error;
    }
  });

  if (!(await initUntilReachable(bot, log, stopRequested))) return;
  log.info({ username: bot.botInfo.username, mode: config.webhook ? 'webhook' : 'polling' }, 'bot started');
  await setCommands(bot.api).catch((error: unknown) =>
    log.warn({ err: String(error) }, 'setMyCommands failed; the command menu may be stale'),
  );

  let runner: RunnerHandle | undefined;
  let server: Server | undefined;
  let stopped: Promise<unknown> = stopRequested;
  if (config.webhook) {
    const url = new URL(config.webhook.url);
    server = await startWebhookServer(
      bot,
      { port: config.webhook.port, path: url.pathname, secret: config.webhook.secret },
      log,
    );
    await bot.api.setWebhook(config.webhook.url, {
      secret_token: config.webhook.secret,
      allowed_updates: [...ALLOWED_UPDATES],
    });
  } else {
    // A webhook left over from a deployment would make getUpdates fail with 409.
    await bot.api.deleteWebhook().catch((error: unknown) => log.warn({ err: String(error) }, 'deleteWebhook failed'));
    runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] }, silent: true } });
    // The runner also ends by itself on an unrecoverable error (401 bad token, 409 another instance is polling).
    const failed = runner.task()?.catch((error: unknown) => {
      log.fatal({ err: error instanceof GrammyError ? error.description : String(error) }, 'polling stopped');
      process.exitCode = 1;
    });
    if (failed) stopped = Promise.race([stopRequested, failed]);
  }

  const signal = await stopped;
  log.info({ signal }, 'stopping: finishing in-flight updates');
  const forced = setTimeout(() => {
    log.error('in-flight updates did not finish in time; exiting anyway');
    process.exit(1);
  }, STOP_TIMEOUT_MS);
  forced.unref();
  if (runner?.isRunning()) await runner.stop();
  if (server) await new Promise<void>((done) => server.close(() => done()));
  await deps.prefs.flush();
  clearTimeout(forced);
  log.info('stopped');
}

/**
 * getMe until Telegram answers: a network outage at start-up is waited out, a refused token is not.
 * Returns false when a stop signal came first.
 */
async function initUntilReachable(bot: Bot<BotContext>, log: Logger, stopRequested: Promise<string>): Promise<boolean> {
  for (let delay = 1000; ; delay = Math.min(delay * 2, 30_000)) {
    try {
      await bot.init();
      return true;
    } catch (error) {
      if (error instanceof GrammyError) throw new Error(`Telegram refused getMe: ${error.description}`);
      log.warn({ err: String(error), retryInMs: delay }, 'Telegram unreachable at start-up; retrying');
    }
    const wait = new Promise<'retry'>((resolve) => setTimeout(() => resolve('retry'), delay));
    if ((await Promise.race([wait, stopRequested])) !== 'retry') return false;
  }
}

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

async function openKnowledge(config: Config, log: Logger): Promise<KnowledgeBase> {
  try {
    const opened = await openKnowledgeBase({ sourcesDir: config.sourcesDir, dbFile: config.dbFile, log: progress });
    log.info({ sources: opened.kb.sources().length, rebuilt: opened.rebuilt }, 'knowledge base ready');
    return opened.kb;
  } catch (error) {
    process.stderr.write(
      `Could not open the knowledge base (${config.dbFile} from ${config.sourcesDir}): ${String(error)}\n`,
    );
    process.exit(1);
  }
}

async function openPrefs(file: string): Promise<PrefsStore> {
  await mkdir(dirname(file), { recursive: true });
  return openFilePrefsStore(file);
}

/** Progress lines of the knowledge layer ("building the fact store...") are for a person: stderr, plain. */
function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    process.stderr.write(`briefbot failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
