import { CONCEPTS, type Concept, EVENT_PRIORITY } from '../lexicon/concepts.ts';
import type { CountMention, EventType, Fact, FuzzyDate, SanctionAction } from '../types.ts';

const CONCEPT_BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));

export interface EventReading {
  type: EventType;
  sanctionAction?: SanctionAction;
  hedged: boolean;
}

/**
 * The event a sentence reports, from its concepts: the highest-priority event concept wins
 * ("освобождено 52 человека" over "прибыл" when both are there, since a release is the rarer news).
 */
export function readEvent(conceptIds: readonly string[]): EventReading | undefined {
  const concepts = conceptIds.map((id) => CONCEPT_BY_ID.get(id)).filter((c): c is Concept => c !== undefined);
  const events = new Set(concepts.map((c) => c.event).filter((e): e is EventType => e !== undefined));
  const type = EVENT_PRIORITY.find((e) => events.has(e));
  if (!type) return undefined;
  const hedged = concepts.some((c) => c.hedge);
  if (type !== 'sanctions') return { type, hedged };
  const action = (['lifted', 'eased', 'extended', 'imposed'] as const).find((a) =>
    concepts.some((c) => c.sanctionAction === a),
  );
  return action ? { type, sanctionAction: action, hedged } : { type, hedged };
}

/** Whether two facts can be the same event told twice (by different sources). */
export function sameEvent(a: Fact, b: Fact, compatible: (x: FuzzyDate, y: FuzzyDate) => boolean): boolean {
  if (a.type !== b.type || a.type === 'other' || a.type === 'statement') return false;
  if (!a.date || !b.date || !compatible(a.date, b.date)) return false;
  if (a.sanctionAction !== b.sanctionAction) return false;
  const shared = people(a).filter((p) => people(b).includes(p));
  if (shared.length > 0) return true;
  return sharedCount(a.counts, b.counts);
}

function people(f: Fact): string[] {
  return f.participants.filter((p) => !p.startsWith('place:'));
}

function sharedCount(a: readonly CountMention[], b: readonly CountMention[]): boolean {
  return a.some((x) => b.some((y) => x.value === y.value && x.concept === y.concept));
}
