import { FIRST_NAMES } from './first-names.ts';
import { vocabularyWords } from './vocabulary.ts';

/**
 * The words whose stems a process works out before reading any document (the vocabulary's terms and
 * the given names), lemmatising the Russian ones: the process that writes an index cache stores their
 * stems in it, and ingest hands them to its workers, so neither a start-up nor a worker works them out
 * again (tokens.ts rememberStems).
 */
export function wordsStemmedBeforeReading(): string[] {
  return [...new Set([...vocabularyWords(), ...FIRST_NAMES])];
}
