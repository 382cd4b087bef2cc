import { randomBytes } from 'node:crypto';
import { Composer, InlineKeyboard, InputFile } from 'grammy';
import { renderTimelineChart } from '../../charts/timeline-chart.ts';
import { type ChronologyEvent, chronology } from '../../knowledge/digest/chronology.ts';
import { findTopics } from '../../knowledge/digest/find-topics.ts';
import { EVERYTHING, parseTopicKey } from '../../knowledge/digest/topic.ts';
import { topicLabel } from '../../knowledge/digest/topic-label.ts';
import type { Lang } from '../../knowledge/index.ts';
import { sendHtml } from '../answering.ts';
import type { BotApp } from '../app.ts';
import type { BotContext } from '../context.ts';
import { decodeCallback, encodeCallback } from '../format/callback-data.ts';
import { TELEGRAM_TEXT_LIMIT } from '../format/digest.ts';
import { formatTimelinePage, TIMELINE_PAGE_SIZE, timelineTitle } from '../format/timeline.ts';
import { COMMANDS, onlyFor } from '../only-for.ts';

/** What a timeline's buttons need to redo it: the topic (its key and label), or everything. */
export interface TimelineRequest {
  topics: string[];
  label?: string;
  lang: Lang;
}

/**
 * /timeline [topic]: a chronology of events, one line each with its quote, paged with "More",
 * oldest or newest first by a button; then a PNG chart of the same events, sent as a photo.
 */
export function timelineFeature(app: BotApp): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('timeline', async (ctx) => {
    const query = ctx.match.trim();
    const lang = ctx.answerLang ?? ctx.uiLang;
    const request: TimelineRequest = { topics: [], lang };
    if (query) {
      const best = findTopics(app.kb(), query, lang, { limit: 1 })[0];
      if (!best)
        return void (await ctx.reply(ctx.t('timeline.noTopic', { topic: query }), {
          parse_mode: 'HTML',
          reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true },
        }));
      request.topics = [best.key];
      request.label = best.label;
    }
    const events = chronology(app.kb(), { lang, topics: request.topics, order: 'oldest' });
    if (events.length === 0) return void (await ctx.reply(ctx.t('timeline.empty'), { parse_mode: 'HTML' }));
    const key = newKey();
    app.timelines.set(key, request);
    await sendPage(ctx, events, request, key, 'oldest', 0);
    await sendChart(ctx, app, events, request);
  });

  // "More" under a briefing: that topic's timeline, newest first.
  feature.callbackQuery(/^1\|T\|/, async (ctx) => {
    const action = decodeCallback(ctx.callbackQuery.data);
    if (action.kind !== 'topicTimeline' || !parseTopicKey(action.topic) || !ctx.chat)
      return void (await ctx.answerCallbackQuery({ text: ctx.t('callback.expired'), show_alert: true }));
    await ctx.answerCallbackQuery();
    const lang = ctx.answerLang ?? ctx.uiLang;
    const all = action.topic === EVERYTHING;
    const request: TimelineRequest = {
      topics: all ? [] : [action.topic],
      lang,
      ...(all ? {} : { label: topicLabel(app.kb(), action.topic, lang) }),
    };
    const events = chronology(app.kb(), { lang, topics: request.topics, order: 'newest' });
    if (events.length === 0) return void (await ctx.reply(ctx.t('timeline.empty'), { parse_mode: 'HTML' }));
    const key = newKey();
    app.timelines.set(key, request);
    await sendPage(ctx, events, request, key, 'newest', 0);
  });

  feature.callbackQuery(/^1\|t\|/, async (ctx) => {
    const action = decodeCallback(ctx.callbackQuery.data);
    const request = action.kind === 'timeline' ? app.timelines.get(action.key) : undefined;
    if (action.kind !== 'timeline' || !request || !ctx.chat)
      return void (await ctx.answerCallbackQuery({ text: ctx.t('callback.expired'), show_alert: true }));
    await ctx.answerCallbackQuery();
    const events = chronology(app.kb(), { lang: request.lang, topics: request.topics, order: action.order });
    // The order button redraws the first page in place; "More" adds the next page below.
    if (action.offset === 0 && ctx.callbackQuery.message) {
      const html = formatTimelinePage(events, { offset: 0, order: action.order, ...titleOf(request) });
      if (html.length <= TELEGRAM_TEXT_LIMIT)
        return void (await ctx.editMessageText(html, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          reply_markup: pageKeyboard(ctx, events, action.key, action.order, 0),
        }));
    }
    await sendPage(ctx, events, request, action.key, action.order, action.offset);
  });

  return onlyFor([COMMANDS, 'callback_query'], feature);
}

function titleOf(request: TimelineRequest) {
  return { title: timelineTitle(request.lang, request.label), lang: request.lang };
}

async function sendPage(
  ctx: BotContext,
  events: ChronologyEvent[],
  request: TimelineRequest,
  key: string,
  order: 'oldest' | 'newest',
  offset: number,
): Promise<void> {
  const html = formatTimelinePage(events, { offset, order, ...titleOf(request) });
  await sendHtml(ctx, html, { keyboard: pageKeyboard(ctx, events, key, order, offset) });
}

function pageKeyboard(
  ctx: BotContext,
  events: ChronologyEvent[],
  key: string,
  order: 'oldest' | 'newest',
  offset: number,
): InlineKeyboard | undefined {
  const keyboard = new InlineKeyboard();
  const next = offset + TIMELINE_PAGE_SIZE;
  if (next < events.length) {
    keyboard.text(
      ctx.t('timeline.more', { count: Math.min(TIMELINE_PAGE_SIZE, events.length - next) }),
      encodeCallback({ kind: 'timeline', key, order, offset: next }),
    );
  }
  if (offset === 0 && events.length > 1) {
    const other = order === 'oldest' ? 'newest' : 'oldest';
    keyboard.text(
      ctx.t(other === 'newest' ? 'timeline.newestFirst' : 'timeline.oldestFirst'),
      encodeCallback({ kind: 'timeline', key, order: other, offset: 0 }),
    );
  }
  return keyboard.inline_keyboard.flat().length > 0 ? keyboard : undefined;
}

/** The picture after the text: a failure to draw is logged and leaves the text timeline as it is. */
async function sendChart(ctx: BotContext, app: BotApp, events: ChronologyEvent[], request: TimelineRequest) {
  try {
    await ctx.replyWithChatAction('upload_photo').catch(() => undefined);
    const title = timelineTitle(request.lang, request.label);
    const png = await renderTimelineChart(events, { lang: request.lang, title });
    const years = events.map((e) => e.date.year).filter((y): y is number => y !== undefined);
    const [from, to] = [Math.min(...years), Math.max(...years)];
    const span = years.length === 0 ? '' : from === to ? String(from) : `${from}–${to}`;
    await ctx.replyWithPhoto(new InputFile(png, 'timeline.png'), {
      caption: ctx.t('timeline.caption', { title, count: events.length, span }),
      parse_mode: 'HTML',
    });
  } catch (error) {
    app.log.warn({ err: String(error) }, 'timeline chart not sent');
  }
}

function newKey(): string {
  return randomBytes(6).toString('base64url');
}
