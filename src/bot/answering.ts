import { randomBytes } from 'node:crypto';
import type { InlineKeyboard } from 'grammy';
import type { Message, MessageEntity, UserFromGetMe } from 'grammy/types';
import type { Answer } from '../knowledge/index.ts';
import type { BotApp } from './app.ts';
import type { BotContext } from './context.ts';
import { CITATIONS_PER_MESSAGE, formatAnswer } from './format/answer.ts';
import { bold, escapeHtml, italic } from './format/html.ts';
import { answerKeyboard } from './format/keyboards.ts';
import { splitHtml } from './format/split.ts';

export interface ReplyOptions {
  /** Thread the answer under this message (the question), so a button can find the question later. */
  replyTo?: number;
  /** Repeat the question above the answer (when it came from a button, not typed). */
  echoQuestion?: boolean;
  /** The question was edited: replace the answer sent to its first version where Telegram allows. */
  edited?: boolean;
}

/**
 * Asks the knowledge base with the chat's follow-up context and sends the formatted answer.
 * The only place the bot calls kb.answer for a chat.
 */
export async function replyWithAnswer(
  ctx: BotContext,
  app: BotApp,
  question: string,
  options: ReplyOptions = {},
): Promise<Answer> {
  const chatId = ctx.chat?.id;
  const context = chatId === undefined ? undefined : app.chatContexts.get(chatId);
  const answer = app.answerCache.answer(app.kb(), question, { lang: ctx.answerLang, context });
  if (chatId !== undefined) app.chatContexts.set(chatId, answer.context);
  app.log.debug(
    { chatId, intent: answer.intent, answered: answer.answered, citations: answer.citations.length },
    'answered',
  );

  // Only a "more sources" button needs the answer kept; most answers show all their citations.
  const key = answer.citations.length > CITATIONS_PER_MESSAGE ? newAnswerKey() : undefined;
  if (key !== undefined) app.answers.set(key, answer);
  const body = formatAnswer(answer, ctx.t);
  const html = options.echoQuestion ? `${italic(`❓ ${escapeHtml(question)}`)}\n\n${body}` : body;
  const keyboard = answerKeyboard(answer, ctx.t, key);
  const questionKey =
    chatId !== undefined && options.replyTo !== undefined ? `${chatId}:${options.replyTo}` : undefined;
  const earlier = questionKey === undefined ? undefined : app.answerMessages.get(questionKey);
  const chunks = splitHtml(html);
  if (options.edited && earlier !== undefined && chunks.length === 1 && chatId !== undefined) {
    try {
      await ctx.api.editMessageText(chatId, earlier, chunks[0] ?? html, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        reply_markup: keyboard,
      });
      return answer;
    } catch (error) {
      // Too old to edit, deleted, or unchanged: a new reply is the next best thing.
      app.log.debug({ err: String(error) }, 'could not edit the earlier answer');
    }
  }
  const sent = await sendChunks(ctx, chunks, { keyboard, replyTo: options.replyTo });
  if (questionKey !== undefined && sent[0] !== undefined) app.answerMessages.set(questionKey, sent[0]);
  return answer;
}

/** Sends HTML in as many messages as it takes; the keyboard goes under the last one. */
export async function sendHtml(
  ctx: BotContext,
  html: string,
  options: { keyboard?: InlineKeyboard; replyTo?: number } = {},
): Promise<number[]> {
  return sendChunks(ctx, splitHtml(html), options);
}

async function sendChunks(
  ctx: BotContext,
  chunks: readonly string[],
  options: { keyboard?: InlineKeyboard; replyTo?: number },
): Promise<number[]> {
  const ids: number[] = [];
  for (const [i, chunk] of chunks.entries()) {
    const last = i === chunks.length - 1;
    const sent = await ctx.reply(chunk, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      reply_markup: last ? options.keyboard : undefined,
      reply_parameters:
        i === 0 && options.replyTo !== undefined
          ? { message_id: options.replyTo, allow_sending_without_reply: true }
          : undefined,
    });
    if (sent?.message_id !== undefined) ids.push(sent.message_id);
  }
  return ids;
}

/** Answer text for a single message (inline results): the first chunk only. */
export function firstChunk(html: string): string {
  return splitHtml(html)[0] ?? bold('…');
}

/**
 * The question in a message addressed to the bot: the text without "/ask", "/ask@bot" or "@bot".
 * Returns undefined when nothing is left.
 */
export function questionFromText(
  text: string,
  entities: readonly MessageEntity[] | undefined,
  me: UserFromGetMe,
): string | undefined {
  let question = text;
  // Remove mentions of this bot by their entity offsets, last first so earlier offsets stay valid.
  const mentions = (entities ?? [])
    .filter(
      (e) =>
        e.type === 'mention' &&
        text.slice(e.offset + 1, e.offset + e.length).toLowerCase() === me.username.toLowerCase(),
    )
    .sort((a, b) => b.offset - a.offset);
  for (const m of mentions) question = question.slice(0, m.offset) + question.slice(m.offset + m.length);
  question = question.replace(/^\/(ask|timeline)(@\w+)?(\s|$)/i, '').trim();
  return question === '' ? undefined : question;
}

/** Does this message address the bot in a group: a mention of it, or a reply to one of its messages? */
export function addressesBot(message: Message, me: UserFromGetMe): boolean {
  if (message.reply_to_message?.from?.id === me.id) return true;
  const text = message.text ?? message.caption ?? '';
  const entities = message.entities ?? message.caption_entities ?? [];
  return entities.some(
    (e) =>
      (e.type === 'mention' &&
        text.slice(e.offset + 1, e.offset + e.length).toLowerCase() === me.username.toLowerCase()) ||
      (e.type === 'text_mention' && e.user.id === me.id),
  );
}

/**
 * A random prefix per process, so a button from before a restart finds no answer rather than another one,
 * then a counter: no random bytes per answer. Url-safe, no "|" (the callback separator), 5 to 8 characters
 * for the first 1.6 million answers.
 */
const ANSWER_KEY_PREFIX = randomBytes(3).toString('base64url');
let answerKeys = 0;

function newAnswerKey(): string {
  answerKeys++;
  return ANSWER_KEY_PREFIX + answerKeys.toString(36);
}
