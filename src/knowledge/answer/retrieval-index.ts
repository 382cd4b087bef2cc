import type { FactStoreData } from '../types.ts';

/** Indexes built over the fact store at load time (not stored: they are cheap to rebuild). */
export interface RetrievalIndex {
  sentenceCount: number;
}

export function buildRetrievalIndex(data: FactStoreData): RetrievalIndex {
  return { sentenceCount: data.sentences.length };
}
