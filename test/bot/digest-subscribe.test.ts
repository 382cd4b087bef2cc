import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conversationFileStorage } from '../../src/bot/conversations/conversation-file-storage.ts';
import { MemoryTextAdapter } from '../../src/delivery/memory-text-adapter.ts';
import { SubscriberStore } from '../../src/delivery/subscriber-store.ts';
import { ALICE, BORIS, buttonsOf, digestBot, fakeTelegram, GROUP, press, text } from './digest-harness.ts';

const lastButtons = (calls: { method: string; payload: Record<string, unknown> }[]) =>
  buttonsOf(calls.filter((c) => c.method === 'sendMessage').at(-1));
const texts = (calls: { payload: Record<string, unknown> }[]) => calls.map((c) => String(c.payload.text));

describe('/subscribe', () => {
  it('refuses a 4,096-character topic at once, without searching for it, and goes on', async () => {
    const t = await digestBot();
    await t.send(text('/subscribe'));
    await t.send(text('Kellogg '.repeat(512)));
    expect(texts(t.replies()).at(-1)).toContain('at most 100 characters');
    await t.send(text('Kelog'));
    expect(lastButtons(t.calls)[0]?.text).toBe('Keith Kellogg · 2 facts');
  });

  it('walks through topics (fuzzy, as buttons), frequency, hour, time zone and saves the subscription', async () => {
    const t = await digestBot();
    await t.send(text('/subscribe'));
    expect(texts(t.replies())[0]).toContain('Which topics?');

    await t.send(text('Kelog'));
    const suggestion = lastButtons(t.calls);
    expect(suggestion[0]?.text).toBe('Keith Kellogg · 2 facts');
    await t.send(press(suggestion[0]?.data ?? ''));
    expect(texts(t.replies()).at(-1)).toContain('Topics so far: <b>Keith Kellogg</b>');

    await t.send(text('санкции'));
    await t.send(press(lastButtons(t.calls)[0]?.data ?? ''));
    await t.send(press('dg|done'));
    expect(texts(t.replies()).at(-1)).toBe('How often?');

    await t.send(press('dg|f|d'));
    await t.send(text('25'));
    expect(texts(t.replies()).at(-1)).toContain('hours go from 0 to 23');
    await t.send(text('9:30'));
    expect(texts(t.replies()).at(-1)).toContain('digests go out on the hour');
    await t.send(text('18:00'));
    await t.send(text('Гондор'));
    expect(texts(t.replies()).at(-1)).toContain('I do not know the time zone “Гондор”');
    await t.send(text('Минск'));
    await t.send(press('dg|n|1'));
    expect(texts(t.replies()).at(-1)).toBe(
      '<b>Subscribed.</b> <b>Keith Kellogg, Sanctions</b> — daily at 18:00 (Europe/Minsk)\nManage: /subscriptions',
    );
    expect(t.store.all()).toMatchObject([
      {
        chatId: ALICE.id,
        chatKind: 'private',
        ownerId: ALICE.id,
        topics: ['e:person:kellogg', 't:sanctions'],
        schedule: { frequency: 'daily', hour: 18, timeZone: 'Europe/Minsk' },
        lang: 'en',
        nothingNewNote: true,
        status: 'active',
      },
    ]);
    // End to end: /digest delivers the briefing for these topics, every item quoted.
    await t.send(text('/digest'));
    const digest = texts(t.replies()).at(-1) ?? '';
    expect(digest).toContain('Briefing: key developments');
    expect(digest).toContain('On 21 June 2025 Kellogg met Lukashenko in Minsk.');
    expect(digest).toContain('США сняли санкции с «Белавиа».');
  });

  it('takes "Everything" and "as soon as new documents arrive" without asking the hour, and sends the briefing at once', async () => {
    const t = await digestBot();
    await t.send(text('/subscribe', { from: BORIS }));
    expect(texts(t.replies())[0]).toContain('Какие темы?');
    await t.send(press('dg|all', { from: BORIS }));
    await t.send(press('dg|f|n', { from: BORIS }));
    expect(texts(t.replies()).at(-1)).toBe('Если к времени дайджеста ничего нового нет:');
    await t.send(press('dg|n|0', { from: BORIS }));
    await t.service.delivery.runDue(); // the background briefing, awaited here
    const sent = texts(t.replies());
    const confirmed = sent.findIndex((m) => m.includes('сразу, как появятся новые документы'));
    const briefing = sent.findIndex((m) => m.includes('Брифинг: главное'));
    expect(confirmed).toBeGreaterThanOrEqual(0);
    expect(briefing).toBeGreaterThanOrEqual(0);
    // Confirmation first, then the briefing (issue 11).
    expect(confirmed).toBeLessThan(briefing);
    expect(t.store.all()[0]).toMatchObject({
      topics: ['all'],
      lang: 'ru',
      schedule: { frequency: 'on-new-documents' },
    });
  });

  const stops: [name: string, how: ReturnType<typeof text>][] = [
    ['/cancel', text('/cancel')],
    ['the Cancel button', press('dg|cancel')],
  ];
  it.each(stops)('stops on %s and saves nothing', async (_name, how) => {
    const t = await digestBot();
    await t.send(text('/subscribe'));
    await t.send(press('dg|all'));
    await t.send(how);
    expect(texts(t.replies()).at(-1)).toBe('Cancelled; nothing was changed.');
    expect(t.store.all()).toEqual([]);
    // The conversation is over: later text goes to the rest of the bot.
    await t.send(text('hello'));
    expect(t.unhandled).toHaveLength(1);
  });

  it('ends quietly when another command comes, and lets that command through', async () => {
    const t = await digestBot();
    await t.send(text('/subscribe'));
    await t.send(text('/help'));
    expect(t.unhandled.map((u) => u.message?.text)).toEqual(['/help']);
    await t.send(text('Kellogg'));
    expect(t.unhandled.map((u) => u.message?.text)).toEqual(['/help', 'Kellogg']);
  });

  it('says when nothing matches a topic', async () => {
    const t = await digestBot();
    await t.send(text('/subscribe'));
    await t.send(text('xylophone'));
    expect(texts(t.replies()).at(-1)).toContain('Nothing in the documents matches “xylophone”');
  });

  it('in a group, lets only administrators subscribe, and listens only to the one who started', async () => {
    const carol = { id: 300, is_bot: false as const, first_name: 'Carol', language_code: 'en' };
    const t = await digestBot({ admins: [ALICE.id] });
    await t.send(text('/subscribe', { from: carol, chat: GROUP }));
    expect(texts(t.replies())).toEqual(['Only administrators of this group can manage its digest subscriptions.']);
    expect(t.calls.filter((c) => c.method === 'getChatMember').map((c) => c.payload)).toEqual([
      { chat_id: GROUP.id, user_id: carol.id },
    ]);

    await t.send(text('/subscribe', { from: ALICE, chat: GROUP }));
    await t.send(press('dg|all', { from: carol, chat: GROUP })); // not hers to press
    await t.send(text('just chatting', { from: carol, chat: GROUP }));
    expect(t.unhandled.map((u) => u.message?.text ?? u.callback_query?.data)).toEqual(['just chatting']);
    await t.send(press('dg|all', { from: ALICE, chat: GROUP }));
    await t.send(press('dg|f|w', { from: ALICE, chat: GROUP }));
    await t.send(press('dg|h|9', { from: ALICE, chat: GROUP }));
    await t.send(press('dg|z|Europe/Vilnius', { from: ALICE, chat: GROUP }));
    await t.send(press('dg|n|0', { from: ALICE, chat: GROUP }));
    expect(t.store.all()).toMatchObject([
      {
        chatId: GROUP.id,
        chatKind: 'supergroup',
        ownerId: ALICE.id,
        schedule: { frequency: 'weekly', weekday: 1, hour: 9, timeZone: 'Europe/Vilnius' },
      },
    ]);
  });

  it('resumes a half-done /subscribe after a restart (conversation state in a file)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'conv-')), 'conversations.json');
    const subscribers = await SubscriberStore.open(new MemoryTextAdapter(), 'memory', { groupCommitMs: 0 });
    const telegram = fakeTelegram();
    const before = await digestBot({
      store: subscribers,
      telegram,
      conversationStorage: conversationFileStorage(file),
    });
    await before.send(text('/subscribe'));
    await before.send(text('Lukashenka'));
    await before.send(press(lastButtons(telegram.calls)[0]?.data ?? ''));
    await before.send(press('dg|done'));
    expect(texts(before.replies()).at(-1)).toBe('How often?');

    // A new process: new bot, new storage object over the same file.
    const after = await digestBot({ store: subscribers, telegram, conversationStorage: conversationFileStorage(file) });
    await after.send(press('dg|f|d'));
    expect(texts(telegram.calls.filter((c) => c.method === 'sendMessage')).at(-1)).toContain('At what hour?');
    await after.send(text('7'));
    await after.send(text('Europe/Warsaw'));
    await after.send(press('dg|n|0'));
    expect(subscribers.all()).toMatchObject([
      { topics: ['e:person:lukashenko'], schedule: { hour: 7, timeZone: 'Europe/Warsaw' } },
    ]);
  });

  it('drops a stored conversation of another version instead of replaying it into the wrong step', async () => {
    const adapter = new MemoryTextAdapter();
    const first = await digestBot({ conversationStorage: conversationFileStorage(adapter) });
    await first.send(text('/subscribe'));
    const stored = JSON.parse(adapter.stored ?? '{}') as Record<string, { version: [number, string] }>;
    for (const entry of Object.values(stored)) entry.version = [0, 'subscribe-0'];
    const second = await digestBot({
      conversationStorage: conversationFileStorage(new MemoryTextAdapter(JSON.stringify(stored))),
    });
    await second.send(text('Kellogg'));
    expect(second.unhandled.map((u) => u.message?.text)).toEqual(['Kellogg']);
  });
});
