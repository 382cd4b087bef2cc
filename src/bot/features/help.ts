import { Composer } from 'grammy';
import type { BotApp } from '../app.ts';
import type { BotContext } from '../context.ts';
import { COMMANDS, onlyFor } from '../only-for.ts';

/** /help: how to ask, the commands, inline mode. */
export function helpFeature(_app: BotApp): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command('help', async (ctx) => {
    await ctx.reply(ctx.t('help', { bot: ctx.me.username }), {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    });
  });
  return onlyFor([COMMANDS], feature);
}
