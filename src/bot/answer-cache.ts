import type { Answer, AnswerOptions, ChatContext, KnowledgeBase, Lang } from '../knowledge/index.ts';
import { Lru } from './stores/lru.ts';

/** Distinct questions whose answers are kept; an answer is a few kilobytes. */
export const ANSWER_CACHE_SIZE = 2_000;

export interface AnswerCache {
  /** kb.answer(question, options), or the answer it gave to the same question asked the same way before. */
  answer(kb: KnowledgeBase, question: string, options?: { lang?: Lang | undefined; context?: ChatContext }): Answer;
}

/**
 * Answering is most of an update's CPU time, and the same questions come back: the /start example
 * buttons, inline queries (one per keystroke, again for each page of results), "more sources", a
 * question asked in several chats. An answer depends only on the knowledge base, the question, the
 * forced language, the chat's context (a follow-up borrows its subject) and the UTC date of "now",
 * so those are the key; a /reload makes a new knowledge base, and the cache starts over with it.
 * Capacity 0: no cache.
 */
export function createAnswerCache(capacity = ANSWER_CACHE_SIZE, now: () => Date = () => new Date()): AnswerCache {
  let cachedFor: KnowledgeBase | undefined;
  let entries = new Lru<string, Answer>(capacity);
  return {
    answer(kb, question, options = {}) {
      const at = now();
      const answerOptions: AnswerOptions = {
        ...(options.lang ? { lang: options.lang } : {}),
        ...(options.context ? { context: options.context } : {}),
        now: at,
      };
      if (capacity <= 0) return kb.answer(question, answerOptions);
      if (kb !== cachedFor) {
        cachedFor = kb;
        entries = new Lru(capacity);
      }
      const key = keyOf(question, options.lang, options.context, at);
      const hit = entries.get(key);
      if (hit) return hit;
      const answer = kb.answer(question, answerOptions);
      entries.set(key, answer);
      return answer;
    },
  };
}

function keyOf(question: string, lang: Lang | undefined, context: ChatContext | undefined, at: Date): string {
  // The whole context, not only the subject the answer reads today: a field read tomorrow is then keyed too.
  // JSON escapes NUL, so the separators keep two different keys apart.
  return `${lang ?? ''}\u0000${at.toISOString().slice(0, 10)}\u0000${JSON.stringify(context ?? null)}\u0000${question}`;
}
