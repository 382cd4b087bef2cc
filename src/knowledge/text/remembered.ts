/**
 * A bounded cache of a pure function of a word. Words repeat heavily (every sentence, every question),
 * so a cache that is cleared whole when full keeps nearly every hit and never grows past its bound.
 */
export function remembered<V>(cache: Map<string, V>, limit: number, word: string, compute: (word: string) => V): V {
  const known = cache.get(word);
  // (An undefined value is remembered too: "no month", "no concept".)
  if (known !== undefined || cache.has(word)) return known as V;
  const value = compute(word);
  if (cache.size > limit) cache.clear();
  cache.set(word, value);
  return value;
}
