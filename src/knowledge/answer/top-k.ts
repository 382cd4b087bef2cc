/**
 * Choosing the best few of thousands without sorting them all: ranking keeps 40 of up to a few
 * thousand scored sentences (BestScored), taking them best bound first (HighestFirst), and
 * enumeration keeps the few thousand candidates sharing the most features with a question (mostCounted).
 */

/**
 * The k best items added so far in ranking's order (score down, then tie up: the smaller sentence
 * number first among equal scores), in a bounded heap. `admits` says whether an item of a given score
 * and tie would be kept now; the worst kept only gets better, so an item it refuses (or one a bound
 * on its score refuses) never needs scoring in full.
 */
export class BestScored {
  /** A heap of the kept items with their scores and ties, the worst at the top. */
  private readonly items: number[] = [];
  private readonly scores: number[] = [];
  private readonly ties: number[] = [];

  constructor(private readonly k: number) {}

  /** Whether an item of this score and tie would be kept now (a worse one never will be later). */
  admits(score: number, tie: number): boolean {
    if (this.k <= 0) return false;
    if (this.items.length < this.k) return true;
    const worst = this.scores[0] as number;
    return score > worst || (score === worst && tie < (this.ties[0] as number));
  }

  add(item: number, score: number, tie: number): void {
    if (!this.admits(score, tie)) return;
    if (this.items.length < this.k) {
      this.items.push(item);
      this.scores.push(score);
      this.ties.push(tie);
      for (let i = this.items.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    this.items[0] = item;
    this.scores[0] = score;
    this.ties[0] = tie;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < this.items.length && this.worse(left, worst)) worst = left;
      if (right < this.items.length && this.worse(right, worst)) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  /** The items kept, best first. */
  best(): number[] {
    // Filled by push, not by map: map makes an empty array and a full one of two different maps (kinds of
    // elements), and optimized code that met one deoptimizes at the other, question after question.
    const order: number[] = [];
    for (let i = 0; i < this.items.length; i++) order.push(i);
    order.sort((a, b) => (this.worse(b, a) ? -1 : this.worse(a, b) ? 1 : 0));
    const best: number[] = [];
    for (const i of order) best.push(this.items[i] as number);
    return best;
  }

  /** Whether the entry at heap place a ranks below the one at b. */
  private worse(a: number, b: number): boolean {
    const sa = this.scores[a] as number;
    const sb = this.scores[b] as number;
    return sa < sb || (sa === sb && (this.ties[a] as number) > (this.ties[b] as number));
  }

  private swap(a: number, b: number): void {
    for (const list of [this.items, this.scores, this.ties]) {
      const t = list[a] as number;
      list[a] = list[b] as number;
      list[b] = t;
    }
  }
}

/**
 * The k items (non-negative integers) of the highest counts, the smaller item first among equal
 * counts. Counts are given doubled, by position (doubled[i] is twice the count of items[i], a whole
 * number: counts are whole or half), so they index a histogram: one pass finds the count at the cut,
 * instead of sorting thousands of candidates. The items above the cut come in item order, then those
 * at it, smallest first.
 */
export function mostCounted(items: Int32Array, doubled: Int32Array, k: number): Int32Array {
  if (items.length <= k) return items.slice();
  let most = 0;
  for (let i = 0; i < doubled.length; i++) if ((doubled[i] as number) > most) most = doubled[i] as number;
  const histogram = new Int32Array(most + 1);
  for (let i = 0; i < doubled.length; i++) {
    const d = doubled[i] as number;
    histogram[d] = (histogram[d] as number) + 1;
  }
  // The count at the cut: everything above it is taken, and the first of those at it.
  let cut = most;
  let above = 0;
  while (above + (histogram[cut] as number) < k) above += histogram[cut--] as number;
  const chosen = new Int32Array(k);
  const atCut = new Int32Array(histogram[cut] as number);
  let taken = 0;
  let at = 0;
  for (let i = 0; i < items.length; i++) {
    const d = doubled[i] as number;
    if (d > cut) chosen[taken++] = items[i] as number;
    else if (d === cut) atCut[at++] = items[i] as number;
  }
  chosen.set(sortAscending(atCut).subarray(0, k - above), taken);
  return chosen;
}

/**
 * The items 0..count-1, highest key first, taken one at a time: a binary heap, built in O(count) and
 * O(log count) a take. For a walk that stops after the first few dozen of thousands, which sorting
 * them all (with a comparator, a call a comparison) cost more than. Among equal keys, the item of the
 * smaller tie comes first (ranking's sentence numbers).
 */
export class HighestFirst {
  private readonly heap: Int32Array;
  private size: number;

  /** `heap`: room for `count` items, when the caller keeps one from an earlier walk. */
  constructor(
    private readonly keys: Float64Array,
    private readonly ties: Int32Array,
    count: number,
    heap: Int32Array = new Int32Array(count),
  ) {
    this.heap = heap;
    for (let i = 0; i < count; i++) this.heap[i] = i;
    this.size = count;
    for (let i = (count >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  /** The item of the highest key not taken yet, -1 when all were taken. */
  take(): number {
    if (this.size === 0) return -1;
    const top = this.heap[0] as number;
    this.size--;
    if (this.size > 0) {
      this.heap[0] = this.heap[this.size] as number;
      this.siftDown(0);
    }
    return top;
  }

  /** Whether item a comes before item b. */
  private before(a: number, b: number): boolean {
    const ka = this.keys[a] as number;
    const kb = this.keys[b] as number;
    return ka > kb || (ka === kb && (this.ties[a] as number) < (this.ties[b] as number));
  }

  private siftDown(from: number): void {
    const { heap, size } = this;
    const item = heap[from] as number;
    let i = from;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && this.before(heap[right] as number, heap[child] as number)) child = right;
      if (!this.before(heap[child] as number, item)) break;
      heap[i] = heap[child] as number;
      i = child;
    }
    heap[i] = item;
  }
}

/** Bits of an item a pass of sortAscending places by: 2,048 buckets, two passes below four million items. */
const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;

/**
 * The items (non-negative integers, such as sentence numbers) in ascending order, sorted in place: a
 * least-significant-digit radix sort. mostCounted sorts the candidates at its cut with it (up to a few
 * thousand a question): the built-in sort of a typed array was half of mostCounted's time, and a tenth
 * of a ranking's, in a CPU profile at a thousand documents.
 */
export function sortAscending(items: Int32Array): Int32Array {
  let most = 0;
  for (let i = 0; i < items.length; i++) if ((items[i] as number) > most) most = items[i] as number;
  if (items.length < 2 || most === 0) return items;
  let from: Int32Array = items;
  let to: Int32Array = new Int32Array(items.length);
  const counts = new Int32Array(RADIX);
  for (let shift = 0; most >>> shift > 0; shift += RADIX_BITS) {
    counts.fill(0);
    for (let i = 0; i < from.length; i++) {
      const digit = ((from[i] as number) >>> shift) & (RADIX - 1);
      counts[digit] = (counts[digit] as number) + 1;
    }
    let start = 0;
    for (let d = 0; d < RADIX; d++) {
      const c = counts[d] as number;
      counts[d] = start;
      start += c;
    }
    for (let i = 0; i < from.length; i++) {
      const item = from[i] as number;
      const digit = (item >>> shift) & (RADIX - 1);
      to[counts[digit] as number] = item;
      counts[digit] = (counts[digit] as number) + 1;
    }
    const done = to;
    to = from;
    from = done;
  }
  if (from !== items) items.set(from);
  return items;
}
