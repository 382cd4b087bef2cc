import { Worker } from 'node:worker_threads';
import { entryScript } from '../code-location.ts';
import type { Entity } from '../types.ts';
import type { AdmittedDocument, AnnotatedDocument, PreparedDocument, RawDocument } from './ingest.ts';

/**
 * Worker threads for ingest (see ingest-worker.ts). The sorted documents are shared out in `count`
 * shares balanced by size: the first is this thread's own (it works on it while the workers work on
 * theirs, so N-way ingest starts N - 1 workers: one less heap, start-up and copy of results), each other
 * one a worker's, which keeps what it prepared for the second round, so texts and sentences cross the
 * thread boundary once each way. Results are put back by document position: the output does not depend
 * on the number of shares or on which finishes first. Shares are runs of a few documents dealt out in
 * turn, so that the documents come back roughly in order and this thread can merge them as they come.
 */
export class IngestPool {
  private constructor(
    private readonly workers: WorkerHandle[],
    /** This thread's share, then each worker's. */
    private readonly shares: number[][],
    private readonly sorted: readonly RawDocument[],
  ) {}

  /**
   * `dictionaries`: the morphology's, in memory the workers share (shareMorphologyDictionaries).
   * Undefined when the documents make one share only (then there is nothing to share out).
   */
  static start(
    count: number,
    sorted: readonly RawDocument[],
    dictionaries: () => Readonly<Record<string, SharedArrayBuffer>>,
  ): IngestPool | undefined {
    const shares = shareOut(sorted, count);
    if (shares.length < 2) return undefined;
    const shared = dictionaries();
    const workers = shares.slice(1).map(
      (positions) =>
        new WorkerHandle(
          positions.map((at) => sorted[at] as RawDocument),
          positions,
          shared,
        ),
    );
    return new IngestPool(workers, shares, sorted);
  }

  /**
   * Round 1: every document decoded, split into blocks and sentences; by position in the sorted input.
   * `prepare` makes this thread's share meanwhile, then `whileWaiting` runs: this thread's share is the
   * smaller, so it would otherwise wait for the workers'.
   */
  async prepare(
    prepare: (doc: RawDocument) => PreparedDocument,
    whileWaiting: () => void = () => {},
  ): Promise<PreparedDocument[]> {
    const pending = Promise.all(this.workers.map((w) => w.request<PreparedDocument[]>({ kind: 'prepare' })));
    const out: PreparedDocument[] = [];
    for (const at of this.shares[0] ?? []) out[at] = prepare(this.sorted[at] as RawDocument);
    whileWaiting();
    const results = await pending;
    this.shares.slice(1).forEach((positions, w) => {
      positions.forEach((at, i) => {
        out[at] = (results[w] as PreparedDocument[])[i] as PreparedDocument;
      });
    });
    return out;
  }

  /**
   * Round 2: the admitted documents annotated, handed to `inOrder` in the order given, each as soon as it
   * and every document before it are back (nothing is kept here: what the caller does not keep is freed).
   * `annotate` does this thread's share meanwhile, a document at a time, the workers' replies taken between.
   */
  async annotate(
    docs: readonly AdmittedDocument[],
    entities: readonly Entity[],
    vocabularyStems: VocabularyStems,
    inOrder: (annotated: AnnotatedDocument) => void,
    annotate: (doc: AdmittedDocument) => AnnotatedDocument,
  ): Promise<void> {
    const owner = new Map<number, number>();
    this.shares.forEach((positions, w) => {
      for (const at of positions) owner.set(at, w);
    });
    const own: AdmittedDocument[] = [];
    const jobs = this.workers.map(() => [] as { at: number; id: string; meta: AdmittedDocument['meta'] }[]);
    for (const d of docs) {
      const w = owner.get(d.at) as number;
      if (w === 0) own.push(d);
      else jobs[w - 1]?.push({ at: d.at, id: d.meta.id, meta: d.meta });
    }
    const byAt = new Map<number, AnnotatedDocument>();
    let done = 0;
    const flush = () => {
      for (let next = docs[done]; next && byAt.has(next.at); next = docs[++done]) {
        const a = byAt.get(next.at) as AnnotatedDocument;
        byAt.delete(next.at);
        inOrder(a);
      }
    };
    const pending = Promise.all(
      this.workers.map((w, k) => {
        const list = jobs[k] ?? [];
        return w
          .request({ kind: 'annotate', entities, vocabularyStems, docs: list }, (batch, from) => {
            batch.forEach((a, i) => {
              byAt.set((list[from + i] as { at: number }).at, a as AnnotatedDocument);
            });
            flush();
          })
          .then(() => {
            // Round 2 is its last: its heap (mostly garbage by then) goes while this thread still merges.
            w.close();
          });
      }),
    );
    // A failed worker rejects `pending` while this thread is still busy: seen when awaited below.
    pending.catch(() => {});
    for (const d of own) {
      byAt.set(d.at, annotate(d));
      flush();
      // The workers' replies that came meanwhile are taken (and merged) before the next document.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await pending;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}

/**
 * The vocabulary's words and their stems, as this thread worked them out: a worker given them builds its
 * vocabulary without lemmatising them again (a second of CPU time per worker).
 */
export interface VocabularyStems {
  words: string[];
  stems: string[];
}

/** Documents dealt out together: few enough that the workers stay near the same place in the order. */
const RUN = 8;

/**
 * How much more a byte of this thread's share weighs than a worker's: besides its documents, this thread
 * reads every worker's results and merges every document's facts and index part (at 1,000 documents with
 * one worker, some 4 s of the 30 its annotating took): with a smaller share it finishes with the workers.
 */
const OWN_SHARE_WEIGHT = 1.35;

/**
 * Runs of RUN positions, each to the share with the fewest (weighted) bytes so far (the first such):
 * balanced and in order. The first share is this thread's.
 */
function shareOut(sorted: readonly RawDocument[], count: number): number[][] {
  const shares: number[][] = Array.from({ length: count }, () => []);
  const bytes = new Array<number>(count).fill(0);
  for (let from = 0; from < sorted.length; from += RUN) {
    const k = bytes.indexOf(Math.min(...bytes));
    const weight = k === 0 ? OWN_SHARE_WEIGHT : 1;
    for (let at = from; at < Math.min(sorted.length, from + RUN); at++) {
      shares[k]?.push(at);
      bytes[k] = (bytes[k] as number) + weight * (sorted[at] as RawDocument).bytes.length;
    }
  }
  return shares.filter((s) => s.length > 0);
}

const WORKER_URL = entryScript('ingest/ingest-worker.mjs', 'ingest-worker');

/**
 * A worker's young generation, in MB. V8's default lets each worker's grow to ~48 MB of mostly short-lived
 * tokens and matches; at 1,000 documents, 8 MB took ~150 MB off the peak resident memory of an ingest with
 * two workers (the peak is while they annotate) for no CPU time that could be told from noise (the bot
 * runs with 4 MB semi-spaces for the same reason: README, "Speed and memory").
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/**
 * A worker's old generation may grow to this, in MB, and more for a large document: 64 MB more per MB of
 * its largest one (a document is annotated whole; at 1,000 documents a worker's live heap is ~70 MB).
 * A worker hitting the cap fails the ingest (ERR_WORKER_OUT_OF_MEMORY), hence the margin. What the cap
 * does: V8 lets a heap grow by a factor of up to 4 before a full collection when the cap is 2 GB or more
 * (Node 20's default is ~4 GB, its worker's too) and by ~1.6 at 1 GB (heap-controller.h), so a worker's
 * garbage of round 2 is collected sooner: with the store written, the peak resident memory of an ingest of
 * the 1,000 generated documents with two workers came down from 589–636 to 540–574 MB (6+6 interleaved
 * runs, medians 615 and 557), CPU time within the noise.
 */
const WORKER_OLD_GENERATION_MB = 1024;
const WORKER_OLD_GENERATION_MB_PER_DOCUMENT_MB = 64;

/** The old-generation cap of a worker given these documents. */
export function workerOldGenerationMb(docs: readonly RawDocument[]): number {
  let largest = 0;
  for (const d of docs) largest = Math.max(largest, d.bytes.length);
  return WORKER_OLD_GENERATION_MB + Math.ceil((WORKER_OLD_GENERATION_MB_PER_DOCUMENT_MB * largest) / 2 ** 20);
}

/**
 * What a worker sends: a batch of results, the last one with `done`, or an error. Batches keep both
 * heaps small: a worker lets go of what it sent, and no message holds a whole share at once.
 */
export type WorkerReply = { ok: true; batch: unknown[]; done: boolean } | { ok: false; error: string };

/** One worker and its one outstanding request. */
class WorkerHandle {
  private readonly worker: Worker;
  private pending:
    | {
        resolve: (v: unknown) => void;
        reject: (e: Error) => void;
        got: unknown[];
        received: number;
        onBatch?: (batch: unknown[], from: number) => void;
      }
    | undefined;
  private failure: Error | undefined;

  constructor(docs: RawDocument[], positions: number[], dictionaries: Readonly<Record<string, SharedArrayBuffer>>) {
    this.worker = new Worker(WORKER_URL, {
      workerData: { docs, positions, dictionaries },
      resourceLimits: {
        maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
        maxOldGenerationSizeMb: workerOldGenerationMb(docs),
      },
    });
    this.worker.on('message', (msg: WorkerReply) => {
      const p = this.pending;
      if (!p) return;
      if (!msg.ok) {
        this.pending = undefined;
        p.reject(new Error(`ingest worker: ${msg.error}`));
        return;
      }
      if (p.onBatch) {
        // Handed on, not kept: the caller decides what stays in memory.
        p.onBatch(msg.batch, p.received);
        p.received += msg.batch.length;
      } else for (const item of msg.batch) p.got.push(item);
      if (msg.done) {
        this.pending = undefined;
        p.resolve(p.got);
      }
    });
    const fail = (err: Error) => {
      this.failure = err;
      this.pending?.reject(err);
      this.pending = undefined;
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => {
      if (this.pending) fail(new Error(`ingest worker exited with code ${code} before it answered`));
    });
  }

  /** `onBatch` sees each batch of results as it arrives, with the index of its first result. */
  request<T>(message: unknown, onBatch?: (batch: unknown[], from: number) => void): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      this.pending = {
        resolve: resolve as (v: unknown) => void,
        reject,
        got: [],
        received: 0,
        ...(onBatch ? { onBatch } : {}),
      };
      this.worker.postMessage(message);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
