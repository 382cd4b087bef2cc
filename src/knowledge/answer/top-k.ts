/**
 * The k best of `count` items under a strict total order, best first: a bounded heap, O(count · log k).
 * Ranking keeps 40 of up to a few thousand scored sentences; sorting them all cost more than choosing.
 */
export function topK(count: number, k: number, better: (a: number, b: number) => boolean): number[] {
  if (k <= 0) return [];
  // heap[0] is the worst kept item, so a newcomer is compared with it alone.
  const heap: number[] = [];
  const worse = (a: number, b: number) => better(b, a);
  const siftUp = (at: number) => {
    let i = at;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i] as number, heap[parent] as number)) break;
      [heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number];
      i = parent;
    }
  };
  const siftDown = () => {
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && worse(heap[left] as number, heap[worst] as number)) worst = left;
      if (right < heap.length && worse(heap[right] as number, heap[worst] as number)) worst = right;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst] as number, heap[i] as number];
      i = worst;
    }
  };
  for (let item = 0; item < count; item++) {
    if (heap.length < k) {
      heap.push(item);
      siftUp(heap.length - 1);
    } else if (better(item, heap[0] as number)) {
      heap[0] = item;
      siftDown();
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

/**
 * The k-th best of the scores added so far (-Infinity until k were added): the bar a later item must
 * reach to be among the best k.
 */
export class KthBest {
  /** A min-heap of the k best scores: heap[0] is the bar. */
  private readonly heap: number[] = [];

  constructor(private readonly k: number) {}

  add(score: number): void {
    const heap = this.heap;
    if (this.k <= 0) return;
    if (heap.length < this.k) {
      heap.push(score);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if ((heap[parent] as number) <= (heap[i] as number)) break;
        [heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number];
        i = parent;
      }
      return;
    }
    if (score <= (heap[0] as number)) return;
    heap[0] = score;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < heap.length && (heap[left] as number) < (heap[least] as number)) least = left;
      if (right < heap.length && (heap[right] as number) < (heap[least] as number)) least = right;
      if (least === i) return;
      [heap[i], heap[least]] = [heap[least] as number, heap[i] as number];
      i = least;
    }
  }

  score(): number {
    return this.k > 0 && this.heap.length === this.k ? (this.heap[0] as number) : Number.NEGATIVE_INFINITY;
  }
}

/**
 * The k items (non-negative integers) of the highest counts, the smaller item first among equal
 * counts, in no particular order. Counts are whole or half numbers, so doubled they index a
 * histogram: one pass finds the count at the cut, instead of sorting thousands of candidates.
 */
export function mostCounted(
  items: ArrayLike<number> & Iterable<number>,
  countOf: (item: number) => number,
  k: number,
): number[] {
  if (items.length <= k) return [...items];
  // Each count read once, in item order: countOf is often a lookup far apart for each item.
  const doubledOf = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const doubled = 2 * countOf(items[i] as number);
    if (!Number.isInteger(doubled) || doubled < 0)
      throw new Error(`mostCounted: count ${doubled / 2} is not a whole or half number`);
    doubledOf[i] = doubled;
  }
  return Array.from(mostCountedDoubled(Int32Array.from(items), doubledOf, k));
}

/**
 * mostCounted with the counts given doubled, by position: doubled[i] is twice the count of items[i]
 * (non-negative whole numbers). The chosen items above the cut come in item order, then those at it, smallest first.
 */
export function mostCountedDoubled(items: Int32Array, doubled: Int32Array, k: number): Int32Array {
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
  chosen.set(atCut.sort().subarray(0, k - above), taken);
  return chosen;
}

/**
 * The items 0..count-1, highest key first, taken one at a time: a binary heap, built in O(count) and
 * O(log count) a take. For a walk that stops after the first few hundred of thousands, which sorting
 * them all (with a comparator, a call a comparison) cost more than. Equal keys come in no set order.
 */
export class HighestFirst {
  private readonly heap: Int32Array;
  private size: number;

  constructor(
    private readonly keys: Float64Array,
    count: number,
  ) {
    this.heap = new Int32Array(count);
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

  private siftDown(from: number): void {
    const { heap, keys, size } = this;
    const item = heap[from] as number;
    const key = keys[item] as number;
    let i = from;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && (keys[heap[right] as number] as number) > (keys[heap[child] as number] as number))
        child = right;
      if ((keys[heap[child] as number] as number) <= key) break;
      heap[i] = heap[child] as number;
      i = child;
    }
    heap[i] = item;
  }
}
