import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, makeDataDir, spawnBot, tail } from './bot-process.ts';
import { FakeTelegramServer, type RecordedCall } from './fake-telegram-server.ts';
import { DEFAULT_USER, privateChat } from './telegram-updates.ts';

/**
 * Issue 11 end to end: the real bot process against the fake Telegram API, as an analyst uses it.
 * A burst of questions does not cost the inline query its answer, a command inside /subscribe runs,
 * /timeline sends text and a PNG photo, /digest without a subscription sends a cited briefing.
 * Each scenario has its own user, so one scenario's flood cannot slow down another's.
 */

const TOKEN = '123456:TEST-analyst-token';
const START_TIMEOUT_MS = 45_000;
const STEP_TIMEOUT_MS = 20_000;
const QUESTION = 'When did Kellogg visit Minsk?';
const person = (id: number, first_name: string) => ({ ...DEFAULT_USER, id, first_name, username: `u${id}` });

describe('an analyst’s session with the bot process (issue 11)', () => {
  let fake: FakeTelegramServer;
  let bot: BotProcess;
  let data: Awaited<ReturnType<typeof makeDataDir>>;

  beforeAll(async () => {
    fake = await FakeTelegramServer.start();
    data = await makeDataDir();
    // The default flood limit (5 per 5 s): the burst below goes past it on purpose.
    bot = await spawnBot({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, DATA_DIR: data.dir, LOG_LEVEL: 'warn' });
    const died = bot.exited.then(({ code }) => {
      throw new Error(`the bot exited (code ${code}) before polling:\n${tail(bot.output())}`);
    });
    await Promise.race([fake.waitForCall((c) => c.method === 'getUpdates', { timeoutMs: START_TIMEOUT_MS }), died]);
  }, START_TIMEOUT_MS + 5_000);

  afterAll(async () => {
    await bot?.kill();
    await fake?.close();
    await data?.remove();
  });

  const sentTo = (chatId: number, since: number, method = 'sendMessage'): RecordedCall[] =>
    fake.callsOf(method, since).filter((c) => !c.fault && Number(c.params.chat_id) === chatId);
  const textTo = (chatId: number, since: number) => sentTo(chatId, since).map((c) => String(c.params.text ?? ''));
  const until = (chatId: number, since: number, done: (texts: string[]) => boolean) =>
    fake
      .waitForCall(() => done(textTo(chatId, since)), { since, timeoutMs: STEP_TIMEOUT_MS })
      .catch((err: Error) => {
        throw new Error(`${err.message}\nsent: ${textTo(chatId, since).join('\n---\n')}\n${tail(bot.output())}`);
      });

  it('answers every question of a burst, and an inline query sent after it', async () => {
    const analyst = person(7401, 'Olga');
    const mark = fake.mark();
    for (let i = 0; i < 7; i++) fake.privateMessage(QUESTION, analyst);
    const inline = fake.inlineQuery(QUESTION, analyst);
    const answered = await fake.waitForCall(
      (c) => c.method === 'answerInlineQuery' && c.params.inline_query_id === inline,
      { since: mark, timeoutMs: STEP_TIMEOUT_MS },
    );
    expect((answered.params.results as unknown[]).length).toBeGreaterThan(0);
    // Over the limit the questions wait their turn: all seven are answered, none is dropped.
    await until(analyst.id, mark, (texts) => texts.filter((t) => t.includes('<blockquote')).length >= 7);
    expect(textTo(analyst.id, mark).filter((t) => /answer each of them in turn/.test(t))).toHaveLength(1);
  }, 30_000);

  it('runs a command typed inside /subscribe', async () => {
    const analyst = person(7402, 'Pavel');
    const chat = privateChat(analyst);
    const mark = fake.mark();
    fake.command(chat, 'subscribe', '', analyst);
    await until(analyst.id, mark, (texts) => texts.some((t) => /Which topics/.test(t)));
    const help = fake.mark();
    fake.command(chat, 'help', '', analyst);
    await until(analyst.id, help, (texts) => texts.some((t) => /How to ask/.test(t)));
  });

  it('/timeline sends the chronology as text and a PNG chart as a photo', async () => {
    const analyst = person(7403, 'Rita');
    const mark = fake.mark();
    fake.command(privateChat(analyst), 'timeline', '', analyst);
    await until(analyst.id, mark, (texts) => texts.some((t) => t.includes('Timeline: US–Belarus relations')));
    const text = textTo(analyst.id, mark).join('\n');
    // One line per event: "<b>date</b> — what happened", the quote under it.
    expect(text).toMatch(/<b>[^<]*20\d\d<\/b> — [A-Z][^\n]*\n<blockquote>/);
    expect(text).toMatch(/\d+ events, oldest first/);
    expect(text).toContain('<blockquote>');
    const photo = await fake.waitForCall((c) => c.method === 'sendPhoto', { since: mark, timeoutMs: STEP_TIMEOUT_MS });
    // A multipart upload: the fake keeps the raw body. The PNG signature's "PNG" is in it.
    const body = String(photo.params.__unparsedBody ?? '');
    expect(body).toContain('PNG');
    expect(body.length).toBeGreaterThan(10_000);
  });

  it('/digest without a subscription sends a briefing with quotes and says how to subscribe', async () => {
    const analyst = person(7404, 'Semyon');
    const mark = fake.mark();
    fake.command(privateChat(analyst), 'digest', '', analyst);
    await until(analyst.id, mark, (texts) => texts.some((t) => /\/subscribe/.test(t)));
    const [briefing] = textTo(analyst.id, mark);
    expect(briefing).toContain('Briefing: key developments');
    expect(briefing?.match(/<blockquote>/g)?.length).toBeGreaterThanOrEqual(5);
  });
});
