import { conversations } from '@grammyjs/conversations';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type BotConfig, type BotError, type Context, GrammyError, HttpError } from 'grammy';
import { createAnswerCache } from './answer-cache.ts';
import { retryWithinDeadline } from './api-retry.ts';
import type { BotApp } from './app.ts';
import type { BotContext } from './context.ts';
import type { BotDeps } from './deps.ts';
import { adminFeature } from './features/admin.ts';
import { askFeature } from './features/ask.ts';
import { callbacksFeature } from './features/callbacks.ts';
import { digestFeature } from './features/digest.ts';
import { helpFeature } from './features/help.ts';
import { inlineFeature } from './features/inline.ts';
import { languageFeature } from './features/language.ts';
import { sourcesFeature } from './features/sources.ts';
import { startFeature } from './features/start.ts';
import { timelineFeature } from './features/timeline.ts';
import { unhandledFeature } from './features/unhandled.ts';
import { subscribeGuard } from './conversations/subscribe-guard.ts';
import { floodControl } from './flood-control.ts';
import { langFromCode, translate } from './i18n.ts';
import { Lru } from './stores/lru.ts';

export type { BotContext } from './context.ts';
export type { BotDeps } from './deps.ts';

/** Recent answers kept for "other sources" buttons. */
const ANSWER_CACHE_SIZE = 5_000;

/**
 * A configured bot: plugins, middleware and every feature, wired to the injected dependencies.
 * Does no network I/O by itself; `botConfig.botInfo` avoids the getMe call (tests, console chat).
 */
export function createBot(token: string, deps: BotDeps, botConfig: BotConfig<BotContext> = {}): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, botConfig);
  const app: BotApp = {
    ...deps,
    answerCache: createAnswerCache(deps.settings.answerCacheSize),
    answers: new Lru(ANSWER_CACHE_SIZE),
    answerMessages: new Lru(ANSWER_CACHE_SIZE),
    timelines: new Lru(ANSWER_CACHE_SIZE),
  };

  // 429 (after retry_after), 5xx and network errors: tried again for up to a minute per call, so a 429
  // storm delays an answer instead of losing it; other errors go to the feature that made the call.
  // getUpdates has its own backoff (polling.ts), getMe its own start-up loop (main.ts).
  bot.api.config.use(retryWithinDeadline({ log: deps.log, except: ['getUpdates', 'getMe'] }));

  // Updates run concurrently (src/bot/polling.ts, or webhook requests); updates of one chat (and one user) keep their order.
  bot.use(updateLog(app));
  bot.use(locale(app));
  // Before sequentialize: a waiting message must not hold up the check of the ones behind it.
  bot.use(floodControl(app));
  bot.use(sequentialize((ctx: Context) => [ctx.chat?.id, ctx.from?.id].filter((id) => id !== undefined).map(String)));
  bot.use(conversations({ storage: deps.conversationStorage }));
  bot.use(subscribeGuard());

  // Registered in one place; `unhandled` last. A throwing feature answers that user and leaves the others alone.
  bot.errorBoundary(
    (error) => reportFeatureError(app, error),
    startFeature(app),
    helpFeature(app),
    languageFeature(app),
    sourcesFeature(app),
    adminFeature(app),
    digestFeature(app),
    timelineFeature(app),
    callbacksFeature(app),
    inlineFeature(app),
    askFeature(app),
    unhandledFeature(app),
  );

  // Last line of defence, e.g. when telling the user about an error fails too.
  bot.catch((error) => {
    app.log.error({ err: error.error, updateId: error.ctx.update.update_id }, 'update failed');
  });
  return bot;
}

/** Sets ctx.uiLang, ctx.answerLang and ctx.t from the user's /lang choice or Telegram's language_code. */
function locale(app: BotApp) {
  return async (ctx: BotContext, next: () => Promise<void>) => {
    const choice = ctx.from ? app.prefs.get(ctx.from.id)?.lang : undefined;
    ctx.answerLang = choice === 'en' || choice === 'ru' ? choice : undefined;
    ctx.uiLang = ctx.answerLang ?? langFromCode(ctx.from?.language_code);
    // Reads ctx.uiLang at call time, so a /lang change applies to the rest of the same update.
    ctx.t = (key, params) => translate(ctx.uiLang, key, params);
    await next();
  };
}

/** One debug line per update: kind, chat type and time taken. Never the message text. */
function updateLog(app: BotApp) {
  return async (ctx: BotContext, next: () => Promise<void>) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      app.log.debug(
        {
          updateId: ctx.update.update_id,
          kind: Object.keys(ctx.update).find((k) => k !== 'update_id'),
          chatType: ctx.chat?.type,
          ms: Math.round(performance.now() - started),
        },
        'update',
      );
    }
  };
}

async function reportFeatureError(app: BotApp, error: BotError<BotContext>): Promise<void> {
  const ctx = error.ctx;
  app.log.error(
    { err: describeError(error.error), updateId: ctx.update.update_id, chatType: ctx.chat?.type },
    'feature failed',
  );
  const text = ctx.t ? ctx.t('error.generic') : translate('en', 'error.generic');
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
    else if (ctx.chat && (ctx.chat.type === 'private' || ctx.msg)) await ctx.reply(text);
  } catch (replyError) {
    app.log.warn({ err: describeError(replyError) }, 'could not tell the user about the error');
  }
}

/** The fields worth logging; grammY errors carry the method and Telegram's description. */
function describeError(error: unknown): unknown {
  if (error instanceof GrammyError)
    return { name: error.name, method: error.method, code: error.error_code, description: error.description };
  if (error instanceof HttpError) return { name: error.name, message: error.message, cause: String(error.error) };
  return error;
}
