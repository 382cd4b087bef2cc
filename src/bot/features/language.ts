import { Composer } from 'grammy';
import type { Lang } from '../../knowledge/index.ts';
import type { BotApp } from '../app.ts';
import type { BotContext } from '../context.ts';
import { langKeyboard } from '../format/keyboards.ts';
import { langFromCode, type MessageKey } from '../i18n.ts';
import { COMMANDS, onlyFor } from '../only-for.ts';

/** /lang: choose the answer (and interface) language, or "auto". Stored per user. */
export function languageFeature(app: BotApp): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command('lang', async (ctx) => {
    const arg = ctx.match.trim().toLowerCase();
    if (arg === 'en' || arg === 'ru' || arg === 'auto') {
      await setLanguage(ctx, app, arg);
      return void (await ctx.reply(ctx.t(`lang.set.${arg}`), { parse_mode: 'HTML' }));
    }
    const current = app.prefs.get(ctx.from?.id ?? 0)?.lang ?? 'auto';
    await ctx.reply(ctx.t('lang.choose', { current: languageName(ctx, current) }), {
      parse_mode: 'HTML',
      reply_markup: langKeyboard(ctx.t),
    });
  });
  return onlyFor([COMMANDS], feature);
}

/** Stores the choice and switches this update's context to it, so the confirmation is already in it. */
export async function setLanguage(ctx: BotContext, app: BotApp, choice: Lang | 'auto'): Promise<void> {
  if (ctx.from) await app.prefs.set(ctx.from.id, { ...app.prefs.get(ctx.from.id), lang: choice });
  ctx.answerLang = choice === 'auto' ? undefined : choice;
  ctx.uiLang = choice === 'auto' ? langFromCode(ctx.from?.language_code) : choice;
}

export function languageName(ctx: BotContext, choice: Lang | 'auto'): string {
  const key: MessageKey = choice === 'auto' ? 'lang.name.auto' : choice === 'ru' ? 'lang.name.ru' : 'lang.name.en';
  return ctx.t(key);
}
