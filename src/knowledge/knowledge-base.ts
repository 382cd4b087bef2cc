import { answerQuestion, type AnswerOptions } from './answer/answer.ts';
import { buildSpellingIndex, type SpellingIndex } from './answer/analyze.ts';
import { buildSentenceIndex, type SentenceIndex } from './answer/sentence-index.ts';
import type { Answer, Entity, Fact, FactStoreData, SourceMeta } from './types.ts';
import { warmUpLanguage } from './warm-up.ts';

/** A paragraph of a source around a quote, sliced verbatim from the original file. */
export interface Passage {
  sourceId: string;
  start: number;
  end: number;
  text: string;
}

/**
 * The loaded fact store plus the indexes built over it at start-up.
 * Immutable: a reload builds a new KnowledgeBase and swaps the reference.
 */
export interface KnowledgeBase {
  readonly data: FactStoreData;
  readonly index: SentenceIndex;
  /** Typo correction against the documents' words. */
  readonly spelling: SpellingIndex;
  answer(question: string, options?: AnswerOptions): Answer;
  sources(): SourceMeta[];
  source(id: string): SourceMeta | undefined;
  entity(id: string): Entity | undefined;
  fact(id: string): Fact | undefined;
  factsOfSource(sourceId: string): Fact[];
  /** The paragraph (blank-line delimited block, widened to whole sentences) that holds [start, end). */
  passageAround(sourceId: string, start: number, end: number, maxChars?: number): Passage | undefined;
}

/** `index`: the store's sentence index when it was read from its cache (indexed-store.ts); built here otherwise. */
export function createKnowledgeBase(
  data: FactStoreData,
  index: SentenceIndex = buildSentenceIndex(data),
): KnowledgeBase {
  // The dictionaries load here, once, rather than inside the first question's answer.
  warmUpLanguage();
  const spelling = buildSpellingIndex(index);
  const sourcesById = new Map(data.sources.map((s) => [s.id, s]));
  const entitiesById = new Map(data.entities.map((e) => [e.id, e]));
  // Built on first use: a question reads no fact, and decoding them all (store/lazy-store.ts) is most of a start-up's load.
  let factsById: Map<string, Fact> | undefined;
  const kb: KnowledgeBase = {
    data,
    index,
    spelling,
    answer: (question, options) => {
      // What the index kept for the question before last (tokens, annotations) is let go.
      index.nextQuestion();
      return answerQuestion(kb, question, options);
    },
    sources: () => data.sources,
    source: (id) => sourcesById.get(id),
    entity: (id) => entitiesById.get(id),
    fact: (id) => {
      factsById ??= new Map(data.facts.map((f) => [f.id, f]));
      return factsById.get(id);
    },
    factsOfSource: (sourceId) => data.facts.filter((f) => f.evidence.some((e) => e.sourceId === sourceId)),
    passageAround: (sourceId, start, end, maxChars = 1500) => passageAround(data, sourceId, start, end, maxChars),
  };
  return kb;
}

function passageAround(
  data: FactStoreData,
  sourceId: string,
  start: number,
  end: number,
  maxChars: number,
): Passage | undefined {
  const text = data.texts[sourceId];
  if (text === undefined || start < 0 || end > text.length || start >= end) return undefined;
  const sentences = data.sentences.filter((s) => s.sourceId === sourceId);
  const hit = sentences.find((s) => s.start <= start && s.end >= end) ?? sentences.find((s) => s.end > start);
  if (!hit) return { sourceId, start, end, text: text.slice(start, end) };
  const same = sentences.filter((s) => s.paragraph === hit.paragraph);
  let from = hit.start;
  let to = hit.end;
  // Grow sentence by sentence around the hit while the passage stays readable.
  for (let i = 1; i < same.length; i++) {
    const before = same.find((s) => s.index === hit.index - i);
    const after = same.find((s) => s.index === hit.index + i);
    if (!before && !after) break;
    if (before && to - before.start <= maxChars) from = before.start;
    if (after && after.end - from <= maxChars) to = after.end;
  }
  return { sourceId, start: from, end: to, text: text.slice(from, to) };
}
