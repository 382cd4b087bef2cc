import { describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import type { SubscriptionDraft } from '../../src/delivery/subscription.ts';
import { ALICE, BOT, buttonsOf, digestBot, GROUP, press, text } from './digest-harness.ts';

const mine = (extra: Partial<SubscriptionDraft> = {}): SubscriptionDraft => ({
  chatId: ALICE.id,
  chatKind: 'private',
  ownerId: ALICE.id,
  topics: ['e:person:kellogg'],
  schedule: { frequency: 'daily', hour: 9, weekday: 1, timeZone: 'Europe/Minsk' },
  lang: 'en',
  nothingNewNote: false,
  ...extra,
});

function botStatus(
  chat: { id: number; type: string },
  status: 'left' | 'kicked' | 'member',
): Omit<Update, 'update_id'> {
  return {
    my_chat_member: {
      chat,
      from: ALICE,
      date: 0,
      old_chat_member: { status: 'member', user: BOT },
      new_chat_member: status === 'kicked' ? { status, user: BOT, until_date: 0 } : { status, user: BOT },
    },
  } as unknown as Omit<Update, 'update_id'>;
}

describe('managing subscriptions', () => {
  it('/subscriptions lists each one with pause, change and remove buttons', async () => {
    const t = await digestBot();
    await t.store.add(mine());
    await t.store.add(
      mine({ topics: ['all'], schedule: { frequency: 'on-new-documents', hour: 9, weekday: 1, timeZone: 'UTC' } }),
    );
    await t.send(text('/subscriptions'));
    const sent = t.replies();
    expect(sent.map((c) => c.payload.text)).toEqual([
      '<b>Digest subscriptions in this chat</b>',
      '<b>Keith Kellogg</b> — daily at 09:00 (Europe/Minsk)\n<i>active; no digest yet</i>',
      '<b>Everything</b> — as soon as new documents arrive\n<i>active; no digest yet</i>',
    ]);
    expect(buttonsOf(sent[1]).map((b) => b.data)).toEqual(['dg|p|s1', 'dg|c|s1', 'dg|x|s1']);
  });

  it('pauses, resumes and removes with the buttons', async () => {
    const t = await digestBot();
    const sub = await t.store.add(mine());
    await t.send(press(`dg|p|${sub.id}`));
    expect(t.store.get(sub.id)?.status).toBe('paused');
    const edited = t.replies().at(-1);
    expect(edited?.method).toBe('editMessageText');
    expect(String(edited?.payload.text)).toContain('Paused:');
    expect(buttonsOf(edited)[0]?.data).toBe(`dg|r|${sub.id}`);
    await t.send(press(`dg|r|${sub.id}`));
    expect(t.store.get(sub.id)?.status).toBe('active');
    await t.send(press(`dg|x|${sub.id}`));
    expect(t.store.all()).toEqual([]);
    expect(String(t.replies().at(-1)?.payload.text)).toContain('Removed:');
    // Every press was answered (the client spins otherwise).
    expect(t.calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(3);
  });

  it('"Change" reopens /subscribe and updates the same subscription, keeping its delivery state', async () => {
    const t = await digestBot();
    const sub = await t.store.add(mine());
    await t.store.markDelivered(sub.id, { generation: 1, at: 5, sent: true });
    await t.send(press(`dg|c|${sub.id}`));
    // Titled as a change, not as a new subscription (issue 11).
    const prompt = String(t.replies().at(-1)?.payload.text);
    expect(prompt).toContain('<b>Change digest subscription</b>');
    expect(prompt).not.toContain('New digest subscription');
    await t.send(press('dg|all'));
    await t.send(press('dg|f|w'));
    await t.send(press('dg|h|7'));
    await t.send(press('dg|z|UTC'));
    await t.send(press('dg|n|0'));
    expect(String(t.replies().at(-1)?.payload.text)).toContain('Subscription changed.');
    expect(t.store.all()).toMatchObject([
      { id: sub.id, topics: ['all'], schedule: { frequency: 'weekly', hour: 7 }, delivery: { deliveredThrough: 1 } },
    ]);
  });

  it('refuses buttons of another chat’s subscription and of ended conversations', async () => {
    const t = await digestBot();
    const theirs = await t.store.add(mine({ chatId: 999 }));
    await t.send(press(`dg|x|${theirs.id}`));
    await t.send(press('dg|f|d'));
    expect(t.store.all()).toHaveLength(1);
    expect(t.calls.filter((c) => c.method === 'answerCallbackQuery').map((c) => c.payload.text)).toEqual([
      'That subscription no longer exists.',
      'That subscription no longer exists.',
    ]);
  });

  it('/unsubscribe removes the only subscription, or asks which one', async () => {
    const t = await digestBot();
    await t.store.add(mine());
    await t.send(text('/unsubscribe'));
    expect(t.store.all()).toEqual([]);
    expect(t.replies().at(-1)?.payload.text).toBe('Removed 1 subscription(s).');
    await t.store.add(mine());
    await t.store.add(mine({ topics: ['t:sanctions'] }));
    await t.send(text('/unsubscribe'));
    const ask = t.replies().at(-1);
    expect(ask?.payload.text).toBe('Which one should I remove?');
    expect(buttonsOf(ask).map((b) => b.text)).toEqual([
      '🗑 Keith Kellogg — daily at 09:00 (Europe/Minsk)',
      '🗑 Sanctions — daily at 09:00 (Europe/Minsk)',
    ]);
    await t.send(text('/unsubscribe all'));
    expect(t.store.all()).toEqual([]);
  });

  it('only group administrators may press the buttons of a group subscription', async () => {
    const t = await digestBot({ admins: [ALICE.id] });
    const sub = await t.store.add(mine({ chatId: GROUP.id, chatKind: 'supergroup' }));
    const carol = { id: 300, is_bot: false as const, first_name: 'Carol' };
    await t.send(press(`dg|x|${sub.id}`, { from: carol, chat: GROUP }));
    expect(t.store.all()).toHaveLength(1);
    await t.send(press(`dg|x|${sub.id}`, { from: ALICE, chat: GROUP }));
    expect(t.store.all()).toHaveLength(0);
  });

  const leaving: [name: string, chat: { id: number; type: string }, status: 'left' | 'kicked', reason: string][] = [
    ['a user blocks the bot', { id: ALICE.id, type: 'private' }, 'kicked', 'blocked'],
    ['the bot is removed from a group', GROUP, 'left', 'left'],
    ['the bot is banned from a group', GROUP, 'kicked', 'left'],
  ];
  it.each(leaving)('deactivates the chat’s subscriptions when %s', async (_name, chat, status, reason) => {
    const t = await digestBot();
    await t.store.add(mine({ chatId: chat.id }));
    await t.store.add(mine({ chatId: 12345 }));
    await t.send(botStatus(chat, status));
    await t.store.flush();
    expect(t.store.all().map((s) => [s.chatId, s.status, s.inactiveReason])).toEqual([
      [chat.id, 'inactive', reason],
      [12345, 'active', undefined],
    ]);
  });

  it('leaves subscriptions alone when the bot is only re-added', async () => {
    const t = await digestBot();
    await t.store.add(mine({ chatId: GROUP.id }));
    await t.send(botStatus(GROUP, 'member'));
    expect(t.store.all()[0]?.status).toBe('active');
  });

  it('/digest with no subscription sends a one-off briefing with quotes, then says how to subscribe', async () => {
    const t = await digestBot();
    await t.send(text('/digest'));
    const [briefing, hint] = t.replies().map((c) => String(c.payload.text));
    expect(briefing).toContain('<b>Briefing: key developments</b>\nEverything');
    expect(briefing).toContain('<blockquote>On 21 June 2025 Kellogg met Lukashenko in Minsk.</blockquote>');
    // Newest first: the 11 September release before the 21 June meeting.
    expect(briefing?.indexOf('11 Sep 2025')).toBeLessThan(briefing?.indexOf('21 Jun 2025') ?? 0);
    expect(hint).toContain('one-off briefing');
    expect(hint).toContain('/subscribe');
    expect(t.store.all()).toEqual([]);
  });

  it('/digest <topic> without a subscription briefs on that topic only', async () => {
    const t = await digestBot();
    await t.send(text('/digest Kellogg'));
    const briefing = String(t.replies()[0]?.payload.text);
    expect(briefing).toContain('Keith Kellogg');
    expect(briefing).not.toContain('Белавиа');
  });
});
