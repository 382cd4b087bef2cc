import { access, copyFile, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { InlineKeyboardButton, Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, makeDataDir, REPO_ROOT, spawnBot, tail } from './bot-process.ts';
import { waitUntilPolling } from './e2e-helpers.ts';
import { FakeTelegramServer, type RecordedCall } from './fake-telegram-server.ts';
import { DEFAULT_USER, privateChat } from './telegram-updates.ts';

/**
 * Digest subscriptions end to end: the real bot process (what `npm start` runs) against the fake
 * Telegram API. A user goes through /subscribe by pressing its buttons ("Everything", "as soon as new
 * documents arrive"), gets the briefing, then a new document is copied into the sources directory:
 * the watcher rebuilds the fact store and the subscriber gets "What is new", quoting the new document.
 */

const TOKEN = '123456:TEST-digest-token';
const START_TIMEOUT_MS = 45_000;
const STEP_TIMEOUT_MS = 15_000;
/** Debounce (2 s), rebuild of the fact store, then the broadcast. */
const NEW_DOCUMENT_TIMEOUT_MS = 30_000;
const NEW_DOCUMENT = join(REPO_ROOT, 'test', 'fixtures', 'sources', 'moldova-us-envoy-2024.md');

const analyst = { ...DEFAULT_USER, id: 7301, first_name: 'Vera', username: 'vera_analyst' };
const chat = privateChat(analyst);

describe('digest subscriptions in the bot process against a fake Telegram API', () => {
  let fake: FakeTelegramServer;
  let bot: BotProcess | undefined;
  let data: Awaited<ReturnType<typeof makeDataDir>>;

  beforeAll(async () => {
    fake = await FakeTelegramServer.start();
    data = await makeDataDir();
    bot = await spawnBot({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATA_DIR: data.dir,
      LOG_LEVEL: 'info',
      WATCH_SOURCES: 'true',
      // Every button press is an update: keep the flood limit out of the way of the conversation.
      RATE_LIMIT_MAX: '100',
    });
    await waitUntilPolling(fake, bot);
  }, START_TIMEOUT_MS + 5_000);

  afterAll(async () => {
    await bot?.kill();
    await fake?.close();
    await data?.remove();
  });

  it('subscribes through the /subscribe buttons and sends the briefing with citations', async () => {
    const since = fake.mark();
    fake.command(chat, 'subscribe', '', analyst);

    let prompt = await nextPrompt(since);
    expect(prompt.text).toMatch(/which topics/i);
    prompt = await press(prompt, /^everything$/i);

    expect(prompt.text).toMatch(/how often/i);
    let next: Prompt | undefined = await press(prompt, /new documents/i);
    // Whatever else the conversation asks (hour and time zone for scheduled digests, the "nothing new"
    // choice): the first button, or staying silent when there is nothing new.
    for (let steps = 0; next && steps < 4; steps++) next = await pressOrFinish(next);

    const saved = await waitForText(since, (text) => /subscribed/i.test(text));
    expect(saved).toMatch(/as soon as new documents arrive/i);
    const briefing = await waitForText(since, (text) => text.includes('<blockquote>'));
    expect(briefing).toMatch(/^<b>Briefing/);
  });

  it(
    'sends the new facts when a document is added to the sources directory',
    async () => {
      const since = fake.mark();
      await copyFile(NEW_DOCUMENT, join(data.dir, 'sources', basename(NEW_DOCUMENT)));

      const digest = await waitForText(since, (text) => text.includes('<blockquote>'), NEW_DOCUMENT_TIMEOUT_MS);
      expect(digest).toMatch(/^<b>What is new/);
      const document = squash(await readFile(NEW_DOCUMENT, 'utf8'));
      const quotes = blockquotes(digest);
      expect(quotes.length).toBeGreaterThan(0);
      // Every citation is verbatim from the document just added (its start: long quotes are cut with "…").
      for (const quote of quotes)
        expect(document, `quote not in ${basename(NEW_DOCUMENT)}`).toContain(quote.slice(0, 40));
      expect(bot?.output()).toMatch(/sources changed: knowledge base reloaded/);
    },
    NEW_DOCUMENT_TIMEOUT_MS + 5_000,
  );

  it('exits with code 0 within 5 s of SIGTERM and releases the subscriptions file', async () => {
    const process = bot as BotProcess;
    const { code, signal } = await process.stop(5_000);
    expect({ code, signal }, tail(process.output())).toEqual({ code: 0, signal: null });
    const stored = JSON.parse(await readFile(join(data.dir, 'subscriptions.json'), 'utf8')) as {
      subscriptions: { chatId: number; status: string }[];
    };
    expect(stored.subscriptions).toEqual([expect.objectContaining({ chatId: analyst.id, status: 'active' })]);
    await expect(access(join(data.dir, 'subscriptions.json.lock'))).rejects.toThrow();
  });

  // ---- helpers ----------------------------------------------------------------------------

  interface Prompt {
    text: string;
    message: Message;
    buttons: (InlineKeyboardButton & { callback_data: string })[];
  }

  /** The next message to our chat (at or after `since`) that carries callback buttons. */
  async function nextPrompt(since: number): Promise<Prompt> {
    const call = await step(
      fake.waitForCall((c) => isToChat(c) && callbackButtons(c).length > 0, { since, timeoutMs: STEP_TIMEOUT_MS }),
    );
    return { text: String(call.params.text), message: call.result as Message, buttons: callbackButtons(call) };
  }

  /** Presses the button whose label matches, waits until the press is answered, returns the next prompt. */
  async function press(prompt: Prompt, label: RegExp): Promise<Prompt> {
    const button = prompt.buttons.find((b) => label.test(b.text));
    expect(button, `no button ${label} under "${prompt.text}"`).toBeDefined();
    const since = fake.mark();
    await pressButton(prompt, button?.callback_data ?? '');
    return nextPrompt(since);
  }

  /** Answers one more question of the conversation, or returns undefined once it has said "Subscribed". */
  async function pressOrFinish(prompt: Prompt): Promise<Prompt | undefined> {
    const button = prompt.buttons.find((b) => /silent/i.test(b.text)) ?? prompt.buttons[0];
    const since = fake.mark();
    await pressButton(prompt, button?.callback_data ?? '');
    const call = await step(
      fake.waitForCall((c) => isToChat(c) && (callbackButtons(c).length > 0 || /subscribed/i.test(textOf(c))), {
        since,
        timeoutMs: STEP_TIMEOUT_MS,
      }),
    );
    if (callbackButtons(call).length === 0) return undefined;
    return { text: textOf(call), message: call.result as Message, buttons: callbackButtons(call) };
  }

  async function pressButton(prompt: Prompt, data: string): Promise<void> {
    const since = fake.mark();
    const id = fake.callbackQuery(prompt.message, data, analyst);
    await step(
      fake.waitForCall((c) => c.method === 'answerCallbackQuery' && c.params.callback_query_id === id, {
        since,
        timeoutMs: STEP_TIMEOUT_MS,
      }),
    );
  }

  /** The text of the first accepted sendMessage to our chat (at or after `since`) that passes `test`. */
  async function waitForText(since: number, test: (text: string) => boolean, timeoutMs = STEP_TIMEOUT_MS) {
    const call = await step(fake.waitForCall((c) => isToChat(c) && test(textOf(c)), { since, timeoutMs }));
    return textOf(call);
  }

  /** Adds what the chat got and what the bot printed to a failed wait. */
  async function step<T>(waiting: Promise<T>): Promise<T> {
    try {
      return await waiting;
    } catch (err) {
      const sent = fake
        .callsOf('sendMessage')
        .filter(isToChat)
        .map((c) => textOf(c).slice(0, 200))
        .join('\n---\n');
      throw new Error(
        `${(err as Error).message}\nsent to the chat:\n${sent || '(nothing)'}\nbot output:\n${tail(bot?.output() ?? '')}`,
      );
    }
  }
});

function isToChat(call: RecordedCall): boolean {
  return call.method === 'sendMessage' && !call.fault && Number(call.params.chat_id) === analyst.id;
}

function textOf(call: RecordedCall): string {
  return String(call.params.text ?? '');
}

function callbackButtons(call: RecordedCall): (InlineKeyboardButton & { callback_data: string })[] {
  const markup = call.params.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined;
  return (markup?.inline_keyboard ?? [])
    .flat()
    .filter((b): b is InlineKeyboardButton & { callback_data: string } => 'callback_data' in b);
}

/** The quoted text of each `<blockquote>`, unescaped, whitespace squashed, without a closing "…". */
function blockquotes(html: string): string[] {
  return [...html.matchAll(/<blockquote>([\s\S]*?)<\/blockquote>/g)].map((m) =>
    squash((m[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s*…$/, '')),
  );
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
