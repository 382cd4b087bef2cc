import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Bot } from 'grammy';
import type { MessageEntity, Update, User } from 'grammy/types';
import type { BotContext } from '../bot/context.ts';
import { installConsoleApi } from './console-api.ts';

export interface ConsoleChatOptions {
  /** The same bot as in Telegram (createBot with `botInfo`), not a second code path. */
  bot: Bot<BotContext>;
  input: Readable;
  output: Writable;
  /** Prompt and colours for a person at a terminal; off for piped input. Default: output.isTTY. */
  interactive?: boolean;
  /** Who is typing; language_code picks the interface language. */
  user?: User;
}

const CONSOLE_USER: User = { id: 1_000_001, is_bot: false, first_name: 'You', language_code: 'en' };

/**
 * A private chat with the bot in the terminal. Each line is fed to the bot as a message update;
 * "/n" presses button n. Resolves at end of input (Ctrl-D, or EOF of a pipe) once every line is answered.
 */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { bot, input, output } = options;
  const interactive = options.interactive ?? Boolean((output as Writable & { isTTY?: boolean }).isTTY);
  const user = options.user ?? CONSOLE_USER;
  const chat = { id: user.id, type: 'private' as const, first_name: user.first_name };
  const print = (text: string) => void output.write(`${text}\n`);
  const api = installConsoleApi(bot, print, { color: interactive, chatId: chat.id });

  let updateId = 1;
  let messageId = 1;
  const now = () => Math.floor(Date.now() / 1000);

  print(
    'Briefbot console chat: type a question (English or Russian), /help for commands, /1, /2... to press a button.',
  );
  if (interactive) print('Ctrl-D to quit.\n');

  const lines = createInterface({ input, terminal: false });
  const prompt = () => interactive && output.write('you> ');
  prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      prompt();
      continue;
    }
    if (!interactive) print(`you> ${line}`);
    const pressed = /^\/(\d+)$/.exec(line);
    const button = pressed ? api.button(Number(pressed[1])) : undefined;
    const update: Update = button
      ? {
          update_id: updateId++,
          callback_query: {
            id: String(updateId),
            from: user,
            chat_instance: 'console',
            data: button.data,
            message: { message_id: button.messageId, date: now(), chat, text: '' },
          },
        }
      : {
          update_id: updateId++,
          message: {
            message_id: messageId++,
            date: now(),
            chat,
            from: user,
            text: line,
            entities: commandEntity(line),
          },
        };
    // handleUpdate runs the whole middleware stack; errors are already turned into replies by the bot.
    await bot.handleUpdate(update);
    prompt();
  }
  if (interactive) print('');
}

/** grammY recognises commands by their entity, as Telegram sends it. */
function commandEntity(text: string): MessageEntity[] {
  const command = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(text);
  return command ? [{ type: 'bot_command', offset: 0, length: command[0].length }] : [];
}
