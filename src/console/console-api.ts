import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Bot, InputFile } from 'grammy';
import type { InlineKeyboardButton, Message } from 'grammy/types';
import type { BotContext } from '../bot/context.ts';
import { renderHtml } from './render.ts';

/** A button printed as "/n" that typing "/n" presses. */
export interface ConsoleButton {
  number: number;
  data: string;
  messageId: number;
}

export interface ConsoleApi {
  /** The button printed with this number, if it is still remembered. */
  button(number: number): ConsoleButton | undefined;
}

/** Buttons remembered for "/n"; older numbers are forgotten. */
const BUTTONS_KEPT = 200;

/**
 * Replaces the network with the terminal: a grammY API transformer that prints what the bot sends
 * (rendered readable, buttons numbered) and returns what Telegram would, so the same bot runs offline.
 */
export function installConsoleApi(
  bot: Bot<BotContext>,
  print: (text: string) => void,
  options: { color?: boolean; chatId: number },
): ConsoleApi {
  const buttons = new Map<number, ConsoleButton>();
  let nextButton = 1;
  let nextMessageId = 1_000_000;

  const printButtons = (markup: unknown, messageId: number) => {
    const rows = (markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined)?.inline_keyboard ?? [];
    const lines: string[] = [];
    for (const button of rows.flat()) {
      if (!('callback_data' in button)) continue;
      const number = nextButton++;
      buttons.set(number, { number, data: button.callback_data, messageId });
      buttons.delete(number - BUTTONS_KEPT);
      lines.push(`  [/${number}] ${button.text}`);
    }
    if (lines.length > 0) print(lines.join('\n'));
  };

  bot.api.config.use(async (_prev, method, payload) => {
    const p = (payload ?? {}) as Record<string, unknown>;
    const ok = (result: unknown) => ({ ok: true as const, result }) as never;
    switch (method) {
      case 'sendMessage':
      case 'editMessageText': {
        const messageId = method === 'editMessageText' ? Number(p.message_id ?? 0) : nextMessageId++;
        const text = String(p.text ?? '');
        print(
          `${method === 'editMessageText' ? 'bot (edited)' : 'bot'}:\n${p.parse_mode === 'HTML' ? renderHtml(text, options) : text}\n`,
        );
        printButtons(p.reply_markup, messageId);
        const message: Message.TextMessage = {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: options.chatId, type: 'private', first_name: 'you' },
          text,
        };
        return ok(message);
      }
      case 'sendPhoto': {
        // A terminal cannot show a picture: write it to a file and print where it is.
        const path = await savePhoto(p.photo, nextMessageId);
        const caption = String(p.caption ?? '');
        print(
          `bot: 🖼 ${p.parse_mode === 'HTML' ? renderHtml(caption, options) : caption}\n  picture saved to ${path}\n`,
        );
        return ok({
          message_id: nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: options.chatId, type: 'private', first_name: 'you' },
          photo: [],
        });
      }
      case 'answerCallbackQuery':
        if (typeof p.text === 'string' && p.text) print(`(${p.text})\n`);
        return ok(true);
      case 'answerInlineQuery': {
        const results = (p.results as { title?: string; description?: string }[] | undefined) ?? [];
        print(results.map((r, i) => `  ${i + 1}. ${r.title ?? ''} — ${r.description ?? ''}`).join('\n'));
        return ok(true);
      }
      default:
        // sendChatAction, setMyCommands and the like have nothing to show.
        return ok(true);
    }
  });

  return { button: (number) => buttons.get(number) };
}

/** The bytes of a photo the bot sends (an InputFile), written to a temp file; returns the path. */
async function savePhoto(photo: unknown, id: number): Promise<string> {
  const path = join(tmpdir(), `briefbot-${process.pid}-${id}.png`);
  if (!(photo instanceof InputFile)) return `(not a file: ${String(photo)})`;
  await writeFile(path, await inputFileBytes(photo));
  return path;
}

/** What an InputFile holds, as one buffer (ours are always in memory). */
export async function inputFileBytes(file: InputFile): Promise<Buffer> {
  const raw = await file.toRaw();
  if (raw instanceof Uint8Array) return Buffer.from(raw);
  const chunks: Uint8Array[] = [];
  for await (const chunk of raw as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
