import { describe, expect, it } from 'vitest';
import { decodeCallback, encodeCallback, sourceKey } from '../../src/bot/format/callback-data.ts';
import { fakeKb, KELLOGG, RELEASES } from './fake-kb.ts';
import { ADMIN, ALICE, BORIS, BOT, callback, GROUP, inlineQuery, message, testBot } from './harness.ts';
import { telegramHtmlProblems } from './telegram-html.ts';

const kb = () =>
  fakeKb({ [KELLOGG.question]: KELLOGG, [RELEASES.question]: RELEASES, 'Когда Келлог приезжал в Минск?': KELLOGG });

type Keyboard = { inline_keyboard: { text: string; callback_data?: string }[][] };
const buttons = (payload: Record<string, unknown>) =>
  ((payload.reply_markup as Keyboard | undefined)?.inline_keyboard ?? []).flat();

describe('private chat', () => {
  it.each([
    ['/start', /answers questions about the briefing documents/],
    ['/help', /@brief_test_bot/],
    ['/ask', /Write your question after the command/],
    ['/source', /Give a document id/],
    ['/source nope', /no document with id <code>nope<\/code>/],
    ['/sources', /<code>000<\/code> <b>Визит Келлога &lt;в&gt; Минск &amp; итоги<\/b>/],
    ['/source 000', /<b>21 Jun 2025<\/b> — visit\n<blockquote>21 июня американская &lt;делегация&gt;<\/blockquote>/],
    [
      '/lang',
      /Language of answers and of my messages \(menus, buttons, digests\)\. Current: <b>the language of each question<\/b>/,
    ],
    ['/nonsense', /do not know that command/],
    ['When did Kellogg visit Minsk?', /<b>Kellogg visited Minsk on 21 June 2025\.<\/b>/],
    ['Anything unknown', /<b>The documents do not say\.<\/b>/],
  ])('%s → %s', async (text, expected) => {
    const t = await testBot({ kb: kb() });
    await t.send(message(text));
    const sent = t.sent();
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.join('\n')).toMatch(expected);
    for (const html of sent) expect(telegramHtmlProblems(html)).toEqual([]);
  });

  it('answers a question with each citation as a blockquote with its title and date, and context buttons', async () => {
    const t = await testBot({ kb: kb() });
    await t.send(message('When did Kellogg visit Minsk?'));
    const [call] = t.only('sendMessage');
    const text = String(call?.payload.text);
    expect(text).toContain(
      '<blockquote>21 июня американская делегация во главе с генералом Китом Келлогом совершила визит в Минск.</blockquote>',
    );
    expect(text).toContain('[1] <i>Визит Келлога &lt;в&gt; Минск &amp; итоги</i>, 2025-06-22');
    expect(call?.payload.parse_mode).toBe('HTML');
    expect(buttons(call?.payload ?? {}).map((b) => decodeCallback(b.callback_data).kind)).toEqual(['context']);
  });

  it('shows three citations, mentions the rest, and offers "other sources"', async () => {
    const t = await testBot({ kb: kb() });
    await t.send(message(RELEASES.question));
    const [call] = t.only('sendMessage');
    expect(String(call?.payload.text)).toContain('1 more source(s) available.');
    expect(String(call?.payload.text)).toContain('Undated memo</i>, date unknown');
    expect(String(call?.payload.text)).toContain('&lt;incl. 14 foreigners&gt;');
    expect(buttons(call?.payload ?? {}).map((b) => decodeCallback(b.callback_data).kind)).toEqual([
      'context',
      'context',
      'context',
      'more',
    ]);
  });

  it('passes the previous answer context to a follow-up question in the same chat only', async () => {
    const fake = kb();
    const t = await testBot({ kb: fake });
    await t.send(message(KELLOGG.question));
    await t.send(message('and how many were released then?'));
    await t.send(message('first question of Boris', { from: BORIS }));
    expect(fake.asked.map((a) => a.options?.context)).toEqual([undefined, KELLOGG.context, undefined]);
  });

  it('shows the interface in Russian for a Russian Telegram client', async () => {
    const t = await testBot({ kb: kb() });
    await t.send(message('/start', { from: BORIS }));
    expect(t.sent()[0]).toContain('отвечает на вопросы');
    expect(buttons(t.only('sendMessage')[0]?.payload ?? {}).map((b) => b.text)).toEqual([
      'Когда Келлог приезжал в Минск?',
      'Сколько заключённых освободили в сентябре 2025 года?',
      'Какие санкции сняли США?',
    ]);
  });
});

describe('groups', () => {
  it.each([
    ['a plain message', 'When did Kellogg visit Minsk?', {}, undefined],
    ['/ask', '/ask When did Kellogg visit Minsk?', {}, 'When did Kellogg visit Minsk?'],
    ['/ask@this_bot', '/ask@brief_test_bot When did Kellogg visit Minsk?', {}, 'When did Kellogg visit Minsk?'],
    ['/ask@another_bot', '/ask@other_bot When did Kellogg visit Minsk?', {}, undefined],
    ['a mention', '@brief_test_bot When did Kellogg visit Minsk?', {}, 'When did Kellogg visit Minsk?'],
    ['a mention in the middle', 'When did Kellogg @brief_test_bot visit Minsk?', {}, 'When did Kellogg  visit Minsk?'],
    ['a mention of someone else', '@someone When did Kellogg visit Minsk?', {}, undefined],
    ['a reply to the bot', 'When did Kellogg visit Minsk?', { replyToBot: true }, 'When did Kellogg visit Minsk?'],
    ['an unknown command', '/nonsense', {}, undefined],
  ])('%s', async (_name, text, extra, asked) => {
    const fake = kb();
    const t = await testBot({ kb: fake });
    await t.send(message(text, { chat: GROUP, ...extra }));
    expect(fake.asked.map((a) => a.question)).toEqual(asked === undefined ? [] : [asked]);
    expect(t.only('sendMessage')).toHaveLength(asked === undefined ? 0 : 1);
    if (asked !== undefined)
      expect(t.only('sendMessage')[0]?.payload.reply_parameters).toMatchObject({ message_id: expect.any(Number) });
  });

  it.each([
    ['a sticker', { message: { message_id: 5, date: 0, chat: GROUP, from: ALICE, sticker: { file_id: 's' } } }],
    [
      'an edited message',
      { edited_message: { message_id: 5, date: 0, edit_date: 1, chat: GROUP, from: ALICE, text: 'x' } },
    ],
    [
      'a channel post',
      { channel_post: { message_id: 5, date: 0, chat: { id: -100, type: 'channel', title: 'C' }, text: 'x' } },
    ],
  ])('ignores %s', async (_name, update) => {
    const t = await testBot({ kb: kb() });
    await t.send(update as never);
    expect(t.calls).toEqual([]);
  });
});

describe('updates the bot cannot use, in a private chat', () => {
  const chat = { id: ALICE.id, type: 'private', first_name: 'Alice' };
  it.each([
    ['a sticker', { message: { message_id: 5, date: 0, chat, from: ALICE, sticker: { file_id: 's' } } }],
    ['a photo', { message: { message_id: 5, date: 0, chat, from: ALICE, photo: [] } }],
  ])('answers %s politely', async (_name, update) => {
    const t = await testBot({ kb: kb() });
    await t.send(update as never);
    expect(t.sent()).toEqual(['I can only read text. Please write your question as a message.']);
  });
});

describe('buttons', () => {
  const contextOf = (c = KELLOGG.citations[0]) =>
    encodeCallback({
      kind: 'context',
      sourceKey: sourceKey(c?.sourceId ?? ''),
      start: c?.start ?? 0,
      end: c?.end ?? 0,
    });

  it('every callback query is answered exactly once and every button fits in 64 bytes', async () => {
    const t = await testBot({ kb: kb() });
    await t.send(message('/start'));
    await t.send(message(RELEASES.question));
    await t.send(message('/lang'));
    const data = t
      .only('sendMessage')
      .flatMap((c) => buttons(c.payload))
      .map((b) => b.callback_data ?? '');
    expect(data.length).toBe(3 + 4 + 3);
    for (const d of data) expect(Buffer.byteLength(d)).toBeLessThanOrEqual(64);
    for (const d of [...data, 'garbage', '0|c|000|0|1']) {
      t.clear();
      await t.send(callback(d));
      expect(t.only('answerCallbackQuery')).toHaveLength(1);
    }
  });

  it.each([
    [
      'an example question',
      encodeCallback({ kind: 'example', lang: 'en', index: 0 }),
      /<i>❓ When did Keith Kellogg visit Minsk\?<\/i>/,
    ],
    [
      'the context of a quote, quote in bold',
      contextOf(),
      /<b>Context<\/b> — Визит Келлога &lt;в&gt; Минск &amp; итоги, 2025-06-22:\n<blockquote><b>21 июня американская делегация во главе с генералом Китом Келлогом совершила визит в Минск\.<\/b> Это &lt;важно&gt; &amp; ново\.<\/blockquote>/,
    ],
    ['the context of a long source id', contextOf(RELEASES.citations[2]), /A memo without a date\./],
    ['a source', encodeCallback({ kind: 'source', sourceKey: '003' }), /US &amp; Belarus/],
  ])('%s', async (_name, data, expected) => {
    const t = await testBot({ kb: kb() });
    await t.send(callback(data));
    expect(t.sent().join('\n')).toMatch(expected);
    expect(t.only('answerCallbackQuery')[0]?.payload.text).toBeUndefined();
  });

  it.each([
    ['an old layout version', '0|c|000|0|5', 'This button has expired. Please ask the question again.'],
    [
      'an unknown answer after a restart',
      encodeCallback({ kind: 'more', answerKey: 'gone1234' }),
      'This button has expired. Please ask the question again.',
    ],
    [
      'a passage no longer in the documents',
      encodeCallback({ kind: 'context', sourceKey: 'deleted', start: 0, end: 5 }),
      'That passage is no longer in the documents.',
    ],
    [
      'offsets past the end of the document',
      encodeCallback({ kind: 'context', sourceKey: '000', start: 99999, end: 100000 }),
      'That passage is no longer in the documents.',
    ],
  ])('says so clearly for %s', async (_name, data, alert) => {
    const t = await testBot({ kb: kb() });
    await t.send(callback(data));
    expect(t.sent()).toEqual([]);
    expect(t.only('answerCallbackQuery')[0]?.payload).toMatchObject({ text: alert, show_alert: true });
  });

  it('"other sources" shows the citations after the third, numbered on', async () => {
    const t = await testBot({ kb: kb() });
    await t.send(message(RELEASES.question));
    const more = buttons(t.only('sendMessage')[0]?.payload ?? {}).find(
      (b) => decodeCallback(b.callback_data).kind === 'more',
    );
    t.clear();
    await t.send(callback(more?.callback_data ?? ''));
    expect(t.sent()).toHaveLength(1);
    expect(t.sent()[0]).toMatch(/^<blockquote>See the report\.<\/blockquote>\n\[4\] <i>US &amp; Belarus/);
  });

  it('"other sources" after a restart asks again when the button replies to the question', async () => {
    const fake = kb();
    const t = await testBot({ kb: fake });
    await t.send(
      callback(encodeCallback({ kind: 'more', answerKey: 'gone1234' }), { replyTo: `/ask ${RELEASES.question}` }),
    );
    expect(fake.asked.map((a) => a.question)).toEqual([RELEASES.question]);
    expect(t.sent()[0]).toContain('[4]');
  });

  it('a context button under an inline message answers with an alert (there is no chat to write to)', async () => {
    const t = await testBot({ kb: kb() });
    await t.send(callback(contextOf(), { inline: true }));
    expect(t.sent()).toEqual([]);
    const alert = t.only('answerCallbackQuery')[0]?.payload;
    expect(alert).toMatchObject({ show_alert: true });
    expect(String(alert?.text).length).toBeLessThanOrEqual(200);
    expect(String(alert?.text)).toContain('21 июня');
  });
});

describe('/lang', () => {
  it.each([
    ['/lang ru', 'ru', 'Готово: ответы и мои сообщения теперь <b>на русском</b>.'],
    ['/lang en', 'en', 'Done: answers and my messages are now in <b>English</b>.'],
    [
      '/lang auto',
      undefined,
      'Done: I answer in <b>the language of each question</b>; my messages follow your Telegram language.',
    ],
  ])('%s stores the choice and later questions use it', async (command, lang, confirmation) => {
    const fake = kb();
    const t = await testBot({ kb: fake });
    await t.send(message(command));
    expect(t.sent()).toEqual([confirmation]);
    await t.send(message(KELLOGG.question));
    expect(fake.asked[0]?.options?.lang).toBe(lang);
    expect(t.deps.prefs.get(ALICE.id)).toEqual({ lang: command.split(' ')[1] });
  });

  it('the language button edits the /lang message into a confirmation in the new language', async () => {
    const t = await testBot({ kb: kb() });
    await t.send(callback(encodeCallback({ kind: 'lang', choice: 'ru' })));
    expect(t.only('editMessageText')[0]?.payload.text).toBe('Готово: ответы и мои сообщения теперь <b>на русском</b>.');
    t.clear();
    await t.send(message('/help'));
    expect(t.sent()[0]).toContain('Как спрашивать');
  });
});

describe('inline mode', () => {
  it('an empty query lists example questions, two per page, with next_offset', async () => {
    const t = await testBot({ kb: kb() });
    const pages: string[] = [];
    let offset = '';
    do {
      t.clear();
      await t.send(inlineQuery('', offset));
      const payload = t.only('answerInlineQuery')[0]?.payload ?? {};
      expect(payload).toMatchObject({ cache_time: 300, is_personal: false });
      pages.push(...(payload.results as { title: string }[]).map((r) => r.title));
      offset = String(payload.next_offset);
    } while (offset !== '');
    expect(pages).toHaveLength(6);
    expect(pages[0]).toBe('When did Keith Kellogg visit Minsk?');
    expect(pages[3]).toBe('Когда Келлог приезжал в Минск?');
  });

  it('a question gives one article per citation: title = summary, description = source, message = the cited answer', async () => {
    const t = await testBot({ kb: kb() });
    await t.send(inlineQuery(RELEASES.question));
    const payload = t.only('answerInlineQuery')[0]?.payload ?? {};
    const results = payload.results as {
      id: string;
      title: string;
      description: string;
      input_message_content: { message_text: string; parse_mode: string };
    }[];
    expect(results.map((r) => r.description)).toEqual([
      'US & Belarus: "prisoner" releases, 2025-09-12',
      'Визит Келлога <в> Минск & итоги, 2025-06-22',
    ]);
    expect(results[0]?.title).toBe(
      '52 people were released on 11 September 2025 <incl. 14 foreigners>. — US & Belarus: "prisoner"…',
    );
    // Distinct titles (issue 11): the answer, then the source each result quotes.
    expect(new Set(results.map((r) => r.title)).size).toBe(results.length);
    // The message posted into the chat shows the question first.
    expect(results[0]?.input_message_content.message_text).toMatch(/^<i>❓ How many were released\?<\/i>\n\n<b>52/);
    expect(results[0]?.input_message_content.parse_mode).toBe('HTML');
    expect(results[0]?.input_message_content.message_text).toContain('<blockquote>On 11 September 2025');
    expect(telegramHtmlProblems(results[0]?.input_message_content.message_text ?? '')).toEqual([]);
    expect(payload.next_offset).toBe('2');
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
  });

  it('a question without an answer gives one article saying so', async () => {
    const t = await testBot({ kb: kb() });
    await t.send(inlineQuery('what is the weather?'));
    const results = t.only('answerInlineQuery')[0]?.payload.results as { title: string; description: string }[];
    expect(results).toEqual([
      expect.objectContaining({ title: 'The documents do not say.', description: 'No answer in the documents' }),
    ]);
  });
});

describe('admin', () => {
  it.each([
    ['a non-admin', ALICE, true, ['This command is for administrators only.'], 0],
    [
      'an admin',
      ADMIN,
      true,
      ['Reloading the documents…', 'Reloaded: 5 documents, 120 facts (fact store rebuilt).'],
      1,
    ],
    ['an admin without a reload function', ADMIN, false, ['Reloading is not available in this deployment.'], 0],
  ])('/reload by %s', async (_name, from, withReload, replies, reloads) => {
    let calls = 0;
    const reload = async () => {
      calls++;
      return { sources: 5, facts: 120, rebuilt: true };
    };
    const t = await testBot({ kb: kb(), reload: withReload ? reload : undefined });
    await t.send(message('/reload', { from }));
    expect(t.sent()).toEqual(replies);
    expect(calls).toBe(reloads);
  });

  it('reports a failed reload without crashing', async () => {
    const t = await testBot({ kb: kb(), reload: () => Promise.reject(new Error('sources dir <missing>')) });
    await t.send(message('/reload', { from: ADMIN }));
    expect(t.sent()[1]).toBe('Reload failed: Error: sources dir &lt;missing&gt;');
  });
});

describe('faults', () => {
  it('a failing feature tells that user briefly and the next update is still handled', async () => {
    const t = await testBot({ kb: fakeKb({ [KELLOGG.question]: KELLOGG }, { throwOn: 'boom' }) });
    await t.send(message('boom'));
    expect(t.sent()).toEqual(['Sorry, something went wrong with that request. Please try again.']);
    t.clear();
    await t.send(message(KELLOGG.question));
    expect(t.sent()[0]).toContain('Kellogg visited Minsk');
  });

  it('a Telegram error while replying does not escape handleUpdate', async () => {
    const t = await testBot({ kb: kb(), failing: ['sendMessage'] });
    await expect(t.send(message(KELLOGG.question))).resolves.toBeUndefined();
  });

  it('a flood is answered in turn after one notice: no question is lost', async () => {
    const fake = kb();
    const t = await testBot({ kb: fake, settings: { rateLimitMax: 2, rateLimitWindowMs: 40 } });
    for (let i = 0; i < 4; i++) await t.send(message(KELLOGG.question));
    expect(t.sent().filter((s) => s.includes('answer each of them in turn'))).toHaveLength(1);
    expect(t.sent().filter((s) => s.includes('Kellogg visited Minsk'))).toHaveLength(4);
  });

  it('a message that would wait too long is refused with "send it again", never dropped silently', async () => {
    const fake = kb();
    const t = await testBot({ kb: fake, settings: { rateLimitMax: 1, rateLimitWindowMs: 150 } });
    // Concurrent updates (long polling with the runner): the 2nd waits its turn (one window at most),
    // the 3rd and 4th are each told to send it again.
    await Promise.all([1, 2, 3, 4].map(() => t.send(message(KELLOGG.question))));
    expect(t.sent().filter((s) => s.includes('Please send it again'))).toHaveLength(2);
    expect(fake.asked).toHaveLength(2);
  });

  it('after a burst of messages an inline query is still answered (inline has its own budget)', async () => {
    const t = await testBot({ kb: kb(), settings: { rateLimitMax: 2, rateLimitWindowMs: 60_000 } });
    await t.send(message(KELLOGG.question));
    await t.send(message(KELLOGG.question));
    await t.send(inlineQuery(KELLOGG.question));
    await t.send(inlineQuery(KELLOGG.question));
    expect(t.only('answerInlineQuery')).toHaveLength(2);
  });

  it('the bot id in the test harness matches the bot info (no getMe call)', async () => {
    const t = await testBot({ kb: kb() });
    await t.send(message('/help'));
    expect(t.only('getMe')).toEqual([]);
    expect(t.bot.botInfo.id).toBe(BOT.id);
  });
});

describe('/source in the reader’s language (issue 11)', () => {
  it('labels facts in Russian for a Russian reader', async () => {
    const t = await testBot({ kb: kb() });
    await t.send(message('/source 000', { from: BORIS }));
    expect(t.sent().join('\n')).toContain('<b>21 июня 2025</b> — визит\n<blockquote>');
  });
});

describe('small talk, edits and bare mentions (issue 11)', () => {
  const chat = { id: ALICE.id, type: 'private', first_name: 'Alice' } as const;

  it.each([
    ['thanks!', ALICE, 'You are welcome.'],
    ['Thank you bot', ALICE, 'You are welcome.'],
    ['спасибо!', BORIS, 'Пожалуйста.'],
    ['Привет', BORIS, 'Здравствуйте!'],
    ['hello', ALICE, 'Hello!'],
  ])('"%s" in private gets one line, no quotes, and the documents are not searched', async (text, from, expected) => {
    const fake = kb();
    const t = await testBot({ kb: fake });
    await t.send(message(text, { from }));
    expect(t.sent()).toHaveLength(1);
    expect(t.sent()[0]).toContain(expected);
    expect(t.sent()[0]).not.toContain('<blockquote>');
    expect(t.sent()[0]?.split('\n')).toHaveLength(1);
    expect(fake.asked).toEqual([]);
  });

  it('"thanks!" as a reply to the bot in a group gets a reaction, not quotes', async () => {
    const fake = kb();
    const t = await testBot({ kb: fake });
    await t.send(message('thanks!', { chat: GROUP, replyToBot: true }));
    expect(t.sent()).toEqual([]);
    expect(t.only('setMessageReaction')).toHaveLength(1);
    expect(fake.asked).toEqual([]);
  });

  it('a question that contains "thanks" is still a question', async () => {
    const fake = kb();
    const t = await testBot({ kb: fake });
    await t.send(message('Thanks to whom was the prisoner released?'));
    expect(fake.asked).toHaveLength(1);
  });

  it('an edited question is answered again by editing the earlier answer', async () => {
    const fake = kb();
    const t = await testBot({ kb: fake });
    await t.send({ message: { message_id: 77, date: 0, chat, from: ALICE, text: 'When did Kellog visit?' } } as never);
    const answerId = 1000; // the harness numbers sent messages from 1000
    await t.send({
      edited_message: { message_id: 77, date: 0, edit_date: 1, chat, from: ALICE, text: KELLOGG.question },
    } as never);
    expect(fake.asked.map((a) => a.question)).toEqual(['When did Kellog visit?', KELLOGG.question]);
    const [edit] = t.only('editMessageText');
    expect(edit?.payload).toMatchObject({ chat_id: ALICE.id, message_id: answerId });
    expect(String(edit?.payload.text)).toContain('Kellogg visited Minsk');
    expect(t.sent().join('\n')).not.toContain('I can only read text');
  });

  it('an edited question whose answer cannot be edited gets a new reply', async () => {
    const t = await testBot({ kb: kb(), failing: ['editMessageText'] });
    await t.send({ message: { message_id: 78, date: 0, chat, from: ALICE, text: 'first version' } } as never);
    t.clear();
    await t.send({
      edited_message: { message_id: 78, date: 0, edit_date: 1, chat, from: ALICE, text: KELLOGG.question },
    } as never);
    expect(t.sent()[0]).toContain('Kellogg visited Minsk');
  });

  it('a bare "@bot" mention in a group gets a one-line hint', async () => {
    const t = await testBot({ kb: kb() });
    await t.send(message('@brief_test_bot', { chat: GROUP }));
    expect(t.sent()).toEqual([
      'Write your question after the mention, e.g. @brief_test_bot When did Kellogg visit Minsk?',
    ]);
  });
});
