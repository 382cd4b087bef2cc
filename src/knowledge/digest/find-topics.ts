import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../knowledge-base.ts';
import { CONCEPTS } from '../lexicon/concepts.ts';
import { conceptIds } from '../text/concept-matcher.ts';
import { tokenize } from '../text/tokens.ts';
import type { EventType, Lang } from '../types.ts';
import { foldForMatch } from './fold.ts';
import {
  conceptTopic,
  EVENT_TYPES,
  EVERYTHING,
  entityTopic,
  eventTypeLabel,
  factMatchesTopic,
  isEventType,
  parseTopicKey,
  type TopicKey,
  typeTopic,
} from './topic.ts';
import { topicLabel } from './topic-label.ts';

export interface TopicSuggestion {
  key: TopicKey;
  label: string;
  /** 0 is a perfect match, 1 no match at all (fuse's scale). */
  score: number;
  /** How many facts in the store the topic covers now: a topic with none would only ever say "nothing new". */
  factCount: number;
}

export interface FindTopicsOptions {
  limit?: number;
}

/**
 * Topics a person may have meant by `query`, best first: entities by any of their names or aliases,
 * concepts, and event types. "all", "everything", "всё" (alone) mean the everything topic.
 */
export function findTopics(
  kb: KnowledgeBase,
  query: string,
  lang: Lang,
  options: FindTopicsOptions = {},
): TopicSuggestion[] {
  const limit = options.limit ?? 6;
  const folded = foldForMatch(query);
  if (folded.length === 0) return [];
  const index = topicIndexOf(kb);
  if (EVERYTHING_WORDS.has(folded)) {
    return [{ key: EVERYTHING, label: topicLabel(kb, EVERYTHING, lang), score: 0, factCount: kb.data.facts.length }];
  }
  const best = new Map<TopicKey, number>();
  // The same bilingual vocabulary and stemming as answering: «заключённые», "prisoners" → prisoner.
  for (const id of conceptIds(tokenize(query))) {
    const event = CONCEPT_EVENTS.get(id);
    best.set(event ? typeTopic(event) : conceptTopic(id), 0);
  }
  for (const hit of index.fuse.search(folded, { limit: 50 })) {
    // An exact name beats a fuzzy one whatever fuse thinks of the field length.
    const score = hit.item.text === folded ? 0 : (hit.score ?? 1);
    // A weak fuzzy match ("sanctions" ~ "United Nations") is worse than saying nothing matches.
    if (score > WEAK_MATCH) continue;
    const previous = best.get(hit.item.key);
    if (previous === undefined || score < previous) best.set(hit.item.key, score);
  }
  const ranked = [...best]
    .map(([key, score]) => ({
      key,
      label: topicLabel(kb, key, lang),
      score,
      factCount: index.factCounts.get(key) ?? 0,
    }))
    // A near miss that no fact is about is noise; an exact name stays (documents to come may be about it).
    .filter((s) => s.factCount > 0 || s.score === 0)
    .sort((a, b) => a.score - b.score || b.factCount - a.factCount || a.key.localeCompare(b.key));
  return withoutNearDuplicates(kb, ranked).slice(0, limit);
}

/** Fuzzy matches scoring worse than this (fuse: 0 perfect, 1 none) are not offered. */
const WEAK_MATCH = 0.3;

const CONCEPT_EVENTS: ReadonlyMap<string, EventType> = new Map(
  CONCEPTS.filter((c) => c.event !== undefined).map((c) => [c.id, c.event as EventType]),
);

/**
 * Two suggestions that cover mostly the same facts ("prisoner" and "Prisoner releases") are one topic
 * to a person: the better ranked stays, or the broader one when they rank the same.
 */
function withoutNearDuplicates(kb: KnowledgeBase, ranked: TopicSuggestion[]): TopicSuggestion[] {
  const kept: { suggestion: TopicSuggestion; facts: Set<string> }[] = [];
  for (const suggestion of ranked) {
    const topic = parseTopicKey(suggestion.key);
    if (!topic) continue;
    const facts = new Set(kb.data.facts.filter((f) => factMatchesTopic(f, topic)).map((f) => f.id));
    const twin = kept.find((k) => overlap(k.facts, facts) >= NEAR_DUPLICATE);
    if (!twin) {
      kept.push({ suggestion, facts });
      continue;
    }
    if (twin.suggestion.score === suggestion.score && facts.size > twin.facts.size) {
      twin.suggestion = suggestion;
      twin.facts = facts;
    }
  }
  return kept.map((k) => k.suggestion);
}

/** Share of the smaller set that is in the other one. */
const NEAR_DUPLICATE = 0.7;

function overlap(a: Set<string>, b: Set<string>): number {
  const smaller = a.size <= b.size ? a : b;
  const larger = smaller === a ? b : a;
  if (smaller.size === 0) return 0;
  let shared = 0;
  for (const id of smaller) if (larger.has(id)) shared++;
  return shared / smaller.size;
}

const EVERYTHING_WORDS: ReadonlySet<string> = new Set(
  ['all', 'everything', '*', 'все', 'всё', 'все темы', 'всё подряд'].map(foldForMatch),
);

interface TopicRecord {
  key: TopicKey;
  text: string;
}

interface TopicIndex {
  fuse: Fuse<TopicRecord>;
  factCounts: Map<TopicKey, number>;
}

// A knowledge base is immutable (a reload makes a new one), so its index is built once and dies with it.
const indexes = new WeakMap<KnowledgeBase, TopicIndex>();

function topicIndexOf(kb: KnowledgeBase): TopicIndex {
  let index = indexes.get(kb);
  if (!index) {
    index = buildTopicIndex(kb);
    indexes.set(kb, index);
  }
  return index;
}

function buildTopicIndex(kb: KnowledgeBase): TopicIndex {
  const records: TopicRecord[] = [];
  const seen = new Set<string>();
  const add = (key: TopicKey, text: string | undefined) => {
    if (!text) return;
    const folded = foldForMatch(text);
    const id = `${key}\u0000${folded}`;
    if (folded.length === 0 || seen.has(id)) return;
    seen.add(id);
    records.push({ key, text: folded });
  };
  const factCounts = new Map<TopicKey, number>();
  const count = (key: TopicKey) => factCounts.set(key, (factCounts.get(key) ?? 0) + 1);
  for (const fact of kb.data.facts) {
    for (const id of new Set([...fact.participants, ...fact.places])) count(entityTopic(id));
    const types = new Set([fact.type, ...fact.concepts.filter(isEventType)]);
    for (const type of types) count(typeTopic(type));
    for (const concept of new Set(fact.concepts)) if (!isEventType(concept)) count(conceptTopic(concept));
  }
  // Index names and aliases, never sentences: fuse slows down past a few thousand records.
  for (const entity of kb.data.entities) {
    const key = entityTopic(entity.id);
    add(key, entity.names.en);
    add(key, entity.names.ru);
    for (const alias of entity.aliases) add(key, alias);
  }
  for (const key of factCounts.keys()) {
    if (key.startsWith('c:')) add(key, key.slice(2));
  }
  for (const type of EVENT_TYPES) {
    const key = typeTopic(type);
    add(key, type);
    add(key, eventTypeLabel(type, 'en'));
    add(key, eventTypeLabel(type, 'ru'));
  }
  const fuse = new Fuse(records, {
    keys: ['text'],
    includeScore: true,
    // Names sit anywhere in an alias ("Gregory Thornbury"): no bias to the start of the string.
    ignoreLocation: true,
    threshold: 0.34,
    minMatchCharLength: 2,
  });
  return { fuse, factCounts };
}
