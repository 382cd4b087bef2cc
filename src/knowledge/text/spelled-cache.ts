/**
 * A bounded cache of a pure function of a word, looked up by the word where it stands in a text: by its
 * code units' hash (FNV-1a) and a comparison in place. A word cut out of the text first and looked up in
 * a Map is a new string to hash and allocate for every word of every sentence; a word seen before costs
 * neither here. Emptied whole when it holds `limit` words, as remembered() is.
 */
export const SPELLING_HASH_BASIS = 0x811c9dc5 | 0;

export function spellingHashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** The hash of text[start, end). */
export function spellingHash(text: string, start: number, end: number): number {
  let hash = SPELLING_HASH_BASIS;
  for (let k = start; k < end; k++) hash = spellingHashStep(hash, text.charCodeAt(k));
  return hash;
}

const INITIAL_CAPACITY = 1 << 12;

export class SpelledCache<V> {
  private hashes = new Int32Array(INITIAL_CAPACITY);
  private words: Array<string | undefined> = new Array<string | undefined>(INITIAL_CAPACITY).fill(undefined);
  private values: Array<V | undefined> = new Array<V | undefined>(INITIAL_CAPACITY).fill(undefined);
  private size = 0;

  constructor(private readonly limit: number) {}

  /** The value of text[start, end) (whose spellingHash is `hash`), or undefined when not cached. */
  find(text: string, start: number, end: number, hash: number): V | undefined {
    const mask = this.hashes.length - 1;
    const length = end - start;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const word = this.words[i];
      if (word === undefined) return undefined;
      if (this.hashes[i] !== hash || word.length !== length) continue;
      let k = 0;
      while (k < length && word.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return this.values[i];
    }
  }

  /** Caches the value of `word` (not cached yet), whose spellingHash is `hash`. */
  add(word: string, hash: number, value: V): void {
    if (this.size >= this.limit) this.reset(INITIAL_CAPACITY);
    else if (2 * (this.size + 1) > this.hashes.length) this.grow();
    this.put(word, hash, value);
  }

  private put(word: string, hash: number, value: V): void {
    const mask = this.hashes.length - 1;
    let i = hash & mask;
    while (this.words[i] !== undefined) i = (i + 1) & mask;
    this.hashes[i] = hash;
    this.words[i] = word;
    this.values[i] = value;
    this.size++;
  }

  private grow(): void {
    const { hashes, words, values } = this;
    this.reset(hashes.length * 2);
    for (let i = 0; i < hashes.length; i++) {
      const word = words[i];
      if (word !== undefined) this.put(word, hashes[i] as number, values[i] as V);
    }
  }

  private reset(capacity: number): void {
    this.hashes = new Int32Array(capacity);
    this.words = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.size = 0;
  }
}
