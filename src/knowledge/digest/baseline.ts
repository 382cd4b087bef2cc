/**
 * What a subscription has already been told, so the next digest holds only what is new.
 *
 *  - 'none': nothing delivered yet; the next digest is a briefing.
 *  - 'known-ids': the fact ids present when the previous digest was composed.
 *  - 'since': a generation number from the fact ledger (see fact-ledger.ts); a fact is new
 *    when it first appeared in a later generation. This is what the delivery layer stores, because
 *    one number per subscription stays small where a list of ids per subscription would not.
 */
export type DigestBaseline =
  | { kind: 'none' }
  | { kind: 'known-ids'; factIds: ReadonlySet<string> }
  | { kind: 'since'; generation: number; firstSeen: Readonly<Record<string, number>> };

export function isNewSince(baseline: DigestBaseline, factId: string): boolean {
  switch (baseline.kind) {
    case 'none':
      return true;
    case 'known-ids':
      return !baseline.factIds.has(factId);
    case 'since': {
      const seen = baseline.firstSeen[factId];
      // A fact the ledger has not recorded yet is new by definition.
      return seen === undefined || seen > baseline.generation;
    }
  }
}
