import type { FactIdsOnly } from './new-fact-ids.ts';

/**
 * When each fact id was first seen, as a generation number that grows by one each time the
 * fact store brings new facts. A subscription remembers the generation of its last digest;
 * everything first seen later is new to it. Plain JSON: the subscriber store keeps it.
 */
export interface FactLedger {
  generation: number;
  firstSeen: Record<string, number>;
}

export const EMPTY_LEDGER: FactLedger = Object.freeze({ generation: 0, firstSeen: Object.freeze({}) }) as FactLedger;

/**
 * Records the facts of `data` the ledger has not seen, under a new generation.
 * Returns the same ledger object when nothing is new, so callers can skip a write.
 * Facts that disappeared keep their entry: if they come back they are not news.
 */
export function advanceLedger(ledger: FactLedger, data: FactIdsOnly): { ledger: FactLedger; added: string[] } {
  const added = data.facts.filter((f) => !Object.hasOwn(ledger.firstSeen, f.id)).map((f) => f.id);
  if (added.length === 0) return { ledger, added };
  const generation = ledger.generation + 1;
  const firstSeen = { ...ledger.firstSeen };
  for (const id of added) firstSeen[id] = generation;
  return { ledger: { generation, firstSeen }, added };
}
