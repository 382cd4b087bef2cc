import { Composer } from 'grammy';
import { sendHtml } from '../answering.ts';
import type { BotApp } from '../app.ts';
import type { BotContext } from '../context.ts';
import { formatSource, formatSourceList } from '../format/sources.ts';
import { COMMANDS, onlyFor } from '../only-for.ts';

/** /sources (the documents) and /source <id> (one document's metadata and facts). */
export function sourcesFeature(app: BotApp): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('sources', async (ctx) => {
    await sendHtml(ctx, formatSourceList(app.kb().sources(), ctx.t));
  });

  feature.command('source', async (ctx) => {
    const id = ctx.match.trim();
    if (!id) return void (await ctx.reply(ctx.t('source.usage'), { parse_mode: 'HTML' }));
    await showSource(ctx, app, id);
  });

  return onlyFor([COMMANDS], feature);
}

/** Shared with the callbacks feature (a source button). */
export async function showSource(ctx: BotContext, app: BotApp, id: string): Promise<void> {
  const kb = app.kb();
  const source = kb.source(id);
  if (!source) return void (await ctx.reply(ctx.t('source.notFound', { id }), { parse_mode: 'HTML' }));
  await sendHtml(ctx, formatSource(source, kb.factsOfSource(id), ctx.t, ctx.uiLang));
}
