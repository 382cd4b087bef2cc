import { createConversation } from '@grammyjs/conversations';
import { Composer, type Context, InlineKeyboard } from 'grammy';
import type { DigestService } from '../../delivery/digest-service.ts';
import type { ChatKind, Subscription } from '../../delivery/subscription.ts';
import { composeDigest } from '../../knowledge/digest/compose-digest.ts';
import { findTopics } from '../../knowledge/digest/find-topics.ts';
import { EVERYTHING } from '../../knowledge/digest/topic.ts';
import { topicLabel } from '../../knowledge/digest/topic-label.ts';
import type { Lang } from '../../knowledge/types.ts';
import { decodeDigestButton, encodeDigestButton } from '../conversations/digest-callback.ts';
import { digestText } from '../conversations/digest-texts.ts';
import { describeSubscription } from '../conversations/describe-subscription.ts';
import {
  createSubscribeConversation,
  SUBSCRIBE_CONVERSATION_ID,
  type SubscribeArgs,
} from '../conversations/subscribe.ts';
import type { BotContext, BriefbotFlavor } from '../context.ts';
import type { BotDeps } from '../deps.ts';
import { CALLBACK_DATA_MAX_BYTES, encodeCallback } from '../format/callback-data.ts';
import { renderDigestHtml } from '../format/digest.ts';

declare module '../deps.ts' {
  interface DigestDeps {
    /** Built in main.ts with createDigestService (src/delivery/digest-service.ts). */
    service: DigestService;
  }
}

/**
 * Digest subscriptions: /subscribe (a conversation), /subscriptions (pause, change, remove),
 * /unsubscribe, /digest (one now). In groups only administrators manage subscriptions.
 * The bot leaving or being blocked (my_chat_member) stops the chat's digests.
 * Without deps.digest the commands say digests are not set up.
 */
export function digestFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const service = () => deps.digest?.service;

  feature.use(
    createConversation<Context & BriefbotFlavor, Context>(
      createSubscribeConversation(service),
      SUBSCRIBE_CONVERSATION_ID,
    ),
  );

  feature.command('subscribe', async (ctx) => {
    const svc = service();
    if (!svc) return void (await ctx.reply(digestText(ctx.uiLang, 'notAvailable')));
    if (!ctx.chat || !ctx.from || !(await mayManage(ctx))) return;
    await enterSubscribe(ctx);
  });

  feature.command('subscriptions', async (ctx) => {
    const svc = service();
    if (!svc) return void (await ctx.reply(digestText(ctx.uiLang, 'notAvailable')));
    if (!ctx.chat) return;
    const subs = svc.store.ofChat(ctx.chat.id);
    if (subs.length === 0) return void (await ctx.reply(digestText(ctx.uiLang, 'listEmpty')));
    await ctx.reply(digestText(ctx.uiLang, 'listHeader'), { parse_mode: 'HTML' });
    for (const sub of subs) {
      await ctx.reply(describeSubscription(svc.kb(), sub, ctx.uiLang), {
        parse_mode: 'HTML',
        reply_markup: manageKeyboard(sub, ctx.uiLang),
      });
    }
  });

  feature.command('unsubscribe', async (ctx) => {
    const svc = service();
    if (!svc) return void (await ctx.reply(digestText(ctx.uiLang, 'notAvailable')));
    if (!ctx.chat || !(await mayManage(ctx))) return;
    const subs = svc.store.ofChat(ctx.chat.id);
    if (subs.length === 0) return void (await ctx.reply(digestText(ctx.uiLang, 'listEmpty')));
    const removeAll = /^(all|все|всё)$/i.test(ctx.match.trim());
    if (subs.length === 1 || removeAll) {
      for (const sub of subs) await svc.store.remove(sub.id);
      svc.subscriptionsChanged();
      return void (await ctx.reply(digestText(ctx.uiLang, 'unsubscribedAll', { count: subs.length })));
    }
    const keyboard = new InlineKeyboard();
    for (const sub of subs) {
      keyboard
        .text(
          `🗑 ${shortLabel(svc, sub, ctx.uiLang)}`,
          encodeDigestButton({ kind: 'manage', action: 'remove', id: sub.id }),
        )
        .row();
    }
    await ctx.reply(digestText(ctx.uiLang, 'unsubscribeChoose'), { reply_markup: keyboard });
  });

  feature.command('digest', async (ctx) => {
    const svc = service();
    if (!svc) return void (await ctx.reply(digestText(ctx.uiLang, 'notAvailable')));
    if (!ctx.chat) return;
    if (svc.store.ofChat(ctx.chat.id).every((s) => s.status === 'inactive')) {
      // No subscription: a one-off briefing now (on everything, or on /digest <topic>), and how to get them regularly.
      return void (await sendOneOffBriefing(ctx, svc, ctx.match.trim()));
    }
    const result = await svc.delivery.sendNow(ctx.chat.id);
    if (result.sent < result.subscriptions) await ctx.reply(digestText(ctx.uiLang, 'digestFailed'));
  });

  feature.callbackQuery(/^dg\|/, async (ctx) => {
    const svc = service();
    const button = decodeDigestButton(ctx.callbackQuery.data);
    if (!svc || button?.kind !== 'manage' || !ctx.chat) {
      // A button from a /subscribe that has ended (or from before a restart that lost it).
      return void (await ctx.answerCallbackQuery({ text: digestText(ctx.uiLang, 'gone') }));
    }
    const sub = svc.store.get(button.id);
    if (!sub || sub.chatId !== ctx.chat.id) {
      await ctx.answerCallbackQuery({ text: digestText(ctx.uiLang, 'gone') });
      return void (await ctx.editMessageReplyMarkup().catch(() => undefined));
    }
    if (!(await mayManage(ctx))) return void (await ctx.answerCallbackQuery());
    await ctx.answerCallbackQuery();
    const lang = ctx.uiLang;
    switch (button.action) {
      case 'change':
        return void (await enterSubscribe(ctx, sub.id));
      case 'remove': {
        const line = describeSubscription(svc.kb(), sub, lang);
        await svc.store.remove(sub.id);
        svc.subscriptionsChanged();
        return void (await ctx.editMessageText(digestText(lang, 'removed', { summary: line }), { parse_mode: 'HTML' }));
      }
      case 'pause':
      case 'resume': {
        const updated =
          button.action === 'pause' ? await svc.store.pause(sub.id) : await svc.store.resume(sub.id, svc.clock.now());
        svc.subscriptionsChanged();
        if (!updated) return;
        const text = digestText(lang, button.action === 'pause' ? 'paused' : 'resumed', {
          summary: describeSubscription(svc.kb(), updated, lang),
        });
        return void (await ctx.editMessageText(text, {
          parse_mode: 'HTML',
          reply_markup: manageKeyboard(updated, lang),
        }));
      }
    }
  });

  // The bot was blocked (private chat), removed or banned (group): nothing can reach that chat now.
  feature.on('my_chat_member', async (ctx, next) => {
    const status = ctx.myChatMember.new_chat_member.status;
    const svc = service();
    if (svc && (status === 'left' || status === 'kicked')) {
      const reason = ctx.chat.type === 'private' ? 'blocked' : 'left';
      const n = await svc.store.deactivateChat(ctx.chat.id, reason);
      if (n > 0)
        deps.log.info(
          { chatId: ctx.chat.id, subscriptions: n, reason },
          'digest: chat left, subscriptions deactivated',
        );
    }
    await next();
  });

  // A group upgraded to a supergroup gets a new id: its subscriptions follow it.
  feature.on('message:migrate_to_chat_id', async (ctx, next) => {
    const svc = service();
    if (svc) await svc.store.migrateChat(ctx.chat.id, ctx.message.migrate_to_chat_id);
    await next();
  });

  return feature;
}

async function sendOneOffBriefing(ctx: BotContext, svc: DigestService, query: string): Promise<void> {
  const kb = svc.kb();
  const lang = ctx.answerLang ?? ctx.uiLang;
  let topic = EVERYTHING;
  if (query) {
    const best = findTopics(kb, query, lang, { limit: 1 })[0];
    if (!best) return void (await ctx.reply(ctx.t('timeline.noTopic', { topic: query }), { parse_mode: 'HTML' }));
    topic = best.key;
  }
  const digest = composeDigest(kb, { topics: [topic], lang }, { kind: 'none' });
  const keyboard = new InlineKeyboard();
  for (const section of digest.sections.slice(0, 3)) {
    if (section.omitted === 0) continue;
    const data = encodeCallback({ kind: 'topicTimeline', topic: section.topic.key });
    if (Buffer.byteLength(data) <= CALLBACK_DATA_MAX_BYTES)
      keyboard.text(digestText(lang, 'moreOf', { topic: section.topic.label, count: section.omitted }), data).row();
  }
  await ctx.reply(renderDigestHtml(digest, { title: topicLabel(kb, topic, lang) }), {
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    reply_markup: keyboard.inline_keyboard.length > 0 ? keyboard : undefined,
  });
  await ctx.reply(digestText(lang, 'oneOffHint'));
}

async function enterSubscribe(ctx: BotContext, editId?: string): Promise<void> {
  if (!ctx.chat || !ctx.from) return;
  const args: SubscribeArgs = {
    lang: ctx.uiLang,
    chatId: ctx.chat.id,
    chatKind: ctx.chat.type as ChatKind,
    userId: ctx.from.id,
    ...(editId ? { editId } : {}),
  };
  // A second /subscribe starts over rather than failing on the one still open.
  await ctx.conversation.exit(SUBSCRIBE_CONVERSATION_ID);
  await ctx.conversation.enter(SUBSCRIBE_CONVERSATION_ID, args);
}

/** In a private chat, the person; in a group, only its administrators (asked from Telegram each time). */
async function mayManage(ctx: BotContext): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat || chat.type === 'private') return true;
  // An anonymous administrator posts as the group itself.
  if (ctx.message?.sender_chat?.id === chat.id) return true;
  if (!ctx.from) return false;
  const member = await ctx.getChatMember(ctx.from.id);
  const allowed = member.status === 'creator' || member.status === 'administrator';
  if (!allowed) {
    const text = digestText(ctx.uiLang, 'groupAdminsOnly');
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
    else await ctx.reply(text);
  }
  return allowed;
}

function manageKeyboard(sub: Subscription, lang: Lang): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (sub.status === 'active')
    keyboard.text(digestText(lang, 'pause'), encodeDigestButton({ kind: 'manage', action: 'pause', id: sub.id }));
  else keyboard.text(digestText(lang, 'resume'), encodeDigestButton({ kind: 'manage', action: 'resume', id: sub.id }));
  return keyboard
    .text(digestText(lang, 'change'), encodeDigestButton({ kind: 'manage', action: 'change', id: sub.id }))
    .text(digestText(lang, 'remove'), encodeDigestButton({ kind: 'manage', action: 'remove', id: sub.id }));
}

function shortLabel(svc: DigestService, sub: Subscription, lang: Lang): string {
  const text = describeSubscription(svc.kb(), sub, lang).split('\n')[0] ?? sub.id;
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .slice(0, 60);
}
