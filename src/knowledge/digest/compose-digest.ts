import type { KnowledgeBase } from '../knowledge-base.ts';
import type { Citation, Fact, FuzzyDate, Lang } from '../types.ts';
import { type DigestBaseline, isNewSince } from './baseline.ts';
import { chronology, factEntry } from './chronology.ts';
import { factCitation, factSummary } from './fact-summary.ts';
import { fuzzyDateSortKey } from './fuzzy-date-order.ts';
import { factMatchesTopic, parseTopicKey, type TopicKey } from './topic.ts';
import { topicLabel } from './topic-label.ts';

export interface DigestRequest {
  topics: readonly TopicKey[];
  lang: Lang;
}

export interface DigestItem {
  factId: string;
  date?: FuzzyDate;
  summary: string;
  citation: Citation;
}

export interface DigestSection {
  topic: { key: TopicKey; label: string };
  items: DigestItem[];
  /** Matching events left out of a briefing (it shows the key developments, not all of them). */
  omitted: number;
}

export type DigestKind = 'briefing' | 'update' | 'nothing-new';

export interface Digest {
  kind: DigestKind;
  lang: Lang;
  sections: DigestSection[];
}

export interface ComposeOptions {
  /** Most items per topic in a briefing. */
  briefingItemsPerTopic?: number;
}

/**
 * The digest a subscription should get now.
 * No baseline: a briefing, the newest key developments per topic, each cited.
 * A baseline: only facts new since it, grouped by topic, newest first; 'nothing-new' when there are none.
 * A fact that matches several topics is listed once, under the first of them (the subscriber's order).
 */
export function composeDigest(
  kb: KnowledgeBase,
  request: DigestRequest,
  baseline: DigestBaseline,
  options: ComposeOptions = {},
): Digest {
  const briefing = baseline.kind === 'none';
  if (briefing) return composeBriefing(kb, request, options.briefingItemsPerTopic ?? BRIEFING_ITEMS_PER_TOPIC);
  const listed = new Set<string>();
  const sections: DigestSection[] = [];
  // "Event" items say nothing a reader can use; an update lists typed events only.
  const candidates = newestFirst(
    kb.data.facts.filter((f) => f.evidence.length > 0 && f.type !== 'other' && isNewSince(baseline, f.id)),
  );
  for (const key of unique(request.topics)) {
    const topic = parseTopicKey(key);
    if (!topic) continue;
    const matching = candidates.filter((f) => !listed.has(f.id) && factMatchesTopic(f, topic));
    if (matching.length === 0) continue;
    for (const fact of matching) listed.add(fact.id);
    sections.push({
      topic: { key, label: topicLabel(kb, key, request.lang) },
      items: matching.map((fact) => digestItem(kb, fact, request.lang)),
      omitted: 0,
    });
  }
  return { kind: sections.length === 0 ? 'nothing-new' : 'update', lang: request.lang, sections };
}

/** Developments per topic in a first briefing. */
export const BRIEFING_ITEMS_PER_TOPIC = 10;

/**
 * A briefing: per topic, the most important events of its chronology (weighed by how much the
 * documents make of them), shown newest first, one line and one quote each. Only events the
 * documents date themselves: no background dates, no vague "event" items.
 * An event that matches several topics is listed once, under the first of them.
 */
function composeBriefing(kb: KnowledgeBase, request: DigestRequest, perTopic: number): Digest {
  const listed = new Set<string>();
  const sections: DigestSection[] = [];
  for (const key of unique(request.topics)) {
    if (!parseTopicKey(key)) continue;
    const events = chronology(kb, { lang: request.lang, topics: [key], undated: true }).filter(
      (e) => !listed.has(e.key),
    );
    if (events.length === 0) continue;
    const shown = [...events]
      .sort((a, b) => b.weight - a.weight || fuzzyDateSortKey(b.date) - fuzzyDateSortKey(a.date))
      .slice(0, perTopic)
      .sort((a, b) => fuzzyDateSortKey(b.date) - fuzzyDateSortKey(a.date) || a.key.localeCompare(b.key));
    for (const event of shown) listed.add(event.key);
    sections.push({
      topic: { key, label: topicLabel(kb, key, request.lang) },
      items: shown.map((e) => {
        const item: DigestItem = { factId: e.factIds[0] ?? e.key, summary: e.line, citation: e.citation };
        if (e.date.year !== undefined) item.date = e.date;
        return item;
      }),
      omitted: events.length - shown.length,
    });
  }
  return { kind: sections.length === 0 ? 'nothing-new' : 'briefing', lang: request.lang, sections };
}

/** A new fact in an update: the same one-line wording as a briefing, dated only as its sentence dates it. */
function digestItem(kb: KnowledgeBase, fact: Fact, lang: Lang): DigestItem {
  const entry = factEntry(kb, fact, lang);
  // composeDigest only passes facts with evidence, so there is an entry and a citation.
  const citation = entry?.citation ?? (factCitation(kb, fact) as Citation);
  const item: DigestItem = { factId: fact.id, summary: entry?.line ?? factSummary(kb, fact, lang), citation };
  if (entry && entry.date.year !== undefined) item.date = entry.date;
  return item;
}

function newestFirst(facts: Fact[]): Fact[] {
  return facts
    .map((fact) => ({ fact, key: fuzzyDateSortKey(fact.date) }))
    .sort((a, b) => b.key - a.key || a.fact.id.localeCompare(b.fact.id))
    .map((x) => x.fact);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
