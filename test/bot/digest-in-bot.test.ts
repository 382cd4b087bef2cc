import { Api } from 'grammy';
import type { Update } from 'grammy/types';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { conversationFileStorage } from '../../src/bot/conversations/conversation-file-storage.ts';
import type { BotDeps } from '../../src/bot/deps.ts';
import { createBot } from '../../src/bot/index.ts';
import { createChatContextStore } from '../../src/bot/stores/chat-context-store.ts';
import { openMemoryPrefsStore } from '../../src/bot/stores/prefs-store.ts';
import { createDigestService } from '../../src/delivery/digest-service.ts';
import { MemoryTextAdapter } from '../../src/delivery/memory-text-adapter.ts';
import { SubscriberStore } from '../../src/delivery/subscriber-store.ts';
import { telegramSendApi } from '../../src/delivery/telegram-send-api.ts';
import { makeKb } from '../knowledge/digest/fixture.ts';
import { ALICE, BOT, buttonsOf, fakeTelegram, press, text } from './digest-harness.ts';

/** The digest feature inside the whole bot (createBot): plugins, other features, error boundary. */
describe('digest feature in createBot', () => {
  it('runs /subscribe to a saved subscription and a delivered /digest, with the other features around it', async () => {
    const telegram = fakeTelegram();
    const kb = makeKb();
    const token = '4242:TEST-token-never-sent';
    const store = await SubscriberStore.open(new MemoryTextAdapter(), 'memory', { groupCommitMs: 0 });
    const service = await createDigestService({
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
      conversationStorage: conversationFileStorage(new MemoryTextAdapter()),
      digest: { service },
    };
    const bot = createBot(token, deps, { botInfo: BOT, client: { fetch: telegram.fetch } });
    let id = 1;
    const send = (u: Omit<Update, 'update_id'>) => bot.handleUpdate({ update_id: id++, ...u } as Update);
    const lastSent = () => telegram.calls.filter((c) => c.method === 'sendMessage').at(-1);

    await send(text('/subscribe'));
    expect(String(lastSent()?.payload.text)).toContain('Which topics?');
    await send(text('Kellogg')); // not a question for the ask feature while /subscribe waits
    expect(buttonsOf(lastSent())[0]?.text).toBe('Keith Kellogg · 2 facts');
    await send(press(buttonsOf(lastSent())[0]?.data ?? ''));
    await send(press('dg|done'));
    await send(press('dg|f|d'));
    await send(text('8'));
    await send(text('Vilnius'));
    await send(press('dg|n|0'));
    expect(store.all()).toMatchObject([
      { chatId: ALICE.id, topics: ['e:person:kellogg'], schedule: { hour: 8, timeZone: 'Europe/Vilnius' } },
    ]);

    await send(text('/digest'));
    expect(String(lastSent()?.payload.text)).toContain('On 21 June 2025 Kellogg met Lukashenko in Minsk.');
    // Every button press got its answer.
    const presses = 4;
    expect(telegram.calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(presses);
  });
});
