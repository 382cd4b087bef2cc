/**
 * "Those freed were five citizens and one permanent resident:" followed by a line for each: the items
 * of a list say little of the question themselves ("- Ana Varnel, 41, a nurse from Kestov"), so a
 * ranking by words leaves most of them out. The ranking of a question that asks many ("which
 * companies …?", "which Varnel sailors …?") gets the items of every list whose intro is among its best
 * sentences, each with its intro's words as context.
 */
import type { AnalyzedQuestion } from './analyze.ts';
import { asksMany } from './compose/several.ts';
import { joinedAsContext, withJoined } from './context-sentence.ts';
import type { RankedSentence } from './retrieve.ts';
import type { IndexedSentence, SentenceIndex } from './sentence-index.ts';
import { TUNING } from './tuning.ts';

/** A list's item: a dash, a bullet, a number or a letter ("(a)", "б)", "(ii)") opens it. */
export const LIST_ITEM = /^\s*(?:[—–•*·▪-]|\d{1,2}[.)]\s|\(?(?:\d{1,2}|[a-zA-Zа-яА-Я]|[ivx]{2,4})\)\s)/u;
/** A sentence that introduces what follows. */
export const INTRODUCES = /:\s*$/u;
/** The most items of one list taken: a longer list is a table of contents, not an answer. */
export const MAX_LISTED_ITEMS = 12;
/** How deep among the best sentences an intro is looked for. */
export const INTRO_DEPTH = 15;

/**
 * The items right after an intro, in order, at most MAX_LISTED_ITEMS: each sentence after it that opens
 * as an item, looked up by its number (in the index, or among the ranked sentences).
 */
export function itemsAfter<T>(
  intro: IndexedSentence,
  lookup: (n: number) => T | undefined,
  entryOf: (item: T) => IndexedSentence,
): T[] {
  const items: T[] = [];
  let next = intro.next;
  while (next !== undefined && items.length < MAX_LISTED_ITEMS) {
    const item = lookup(next);
    if (item === undefined || !LIST_ITEM.test(entryOf(item).sentence.text)) break;
    items.push(item);
    next = entryOf(item).next;
  }
  return items;
}

/** The ranking with the unranked items of its best sentences' lists added, best first (a list's, a chronology's, a "which people"). */
export function withListItems(q: AnalyzedQuestion, ranked: RankedSentence[], index: SentenceIndex): RankedSentence[] {
  if (q.type !== 'list' && q.type !== 'timeline' && !(q.type === 'person' && asksMany(q.text))) return ranked;
  const present = new Set(ranked.map((r) => r.entry.n));
  const added: RankedSentence[] = [];
  for (const r of ranked.slice(0, INTRO_DEPTH)) {
    if (!INTRODUCES.test(r.entry.sentence.text)) continue;
    for (const entry of itemsAfter(
      r.entry,
      (n) => index.sentences[n],
      (e) => e,
    )) {
      if (present.has(entry.n)) continue;
      present.add(entry.n);
      // An item weighs as a word of context: below the intro that names the list.
      added.push({
        ...joinedAsContext(r, entry),
        score: r.score * TUNING.contextCredit,
        coverage: r.coverage * TUNING.contextCredit,
      });
    }
  }
  return withJoined(ranked, added);
}
