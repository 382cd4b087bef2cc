import { Api, Composer, Context } from 'grammy';
import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/bot/context.ts';
import { COMMANDS, onlyFor } from '../../src/bot/only-for.ts';
import { BOT } from './harness.ts';

const chat = { id: 1, type: 'private', first_name: 'A' } as const;
const from = { id: 1, is_bot: false, first_name: 'A' };
const command = (text: string) => [
  { type: 'bot_command' as const, offset: text.indexOf('/'), length: text.split(' ')[0]?.length ?? 0 },
];

const UPDATES: [string, Omit<Update, 'update_id'>][] = [
  ['a question', { message: { message_id: 1, date: 0, chat, from, text: 'When?' } }],
  ['a command', { message: { message_id: 1, date: 0, chat, from, text: '/start x', entities: command('/start x') } }],
  [
    'a command to this bot',
    {
      message: {
        message_id: 1,
        date: 0,
        chat,
        from,
        text: `/start@${BOT.username}`,
        entities: command(`/start@${BOT.username}`),
      },
    },
  ],
  [
    'a command in a channel',
    {
      channel_post: {
        message_id: 1,
        date: 0,
        chat: { id: -5, type: 'channel', title: 'c' },
        text: '/start',
        entities: command('/start'),
      },
    },
  ],
  [
    'an edited command',
    {
      edited_message: { message_id: 1, date: 0, edit_date: 1, chat, from, text: '/start', entities: command('/start') },
    },
  ],
  [
    'a photo captioned with a command',
    {
      message: {
        message_id: 1,
        date: 0,
        chat,
        from,
        photo: [],
        caption: '/start',
        caption_entities: command('/start'),
      },
    },
  ],
  ['a button', { callback_query: { id: 'c', from, chat_instance: 'i', data: '1|q|en|0' } }],
  ['an inline query', { inline_query: { id: 'i', from, query: 'q', offset: '' } }],
] as never;

function contextOf(update: Omit<Update, 'update_id'>): BotContext {
  return new Context({ update_id: 1, ...update } as Update, new Api('1:x'), BOT) as BotContext;
}

describe('onlyFor', () => {
  it.each(UPDATES)('lets %s through to the feature only when it matches', async (_name, update) => {
    const seen: string[] = [];
    const feature = new Composer<BotContext>((_ctx, next) => {
      seen.push('feature');
      return next();
    });
    const guarded = onlyFor(['callback_query'], feature).middleware();
    await guarded(contextOf(update), async () => void seen.push('next'));
    expect(seen).toEqual('callback_query' in update ? ['feature', 'next'] : ['next']);
  });

  it.each(UPDATES)("COMMANDS lets %s through whenever grammY's command() takes it", async (name, update) => {
    const ctx = contextOf(update);
    let ran = false;
    const feature = new Composer<BotContext>(() => {
      ran = true;
    });
    await onlyFor([COMMANDS], feature).middleware()(ctx, async () => undefined);
    const isCommand = Context.has.command(['start', 'other'])(ctx);
    // Never less than the command handlers take; a question is kept away from them.
    if (isCommand) expect(ran).toBe(true);
    if (name === 'a question') expect(ran).toBe(false);
  });

  it('the table holds commands grammY takes and ones it does not', () => {
    const taken = UPDATES.map(([, u]) => Context.has.command(['start'])(contextOf(u)));
    expect(taken.filter(Boolean).length).toBeGreaterThanOrEqual(3);
    expect(taken.filter((t) => !t).length).toBeGreaterThanOrEqual(3);
  });
});
