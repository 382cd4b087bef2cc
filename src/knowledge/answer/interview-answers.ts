/**
 * "— Вопрос: Сколько предприятий получили регистрацию? — Ответ: На вчерашний день — 96.": in an
 * interview the answer to a question repeats few of its words, often none, so ranking by words never
 * finds it. The answer to each interviewer's question among the best sentences joins the ranking with
 * its question's score and words (as context), and is marked as answering it.
 */
import { joinedAsContext, withJoined } from './context-sentence.ts';
import type { RankedSentence } from './retrieve.ts';
import type { SentenceIndex } from './sentence-index.ts';
import { TUNING } from './tuning.ts';

/** A sentence that asks ("Q: How much has been shipped?"): an interviewer's question, no answer to one. */
export const ASKS = /\?\s*[»"”)]*\s*$/u;

/**
 * An interviewer's turn however it ends: "— Вопрос: В соцсетях писали, что сгорела лиственница.",
 * "Q: Some say the deal is dead." puts a claim to the one interviewed, as a question does.
 */
const INTERVIEWER_TURN = /^[\s—–-]*(вопрос|q|question|interviewer)\s*:/iu;

/** Whether the sentence is an interviewer's question: it asks, or it opens the interviewer's turn. */
export function asksInterviewee(text: string): boolean {
  return ASKS.test(text) || INTERVIEWER_TURN.test(text);
}

/** The ranking with the unranked answers to its best interviewers' questions added, best first. */
export function withInterviewAnswers(ranked: RankedSentence[], index: SentenceIndex): RankedSentence[] {
  const present = new Set(ranked.map((r) => r.entry.n));
  const added: RankedSentence[] = [];
  for (const r of ranked.slice(0, TUNING.interviewQuestionDepth)) {
    const next = r.entry.next;
    if (next === undefined || present.has(next) || !asksInterviewee(r.entry.sentence.text)) continue;
    const entry = index.sentences[next];
    // An answer is a statement in the same source; another question right after is no answer.
    if (!entry || ASKS.test(entry.sentence.text)) continue;
    present.add(next);
    added.push({ ...joinedAsContext(r, entry), answersQuestion: true });
  }
  return withJoined(ranked, added);
}
