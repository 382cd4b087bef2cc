/**
 * Lists used as sets when facts are merged. Most merged facts add nothing new (the same people, the same
 * concepts), so these give back the list itself then instead of building a Set and a new array each time.
 * The result is always what the Set-based expression in each comment gives.
 */

/** `[...new Set([...a, ...b])]`: `a` itself when it has no repeats and holds all of `b`. */
export function union(a: string[], b: readonly string[]): string[] {
  if (hasNoRepeats(a) && b.every((x) => a.includes(x))) return a;
  return [...new Set([...a, ...b])];
}

/** `[...new Set([...a, ...b])].sort()`: `a` itself when it is strictly ascending and holds all of `b`. */
export function sortedUnion(a: string[], b: readonly string[]): string[] {
  if (isStrictlyAscending(a) && b.every((x) => a.includes(x))) return a;
  return [...new Set([...a, ...b])].sort();
}

function hasNoRepeats(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (list.lastIndexOf(list[i] as string, i - 1) >= 0) return false;
  return true;
}

/** Ascending as the default sort orders strings (by UTF-16 code units), each once. */
function isStrictlyAscending(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (!((list[i - 1] as string) < (list[i] as string))) return false;
  return true;
}
