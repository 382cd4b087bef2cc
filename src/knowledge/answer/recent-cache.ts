/**
 * A map that keeps only its most recently used entries: for what a question reads again and again
 * (a sentence's tokens, its annotation) while the process answers for weeks. Its size is fixed, so the
 * memory it holds does not grow with the questions asked.
 */
export class RecentCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value for `key`, computed by `make` when it is not kept; either way it becomes the most recent. */
  get(key: K, make: (key: K) => V): V {
    const kept = this.entries.get(key);
    if (kept !== undefined) {
      // A Map iterates in insertion order: re-inserting makes the entry the last, the oldest is first.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept;
    }
    const value = make(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    return value;
  }
}
