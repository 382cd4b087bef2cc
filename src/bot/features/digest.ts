import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import type { BotDeps } from '../deps.ts';

/** PLACEHOLDER: the digest engineer replaces this body (/subscribe, /unsubscribe, /digest). */
export function digestFeature(_deps: BotDeps): Composer<BotContext> {
  return new Composer();
}
