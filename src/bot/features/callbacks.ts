import { Composer } from 'grammy';
import { questionFromText, replyWithAnswer, sendHtml } from '../answering.ts';
import type { BotApp } from '../app.ts';
import type { BotContext } from '../context.ts';
import { decodeCallback, sourceIdFromKey } from '../format/callback-data.ts';
import { formatMoreCitations, formatPassage } from '../format/answer.ts';
import { collapseWhitespace, truncate } from '../format/html.ts';
import { EXAMPLE_QUESTIONS } from '../i18n.ts';
import { onlyFor } from '../only-for.ts';
import { setLanguage } from './language.ts';
import { showSource } from './sources.ts';

/** Telegram shows at most 200 characters in a callback answer. */
const CALLBACK_ALERT_MAX = 200;

/**
 * Every button press. Each callback query is answered exactly once (the client spins until it is),
 * including presses on buttons from an older version of the bot, which are told they expired.
 */
export function callbacksFeature(app: BotApp): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.on('callback_query:data', async (ctx) => {
    const action = decodeCallback(ctx.callbackQuery.data);
    // Buttons under inline messages have no chat to send to: they get a short alert instead.
    const inChat = ctx.chat !== undefined;
    switch (action.kind) {
      case 'expired':
        return void (await ctx.answerCallbackQuery({ text: ctx.t('callback.expired'), show_alert: true }));

      case 'example': {
        const question = EXAMPLE_QUESTIONS[action.lang][action.index];
        if (!question || !inChat) return void (await ctx.answerCallbackQuery({ text: ctx.t('callback.expired') }));
        await ctx.answerCallbackQuery();
        return void (await replyWithAnswer(ctx, app, question, { echoQuestion: true }));
      }

      case 'context': {
        const kb = app.kb();
        const sourceId = sourceIdFromKey(
          action.sourceKey,
          kb.sources().map((s) => s.id),
        );
        const passage = sourceId === undefined ? undefined : kb.passageAround(sourceId, action.start, action.end);
        if (!sourceId || !passage)
          return void (await ctx.answerCallbackQuery({ text: ctx.t('callback.noPassage'), show_alert: true }));
        if (!inChat) {
          return void (await ctx.answerCallbackQuery({
            text: truncate(collapseWhitespace(passage.text), CALLBACK_ALERT_MAX),
            show_alert: true,
          }));
        }
        await ctx.answerCallbackQuery();
        return void (await sendHtml(ctx, formatPassage(passage, action, kb.source(sourceId), ctx.t)));
      }

      case 'more': {
        // After a restart the answer is gone from memory: ask again if the question is what the button's message replies to.
        const answer = app.answers.get(action.answerKey) ?? reaskFromReply(ctx, app);
        if (!answer || !inChat)
          return void (await ctx.answerCallbackQuery({ text: ctx.t('callback.expired'), show_alert: true }));
        const html = formatMoreCitations(answer, ctx.t);
        if (!html) return void (await ctx.answerCallbackQuery({ text: ctx.t('callback.noMore') }));
        await ctx.answerCallbackQuery();
        return void (await sendHtml(ctx, html));
      }

      case 'lang': {
        await setLanguage(ctx, app, action.choice);
        const text = ctx.t(`lang.set.${action.choice}`);
        await ctx.answerCallbackQuery();
        if (inChat && ctx.callbackQuery.message) return void (await ctx.editMessageText(text, { parse_mode: 'HTML' }));
        return;
      }

      case 'source': {
        const sourceId = sourceIdFromKey(
          action.sourceKey,
          app
            .kb()
            .sources()
            .map((s) => s.id),
        );
        if (!sourceId || !inChat)
          return void (await ctx.answerCallbackQuery({ text: ctx.t('callback.expired'), show_alert: true }));
        await ctx.answerCallbackQuery();
        return void (await showSource(ctx, app, sourceId));
      }
    }
  });

  // Game callbacks and anything without data: still answered so the client stops waiting.
  feature.on('callback_query', (ctx) => ctx.answerCallbackQuery());

  return onlyFor(['callback_query'], feature);
}

function reaskFromReply(ctx: BotContext, app: BotApp) {
  const question = ctx.callbackQuery?.message?.reply_to_message;
  const text = question && 'text' in question ? question.text : undefined;
  if (!text) return undefined;
  const q = questionFromText(text, question?.entities, ctx.me);
  return q ? app.answerCache.answer(app.kb(), q, { lang: ctx.answerLang }) : undefined;
}
