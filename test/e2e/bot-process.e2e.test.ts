import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, makeDataDir, spawnBot, tail } from './bot-process.ts';
import { sleep, waitFor, waitUntilPolling } from './e2e-helpers.ts';
import { FakeTelegramServer, type RecordedCall } from './fake-telegram-server.ts';
import { DEFAULT_USER, groupChat } from './telegram-updates.ts';

/**
 * The real bot process (what `npm start` runs) against the fake Telegram API on 127.0.0.1.
 * One bot serves the feature scenarios in order; two more runs check that API failures
 * never print the token. Each scenario uses its own user, so the per-user rate limiter
 * cannot turn one test's question into another test's "slow down" notice.
 */

const TOKEN = '123456:TEST-secret-token-xyz';
const TOKEN_SECRET = 'TEST-secret-token-xyz';
const QUESTION = 'When did Kellogg visit Minsk?';
const START_TIMEOUT_MS = 45_000;
const REPLY_TIMEOUT_MS = 15_000;

const user = (id: number, first_name: string) => ({ ...DEFAULT_USER, id, first_name, username: `user${id}` });

async function startBot(fake: FakeTelegramServer, dataDir: string): Promise<BotProcess> {
  return spawnBot({
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATA_DIR: dataDir,
    // The most talkative level: the token must stay out of debug lines too.
    LOG_LEVEL: 'debug',
  });
}

function sentTo(fake: FakeTelegramServer, chatId: number, since: number): RecordedCall[] {
  return fake.callsOf('sendMessage', since).filter((c) => !c.fault && Number(c.params.chat_id) === chatId);
}

function textOf(calls: RecordedCall[]): string {
  return calls.map((c) => String(c.params.text ?? '')).join('\n');
}

/** Waits until the messages sent to `chatId` since `since` hold a cited answer mentioning `expected`. */
async function waitForCitedAnswer(
  fake: FakeTelegramServer,
  bot: BotProcess,
  chatId: number,
  since: number,
  expected = '21',
): Promise<RecordedCall[]> {
  const done = (): boolean => {
    const text = textOf(sentTo(fake, chatId, since));
    return text.includes('<blockquote') && text.includes(expected);
  };
  try {
    await fake.waitForCall(() => done(), { since, timeoutMs: REPLY_TIMEOUT_MS });
  } catch (err) {
    const sent = textOf(sentTo(fake, chatId, since));
    throw new Error(
      `${(err as Error).message}\nsent to chat ${chatId}: ${sent || '(nothing)'}\nbot output:\n${tail(bot.output())}`,
    );
  }
  return sentTo(fake, chatId, since);
}

function repliesTo(call: RecordedCall): number | undefined {
  const params = call.params as { reply_to_message_id?: number; reply_parameters?: { message_id?: number } };
  return params.reply_parameters?.message_id ?? params.reply_to_message_id;
}

function expectNoToken(output: string): void {
  expect(output.includes(TOKEN), 'the full bot token appears in the output').toBe(false);
  expect(output.includes(TOKEN_SECRET), 'the secret part of the token appears in the output').toBe(false);
}

describe('the bot process against a fake Telegram API', () => {
  let fake: FakeTelegramServer;
  let bot: BotProcess | undefined;
  let data: Awaited<ReturnType<typeof makeDataDir>>;
  /** Messages the bot sent in answer to the private question: the button test presses one of theirs. */
  let privateAnswer: RecordedCall[] = [];
  let privateAskedAt = 0;
  let groupAnswerCount = 0;

  beforeAll(async () => {
    fake = await FakeTelegramServer.start();
    data = await makeDataDir();
    bot = await startBot(fake, data.dir);
    await waitUntilPolling(fake, bot);
  }, START_TIMEOUT_MS + 5_000);

  afterAll(async () => {
    await bot?.kill();
    await fake?.close();
    await data?.remove();
  });

  it('answers a question in a private chat with a cited quote', async () => {
    const asker = user(7001, 'Anna');
    const mark = fake.mark();
    fake.privateMessage(QUESTION, asker);
    privateAskedAt = Date.now();
    privateAnswer = await waitForCitedAnswer(fake, bot as BotProcess, asker.id, mark);
    expect(privateAnswer[0]?.params.parse_mode).toBe('HTML');
    for (const call of privateAnswer) expect(String(call.params.text).length).toBeLessThanOrEqual(4096);
  });

  it('answers a question in a group when mentioned', async () => {
    const chat = groupChat(-100_001, 'Mentions');
    const mark = fake.mark();
    fake.groupMessage(QUESTION, { chat, mention: true, from: user(7002, 'Boris') });
    await waitForCitedAnswer(fake, bot as BotProcess, chat.id, mark);
    await quiet(fake);
    groupAnswerCount = sentTo(fake, chat.id, mark).length;
  });

  it('ignores a plain group message that neither mentions nor replies to the bot', async () => {
    const chat = groupChat(-100_002, 'Chatter');
    const mark = fake.mark();
    const plain = fake.groupMessage(QUESTION, { chat, from: user(7003, 'Clara') });
    // Updates of one chat are handled in order: once the mention is answered, the plain message was handled too.
    fake.groupMessage(QUESTION, { chat, mention: true, from: user(7004, 'Dmitri') });
    await waitForCitedAnswer(fake, bot as BotProcess, chat.id, mark);
    await quiet(fake);
    const sent = sentTo(fake, chat.id, mark);
    expect(sent.filter((c) => repliesTo(c) === plain.message_id)).toEqual([]);
    expect(sent.length, 'the group got more messages than one answer: the plain message was answered').toBe(
      groupAnswerCount,
    );
  });

  it('answers a group message that replies to one of its answers', async () => {
    const chat = groupChat(-100_001, 'Mentions');
    const botMessage = fake.callsOf('sendMessage').find((c) => Number(c.params.chat_id) === chat.id)?.result;
    expect(botMessage, 'the mention test left no bot message to reply to').toBeDefined();
    const mark = fake.mark();
    fake.groupMessage(QUESTION, { chat, from: user(7005, 'Elena'), replyTo: botMessage as Message });
    await waitForCitedAnswer(fake, bot as BotProcess, chat.id, mark);
  });

  it('answers an inline query with results', async () => {
    const mark = fake.mark();
    const id = fake.inlineQuery(QUESTION, user(7006, 'Fyodor'));
    const call = await fake.waitForCall((c) => c.method === 'answerInlineQuery' && c.params.inline_query_id === id, {
      since: mark,
      timeoutMs: REPLY_TIMEOUT_MS,
    });
    const results = call.params.results as unknown[];
    expect(Array.isArray(results) && results.length).toBeGreaterThan(0);
    expect(JSON.stringify(results)).toContain('21');
  });

  it('answers a press on a button under an answer', async () => {
    const withButton = privateAnswer
      .map((c) => c.result as Message | undefined)
      .find((m) => m?.reply_markup?.inline_keyboard.flat().some((b) => 'callback_data' in b));
    expect(withButton, 'the private answer has no inline button with callback_data').toBeDefined();
    const message = withButton as Message;
    const button = message.reply_markup?.inline_keyboard.flat().find((b) => 'callback_data' in b);
    const data = button && 'callback_data' in button ? button.callback_data : '';
    expect(Buffer.byteLength(data, 'utf8')).toBeLessThanOrEqual(64);
    // The same user as the question: keep clear of a one-per-second rate limit.
    await sleep(Math.max(0, privateAskedAt + 1_100 - Date.now()));
    const mark = fake.mark();
    const id = fake.callbackQuery(message, data, user(7001, 'Anna'));
    await fake.waitForCall((c) => c.method === 'answerCallbackQuery' && c.params.callback_query_id === id, {
      since: mark,
      timeoutMs: REPLY_TIMEOUT_MS,
    });
  });

  it('still delivers the answer when sendMessage first gets 429 with retry_after', async () => {
    const asker = user(7007, 'Galina');
    // The button press may still be sending: the 429 must hit this question's answer, not that.
    await quiet(fake);
    fake.failNext('sendMessage', 1, { kind: '429', retryAfter: 1 });
    const mark = fake.mark();
    fake.privateMessage(QUESTION, asker);
    await waitForCitedAnswer(fake, bot as BotProcess, asker.id, mark);
    const attempts = fake.callsOf('sendMessage', mark).filter((c) => Number(c.params.chat_id) === asker.id);
    expect(attempts[0]?.fault, 'the first sendMessage after the question was not the one that got 429').toBe('429');
    const retried = attempts.find((c) => !c.fault);
    expect((retried?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('exits with code 0 within 5 s of SIGTERM', async () => {
    const { code, signal } = await (bot as BotProcess).stop(5_000);
    expect({ code, signal }, tail((bot as BotProcess).output())).toEqual({ code: 0, signal: null });
  });

  it('never printed its token', () => {
    expect(fake.calls.every((c) => c.token === TOKEN), 'the bot did not use the token it was given').toBe(true);
    expectNoToken((bot as BotProcess).output());
  });
});

describe('no secret in logs when the Telegram API fails', () => {
  let fake: FakeTelegramServer;
  let bot: BotProcess | undefined;
  let data: Awaited<ReturnType<typeof makeDataDir>>;

  beforeAll(async () => {
    data = await makeDataDir();
  });

  afterAll(async () => {
    await bot?.kill();
    await fake?.close();
    await data?.remove();
  });

  it('reports a rejected token (401) without printing it', async () => {
    fake = await FakeTelegramServer.start();
    fake.failNext('*', Number.POSITIVE_INFINITY, { kind: '401' });
    bot = await startBot(fake, data.dir);
    const saysUnauthorized = (): boolean => /\b401\b|unauthori[sz]ed/i.test(bot?.output() ?? '');
    await waitFor(() => saysUnauthorized() || (bot?.hasExited() ?? true), START_TIMEOUT_MS);
    await sleep(200); // the last lines of a process that is exiting
    const reported = saysUnauthorized();
    const output = bot.output();
    await bot.kill();
    await fake.close();
    expect(reported, `the bot never reported the 401; output:\n${tail(output)}`).toBe(true);
    expect(fake.calls.length).toBeGreaterThan(0);
    expectNoToken(output);
  }, START_TIMEOUT_MS + 10_000);

  it('survives a 500 and a dropped connection on getUpdates, keeps answering, and prints no token', async () => {
    fake = await FakeTelegramServer.start();
    bot = await startBot(fake, data.dir);
    await waitUntilPolling(fake, bot);
    const mark = fake.mark();
    fake.failNext('getUpdates', 1, { kind: '500' });
    fake.failNext('getUpdates', 1, { kind: 'drop' });
    const asker = user(7101, 'Hanna');
    fake.privateMessage(QUESTION, asker);
    // The question may arrive in the poll that is already open; the next polls meet the faults.
    await waitForCitedAnswer(fake, bot, asker.id, mark);
    await fake.waitForCall((c) => c.method === 'getUpdates' && c.fault === 'drop', { since: mark, timeoutMs: 20_000 });
    const after = fake.mark();
    await fake.waitForCall((c) => c.method === 'getUpdates' && !c.fault, { since: after, timeoutMs: 20_000 });
    const again = user(7102, 'Igor');
    const askedAgain = fake.mark();
    fake.privateMessage(QUESTION, again);
    await waitForCitedAnswer(fake, bot, again.id, askedAgain);
    const { code } = await bot.stop(5_000);
    expect(code).toBe(0);
    expectNoToken(bot.output());
  }, 60_000);
});

/** Waits (at most 5 s) until the bot has made no call but getUpdates for 300 ms: replies on their way have arrived. */
async function quiet(fake: FakeTelegramServer): Promise<void> {
  const lastCallAt = (): number => fake.calls.filter((c) => c.method !== 'getUpdates').at(-1)?.at ?? 0;
  await waitFor(() => Date.now() - lastCallAt() >= 300, 5_000);
}
