import { Api, GrammyError, HttpError } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOT_USER, FakeTelegramServer } from './fake-telegram-server.ts';

// The fake is only useful if grammY's own client talks to it as to Telegram: these tests use grammY's Api.
const TOKEN = '42:fake-test-token';

describe('FakeTelegramServer', () => {
  let fake: FakeTelegramServer;
  let api: Api;

  beforeEach(async () => {
    fake = await FakeTelegramServer.start();
    api = new Api(TOKEN, { apiRoot: fake.apiRoot });
  });

  afterEach(async () => {
    await fake.close();
  });

  it('listens on loopback and answers getMe with the bot user', async () => {
    expect(fake.apiRoot).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const me = await api.getMe();
    expect(me.username).toBe(BOT_USER.username);
    expect(fake.calls[0]).toMatchObject({ method: 'getMe', token: TOKEN });
  });

  it('hands out injected updates and forgets them once the offset confirms them', async () => {
    const first = fake.privateMessage('hello');
    fake.privateMessage('again');
    const updates = await api.getUpdates({ offset: 0, timeout: 0 });
    expect(updates.map((u) => u.message?.text)).toEqual(['hello', 'again']);
    const next = (updates.at(-1)?.update_id ?? 0) + 1;
    expect(await api.getUpdates({ offset: next, timeout: 0 })).toEqual([]);
    expect(fake.pendingUpdates()).toHaveLength(0);
    expect(updates[0]?.update_id).toBeGreaterThan(0);
    expect(first.chat.type).toBe('private');
  });

  it('holds a long poll open until an update arrives', async () => {
    const started = Date.now();
    const poll = api.getUpdates({ offset: 0, timeout: 5 });
    setTimeout(() => fake.inlineQuery('kellogg'), 150);
    const updates = await poll;
    expect(updates[0]?.inline_query?.query).toBe('kellogg');
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(100);
    expect(waited).toBeLessThan(4_000);
  });

  it('ends an empty long poll after its timeout', async () => {
    const started = Date.now();
    expect(await api.getUpdates({ offset: 0, timeout: 1 })).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('answers sendMessage with a message in the chat of the update and records the call', async () => {
    const incoming = fake.groupMessage('question', { mention: true });
    expect(incoming.text).toBe(`@${BOT_USER.username} question`);
    expect(incoming.entities?.[0]).toMatchObject({ type: 'mention', offset: 0 });
    const sent = await api.sendMessage(incoming.chat.id, '<b>answer</b>', { parse_mode: 'HTML' });
    expect(sent.chat).toEqual(incoming.chat);
    expect(sent.from?.id).toBe(BOT_USER.id);
    const call = await fake.waitForCall((c) => c.method === 'sendMessage');
    expect(call.params).toMatchObject({ chat_id: incoming.chat.id, text: '<b>answer</b>', parse_mode: 'HTML' });
  });

  it('answers the other methods the bot uses', async () => {
    await expect(api.setMyCommands([{ command: 'help', description: 'Help' }])).resolves.toBe(true);
    await expect(api.deleteWebhook()).resolves.toBe(true);
    await expect(api.sendChatAction(1, 'typing')).resolves.toBe(true);
    await expect(api.answerCallbackQuery('cq-1')).resolves.toBe(true);
    await expect(api.answerInlineQuery('iq-1', [])).resolves.toBe(true);
    await expect(api.getChatMember(-1, 7)).resolves.toMatchObject({ status: 'member' });
    await expect(api.editMessageText(1, 5, 'edited')).resolves.toMatchObject({ message_id: 5, text: 'edited' });
    expect(fake.calls.map((c) => c.method)).toEqual([
      'setMyCommands',
      'deleteWebhook',
      'sendChatAction',
      'answerCallbackQuery',
      'answerInlineQuery',
      'getChatMember',
      'editMessageText',
    ]);
  });

  it('answers 429 with retry_after for the next N calls of a method, then recovers', async () => {
    fake.failNext('sendMessage', 2, { kind: '429', retryAfter: 3 });
    for (let i = 0; i < 2; i++) {
      const err = await api.sendMessage(1, 'x').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GrammyError);
      expect((err as GrammyError).error_code).toBe(429);
      expect((err as GrammyError).parameters.retry_after).toBe(3);
    }
    await expect(api.sendMessage(1, 'x')).resolves.toMatchObject({ text: 'x' });
    expect(fake.callsOf('sendMessage').map((c) => c.fault)).toEqual(['429', '429', undefined]);
  });

  it('answers 403 "bot was blocked by the user"', async () => {
    fake.failNext('sendMessage', 1, { kind: '403' });
    const err = (await api.sendMessage(1, 'x').catch((e: unknown) => e)) as GrammyError;
    expect(err.error_code).toBe(403);
    expect(err.description).toBe('Forbidden: bot was blocked by the user');
  });

  it('drops the connection without an answer', async () => {
    fake.failNext('*', 1, { kind: 'drop' });
    await expect(api.getMe()).rejects.toBeInstanceOf(HttpError);
    await expect(api.getMe()).resolves.toMatchObject({ id: BOT_USER.id });
  });

  it('lets a test wait for a later call and times out clearly when none comes', async () => {
    await api.getMe();
    const mark = fake.mark();
    const waiting = fake.waitForCall((c) => c.method === 'getMe', { since: mark, timeoutMs: 2_000 });
    await api.getMe();
    expect((await waiting).seq).toBe(mark);
    await expect(fake.waitForCall((c) => c.method === 'sendMessage', { timeoutMs: 100 })).rejects.toThrow(
      /no matching Telegram API call within 100 ms; calls since #0: getMe, getMe/,
    );
  });

  it('builds callback queries on a message the bot sent', async () => {
    const sent = await api.sendMessage(7001, 'answer', {
      reply_markup: { inline_keyboard: [[{ text: 'Context', callback_data: 'ctx:1' }]] },
    });
    const id = fake.callbackQuery(sent, 'ctx:1');
    const [update] = await api.getUpdates({ offset: 0, timeout: 0 });
    expect(update?.callback_query).toMatchObject({ id, data: 'ctx:1', message: { message_id: sent.message_id } });
  });
});
