/**
 * "Ей 96 лет, в 1944 году её отправили на завод в Нагое": a sentence that says most of a "who" question
 * may name its person only by a pronoun. The sentence before it, in its paragraph, names the person:
 * it joins the ranking just behind it, with its words as context. So, the other way round, does the
 * sentence after a best one that names no one ("Документ подписали министр …").
 */
import type { AnalyzedQuestion } from './analyze.ts';
import { joinedAsContext, withJoined } from './context-sentence.ts';
import type { RankedSentence } from './retrieve.ts';
import { type IndexedSentence, namesPerson, type SentenceIndex } from './sentence-index.ts';

/** A sentence opening with a third person's pronoun: who it is, the sentence before says. */
const PRONOUN_LED = /^[\s«"“(—-]*(он|она|они|ему|ей|им|его|её|ее|их|he|she|they|his|her|their)(?![\p{L}])/iu;
/** How many of the best sentences are looked at. */
const DEPTH = 3;

/**
 * A sentence opening with a cause told before it: «Именно этим объясняется …», "That is why …", «Из-за
 * этого …». The sentence before, in its paragraph, tells the cause.
 */
const CAUSE_BEFORE =
  /^[\s«"“(—-]*(именно )?(этим|это|поэтому|вот почему|по этой причине|из-за этого|в результате|this|that|hence|for this reason|because of this|because of that|as a result)(?![\p{L}])/iu;

export function withAntecedents(
  q: AnalyzedQuestion,
  rankedIn: RankedSentence[],
  index: SentenceIndex,
): RankedSentence[] {
  if (q.type === 'reason') return withCausesBefore(rankedIn, index);
  if (q.type !== 'person' && q.type !== 'list') return rankedIn;
  let ranked = rankedIn;
  const present = new Set(ranked.map((r) => r.entry.n));
  const added: RankedSentence[] = [];
  // "9 июля — подписано соглашение о продаже 49% акций. Документ подписали министр Вендт и …":
  // the best sentence tells the event and names no one; the next one in its paragraph names who did it.
  const best = ranked[0];
  const next = best?.entry.next === undefined ? undefined : index.sentences[best.entry.next];
  if (
    best &&
    next &&
    q.type === 'person' &&
    next.sentence.paragraph === best.entry.sentence.paragraph &&
    !namesPerson(best.entry) &&
    namesPerson(next)
  ) {
    // Ranked already, it is lifted to the best one's score.
    const ranks = ranked.find((r) => r.entry.n === next.n);
    if (ranks) ranked = ranked.filter((r) => r !== ranks);
    present.add(next.n);
    added.push(ranks ? { ...ranks, score: Math.max(ranks.score, best.score) } : joinedAsContext(best, next));
  }
  for (const r of ranked.slice(0, DEPTH)) {
    const entry = PRONOUN_LED.test(r.entry.sentence.text) ? sentenceBefore(r, index) : undefined;
    if (!entry || present.has(entry.n)) continue;
    present.add(entry.n);
    added.push(joinedAsContext(r, entry));
  }
  return withJoined(ranked, added);
}

/** The sentence right before r's, in its paragraph, if any. */
function sentenceBefore(r: RankedSentence, index: SentenceIndex): IndexedSentence | undefined {
  const entry = r.entry.previous === undefined ? undefined : index.sentences[r.entry.previous];
  return entry?.sentence.paragraph === r.entry.sentence.paragraph ? entry : undefined;
}

/** The sentences before the best that open with a cause told before them, joined behind them (lifted, if ranked lower). */
function withCausesBefore(rankedIn: RankedSentence[], index: SentenceIndex): RankedSentence[] {
  let ranked = rankedIn;
  const added: RankedSentence[] = [];
  for (const r of rankedIn.slice(0, DEPTH)) {
    const entry = CAUSE_BEFORE.test(r.entry.sentence.text) ? sentenceBefore(r, index) : undefined;
    if (!entry || added.some((a) => a.entry.n === entry.n)) continue;
    const ranks = ranked.find((x) => x.entry.n === entry.n);
    if (ranks && ranks.score >= r.score) continue;
    if (ranks) ranked = ranked.filter((x) => x !== ranks);
    const lifted = ranks ? { ...ranks, score: r.score, coverage: Math.max(ranks.coverage, r.coverage) } : undefined;
    added.push({ ...(lifted ?? joinedAsContext(r, entry)), toldCause: true });
  }
  return withJoined(ranked, added);
}
