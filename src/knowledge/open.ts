import type { KnowledgeBase } from './knowledge-base.ts';

export interface OpenOptions {
  sourcesDir: string;
  dbFile: string;
  /** Progress lines for a person ("building the fact store from 5 documents..."). Goes to stderr in CLIs. */
  log?: (line: string) => void;
}

export interface Opened {
  kb: KnowledgeBase;
  /** True when the store was missing or older than the sources and was rebuilt. */
  rebuilt: boolean;
}

/** STUB until ingest lands: opens the fact store, rebuilding it first when it is missing or stale. */
export async function openKnowledgeBase(_options: OpenOptions): Promise<Opened> {
  throw new Error('not implemented yet');
}
