import { Composer } from 'grammy';
import type { BotApp } from '../app.ts';
import type { BotContext } from '../context.ts';

/**
 * Registered last: whatever no feature took. Private chats get a short polite reply;
 * groups and channels get silence (a bot that talks to every sticker in a group gets removed).
 */
export function unhandledFeature(app: BotApp): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const privateChat = feature.chatType('private');
  // Text reaching this point is an unknown command (the ask feature takes all other private text).
  privateChat.on('message:text', async (ctx) => {
    await ctx.reply(ctx.t('unhandled.command'));
  });
  privateChat.on(['message', 'edited_message'], async (ctx) => {
    await ctx.reply(ctx.t('unhandled.private'));
  });
  feature.use((ctx) => {
    app.log.debug(
      { updateId: ctx.update.update_id, kind: Object.keys(ctx.update).find((k) => k !== 'update_id') },
      'update ignored',
    );
  });
  return feature;
}
