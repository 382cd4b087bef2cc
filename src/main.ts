import { type FSWatcher, watch } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { dirname } from 'node:path';
import { Api, type Bot, GrammyError, type Transformer } from 'grammy';
import type { BotContext } from './bot/context.ts';
import { setCommands } from './bot/commands.ts';
import { conversationFileStorage } from './bot/conversations/conversation-file-storage.ts';
import type { BotDeps, PrefsStore, ReloadResult } from './bot/deps.ts';
import { createBot } from './bot/index.ts';
import { createChatContextStore } from './bot/stores/chat-context-store.ts';
import { UpdatePoller } from './bot/polling.ts';
import { openFilePrefsStore } from './bot/stores/prefs-store.ts';
import { describeFailure, TelegramHealth } from './bot/telegram-health.ts';
import { startWebhookServer } from './bot/webhook-server.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { OFFLINE_BOT_INFO } from './console/bot-info.ts';
import { runConsoleChat } from './console/console-chat.ts';
import { createDigestService, type DigestService } from './delivery/digest-service.ts';
import { MemoryTextAdapter } from './delivery/memory-text-adapter.ts';
import { SubscriberStore } from './delivery/subscriber-store.ts';
import { telegramSendApi } from './delivery/telegram-send-api.ts';
import { type KnowledgeBase, openKnowledgeBase } from './knowledge/index.ts';
import { rebuildOffThread } from './knowledge/rebuild-off-thread.ts';
import { createLogger, type Logger } from './logger.ts';

/** Update kinds the bot handles; the others are not even fetched. */
const ALLOWED_UPDATES = [
  'message',
  'edited_message',
  'channel_post',
  'callback_query',
  'inline_query',
  // The bot blocked or removed from a group: its digest subscriptions stop.
  'my_chat_member',
] as const;
/** After SIGTERM, updates being handled get this long to finish; the rest are abandoned (and left unconfirmed). */
const STOP_GRACE_MS = 10_000;
/** Past this, the process exits whatever it is waiting for (grace + confirming + flushing the stores). */
const STOP_TIMEOUT_MS = STOP_GRACE_MS + 8_000;
/** One getMe at start-up waits this long for an answer before it counts as failed. */
const GET_ME_TIMEOUT_MS = 10_000;
/** No Bot API call waits longer than this (grammY's default is 500 s); a long poll takes 30 s. */
const API_TIMEOUT_SECONDS = 60;
/** A change in the sources directory waits this long for the next one, so a copy of many files is one rebuild. */
const WATCH_DEBOUNCE_MS = 2_000;

async function main(): Promise<void> {
  const config = readConfig();
  const log = createLogger({ level: config.logLevel, secrets: [config.botToken, config.webhook?.secret] });
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));

  // The knowledge base is swapped as a whole on /reload; features read it through deps.kb().
  let kb = await openKnowledge(config, log);
  // Aborted on the way out: a rebuild still running is killed (the store on disk stays as it was).
  const rebuilds = new AbortController();
  process.once('exit', () => rebuilds.abort());
  const deps: BotDeps = {
    kb: () => kb,
    settings: config,
    log,
    clock: () => new Date(),
    prefs: await openPrefs(config.prefsFile, log),
    chatContexts: createChatContextStore(),
    // A half-done /subscribe survives a restart. Not in the console chat: there it stays in memory, so
    // trying the console next to a running bot cannot overwrite that bot's file with an older copy.
    ...(config.botToken
      ? { conversationStorage: conversationFileStorage(`${config.dataDir}/conversations.json`) }
      : {}),
    // The admin /reload and the sources watcher both come here, one rebuild at a time: the fact store
    // is a lowdb file with a single writer, and this process is that writer (not two rebuilds at once).
    // The rebuild runs in a child process: a big document takes seconds to minutes of ingest, and the
    // bot keeps answering from the current knowledge base meanwhile; the new one replaces it in one
    // assignment once it is built and loaded.
    reload: oneAtATime(async (): Promise<ReloadResult> => {
      const opened = await rebuildOffThread({
        sourcesDir: config.sourcesDir,
        dbFile: config.dbFile,
        log: (line) => log.info({ rebuild: line }, 'rebuild'),
        signal: rebuilds.signal,
      });
      kb = opened.kb;
      // New facts go to "as soon as new documents arrive" subscribers; that broadcast can take minutes.
      void deps.digest?.service
        .factsChanged()
        .catch((err: unknown) => log.error({ err }, 'digest after reload failed'));
      return { sources: kb.sources().length, facts: kb.data.facts.length, rebuilt: opened.rebuilt };
    }),
  };

  try {
    if (!config.botToken) await runConsole(deps, log);
    else await runTelegram(config, config.botToken, deps, log);
  } catch (error) {
    // Through the logger, which scrubs the token from messages and stacks.
    log.fatal({ err: error }, 'briefbot stopped on an error');
    process.exitCode = 1;
  }
}

/** No token: chat with the same bot in the terminal; ends at end of input. */
async function runConsole(deps: BotDeps, log: Logger): Promise<void> {
  // Digests work here too, for trying /subscribe and /digest: they are printed like every other message
  // (through the console's API transformer). Subscriptions last as long as the chat, in memory, and there
  // are no hourly jobs: "as soon as new documents arrive" sends its briefing at once, /digest sends now.
  let bot: Bot<BotContext> | undefined;
  const service = await createDigestService({
    store: await SubscriberStore.open(new MemoryTextAdapter(), 'console chat subscriptions (in memory)'),
    kb: deps.kb,
    api: {
      sendMessage: (chatId, html) => {
        if (!bot) throw new Error('console digest sent before the console bot exists');
        return bot.api.sendMessage(chatId, html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
      },
    },
    // The chat's own output is the interesting part: only problems go to stderr (or less, if LOG_LEVEL says so).
    log: log.levelVal < (log.levels.values.warn ?? 40) ? log.child({}, { level: 'warn' }) : log,
  });
  deps.digest = { service };
  // A person typing (or a pasted script) is not a flood.
  const consoleBot = createBot(
    'console',
    { ...deps, settings: { ...deps.settings, rateLimitMax: Number.MAX_SAFE_INTEGER } },
    { botInfo: OFFLINE_BOT_INFO, client: { fetch: loopbackFetch(() => consoleBot) } },
  );
  bot = consoleBot;
  await runConsoleChat({ bot, input: process.stdin, output: process.stdout });
  // A briefing still on its way (sent in the background after /subscribe) is printed before we exit.
  await service.delivery.runDue().catch((err: unknown) => log.warn({ err }, 'console digest failed'));
  await service.stop();
  await deps.prefs.flush();
}

async function runTelegram(config: Config, token: string, deps: BotDeps, log: Logger): Promise<void> {
  // Listen for signals first, so a SIGTERM while Telegram is still unreachable also exits cleanly.
  const stopRequested = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });

  // Digests go through a plain Api, without the bot's retries (api-retry.ts): the broadcaster must see each 429
  // to pause every send, where a retry would wait inside one call and let the others hit the limit.
  // Opening the subscriptions file claims it (one writer): a second bot on the same DATA_DIR stops here.
  const digest = await createDigestService({
    store: `${config.dataDir}/subscriptions.json`,
    kb: deps.kb,
    api: telegramSendApi(new Api(token, apiClient(config))),
    log,
  });
  deps.digest = { service: digest };
  try {
    await serveTelegram(config, token, deps, digest, log, stopRequested);
  } finally {
    // Idempotent: normally already stopped on the way out; here for an error or an early stop.
    await digest.stop();
  }
}

async function serveTelegram(
  config: Config,
  token: string,
  deps: BotDeps,
  digest: DigestService,
  log: Logger,
  stopRequested: Promise<string>,
): Promise<void> {
  const bot = createBot(token, deps, { client: apiClient(config) });
  const health = new TelegramHealth(log);
  bot.api.config.use(reportFailures(health, log));
  // A broken Bot API can leave any start-up call hanging: SIGTERM must not wait for it.
  const untilStop = <T>(step: Promise<T>): Promise<T | 'stop'> =>
    Promise.race([step, stopRequested.then(() => 'stop' as const)]);

  if (!(await initUntilReachable(bot, log, stopRequested))) return;
  log.info({ username: bot.botInfo.username, mode: config.webhook ? 'webhook' : 'polling' }, 'bot started');
  // Hourly jobs per time zone, and digests missed while the bot was down (once each); not awaited:
  // that catch-up broadcast can take minutes and updates must be served meanwhile.
  void digest.start().catch((err: unknown) => log.error({ err }, 'digest catch-up failed'));
  const watcher = config.watchSources && deps.reload ? watchSources(config.sourcesDir, deps.reload, log) : undefined;
  const commands = setCommands(bot.api).catch((error: unknown) =>
    log.warn({ err: describeFailure(error) }, 'setMyCommands failed; the command menu may be stale'),
  );
  let poller: UpdatePoller | undefined;
  let server: Server | undefined;
  let stopped: Promise<unknown> = stopRequested;
  if ((await untilStop(commands)) !== 'stop') {
    if (config.webhook) {
      const url = new URL(config.webhook.url);
      server = await startWebhookServer(
        bot,
        { port: config.webhook.port, path: url.pathname, secret: config.webhook.secret, health: () => health.status() },
        log,
      );
      await untilStop(
        bot.api.setWebhook(config.webhook.url, {
          secret_token: config.webhook.secret,
          allowed_updates: [...ALLOWED_UPDATES],
        }),
      );
    } else {
      // A webhook left over from a deployment would make getUpdates fail with 409.
      await untilStop(
        bot.api
          .deleteWebhook()
          .catch((error: unknown) => log.warn({ err: describeFailure(error) }, 'deleteWebhook failed')),
      );
      poller = new UpdatePoller(bot, { allowedUpdates: ALLOWED_UPDATES, log });
      // Polling also ends by itself on an unrecoverable error (401 bad token, 409 another instance is polling).
      const failed = poller.done.catch((error: unknown) => {
        log.fatal({ err: describeFailure(error) }, 'polling stopped');
        process.exitCode = 1;
      });
      stopped = Promise.race([stopRequested, failed]);
    }
  }

  const signal = await stopped;
  log.info({ signal }, 'stopping: no new updates; finishing the ones being handled');
  const forced = setTimeout(() => {
    log.error('stopping took too long; exiting anyway');
    process.exit(1);
  }, STOP_TIMEOUT_MS);
  forced.unref();
  watcher?.close();
  if (poller) {
    const { abandoned } = await poller.stop(STOP_GRACE_MS);
    if (abandoned.length > 0) process.exitCode = 1;
  }
  if (server) {
    // Stops accepting; requests being handled finish (Telegram sends again what got no 200).
    const closed = new Promise<void>((done) => server.close(() => done()));
    server.closeIdleConnections();
    await Promise.race([closed, new Promise((done) => setTimeout(done, STOP_GRACE_MS))]);
  }
  // Stops the hourly jobs, writes pending delivery marks, releases the subscriptions file.
  await digest.stop();
  await deps.prefs.flush();
  clearTimeout(forced);
  log.info('stopped');
}

/**
 * Feeds TelegramHealth from every Bot API call (one log line when an outage starts, one when it ends)
 * and logs refused calls with Telegram's description. Never the URL: it holds the token.
 */
function reportFailures(health: TelegramHealth, log: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (result.ok) health.succeeded(method);
      else if (result.error_code >= 500) health.failed(method, new GrammyError('', result, method, payload));
      else if (method !== 'getUpdates' || result.error_code !== 409)
        log.warn({ method, code: result.error_code, description: result.description }, 'Telegram refused a call');
      return result;
    } catch (error) {
      if (!signal?.aborted) health.failed(method, error);
      throw error;
    }
  };
}

/**
 * @grammyjs/conversations gives each step of a conversation (the /subscribe prompts) its own Api,
 * built from the bot's client options but without the bot's transformers, so the console chat's
 * transformer would never see those calls and they would go to the network. As the console bot's
 * `fetch`, this sends them back through the bot's own api, which prints them. Nothing else reaches
 * it: the console transformer answers every call of bot.api itself (it never calls the network).
 */
function loopbackFetch(bot: () => Bot<BotContext>): typeof fetch {
  return (async (url: string | URL | Request, init?: RequestInit) => {
    const method = String(url).split('/').at(-1) ?? '';
    const payload = typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : {};
    const raw = bot().api.raw as unknown as Record<string, (p: Record<string, unknown>) => Promise<unknown>>;
    let body: unknown;
    try {
      body = { ok: true, result: await raw[method]?.(payload) };
    } catch (error) {
      if (!(error instanceof GrammyError)) throw error;
      const { error_code, description, parameters } = error;
      body = { ok: false, error_code, description, parameters };
    }
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

/** The Bot API server: Telegram's, or TELEGRAM_API_ROOT (a local server, the emulator in tests). */
function apiClient(config: Config): { apiRoot?: string; timeoutSeconds: number } {
  return {
    timeoutSeconds: API_TIMEOUT_SECONDS,
    ...(config.telegramApiRoot ? { apiRoot: config.telegramApiRoot } : {}),
  };
}

/**
 * getMe until Telegram answers: a network outage or a broken Bot API (reset, HTML instead of JSON,
 * no answer) at start-up is waited out, one log line per attempt with its cause; a refused token is
 * not. Returns false when a stop signal came first, at once, even in the middle of an attempt.
 */
async function initUntilReachable(bot: Bot<BotContext>, log: Logger, stopRequested: Promise<string>): Promise<boolean> {
  const stop = new AbortController();
  void stopRequested.then(() => stop.abort());
  for (let attempt = 1, delay = 1000; ; attempt++, delay = Math.min(delay * 2, 30_000)) {
    const signal = AbortSignal.any([stop.signal, AbortSignal.timeout(GET_ME_TIMEOUT_MS)]);
    try {
      bot.botInfo = await bot.api.getMe(signal as never);
      return true;
    } catch (error) {
      if (stop.signal.aborted) return false;
      if (error instanceof GrammyError && error.error_code < 500)
        throw new Error(`Telegram refused getMe: ${error.error_code} ${error.description}`);
      const cause = signal.aborted ? `no answer within ${GET_ME_TIMEOUT_MS / 1000} s` : describeFailure(error);
      log.warn(
        { attempt, cause, retryInMs: delay },
        'Telegram Bot API not usable at start-up (getMe failed); retrying',
      );
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

async function openPrefs(file: string, log: Logger): Promise<PrefsStore> {
  await mkdir(dirname(file), { recursive: true });
  return openFilePrefsStore(file, (message) => log.warn({ file }, message));
}

/**
 * Watches the sources directory: a document added, changed or removed rebuilds the knowledge base
 * through `reload` (the same as the admin /reload), and its new facts go out as digests. Changes are
 * debounced (a copy of many files is one rebuild); a change during a rebuild schedules one more after
 * it. Editor and download scratch files are ignored. The rebuild runs in one child process at a time
 * (rebuildOffThread): lowdb has one writer per file, so no other process (e.g. `npm run ingest`) should
 * write DB_FILE meanwhile.
 */
function watchSources(dir: string, reload: () => Promise<ReloadResult>, log: Logger): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let closed = false;

  const rebuild = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        try {
          const result = await reload();
          log.info(
            { documents: result.sources, facts: result.facts, rebuilt: result.rebuilt },
            'sources changed: knowledge base reloaded',
          );
        } catch (err) {
          log.error({ err }, 'sources changed but the rebuild failed; the previous knowledge base stays in use');
        }
      } while (again && !closed);
    } finally {
      running = false;
    }
  };

  let watcher: FSWatcher;
  try {
    watcher = watch(dir, { persistent: false }, (_event, filename) => {
      if (closed || (filename && isScratchFile(filename))) return;
      clearTimeout(timer);
      timer = setTimeout(() => void rebuild(), WATCH_DEBOUNCE_MS);
    });
  } catch (err) {
    log.warn({ err, dir }, 'cannot watch the sources directory; use /reload after changing documents');
    return { close: () => {} };
  }
  watcher.on('error', (err) => {
    log.warn({ err, dir }, 'stopped watching the sources directory; use /reload after changing documents');
    watcher.close();
  });
  log.info({ dir }, 'watching the sources directory for changes');
  return {
    close: () => {
      closed = true;
      clearTimeout(timer);
      watcher.close();
    },
  };
}

/** Dotfiles, editor backups and swap files, partial downloads: not documents, and often gone a moment later. */
function isScratchFile(name: string): boolean {
  return /^[.#~]|~$|\.(tmp|temp|swp|swx|part|crdownload|bak)$|^\d+$/i.test(name);
}

/** Calls of the returned function run one after another: a call during a run waits for it, then runs. */
function oneAtATime<T>(task: () => Promise<T>): () => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return () => {
    const next = last.then(task);
    last = next.catch(() => undefined);
    return next;
  };
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
