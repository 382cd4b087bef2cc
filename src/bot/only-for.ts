import { Composer, type FilterQuery, matchFilter } from 'grammy';
import type { BotContext } from './context.ts';

/** What grammY's `command()` tests before it reads the command: a bot_command entity in a text. */
export const COMMANDS = ':entities:bot_command' satisfies FilterQuery;

/**
 * The feature, run only for updates that match one of `queries`; any other update goes straight on.
 * grammY tests each `command`, `on` and `callbackQuery` of a feature by building a Composer for that
 * update, so a question passed through a dozen command handlers on its way to the ask feature,
 * allocating at every one. `queries` must cover every handler of the feature (for a command, COMMANDS:
 * the test grammY itself starts with); the feature's own filters still decide what it does.
 */
export function onlyFor(queries: FilterQuery[], feature: Composer<BotContext>): Composer<BotContext> {
  const matches = matchFilter(queries);
  const handler = feature.middleware();
  return new Composer<BotContext>((ctx, next) => (matches(ctx) ? handler(ctx, next) : next()));
}
