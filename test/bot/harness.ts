import type { Update, UserFromGetMe } from 'grammy/types';
import { pino } from 'pino';
import { createBot } from '../../src/bot/index.ts';
import type { BotDeps, BotSettings, ReloadResult } from '../../src/bot/deps.ts';
import { createChatContextStore } from '../../src/bot/stores/chat-context-store.ts';
import { openMemoryPrefsStore } from '../../src/bot/stores/prefs-store.ts';
import { OFFLINE_BOT_INFO } from '../../src/console/bot-info.ts';
import type { KnowledgeBase } from '../../src/knowledge/index.ts';
import { fakeKb } from './fake-kb.ts';

export const BOT: UserFromGetMe = { ...OFFLINE_BOT_INFO, id: 4242, username: 'brief_test_bot' };
export const ALICE = { id: 100, is_bot: false, first_name: 'Alice', language_code: 'en' } as const;
export const BORIS = { id: 200, is_bot: false, first_name: 'Борис', language_code: 'ru' } as const;
export const ADMIN = { id: 900, is_bot: false, first_name: 'Admin', language_code: 'en' } as const;
export const GROUP = { id: -1001, type: 'supergroup', title: 'Analysts' } as const;

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

export interface TestBotOptions {
  kb?: KnowledgeBase;
  settings?: Partial<BotSettings>;
  reload?: () => Promise<ReloadResult>;
  /** Make these API methods fail with a Telegram error. */
  failing?: string[];
}

/** A bot wired to a fake knowledge base and memory stores, whose API calls are recorded, never sent. */
export async function testBot(options: TestBotOptions = {}) {
  const calls: ApiCall[] = [];
  const deps: BotDeps = {
    kb: () => options.kb ?? fakeKb(),
    settings: {
      adminIds: [ADMIN.id],
      rateLimitMax: 1000,
      rateLimitWindowMs: 60_000,
      inlinePageSize: 2,
      ...options.settings,
    },
    log: pino({ level: 'silent' }),
    clock: () => new Date('2025-10-01T12:00:00Z'),
    prefs: await openMemoryPrefsStore(),
    chatContexts: createChatContextStore(100),
    reload: options.reload,
  };
  const bot = createBot('4242:TEST-token-never-sent', deps, { botInfo: BOT });
  let nextMessageId = 1000;
  bot.api.config.use(async (_prev, method, payload) => {
    const p = (payload ?? {}) as Record<string, unknown>;
    calls.push({ method, payload: p });
    if (options.failing?.includes(method)) {
      return { ok: false, error_code: 400, description: `Bad Request: ${method} refused by the test` } as never;
    }
    const result =
      method === 'sendMessage' || method === 'editMessageText'
        ? { message_id: nextMessageId++, date: 0, chat: { id: p.chat_id, type: 'private' }, text: p.text }
        : true;
    return { ok: true, result } as never;
  });
  let updateId = 1;
  const send = async (update: Omit<Update, 'update_id'>) => {
    await bot.handleUpdate({ update_id: updateId++, ...update } as Update);
  };
  return {
    bot,
    deps,
    calls,
    send,
    /** Texts of sendMessage calls since the last `clear()`. */
    sent: () => calls.filter((c) => c.method === 'sendMessage').map((c) => String(c.payload.text)),
    only: (method: string) => calls.filter((c) => c.method === method),
    clear: () => calls.splice(0, calls.length),
  };
}

type Chat = { id: number; type: 'private'; first_name: string } | typeof GROUP;
let messageId = 1;

export function message(
  text: string,
  options: { from?: typeof ALICE | typeof BORIS | typeof ADMIN; chat?: Chat; replyToBot?: boolean } = {},
): Omit<Update, 'update_id'> {
  const from = options.from ?? ALICE;
  const chat = options.chat ?? { id: from.id, type: 'private' as const, first_name: from.first_name };
  return {
    message: {
      message_id: messageId++,
      date: 0,
      chat,
      from,
      text,
      entities: entitiesOf(text),
      ...(options.replyToBot
        ? {
            reply_to_message: {
              message_id: 1,
              date: 0,
              chat,
              from: BOT,
              text: 'earlier answer',
              reply_to_message: undefined,
            },
          }
        : {}),
    },
  } as Omit<Update, 'update_id'>;
}

/** Entities Telegram would send: a leading bot command and @mentions. */
function entitiesOf(text: string) {
  const entities: { type: 'bot_command' | 'mention'; offset: number; length: number }[] = [];
  const command = /^\/\w+(@\w+)?/.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const m of text.matchAll(/(?<!\w)@\w+/g))
    entities.push({ type: 'mention', offset: m.index, length: m[0].length });
  return entities;
}

export function callback(
  data: string,
  options: { from?: typeof ALICE | typeof BORIS; inline?: boolean; replyTo?: string } = {},
): Omit<Update, 'update_id'> {
  const from = options.from ?? ALICE;
  const chat = { id: from.id, type: 'private' as const, first_name: from.first_name };
  return {
    callback_query: {
      id: `cb${messageId++}`,
      from,
      chat_instance: 'ci',
      data,
      ...(options.inline
        ? { inline_message_id: 'im1' }
        : {
            message: {
              message_id: messageId++,
              date: 0,
              chat,
              from: BOT,
              text: 'an answer',
              ...(options.replyTo
                ? { reply_to_message: { message_id: 3, date: 0, chat, from, text: options.replyTo } }
                : {}),
            },
          }),
    },
  } as Omit<Update, 'update_id'>;
}

export function inlineQuery(
  query: string,
  offset = '',
  from: typeof ALICE | typeof BORIS = ALICE,
): Omit<Update, 'update_id'> {
  return { inline_query: { id: `iq${messageId++}`, from, query, offset } };
}
