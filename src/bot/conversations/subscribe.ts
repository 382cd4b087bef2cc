import type { Conversation } from '@grammyjs/conversations';
import { type Context, InlineKeyboard } from 'grammy';
import type { DigestService } from '../../delivery/digest-service.ts';
import { parseHour, resolveTimeZone } from '../../delivery/schedule-input.ts';
import type { ChatKind, Frequency, Schedule } from '../../delivery/subscription.ts';
import { findTopics, type TopicSuggestion } from '../../knowledge/digest/find-topics.ts';
import { escapeHtml } from '../format/html.ts';
import { EVERYTHING } from '../../knowledge/digest/topic.ts';
import { topicLabel } from '../../knowledge/digest/topic-label.ts';
import type { Lang } from '../../knowledge/types.ts';
import type { BotContext } from '../context.ts';
import { decodeDigestButton, type DigestButton, encodeDigestButton } from './digest-callback.ts';
import { digestText } from './digest-texts.ts';
import { describeChoice } from './describe-subscription.ts';
import { looksLikeQuestion } from './subscribe-guard.ts';

export const SUBSCRIBE_CONVERSATION_ID = 'subscribe';

/** What /subscribe (or a "Change" button) passes in; stored with the conversation, so plain JSON. */
export interface SubscribeArgs {
  lang: Lang;
  chatId: number;
  chatKind: ChatKind;
  /** The person answering; in a group, everyone else's messages are left to the other features. */
  userId: number;
  /** Set when changing an existing subscription. */
  editId?: string;
}

const MAX_TOPICS = 8;
/** A typed topic longer than this is refused before the fuzzy search (4,096 characters took ~0.6 s of the loop). */
export const MAX_TOPIC_TEXT = 100;
const HOUR_BUTTONS = [7, 9, 12, 18];
const ZONE_BUTTONS = ['Europe/Minsk', 'Europe/Moscow', 'Europe/Vilnius', 'America/New_York', 'UTC'];
/** An abandoned /subscribe ends after a day instead of capturing the chat's next messages forever. */
const ANSWER_WITHIN_MS = 24 * 3_600_000;

type Step<T> = { ok: true; value: T } | { ok: false };
const cancelled = { ok: false } as const;

/**
 * The /subscribe conversation: topics (fuzzy suggestions as buttons, or everything), frequency,
 * hour, time zone, and whether to send a "nothing new" note. It is replayed from its stored log
 * on every update, so everything that reads the outside world or changes it (topic search over the
 * current knowledge base, the subscription write) runs inside `conversation.external`.
 */
export function createSubscribeConversation(service: () => DigestService | undefined) {
  return async function subscribe(conversation: Conversation<BotContext, Context>, ctx: Context, args: SubscribeArgs) {
    const t = (key: Parameters<typeof digestText>[1], params?: Record<string, string | number>) =>
      digestText(args.lang, key, params);

    /** The next text or button press from the person who started this; undefined means "stop". */
    const nextAnswer = async (): Promise<{ text?: string; button?: DigestButton } | undefined> => {
      // Updates from others (in a group) or of other kinds go on to the rest of the bot untouched.
      const answer = await conversation
        .waitFrom(args.userId, { maxMilliseconds: ANSWER_WITHIN_MS, next: true })
        .andFor(['message:text', 'callback_query:data'], { next: true });
      if (answer.callbackQuery) {
        await answer.answerCallbackQuery();
        const button = decodeDigestButton(answer.callbackQuery.data);
        if (!button) {
          // A button of another feature: stop here and let that feature answer it.
          await ctx.reply(t('cancelled'));
          return conversation.halt({ next: true });
        }
        // Pause/change/remove from an older /subscriptions message: that handler answers it.
        if (button.kind === 'manage') return conversation.skip({ next: true });
        return button.kind === 'cancel' ? undefined : { button };
      }
      const text = answer.message?.text ?? '';
      if (/^\/cancel\b/.test(text)) return undefined;
      if (text.startsWith('/')) {
        // Another command: the person moved on. End quietly and let the command run.
        return conversation.halt({ next: true });
      }
      // A question, not an answer to this step: the ask feature answers it; this step keeps waiting
      // (subscribe-guard.ts then says the setup is still open).
      if (looksLikeQuestion(text)) return conversation.skip({ next: true });
      return { text };
    };

    const stop = async () => {
      await ctx.reply(t('cancelled'));
    };

    // 1. Topics
    const topics = await askTopics();
    if (!topics.ok) return stop();
    // 2. Frequency
    const frequency = await askFrequency();
    if (!frequency.ok) return stop();
    // 3-4. Hour and time zone (not for "as soon as new documents arrive")
    let hour = 9;
    let timeZone = 'UTC';
    if (frequency.value !== 'on-new-documents') {
      const h = await askHour();
      if (!h.ok) return stop();
      hour = h.value;
      const z = await askZone();
      if (!z.ok) return stop();
      timeZone = z.value;
    }
    // 5. Nothing new: silence or a note
    const note = await askNothingNew();
    if (!note.ok) return stop();

    const schedule: Schedule = { frequency: frequency.value, hour, weekday: 1, timeZone };
    const summary = await conversation.external(async () => {
      const svc = service();
      if (!svc) return undefined;
      const choice = { topics: topics.value, schedule, nothingNewNote: note.value, lang: args.lang };
      const saved = args.editId ? await svc.store.change(args.editId, choice) : undefined;
      if (!saved) {
        await svc.store.add({ ...choice, chatId: args.chatId, chatKind: args.chatKind, ownerId: args.userId });
      }
      svc.subscriptionsChanged();
      return { text: describeChoice(svc.kb(), topics.value, schedule, args.lang), edited: saved !== undefined };
    });
    if (!summary) return void (await ctx.reply(t('notAvailable')));
    // The confirmation first, then (for "as soon as new documents arrive") the briefing.
    await ctx.reply(t(summary.edited ? 'changed' : 'saved', { summary: summary.text }), { parse_mode: 'HTML' });
    if (schedule.frequency === 'on-new-documents') {
      // No slot to wait for: its briefing goes out now, in the background.
      await conversation.external(() => {
        void service()
          ?.delivery.runDue()
          .catch(() => undefined);
      });
    }

    async function askTopics(): Promise<Step<string[]>> {
      const chosen: string[] = [];
      let labels: string[] = [];
      let suggestions: Pick<TopicSuggestion, 'key' | 'label'>[] = [];
      // "Change" on an existing subscription is not a new one: say so in the title.
      await ctx.reply(t(args.editId ? 'topicsPromptChange' : 'topicsPrompt'), {
        parse_mode: 'HTML',
        reply_markup: topicKeyboard(false),
      });
      for (;;) {
        const answer = await nextAnswer();
        if (!answer) return cancelled;
        const { button, text } = answer;
        if (button?.kind === 'everything') return { ok: true, value: [EVERYTHING] };
        if (button?.kind === 'done' && chosen.length > 0) return { ok: true, value: chosen };
        if (button?.kind === 'pick') {
          const picked = suggestions[button.index];
          if (picked && !chosen.includes(picked.key)) {
            if (picked.key === EVERYTHING) return { ok: true, value: [EVERYTHING] };
            chosen.push(picked.key);
            labels = [...labels, picked.label];
          }
          if (chosen.length >= MAX_TOPICS) return { ok: true, value: chosen };
          await ctx.reply(t('topicsChosen', { topics: escapeHtml(labels.join(', ')) }), {
            parse_mode: 'HTML',
            reply_markup: topicKeyboard(true),
          });
          continue;
        }
        if (text !== undefined && text.length > MAX_TOPIC_TEXT) {
          await ctx.reply(t('topicsTooLong', { max: MAX_TOPIC_TEXT }), {
            reply_markup: topicKeyboard(chosen.length > 0),
          });
          continue;
        }
        if (text !== undefined) {
          const found = await conversation.external(() => {
            const svc = service();
            if (!svc) return [];
            return findTopics(svc.kb(), text, args.lang, { limit: 6 }).map((s) => ({
              key: s.key,
              label: s.label,
              factCount: s.factCount,
            }));
          });
          if (found.length === 0) {
            await ctx.reply(t('topicsNone', { query: escapeHtml(text.slice(0, 100)) }), {
              reply_markup: topicKeyboard(chosen.length > 0),
            });
            continue;
          }
          suggestions = found;
          const keyboard = new InlineKeyboard();
          found.forEach((s, index) => {
            keyboard
              .text(`${s.label} · ${t('facts', { count: s.factCount })}`, encodeDigestButton({ kind: 'pick', index }))
              .row();
          });
          keyboard.text(t('cancel'), encodeDigestButton({ kind: 'cancel' }));
          await ctx.reply(t('topicsSuggest'), { reply_markup: keyboard });
        }
      }
    }

    function topicKeyboard(canFinish: boolean): InlineKeyboard {
      const keyboard = new InlineKeyboard();
      if (canFinish) keyboard.text(t('done'), encodeDigestButton({ kind: 'done' }));
      keyboard.text(t('everything'), encodeDigestButton({ kind: 'everything' }));
      return keyboard.text(t('cancel'), encodeDigestButton({ kind: 'cancel' }));
    }

    async function askFrequency(): Promise<Step<Frequency>> {
      const keyboard = new InlineKeyboard()
        .text(t('daily'), encodeDigestButton({ kind: 'frequency', value: 'daily' }))
        .text(t('weekly'), encodeDigestButton({ kind: 'frequency', value: 'weekly' }))
        .row()
        .text(t('onNew'), encodeDigestButton({ kind: 'frequency', value: 'on-new-documents' }))
        .row()
        .text(t('cancel'), encodeDigestButton({ kind: 'cancel' }));
      await ctx.reply(t('frequencyPrompt'), { reply_markup: keyboard });
      for (;;) {
        const answer = await nextAnswer();
        if (!answer) return cancelled;
        if (answer.button?.kind === 'frequency') return { ok: true, value: answer.button.value };
        await ctx.reply(t('frequencyPrompt'), { reply_markup: keyboard });
      }
    }

    async function askHour(): Promise<Step<number>> {
      const keyboard = new InlineKeyboard();
      for (const h of HOUR_BUTTONS)
        keyboard.text(`${String(h).padStart(2, '0')}:00`, encodeDigestButton({ kind: 'hour', value: h }));
      await ctx.reply(t('hourPrompt'), { parse_mode: 'HTML', reply_markup: keyboard });
      for (;;) {
        const answer = await nextAnswer();
        if (!answer) return cancelled;
        if (answer.button?.kind === 'hour') return { ok: true, value: answer.button.value };
        if (answer.text === undefined) continue;
        const parsed = parseHour(answer.text);
        if (parsed.ok) return parsed;
        await ctx.reply(
          t('hourBad', { input: escapeHtml(answer.text.slice(0, 50)), why: t(`hourWhy_${parsed.reason}`) }),
          {
            parse_mode: 'HTML',
            reply_markup: keyboard,
          },
        );
      }
    }

    async function askZone(): Promise<Step<string>> {
      const keyboard = new InlineKeyboard();
      ZONE_BUTTONS.forEach((zone, i) => {
        keyboard.text(zone, encodeDigestButton({ kind: 'zone', value: zone }));
        if (i % 2 === 1) keyboard.row();
      });
      await ctx.reply(t('zonePrompt'), { parse_mode: 'HTML', reply_markup: keyboard });
      for (;;) {
        const answer = await nextAnswer();
        if (!answer) return cancelled;
        const input = answer.button?.kind === 'zone' ? answer.button.value : answer.text;
        if (input === undefined) continue;
        const zone = resolveTimeZone(input);
        if (zone.ok) return zone;
        await ctx.reply(t('zoneBad', { input: escapeHtml(input.slice(0, 50)) }), {
          parse_mode: 'HTML',
          reply_markup: keyboard,
        });
      }
    }

    async function askNothingNew(): Promise<Step<boolean>> {
      const keyboard = new InlineKeyboard()
        .text(t('silent'), encodeDigestButton({ kind: 'nothing-new', note: false }))
        .text(t('note'), encodeDigestButton({ kind: 'nothing-new', note: true }));
      await ctx.reply(t('nothingNewPrompt'), { reply_markup: keyboard });
      for (;;) {
        const answer = await nextAnswer();
        if (!answer) return cancelled;
        if (answer.button?.kind === 'nothing-new') return { ok: true, value: answer.button.note };
        await ctx.reply(t('nothingNewPrompt'), { reply_markup: keyboard });
      }
    }
  };
}

/** Labels of stored topic keys, for messages outside the conversation. */
export function topicLabels(service: DigestService, topics: readonly string[], lang: Lang): string {
  return topics.map((key) => topicLabel(service.kb(), key, lang)).join(', ');
}
