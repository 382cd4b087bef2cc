import { Composer } from 'grammy';
import type { BotApp } from '../app.ts';
import type { BotContext } from '../context.ts';
import { truncate } from '../format/html.ts';
import { COMMANDS, onlyFor } from '../only-for.ts';

/** /reload (ADMIN_IDS only): rebuilds the knowledge base from the sources through deps.reload. */
export function adminFeature(app: BotApp): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command('reload', async (ctx) => {
    const userId = ctx.from?.id;
    if (userId === undefined || !app.settings.adminIds.includes(userId)) {
      return void (await ctx.reply(ctx.t('admin.notAllowed')));
    }
    if (!app.reload) return void (await ctx.reply(ctx.t('admin.unavailable')));
    await ctx.reply(ctx.t('admin.reloading'));
    try {
      const result = await app.reload();
      app.log.info({ userId, ...result }, 'knowledge base reloaded');
      await ctx.reply(
        ctx.t('admin.reloaded', {
          sources: result.sources,
          facts: result.facts,
          rebuilt: result.rebuilt ? ctx.t('admin.rebuilt') : '',
        }),
        { parse_mode: 'HTML' },
      );
    } catch (error) {
      app.log.error({ err: error, userId }, 'reload failed');
      await ctx.reply(ctx.t('admin.failed', { error: truncate(String(error), 300) }), { parse_mode: 'HTML' });
    }
  });
  return onlyFor([COMMANDS], feature);
}
