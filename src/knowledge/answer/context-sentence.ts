/** A sentence joined to the ranking for what a ranked one leaves out: its answer, its list, its antecedent. */
import { byRank, type RankedSentence } from './retrieve.ts';
import type { IndexedSentence } from './sentence-index.ts';
import { TUNING } from './tuning.ts';

/** The entry ranked with r's score and r's words as context (found in r, not in the entry itself). */
export function joinedAsContext(r: RankedSentence, entry: IndexedSentence): RankedSentence {
  return {
    entry,
    score: r.score,
    coverage: r.coverage,
    matches: r.matches.map((m) => ({ ...m, credit: Math.min(m.credit, TUNING.contextCredit), positions: [] })),
    dateFit: r.dateFit,
  };
}

/** The ranking with the joined sentences in their places (the ranking itself when none joined). */
export function withJoined(ranked: RankedSentence[], added: RankedSentence[]): RankedSentence[] {
  return added.length ? [...ranked, ...added].sort(byRank) : ranked;
}
