import type { Chat, InlineQuery, Message, MessageEntity, Update, User } from 'grammy/types';

/**
 * Builders for the updates a test injects into the fake Telegram server.
 * They produce the shapes Telegram sends (ids and dates filled in by the server), so a test
 * reads as "a user writes X in a group" rather than as a page of JSON.
 */

/** An update without its update_id: the server numbers updates in the order they are injected. */
export type UpdateBody = Omit<Update, 'update_id'>;

/** A chat people write in (not a channel): what a message update carries. */
export type UserChat = Exclude<Chat, Chat.ChannelChat>;

/** A text message as it arrives in a `message` update. */
export type IncomingText = Message.TextMessage & Update.NonChannel;

export const DEFAULT_USER: User = {
  id: 7001,
  is_bot: false,
  first_name: 'Anna',
  username: 'analyst_anna',
  language_code: 'en',
};

export function privateChat(user: User = DEFAULT_USER): Chat.PrivateChat {
  return { id: user.id, type: 'private', first_name: user.first_name, username: user.username };
}

export function groupChat(id = -100_200_300, title = 'Analysts'): Chat.SupergroupChat {
  return { id, type: 'supergroup', title };
}

export interface MessageOptions {
  from?: User;
  messageId: number;
  date: number;
  entities?: MessageEntity[];
  replyTo?: Message;
}

export function textMessage(chat: UserChat, text: string, options: MessageOptions): IncomingText {
  const message: IncomingText = {
    message_id: options.messageId,
    date: options.date,
    chat,
    from: options.from ?? DEFAULT_USER,
    text,
  };
  if (options.entities?.length) message.entities = options.entities;
  if (options.replyTo) message.reply_to_message = options.replyTo as Message.TextMessage['reply_to_message'];
  return message;
}

/** "@bot question": the text starts with the mention, marked by a `mention` entity as Telegram does. */
export function mentionText(botUsername: string, question: string): { text: string; entities: MessageEntity[] } {
  const mention = `@${botUsername}`;
  return { text: `${mention} ${question}`, entities: [{ type: 'mention', offset: 0, length: mention.length }] };
}

/** "/ask question": a bot_command entity over the command, as Telegram marks it. */
export function commandText(command: string, rest = ''): { text: string; entities: MessageEntity[] } {
  const head = command.startsWith('/') ? command : `/${command}`;
  return { text: rest ? `${head} ${rest}` : head, entities: [{ type: 'bot_command', offset: 0, length: head.length }] };
}

export function inlineQuery(id: string, query: string, from: User = DEFAULT_USER, offset = ''): InlineQuery {
  return { id, from, query, offset, chat_type: 'sender' };
}
