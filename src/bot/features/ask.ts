import { Composer } from 'grammy';
import { addressesBot, questionFromText, replyWithAnswer } from '../answering.ts';
import type { BotApp } from '../app.ts';
import type { BotContext } from '../context.ts';
import { COMMANDS, onlyFor } from '../only-for.ts';
import { smallTalk } from '../small-talk.ts';

/**
 * Questions: /ask anywhere (/timeline is its own feature); any other text in a private chat;
 * in groups only text that mentions the bot or replies to it.
 */
export function askFeature(app: BotApp): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('ask', async (ctx) => {
    const question = ctx.match.trim();
    if (!question) return void (await ctx.reply(ctx.t('ask.usage'), { parse_mode: 'HTML' }));
    await replyWithAnswer(ctx, app, question, { replyTo: ctx.msg.message_id });
  });

  // Commands we do not know fall through to `unhandled`; plain text is a question.
  // An edited question is answered again (the earlier answer is edited where Telegram allows).
  const text = feature.on(['message:text', 'edited_message:text']).drop((ctx) => ctx.msg.text.startsWith('/'));

  text.chatType('private', async (ctx) => {
    const talk = smallTalk(ctx.msg.text);
    if (talk) return void (await ctx.reply(ctx.t(talk === 'thanks' ? 'smallTalk.thanks' : 'smallTalk.greeting')));
    await replyWithAnswer(ctx, app, ctx.msg.text, {
      replyTo: ctx.msg.message_id,
      edited: ctx.editedMessage !== undefined,
    });
  });

  text.chatType(['group', 'supergroup']).filter(
    (ctx) => addressesBot(ctx.msg, ctx.me),
    async (ctx) => {
      const question = questionFromText(ctx.msg.text, ctx.msg.entities, ctx.me);
      // A bare "@bot": a one-line hint on how to ask.
      if (!question)
        return void (await ctx.reply(ctx.t('ask.mentionHint', { bot: ctx.me.username }), {
          reply_parameters: { message_id: ctx.msg.message_id },
        }));
      // In a group, thanks and greetings get a reaction, not a message everyone has to read.
      if (smallTalk(question)) {
        if (ctx.message) await ctx.react('👍').catch(() => undefined);
        return;
      }
      await replyWithAnswer(ctx, app, question, {
        replyTo: ctx.msg.message_id,
        edited: ctx.editedMessage !== undefined,
      });
    },
  );

  return onlyFor([COMMANDS, 'message:text', 'edited_message:text'], feature);
}
