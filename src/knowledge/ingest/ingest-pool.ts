import { Worker } from 'node:worker_threads';
import type { Entity } from '../types.ts';
import type { AdmittedDocument, AnnotatedDocument, PreparedDocument, RawDocument } from './ingest.ts';

/**
 * Worker threads for ingest (see ingest-worker.ts). Each worker gets a contiguous share of the sorted
 * documents, balanced by size, and keeps what it prepared for the second round, so texts and sentences
 * cross the thread boundary once each way. Results are put back by document position: the output
 * does not depend on the number of workers or on which finishes first.
 */
export class IngestPool {
  private constructor(
    private readonly workers: WorkerHandle[],
    private readonly shares: number[][],
  ) {}

  static start(count: number, sorted: readonly RawDocument[]): IngestPool {
    const shares = shareOut(sorted, count);
    const workers = shares.map(
      (positions) =>
        new WorkerHandle(
          positions.map((at) => sorted[at] as RawDocument),
          positions,
        ),
    );
    return new IngestPool(workers, shares);
  }

  /** Round 1: every document decoded, split into blocks and sentences; by position in the sorted input. */
  async prepare(): Promise<PreparedDocument[]> {
    const results = await Promise.all(this.workers.map((w) => w.request<PreparedDocument[]>({ kind: 'prepare' })));
    const out: PreparedDocument[] = [];
    this.shares.forEach((positions, w) => {
      positions.forEach((at, i) => {
        out[at] = (results[w] as PreparedDocument[])[i] as PreparedDocument;
      });
    });
    return out;
  }

  /** Round 2: the admitted documents annotated, in the order given. */
  async annotate(docs: readonly AdmittedDocument[], entities: readonly Entity[]): Promise<AnnotatedDocument[]> {
    const owner = new Map<number, number>();
    this.shares.forEach((positions, w) => {
      for (const at of positions) owner.set(at, w);
    });
    const jobs = this.workers.map(() => [] as { at: number; id: string; meta: AdmittedDocument['meta'] }[]);
    for (const d of docs) jobs[owner.get(d.at) as number]?.push({ at: d.at, id: d.meta.id, meta: d.meta });
    const results = await Promise.all(
      this.workers.map((w, k) => w.request<AnnotatedDocument[]>({ kind: 'annotate', entities, docs: jobs[k] })),
    );
    const byAt = new Map<number, AnnotatedDocument>();
    jobs.forEach((list, k) => {
      list.forEach((job, i) => {
        byAt.set(job.at, (results[k] as AnnotatedDocument[])[i] as AnnotatedDocument);
      });
    });
    return docs.map((d) => byAt.get(d.at) as AnnotatedDocument);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}

/** Contiguous runs of positions with about the same number of bytes each. */
function shareOut(sorted: readonly RawDocument[], count: number): number[][] {
  const total = sorted.reduce((n, d) => n + d.bytes.length, 0);
  const shares: number[][] = Array.from({ length: count }, () => []);
  let bytes = 0;
  sorted.forEach((d, at) => {
    const k = Math.min(count - 1, Math.floor((bytes / Math.max(1, total)) * count));
    shares[k]?.push(at);
    bytes += d.bytes.length;
  });
  return shares.filter((s) => s.length > 0);
}

const WORKER_URL = new URL('./ingest-worker.mjs', import.meta.url);

/**
 * What a worker sends: a batch of results, the last one with `done`, or an error. Batches keep both
 * heaps small: a worker lets go of what it sent, and no message holds a whole share at once.
 */
export type WorkerReply = { ok: true; batch: unknown[]; done: boolean } | { ok: false; error: string };

/** One worker and its one outstanding request. */
class WorkerHandle {
  private readonly worker: Worker;
  private pending: { resolve: (v: unknown) => void; reject: (e: Error) => void; got: unknown[] } | undefined;
  private failure: Error | undefined;

  constructor(docs: RawDocument[], positions: number[]) {
    this.worker = new Worker(WORKER_URL, { workerData: { docs, positions } });
    this.worker.on('message', (msg: WorkerReply) => {
      const p = this.pending;
      if (!p) return;
      if (!msg.ok) {
        this.pending = undefined;
        p.reject(new Error(`ingest worker: ${msg.error}`));
        return;
      }
      for (const item of msg.batch) p.got.push(item);
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

  request<T>(message: unknown): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      this.pending = { resolve: resolve as (v: unknown) => void, reject, got: [] };
      this.worker.postMessage(message);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
