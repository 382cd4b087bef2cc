/** Only the ids matter, so a ledger or a trimmed store can be compared too. */
export type FactIdsOnly = { facts: readonly { id: string }[] };

/**
 * Fact ids present in `newData` and absent from `oldData`, in `newData`'s order.
 * Fact ids are deterministic (type, date, evidence), so an unchanged fact keeps its id across rebuilds
 * and only facts from new or changed text come out here.
 */
export function newFactIds(oldData: FactIdsOnly | null, newData: FactIdsOnly): string[] {
  const old = new Set(oldData?.facts.map((f) => f.id) ?? []);
  return newData.facts.filter((f) => !old.has(f.id)).map((f) => f.id);
}
