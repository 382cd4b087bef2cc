import type { ConversationFlavor } from '@grammyjs/conversations';
import type { Context } from 'grammy';
import type { Lang } from '../knowledge/index.ts';
import type { MessageKey } from './i18n.ts';

/**
 * What briefbot adds to every update's context, before any feature runs
 * (set by the locale middleware in src/bot/index.ts).
 */
export interface BriefbotFlavor {
  /** Language of the interface text: the user's /lang choice, else Telegram's language_code, else English. */
  uiLang: Lang;
  /** Answer language forced with /lang, or undefined to follow the question's language. */
  answerLang: Lang | undefined;
  /** Interface string in `uiLang` (keys and texts live in src/bot/i18n.ts). */
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

/**
 * The context type of the outside middleware tree (features, including digest).
 * Inside conversations use a plain `Context` (or `Context & BriefbotFlavor`-free types):
 * `ctx.conversation` does not exist there, see @grammyjs/conversations.
 */
export type BotContext = ConversationFlavor<Context & BriefbotFlavor>;
