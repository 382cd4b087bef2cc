import type { Answer } from '../knowledge/index.ts';
import type { AnswerCache } from './answer-cache.ts';
import type { BotDeps } from './deps.ts';
import type { TimelineRequest } from './features/timeline.ts';
import type { Lru } from './stores/lru.ts';

/**
 * What the features share inside one bot: the injected dependencies plus state created by createBot.
 * Extends BotDeps, so it can be passed wherever BotDeps is expected (e.g. digestFeature).
 */
export interface BotApp extends BotDeps {
  /** Every answer the bot gives goes through here (kb.answer behind a cache). */
  answerCache: AnswerCache;
  /** Recent answers by key, for the "other sources" button. Lost on restart: that button then says it expired. */
  answers: Lru<string, Answer>;
  /** "chatId:questionMessageId" → the bot's answer message, so an edited question edits its answer. */
  answerMessages: Lru<string, number>;
  /** Timelines shown recently, by the key their buttons carry. */
  timelines: Lru<string, TimelineRequest>;
}
