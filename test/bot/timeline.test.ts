import { InputFile } from 'grammy';
import { describe, expect, it } from 'vitest';
import { inputFileBytes } from '../../src/console/console-api.ts';
import { decodeCallback } from '../../src/bot/format/callback-data.ts';
import { kbOf, lifted, manyEvents, release, visit } from '../knowledge/digest/chronology-fixture.ts';
import { ALICE, BORIS, callback, message, testBot } from './harness.ts';
import { telegramHtmlProblems } from './telegram-html.ts';

type Keyboard = { inline_keyboard: { text: string; callback_data?: string }[][] };
const buttons = (payload: Record<string, unknown> | undefined) =>
  ((payload?.reply_markup as Keyboard | undefined)?.inline_keyboard ?? []).flat();

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('/timeline (issue 11)', () => {
  it('is a chronology: one line per event "date — what happened (who, how many)", its quote under it', async () => {
    const t = await testBot({ kb: kbOf([lifted, release, visit]) });
    await t.send(message('/timeline'));
    const [text] = t.sent();
    expect(text).toContain('<b>Timeline: US–Belarus relations</b>');
    expect(text).toContain('3 events, oldest first');
    expect(text).toContain(
      '<b>21 Jun 2025</b> — Visit (Keith Kellogg)\n<blockquote>On 21 June 2025 Kellogg visited Minsk.</blockquote>',
    );
    const order = ['21 Jun 2025', '11 Sep 2025', 'Mar 2026'].map((d) => text?.indexOf(`<b>${d}</b>`) ?? -1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(0);
    expect(telegramHtmlProblems(text ?? '')).toEqual([]);
  }, 20_000);

  it('also sends a PNG chart as a photo with a short caption', async () => {
    const t = await testBot({ kb: kbOf([lifted, release, visit]) });
    await t.send(message('/timeline'));
    const [photo] = t.only('sendPhoto');
    expect(photo?.payload.caption).toBe('Timeline: US–Belarus relations: 3 events, 2025–2026');
    expect(photo?.payload.photo).toBeInstanceOf(InputFile);
    const png = await inputFileBytes(photo?.payload.photo as InputFile);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.length).toBeGreaterThan(5_000);
    expect(png.length).toBeLessThan(1_000_000);
    // PNG width and height, from the IHDR chunk.
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBeGreaterThan(150);
  }, 20_000);

  it('speaks the reader’s language', async () => {
    const t = await testBot({ kb: kbOf([lifted, release, visit]) });
    await t.send(message('/timeline', { from: BORIS }));
    expect(t.sent()[0]).toContain('<b>11 сент. 2025</b> — Освобождение заключённых (52 чел.)');
    expect(t.only('sendPhoto')[0]?.payload.caption).toContain('Хронология');
  }, 20_000);

  it('for a topic, only its events; an unknown topic says nothing matches', async () => {
    const t = await testBot({ kb: kbOf([lifted, release, visit]) });
    await t.send(message('/timeline Kellogg'));
    expect(t.sent()[0]).toContain('<b>Timeline: Keith Kellogg</b>');
    expect(t.sent()[0]).toContain('1 event, oldest first');
    expect(t.sent()[0]).not.toContain('Prisoner release');
    t.clear();
    await t.send(message('/timeline weather'));
    expect(t.sent()).toEqual([
      'Nothing in the documents matches “weather”. Try another word, or /timeline for everything.',
    ]);
    expect(t.only('sendPhoto')).toEqual([]);
  }, 20_000);

  it('pages with a "More" button, and turns to newest first by a button', async () => {
    const t = await testBot({ kb: kbOf(manyEvents()) });
    await t.send(message('/timeline'));
    const first = t.only('sendMessage')[0]?.payload;
    expect(String(first?.text).match(/<blockquote>/g)).toHaveLength(8);
    const [more, newest] = buttons(first);
    expect(more?.text).toBe('More (4) ▸');
    expect(newest?.text).toBe('⇅ Newest first');
    t.clear();

    await t.send(callback(more?.callback_data ?? ''));
    const second = String(t.only('sendMessage')[0]?.payload.text);
    expect(second).toContain('Events 9–12 of 12');
    expect(second).toContain('<b>12 Mar 2025</b>');
    expect(second).not.toContain('<b>1 Mar 2025</b>');
    t.clear();

    await t.send(callback(newest?.callback_data ?? ''));
    const edited = t.only('editMessageText')[0]?.payload;
    expect(String(edited?.text)).toContain('12 events, newest first');
    expect(String(edited?.text).indexOf('<b>12 Mar 2025</b>')).toBeLessThan(
      String(edited?.text).indexOf('<b>5 Mar 2025</b>'),
    );
    expect(decodeCallback(buttons(edited)[1]?.callback_data)).toMatchObject({ kind: 'timeline', order: 'oldest' });
    expect(t.only('answerCallbackQuery')).toHaveLength(1);
  }, 20_000);

  it('an old "More" button (after a restart) says it expired', async () => {
    const t = await testBot({ kb: kbOf(manyEvents()) });
    await t.send(callback('1|t|gone|o|8', { from: ALICE }));
    expect(t.only('answerCallbackQuery')[0]?.payload).toMatchObject({ show_alert: true });
  });
});
