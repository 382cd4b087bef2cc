/**
 * "Ей 96 лет, в 1944 году её отправили на завод в Нагое": a sentence that says most of a "who" question
 * may name its person only by a pronoun. The sentence before it, in its paragraph, names the person:
 * it joins the ranking just behind it, with its words as context.
 */
import type { AnalyzedQuestion } from './analyze.ts';
import { joinedAsContext, withJoined } from './context-sentence.ts';
import type { RankedSentence } from './retrieve.ts';
import type { SentenceIndex } from './sentence-index.ts';

/** A sentence opening with a third person's pronoun: who it is, the sentence before says. */
const PRONOUN_LED = /^[\s«"“(—-]*(он|она|они|ему|ей|им|его|её|ее|их|he|she|they|his|her|their)(?![\p{L}])/iu;
/** How many of the best sentences are looked at. */
const DEPTH = 3;

export function withAntecedents(q: AnalyzedQuestion, ranked: RankedSentence[], index: SentenceIndex): RankedSentence[] {
  if (q.type !== 'person' && q.type !== 'list') return ranked;
  const present = new Set(ranked.map((r) => r.entry.n));
  const added: RankedSentence[] = [];
  for (const r of ranked.slice(0, DEPTH)) {
    const previous = r.entry.previous;
    if (previous === undefined || present.has(previous) || !PRONOUN_LED.test(r.entry.sentence.text)) continue;
    const entry = index.sentences[previous];
    if (!entry || entry.sentence.paragraph !== r.entry.sentence.paragraph) continue;
    present.add(previous);
    added.push(joinedAsContext(r, entry));
  }
  return withJoined(ranked, added);
}
