import { describe, expect, it } from 'vitest';
import { CALLBACK_DATA_MAX_BYTES, decodeCallback } from '../../src/bot/format/callback-data.ts';
import { buttonsOf } from './digest-harness.ts';
import { fakeKb, KELLOGG, RELEASES } from './fake-kb.ts';
import { BORIS, callback, message, testBot } from './harness.ts';

const moreKeys = (calls: Parameters<typeof buttonsOf>[0][]) =>
  calls.flatMap((c) =>
    buttonsOf(c)
      .map((b) => decodeCallback(b.data))
      .flatMap((a) => (a.kind === 'more' ? [a.answerKey] : [])),
  );

describe('answer keys ("other sources" buttons)', () => {
  it('every answer gets its own key, and each button shows the sources of its own answer', async () => {
    const other = { ...RELEASES, question: 'Who was released?', citations: [...RELEASES.citations].reverse() };
    const t = await testBot({ kb: fakeKb({ [RELEASES.question]: RELEASES, [other.question]: other }) });
    await t.send(message(RELEASES.question));
    await t.send(message(other.question, { from: BORIS }));
    const keys = moreKeys(t.only('sendMessage'));
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
    t.clear();
    await t.send(callback(`1|m|${keys[0]}`));
    await t.send(callback(`1|m|${keys[1]}`, { from: BORIS }));
    expect(t.sent().map((s) => s.slice(0, 30))).toEqual([
      '<blockquote>See the report.</b',
      '<blockquote>On 11 September 20',
    ]);
  });

  it('stay unique and short over many answers', async () => {
    const t = await testBot({ kb: fakeKb({ [RELEASES.question]: RELEASES }), settings: { answerCacheSize: 0 } });
    for (let i = 0; i < 500; i++) await t.send(message(RELEASES.question));
    const calls = t.only('sendMessage');
    const keys = moreKeys(calls);
    expect(keys).toHaveLength(500);
    expect(new Set(keys).size).toBe(500);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(8);
    for (const c of calls)
      for (const b of buttonsOf(c)) expect(b.data.length).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
  });

  it('an answer that shows all its sources has no "other sources" button', async () => {
    const t = await testBot({ kb: fakeKb({ [KELLOGG.question]: KELLOGG }) });
    await t.send(message(KELLOGG.question));
    expect(moreKeys(t.only('sendMessage'))).toEqual([]);
  });
});
