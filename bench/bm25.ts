import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';

/**
 * The plain baseline of issue 12: BM25 over sentences with Snowball stems (@orama/stemmers), top result.
 * What any search library would do with no knowledge of dates, counts or names: the bar answering must
 * beat on time per question. Postings are typed arrays; a question allocates one score array.
 */
export class Bm25Index {
  private readonly postings = new Map<string, { docs: Int32Array; tf: Uint16Array }>();
  private readonly lengths: Float32Array;
  private readonly averageLength: number;
  private readonly scores: Float64Array;

  constructor(texts: readonly string[]) {
    const building = new Map<string, { docs: number[]; tf: number[] }>();
    this.lengths = new Float32Array(texts.length);
    let total = 0;
    texts.forEach((text, doc) => {
      const terms = analyze(text);
      this.lengths[doc] = terms.length;
      total += terms.length;
      const counts = new Map<string, number>();
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [t, n] of counts) {
        let p = building.get(t);
        if (!p) {
          p = { docs: [], tf: [] };
          building.set(t, p);
        }
        p.docs.push(doc);
        p.tf.push(n);
      }
    });
    for (const [t, p] of building) this.postings.set(t, { docs: Int32Array.from(p.docs), tf: Uint16Array.from(p.tf) });
    this.averageLength = total / Math.max(1, texts.length);
    this.scores = new Float64Array(texts.length);
  }

  /** The best sentence for the question, or -1. k1 = 1.2, b = 0.75. */
  top(question: string): number {
    const k1 = 1.2;
    const b = 0.75;
    const n = this.lengths.length;
    const touched: number[] = [];
    for (const term of new Set(analyze(question))) {
      const p = this.postings.get(term);
      if (!p) continue;
      const idf = Math.log(1 + (n - p.docs.length + 0.5) / (p.docs.length + 0.5));
      for (let i = 0; i < p.docs.length; i++) {
        const doc = p.docs[i] as number;
        const tf = p.tf[i] as number;
        const norm = tf + k1 * (1 - b + (b * (this.lengths[doc] as number)) / this.averageLength);
        if (this.scores[doc] === 0) touched.push(doc);
        this.scores[doc] = (this.scores[doc] as number) + (idf * tf * (k1 + 1)) / norm;
      }
    }
    let best = -1;
    let bestScore = 0;
    for (const doc of touched) {
      const s = this.scores[doc] as number;
      if (s > bestScore || (s === bestScore && doc < best)) {
        best = doc;
        bestScore = s;
      }
      this.scores[doc] = 0;
    }
    return best;
  }
}

const WORD = /[\p{L}\p{N}]+/gu;
const CYRILLIC = /[а-яё]/;

function analyze(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().replaceAll('ё', 'е').matchAll(WORD)) {
    const w = m[0];
    out.push(CYRILLIC.test(w) ? stemRussian(w) : stemEnglish(w));
  }
  return out;
}
