// The knowledge layer's public surface. Pure TypeScript: no grammY, no process.env.

// Vocabulary
export type * from './types.ts';

// Loading and answering
export { createKnowledgeBase, type KnowledgeBase, type Passage } from './knowledge-base.ts';
export type { AnswerOptions } from './answer/answer.ts';

// The fact store
export { SCHEMA_VERSION, FactStoreVersionError, FactStoreFormatError, type FactStore } from './store/fact-store.ts';
export { FileFactStore } from './store/file-store.ts';
export { MemoryFactStore } from './store/memory-store.ts';
export { openKnowledgeBase, type OpenOptions, type Opened } from './open.ts';
