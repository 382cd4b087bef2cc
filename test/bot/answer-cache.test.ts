import { describe, expect, it } from 'vitest';
import { createAnswerCache } from '../../src/bot/answer-cache.ts';
import { fakeKb, KELLOGG, RELEASES } from './fake-kb.ts';
import { ALICE, BORIS, inlineQuery, message, testBot } from './harness.ts';

const NOON = new Date('2025-10-01T12:00:00Z');

describe('answer cache', () => {
  it('answers a question asked again the same way from memory, with the same answer', () => {
    const kb = fakeKb({ [KELLOGG.question]: KELLOGG });
    const cache = createAnswerCache(10, () => NOON);
    const first = cache.answer(kb, KELLOGG.question);
    expect(cache.answer(kb, KELLOGG.question)).toBe(first);
    expect(kb.asked).toHaveLength(1);
  });

  it.each([
    ['another question', RELEASES.question, {}],
    ['another forced language', KELLOGG.question, { lang: 'ru' as const }],
    ['a chat context (a follow-up borrows its subject)', KELLOGG.question, { context: { subject: ['Kellogg'] } }],
    ['a context with another subject', KELLOGG.question, { context: { subject: ['Minsk'] } }],
  ])('asks the knowledge base again for %s', (_name, question, options) => {
    const kb = fakeKb({ [KELLOGG.question]: KELLOGG, [RELEASES.question]: RELEASES });
    const cache = createAnswerCache(10, () => NOON);
    cache.answer(kb, KELLOGG.question, { context: { subject: ['Lukashenko'] } });
    cache.answer(kb, KELLOGG.question);
    kb.asked.length = 0;
    cache.answer(kb, question, options);
    cache.answer(kb, question, options);
    cache.answer(kb, KELLOGG.question);
    expect(kb.asked.map((a) => [a.question, a.options?.lang, a.options?.context])).toEqual([
      [question, 'lang' in options ? options.lang : undefined, 'context' in options ? options.context : undefined],
    ]);
  });

  it('asks again on the next UTC day ("last week" moves) and passes that "now" to the knowledge base', () => {
    const kb = fakeKb();
    let now = new Date('2025-10-01T23:59:59Z');
    const cache = createAnswerCache(10, () => now);
    cache.answer(kb, 'What happened last week?');
    now = new Date('2025-10-01T00:00:00Z');
    cache.answer(kb, 'What happened last week?');
    now = new Date('2025-10-02T00:00:00Z');
    cache.answer(kb, 'What happened last week?');
    expect(kb.asked.map((a) => a.options?.now?.toISOString())).toEqual([
      '2025-10-01T23:59:59.000Z',
      '2025-10-02T00:00:00.000Z',
    ]);
  });

  it('starts over with a new knowledge base (/reload): never an answer from the old documents', () => {
    const before = fakeKb({ [KELLOGG.question]: KELLOGG });
    const after = fakeKb({ [KELLOGG.question]: { ...KELLOGG, summary: 'Rebuilt.' } });
    const cache = createAnswerCache(10, () => NOON);
    cache.answer(before, KELLOGG.question);
    expect(cache.answer(after, KELLOGG.question).summary).toBe('Rebuilt.');
    expect(after.asked).toHaveLength(1);
  });

  it('keeps at most its capacity, forgetting the least recently asked', () => {
    const kb = fakeKb();
    const cache = createAnswerCache(2, () => NOON);
    for (const q of ['a?', 'b?', 'a?', 'c?', 'a?', 'b?']) cache.answer(kb, q);
    expect(kb.asked.map((a) => a.question)).toEqual(['a?', 'b?', 'c?', 'b?']);
  });

  it('with capacity 0 asks the knowledge base every time', () => {
    const kb = fakeKb();
    const cache = createAnswerCache(0, () => NOON);
    cache.answer(kb, 'a?');
    cache.answer(kb, 'a?');
    expect(kb.asked).toHaveLength(2);
  });
});

describe('answer cache in the bot', () => {
  it('a question asked in two chats is answered once, and both chats get the answer', async () => {
    const kb = fakeKb({ [KELLOGG.question]: KELLOGG });
    const t = await testBot({ kb });
    await t.send(message(KELLOGG.question));
    await t.send(message(KELLOGG.question, { from: BORIS }));
    expect(kb.asked).toHaveLength(1);
    const answered = t.only('sendMessage').filter((c) => String(c.payload.text).includes('Kellogg visited Minsk'));
    expect(answered.map((c) => c.payload.chat_id)).toEqual([ALICE.id, BORIS.id]);
  });

  it('the next page of inline results does not answer the question again', async () => {
    const kb = fakeKb({ [RELEASES.question]: RELEASES });
    const t = await testBot({ kb });
    await t.send(inlineQuery(RELEASES.question));
    await t.send(inlineQuery(RELEASES.question, '2'));
    expect(kb.asked).toHaveLength(1);
    expect(t.only('answerInlineQuery')).toHaveLength(2);
  });

  it('answerCacheSize 0 answers every question afresh', async () => {
    const kb = fakeKb({ [KELLOGG.question]: KELLOGG });
    const t = await testBot({ kb, settings: { answerCacheSize: 0 } });
    await t.send(message(KELLOGG.question));
    await t.send(message(KELLOGG.question, { from: BORIS }));
    expect(kb.asked).toHaveLength(2);
  });
});
