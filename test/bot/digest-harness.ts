import { type ConversationData, type ConversationStorage, conversations } from '@grammyjs/conversations';
import { Api, Bot } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { pino } from 'pino';
import type { BotContext } from '../../src/bot/context.ts';
import type { BotDeps } from '../../src/bot/deps.ts';
import { digestFeature } from '../../src/bot/features/digest.ts';
import { createChatContextStore } from '../../src/bot/stores/chat-context-store.ts';
import { openMemoryPrefsStore } from '../../src/bot/stores/prefs-store.ts';
import { createDigestService, type DigestService } from '../../src/delivery/digest-service.ts';
import { MemoryTextAdapter } from '../../src/delivery/memory-text-adapter.ts';
import { SubscriberStore } from '../../src/delivery/subscriber-store.ts';
import { telegramSendApi } from '../../src/delivery/telegram-send-api.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { makeKb } from '../knowledge/digest/fixture.ts';

export const BOT: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: 'Briefbot',
  username: 'brief_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
} as UserFromGetMe;
export const ALICE = { id: 100, is_bot: false, first_name: 'Alice', language_code: 'en' } as const;
export const BORIS = { id: 200, is_bot: false, first_name: 'Борис', language_code: 'ru' } as const;
export const GROUP = { id: -1001, type: 'supergroup', title: 'Analysts' } as const;

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

/**
 * Telegram at the HTTP level (grammY's `client.fetch`), so calls made from inside conversations,
 * which build their own Api objects, are recorded too. Nothing touches the network.
 */
export function fakeTelegram(admins: ReadonlySet<number> = new Set()) {
  const calls: ApiCall[] = [];
  let nextMessageId = 500;
  const fetch = (async (url: string | URL, init?: { body?: unknown }) => {
    const method = String(url).split('/').at(-1) ?? '';
    const payload = typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : {};
    calls.push({ method, payload });
    let result: unknown = true;
    if (method === 'sendMessage' || method === 'editMessageText') {
      result = {
        message_id: nextMessageId++,
        date: 0,
        chat: { id: payload.chat_id, type: 'private' },
        text: payload.text,
      };
    } else if (method === 'getChatMember') {
      const userId = Number(payload.user_id);
      result = {
        status: admins.has(userId) ? 'administrator' : 'member',
        user: { id: userId, is_bot: false, first_name: 'x' },
      };
    }
    return new Response(JSON.stringify({ ok: true, result }), { headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof globalThis.fetch;
  return { calls, fetch };
}

export interface DigestBotOptions {
  kb?: KnowledgeBase;
  admins?: number[];
  store?: SubscriberStore;
  conversationStorage?: ConversationStorage<BotContext, ConversationData>;
  telegram?: ReturnType<typeof fakeTelegram>;
}

/** The digest service and the bot's dependencies over a fake Telegram, as both harnesses build them. */
async function digestDeps(
  telegram: ReturnType<typeof fakeTelegram>,
  kb: KnowledgeBase,
  store: SubscriberStore,
  conversationStorage: BotDeps['conversationStorage'],
): Promise<{ token: string; service: DigestService; deps: BotDeps }> {
  const token = '4242:TEST-token-never-sent';
  const service: DigestService = await createDigestService({
    store,
    kb: () => kb,
    api: telegramSendApi(new Api(token, { fetch: telegram.fetch })),
    cron: () => ({ stop: () => undefined }),
  });
  const deps: BotDeps = {
    kb: () => kb,
    settings: { adminIds: [], rateLimitMax: 1000, rateLimitWindowMs: 60_000, inlinePageSize: 2 },
    log: pino({ level: 'silent' }),
    clock: () => new Date(),
    prefs: await openMemoryPrefsStore(),
    chatContexts: createChatContextStore(10),
    conversationStorage,
    digest: { service },
  };
  return { token, service, deps };
}

/** A bot with just what the digest feature needs: locale, conversations, the feature. */
export async function digestBot(options: DigestBotOptions = {}) {
  const telegram = options.telegram ?? fakeTelegram(new Set(options.admins ?? []));
  const kb = options.kb ?? makeKb();
  const store = options.store ?? (await SubscriberStore.open(new MemoryTextAdapter(), 'memory', { groupCommitMs: 0 }));
  const { token, service, deps } = await digestDeps(telegram, kb, store, options.conversationStorage);
  const bot = new Bot<BotContext>(token, { botInfo: BOT, client: { fetch: telegram.fetch } });
  bot.use(async (ctx, next) => {
    ctx.uiLang = ctx.from?.language_code === 'ru' ? 'ru' : 'en';
    ctx.answerLang = undefined;
    ctx.t = (key) => key;
    await next();
  });
  bot.use(conversations({ storage: deps.conversationStorage }));
  bot.use(digestFeature(deps));
  bot.use((ctx) => {
    unhandled.push(ctx.update);
  });
  const unhandled: Update[] = [];
  let updateId = 1;
  let seen = 0;
  return {
    bot,
    service,
    store,
    calls: telegram.calls,
    telegram,
    unhandled,
    send: (update: Omit<Update, 'update_id'>) => bot.handleUpdate({ update_id: updateId++, ...update } as Update),
    /** Texts of messages sent since the last call. */
    replies: () => {
      const out = telegram.calls
        .slice(seen)
        .filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText');
      seen = telegram.calls.length;
      return out;
    },
  };
}

type User = typeof ALICE | typeof BORIS | { id: number; is_bot: false; first_name: string; language_code?: string };
let messageId = 1;

export function text(
  body: string,
  options: { from?: User; chat?: { id: number; type: string; title?: string } } = {},
): Omit<Update, 'update_id'> {
  const from = options.from ?? ALICE;
  const chat = options.chat ?? { id: from.id, type: 'private', first_name: from.first_name };
  const command = /^\/\w+(@\w+)?/.exec(body);
  return {
    message: {
      message_id: messageId++,
      date: Math.floor(Date.now() / 1000),
      chat,
      from,
      text: body,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    },
  } as Omit<Update, 'update_id'>;
}

export function press(
  data: string,
  options: { from?: User; chat?: { id: number; type: string; title?: string } } = {},
): Omit<Update, 'update_id'> {
  const from = options.from ?? ALICE;
  const chat = options.chat ?? { id: from.id, type: 'private', first_name: from.first_name };
  return {
    callback_query: {
      id: `cb${messageId++}`,
      from,
      chat_instance: 'ci',
      data,
      message: { message_id: messageId++, date: 0, chat, from: BOT, text: 'buttons' },
    },
  } as Omit<Update, 'update_id'>;
}

/** The callback_data of the buttons in a sent message. */
export function buttonsOf(call: ApiCall | undefined): { text: string; data: string }[] {
  const markup = call?.payload.reply_markup as
    | { inline_keyboard?: { text: string; callback_data: string }[][] }
    | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((b) => ({ text: b.text, data: b.callback_data }));
}

/** The whole bot (createBot: every feature, plugins, flood control) with a digest service, on the fake HTTP API. */
export async function fullDigestBot(options: { kb?: KnowledgeBase; admins?: number[] } = {}) {
  const { createBot } = await import('../../src/bot/index.ts');
  const { conversationFileStorage } = await import('../../src/bot/conversations/conversation-file-storage.ts');
  const telegram = fakeTelegram(new Set(options.admins ?? []));
  const kb = options.kb ?? makeKb();
  const store = await SubscriberStore.open(new MemoryTextAdapter(), 'memory', { groupCommitMs: 0 });
  const { token, service, deps } = await digestDeps(
    telegram,
    kb,
    store,
    conversationFileStorage(new MemoryTextAdapter()),
  );
  const bot = createBot(token, deps, { botInfo: BOT, client: { fetch: telegram.fetch } });
  let id = 1;
  let seen = 0;
  return {
    bot,
    store,
    service,
    calls: telegram.calls,
    send: (u: Omit<Update, 'update_id'>) => bot.handleUpdate({ update_id: id++, ...u } as Update),
    lastSent: () => telegram.calls.filter((c) => c.method === 'sendMessage').at(-1),
    /** Texts of messages sent or edited since the last call. */
    replies: () => {
      const out = telegram.calls
        .slice(seen)
        .filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText')
        .map((c) => String(c.payload.text));
      seen = telegram.calls.length;
      return out;
    },
  };
}
