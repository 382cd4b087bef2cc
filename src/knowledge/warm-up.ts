/**
 * The language data answering needs loaded before the first question, so that question does not wait
 * for it: the dictionaries, the compiled question cue and date patterns, and the vocabulary.
 */
import { answerTypeOf } from './answer/answer-types.ts';
import { extractDates } from './extract/dates.ts';
import { vocabulary } from './lexicon/vocabulary.ts';
import { lemma } from './text/morphology.ts';

/** Everything but the vocabulary: what needs nothing from a store or its index cache (indexed-store.ts loads it while the cache is read). */
export function warmUpDictionariesAndPatterns(): void {
  lemma('слово');
  answerTypeOf('Сколько человек освободили 21 июня 2025 года?', 'ru');
  answerTypeOf('When did the envoy visit on June 21, 2025?', 'en');
  extractDates('21 июня 2025 года, в четверг; on June 21, 2025, on Thursday', 'ru');
}

/** All of it; the vocabulary is built from the words an index cache carries when one was read first. */
export function warmUpLanguage(): void {
  vocabulary();
  warmUpDictionariesAndPatterns();
}
