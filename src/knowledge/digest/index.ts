// The digest's public surface: pure functions over a KnowledgeBase, no grammY, no I/O.

// Topics a subscription can follow
export {
  EVERYTHING,
  type TopicKey,
  parseTopicKey,
  factMatchesTopic,
  entityTopic,
  conceptTopic,
  typeTopic,
} from './topic.ts';
export { topicLabel } from './topic-label.ts';
export { findTopics, type TopicSuggestion, type FindTopicsOptions } from './find-topics.ts';

// What is new
export { newFactIds } from './new-fact-ids.ts';
export { type FactLedger, EMPTY_LEDGER, advanceLedger } from './fact-ledger.ts';
export { type DigestBaseline, isNewSince } from './baseline.ts';

// Composing (typed digests; Telegram rendering is src/bot/format/digest.ts)
export {
  composeDigest,
  type Digest,
  type DigestKind,
  type DigestSection,
  type DigestItem,
  type DigestRequest,
  type ComposeOptions,
} from './compose-digest.ts';
export { chronology, type ChronologyEvent, type ChronologyOptions } from './chronology.ts';
export { formatFuzzyDate, fuzzyDateSortKey } from './fuzzy-date-order.ts';
