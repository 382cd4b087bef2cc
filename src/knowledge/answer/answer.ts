import type { KnowledgeBase } from '../knowledge-base.ts';
import type { Answer, ChatContext, Lang } from '../types.ts';

export interface AnswerOptions {
  /** Force the answer language; by default it follows the question. */
  lang?: Lang;
  /** What the chat asked before (for follow-ups). */
  context?: ChatContext;
}

/** STUB: replaced by the real pipeline (intent, slots, facts, retrieval, composition). */
export function answerQuestion(_kb: KnowledgeBase, question: string, options: AnswerOptions = {}): Answer {
  const lang: Lang = options.lang ?? (/[а-яё]/i.test(question) ? 'ru' : 'en');
  const text = lang === 'ru' ? 'В документах об этом не сказано.' : 'The documents do not say.';
  return {
    question,
    lang,
    answered: false,
    intent: 'unknown',
    confidence: 0,
    text,
    summary: text,
    citations: [],
    facts: [],
    context: options.context ?? {},
  };
}
