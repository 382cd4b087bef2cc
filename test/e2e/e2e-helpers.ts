import type { BotProcess } from './bot-process.ts';
import { tail } from './bot-process.ts';
import type { FakeTelegramServer } from './fake-telegram-server.ts';

export const START_TIMEOUT_MS = 45_000;

/** Resolves once the bot polls for updates; fails at once, with its output, if it exits first. */
export async function waitUntilPolling(fake: FakeTelegramServer, bot: BotProcess): Promise<void> {
  const polling = fake.waitForCall((c) => c.method === 'getUpdates' && !c.fault, { timeoutMs: START_TIMEOUT_MS });
  const died = bot.exited.then(({ code, signal }) => {
    throw new Error(`the bot exited (code ${code}, signal ${signal}) before polling; output:\n${tail(bot.output())}`);
  });
  try {
    await Promise.race([polling, died]);
  } catch (err) {
    throw new Error(`${(err as Error).message}\nbot output:\n${tail(bot.output())}`);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (condition()) return true;
    await sleep(100);
  }
  return condition();
}
