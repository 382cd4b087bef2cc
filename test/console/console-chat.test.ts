import { PassThrough, Readable, Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot/index.ts';
import { createChatContextStore } from '../../src/bot/stores/chat-context-store.ts';
import { openMemoryPrefsStore } from '../../src/bot/stores/prefs-store.ts';
import { OFFLINE_BOT_INFO } from '../../src/console/bot-info.ts';
import { runConsoleChat } from '../../src/console/console-chat.ts';
import { renderHtml } from '../../src/console/render.ts';
import { fakeKb, KELLOGG, RELEASES } from '../bot/fake-kb.ts';

async function chat(lines: string[], options: { interactive?: boolean } = {}) {
  const kb = fakeKb({
    [KELLOGG.question]: KELLOGG,
    [RELEASES.question]: RELEASES,
    'When did Keith Kellogg visit Minsk?': KELLOGG,
  });
  const bot = createBot(
    'console',
    {
      kb: () => kb,
      settings: { adminIds: [], rateLimitMax: Number.MAX_SAFE_INTEGER, rateLimitWindowMs: 1000, inlinePageSize: 5 },
      log: pino({ level: 'silent' }),
      clock: () => new Date(0),
      prefs: await openMemoryPrefsStore(),
      chatContexts: createChatContextStore(),
    },
    { botInfo: OFFLINE_BOT_INFO },
  );
  let printed = '';
  const output = new Writable({
    write(chunk, _enc, done) {
      printed += String(chunk);
      done();
    },
  });
  await runConsoleChat({
    bot,
    input: Readable.from(lines.map((l) => `${l}\n`)),
    output,
    interactive: options.interactive ?? false,
  });
  return { printed, kb };
}

describe('console chat', () => {
  it('answers a piped question with the quote indented and the source, then ends at EOF', async () => {
    const { printed } = await chat([KELLOGG.question]);
    expect(printed).toContain(`you> ${KELLOGG.question}`);
    expect(printed).toContain('Kellogg visited Minsk on 21 June 2025.');
    expect(printed).toContain(
      '  ┃ 21 июня американская делегация во главе с генералом Китом Келлогом совершила визит в Минск.',
    );
    expect(printed).toContain('[1] Визит Келлога <в> Минск & итоги, 2025-06-22');
    expect(printed).not.toMatch(/<\/?(b|i|blockquote)>|&amp;|&lt;/);
  });

  it('prints buttons as numbered options, and typing the number presses the button', async () => {
    const { printed, kb } = await chat(['/start', '/1', '/2']);
    expect(printed).toContain('[/1] When did Keith Kellogg visit Minsk?');
    expect(printed).toContain('❓ When did Keith Kellogg visit Minsk?');
    expect(kb.asked.map((a) => a.question)).toEqual([
      'When did Keith Kellogg visit Minsk?',
      'How many prisoners were released in September 2025?',
    ]);
  });

  it('shows the context of a quote through its button', async () => {
    const { printed } = await chat([KELLOGG.question, '/1']);
    expect(printed).toContain('Context — Визит Келлога <в> Минск & итоги, 2025-06-22:');
    expect(printed).toContain('Это <важно> & ново.');
  });

  it('treats a number without a button as a question and survives blank lines', async () => {
    const { printed, kb } = await chat(['', '/99', '   ']);
    expect(kb.asked).toEqual([]);
    expect(printed).toContain('I do not know that command. See /help.');
  });

  it('answers follow-ups with the previous context, as in Telegram', async () => {
    const { kb } = await chat([KELLOGG.question, 'and then?']);
    expect(kb.asked[1]?.options?.context).toEqual(KELLOGG.context);
  });

  it('waits for lines typed later (an interactive stream) and prompts', async () => {
    const kb = fakeKb({ [KELLOGG.question]: KELLOGG });
    const bot = createBot(
      'console',
      {
        kb: () => kb,
        settings: { adminIds: [], rateLimitMax: 1000, rateLimitWindowMs: 1000, inlinePageSize: 5 },
        log: pino({ level: 'silent' }),
        clock: () => new Date(0),
        prefs: await openMemoryPrefsStore(),
        chatContexts: createChatContextStore(),
      },
      { botInfo: OFFLINE_BOT_INFO },
    );
    const input = new PassThrough();
    let printed = '';
    const output = new Writable({
      write(chunk, _enc, done) {
        printed += String(chunk);
        done();
      },
    });
    const done = runConsoleChat({ bot, input, output, interactive: true });
    input.write(`${KELLOGG.question}\n`);
    await new Promise((r) => setTimeout(r, 50));
    expect(printed).toContain('Kellogg visited Minsk');
    input.end();
    await done;
    expect(printed.match(/you> /g)?.length).toBe(2);
  });
});

describe('renderHtml', () => {
  it.each([
    ['<b>bold</b> &amp; <i>it</i>', {}, 'bold & it'],
    ['<blockquote>one\ntwo</blockquote>\n[1] src', {}, '  ┃ one\n  ┃ two\n[1] src'],
    ['<a href="https://x.example">link</a>', {}, 'link (https://x.example)'],
    ['&lt;tag&gt; &quot;q&quot; &#1046;', {}, '<tag> "q" Ж'],
    ['<b>x</b>', { color: true }, '\u001b[1mx\u001b[0m'],
  ])('renders %j', (html, options, expected) => {
    expect(renderHtml(html, options)).toBe(expected);
  });
});
