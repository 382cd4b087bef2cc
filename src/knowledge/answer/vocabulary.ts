import Fuse from 'fuse.js';

/**
 * The words the system knows (the corpus's words, names and aliases, intent phrasings), and a fuzzy
 * corrector for the words a user mistypes ("кагда" → "когда", "келог" → "келлог", "prisners" → "prisoners").
 * Fuse is slow over large lists, so words are bucketed by their first letter and length band,
 * and a bucket's index is built the first time it is needed.
 */
export class Vocabulary {
  private readonly words = new Set<string>();
  private readonly buckets = new Map<string, string[]>();
  private readonly fuses = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, string | null>();

  add(word: string): void {
    if (word.length < 3 || this.words.has(word)) return;
    this.words.add(word);
    for (const key of bucketKeys(word)) {
      const list = this.buckets.get(key) ?? [];
      list.push(word);
      this.buckets.set(key, list);
    }
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  get size(): number {
    return this.words.size;
  }

  /** The closest known word, or undefined when nothing is close enough to be a typo of it. */
  correct(word: string): string | undefined {
    if (word.length < 4 || this.words.has(word)) return undefined;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const key = `${word[0]}:${lengthBand(word.length)}`;
    let fuse = this.fuses.get(key);
    if (!fuse) {
      fuse = new Fuse(this.buckets.get(key) ?? [], {
        includeScore: true,
        threshold: 0.34,
        ignoreLocation: true,
        isCaseSensitive: true,
        minMatchCharLength: 2,
      });
      this.fuses.set(key, fuse);
    }
    const hits = fuse.search(word, { limit: 8 });
    // Fuse ranks; the edit distance decides. One slip in a short word, two in a long one: a real
    // word the documents happen not to use ("central", "asia") must not become another ("control").
    const allowed = word.length >= 8 ? 2 : 1;
    const best = hits.find((h) => (h.score ?? 1) <= 0.34 && editDistance(word, h.item) <= allowed);
    const result = best?.item;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(word, result ?? null);
    return result;
  }
}

function lengthBand(n: number): number {
  return Math.min(6, Math.floor(n / 3));
}

/** A word is filed under its own band and the neighbouring ones, so a typo that changes the length still finds it. */
function bucketKeys(word: string): string[] {
  const band = lengthBand(word.length);
  const bands = new Set([
    band,
    lengthBand(word.length - 1),
    lengthBand(word.length + 1),
    lengthBand(word.length + 2),
    lengthBand(Math.max(0, word.length - 2)),
  ]);
  return [...bands].map((b) => `${word[0]}:${b}`);
}

/** Damerau–Levenshtein (optimal string alignment) distance: a swapped pair of letters counts once. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const prev = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}
