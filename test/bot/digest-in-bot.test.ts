import { describe, expect, it } from 'vitest';
import { ALICE, buttonsOf, fullDigestBot, press, text } from './digest-harness.ts';

/** The digest feature inside the whole bot (createBot): plugins, other features, error boundary. */
describe('digest feature in createBot', () => {
  it('runs /subscribe to a saved subscription and a delivered /digest, with the other features around it', async () => {
    const t = await fullDigestBot();
    const { store, send, lastSent } = t;
    const telegram = { calls: t.calls };
    await send(text('/subscribe'));
    expect(String(lastSent()?.payload.text)).toContain('Which topics?');
    await send(text('Kellogg')); // not a question for the ask feature while /subscribe waits
    expect(buttonsOf(lastSent())[0]?.text).toBe('Keith Kellogg · 2 facts');
    await send(press(buttonsOf(lastSent())[0]?.data ?? ''));
    await send(press('dg|done'));
    await send(press('dg|f|d'));
    await send(text('8'));
    await send(text('Vilnius'));
    await send(press('dg|n|0'));
    expect(store.all()).toMatchObject([
      { chatId: ALICE.id, topics: ['e:person:kellogg'], schedule: { hour: 8, timeZone: 'Europe/Vilnius' } },
    ]);

    await send(text('/digest'));
    expect(String(lastSent()?.payload.text)).toContain('On 21 June 2025 Kellogg met Lukashenko in Minsk.');
    // Every button press got its answer.
    const presses = 4;
    expect(telegram.calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(presses);
  });
});
