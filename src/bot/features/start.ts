import { Composer } from 'grammy';
import type { BotApp } from '../app.ts';
import type { BotContext } from '../context.ts';
import { examplesKeyboard } from '../format/keyboards.ts';
import { COMMANDS, onlyFor } from '../only-for.ts';

/** /start: what the bot does and three example questions as buttons. */
export function startFeature(_app: BotApp): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command('start', async (ctx) => {
    await ctx.reply(ctx.t('start.intro'), { parse_mode: 'HTML', reply_markup: examplesKeyboard(ctx.uiLang) });
  });
  return onlyFor([COMMANDS], feature);
}
