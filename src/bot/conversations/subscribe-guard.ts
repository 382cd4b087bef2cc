import type { BotCommand } from 'grammy/types';
import { commandList } from '../commands.ts';
import type { BotContext } from '../context.ts';
import { digestText } from './digest-texts.ts';
import { SUBSCRIBE_CONVERSATION_ID } from './subscribe.ts';

/**
 * Keeps /subscribe from trapping the person. Runs before every feature:
 * - in a private chat, any command other than /cancel (and /subscribe, which restarts it) leaves the
 *   conversation and runs;
 * - a question typed mid-way is answered by the ask feature (the conversation skips it, see
 *   `looksLikeQuestion`), then the person is reminded that the setup is still open;
 * - while the conversation is open, the chat's command menu has /cancel; it goes when the conversation ends.
 */
export function subscribeGuard() {
  return async (ctx: BotContext, next: () => Promise<void>): Promise<void> => {
    const chatId = ctx.chat?.id;
    if (chatId === undefined || !ctx.conversation) return next();
    const wasOpen = ctx.conversation.active(SUBSCRIBE_CONVERSATION_ID) > 0;
    const text = ctx.message?.text ?? '';
    const command = /^\/(\w+)/.exec(text)?.[1]?.toLowerCase();
    // In a group the dialogue belongs to one person, and another member's /help must not end it.
    const leaves = ctx.chat?.type === 'private' && command !== 'cancel' && command !== 'subscribe';
    if (wasOpen && command && leaves) {
      await ctx.conversation.exit(SUBSCRIBE_CONVERSATION_ID);
    }
    if (!wasOpen && command === 'cancel') return void (await ctx.reply(digestText(ctx.uiLang, 'nothingToCancel')));
    await next();
    const isOpen = ctx.conversation.active(SUBSCRIBE_CONVERSATION_ID) > 0;
    if (wasOpen && isOpen && !command && looksLikeQuestion(text)) {
      await ctx.reply(digestText(ctx.uiLang, 'stillOpen'), { parse_mode: 'HTML' });
    }
    if (isOpen !== wasOpen) await setCancelMenu(ctx, chatId, isOpen).catch(() => undefined);
  };
}

/**
 * Text that asks something rather than naming a topic, an hour or a city: ends with "?" or
 * starts with a question word and has a few words. The conversation leaves these to the ask feature.
 */
export function looksLikeQuestion(text: string): boolean {
  const t = text.trim();
  if (t.endsWith('?')) return true;
  const words = t.split(/\s+/).length;
  return words >= 3 && QUESTION_START.test(t);
}

const QUESTION_START =
  /^(when|what|who|whom|whose|which|where|why|how|did|does|do|is|are|was|were|can|could|когда|что|кто|кого|какие|какой|какая|каким|где|куда|почему|зачем|сколько|как|ли)(?=\s|$)/iu;

async function setCancelMenu(ctx: BotContext, chatId: number, open: boolean): Promise<void> {
  // In a group, only the person in the dialogue gets /cancel in their menu.
  const scope =
    ctx.chat?.type === 'private' || !ctx.from
      ? { type: 'chat' as const, chat_id: chatId }
      : { type: 'chat_member' as const, chat_id: chatId, user_id: ctx.from.id };
  if (!open) return void (await ctx.api.deleteMyCommands({ scope }));
  const commands: BotCommand[] = [
    { command: 'cancel', description: digestText(ctx.uiLang, 'cancelCommand') },
    ...commandList(ctx.uiLang),
  ];
  await ctx.api.setMyCommands(commands, { scope });
}
