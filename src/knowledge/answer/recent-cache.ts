/**
 * What a question reads again and again (a sentence's tokens, its annotation), kept for the question
 * being answered and the one before it, while the process answers for weeks.
 *
 * Not a least-recently-used map: the entries of one of those outlive many questions, so V8 moves them
 * to the old generation, where each one dropped stays as garbage until a full collection (at 1,000
 * documents, ~60 MB more resident memory after 2,000 answers); and its Map, whose every hit deletes
 * and re-inserts a key, reallocates its table again and again. Here an entry lives for a question or
 * two and dies young, and a Map is dropped whole. Within a question a key always gives the same value, so readers
 * may compare what two reads gave by identity.
 */
export class RecentCache<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();

  /** `capacity`: the most entries a question keeps; past it, the older half is dropped as at a new question. */
  constructor(readonly capacity: number) {}

  get size(): number {
    return this.current.size + this.previous.size;
  }

  /** A new question begins: what the question before last read is dropped. */
  nextQuestion(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** The value for `key`, computed by `make` when it is not kept. */
  get(key: K, make: (key: K) => V): V {
    const kept = this.current.get(key);
    if (kept !== undefined) return kept;
    const value = this.previous.get(key) ?? make(key);
    if (this.current.size >= this.capacity) this.nextQuestion();
    this.current.set(key, value);
    return value;
  }
}
