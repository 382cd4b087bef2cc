// An ingest worker thread: round 1 prepares its share of the documents, round 2 annotates those that
// were admitted, with the entity list found across all documents. See ingest-pool.ts.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { EntityRecognizer, gazetteerGenders } from '../extract/entities.ts';
import { partBuffers } from '../answer/index-parts.ts';
import type { Entity, SourceMeta } from '../types.ts';
import {
  annotateDocument,
  type PreparedDocument,
  prepareDocument,
  type RawDocument,
  sentencesOf,
  unquoted,
} from './ingest.ts';
import type { VocabularyStems, WorkerReply } from './ingest-pool.ts';
import { rememberStems } from '../text/tokens.ts';

type Request =
  | { kind: 'prepare' }
  | {
      kind: 'annotate';
      entities: Entity[];
      vocabularyStems: VocabularyStems;
      docs: { at: number; id: string; meta: SourceMeta }[];
    };

/** This worker's share of the sorted documents, and their positions there. */
const { docs, positions } = workerData as {
  docs: Array<RawDocument | undefined>;
  positions: number[];
};
/** What round 2 needs of what round 1 made of them (the text and its sentences), by position. */
const prepared = new Map<number, Pick<PreparedDocument & { ok: true }, 'text' | 'drafts'>>();

if (!parentPort) throw new Error('ingest-worker-main.ts runs as a worker thread only');
const port: MessagePort = parentPort;

/** Documents per reply message. */
const BATCH = 16;

port.on('message', (request: Request) => {
  try {
    handle(request);
  } catch (err) {
    port.postMessage({ ok: false, error: (err as Error).stack ?? String(err) } satisfies WorkerReply);
  }
});

function handle(request: Request): void {
  const count = request.kind === 'prepare' ? docs.length : request.docs.length;
  if (request.kind === 'annotate') rememberStems(request.vocabularyStems.words, request.vocabularyStems.stems);
  const recognizer =
    request.kind === 'annotate' ? new EntityRecognizer(request.entities, gazetteerGenders()) : undefined;
  for (let from = 0; from < count || from === 0; from += BATCH) {
    const batch: unknown[] = [];
    const moved: ArrayBuffer[] = [];
    for (let i = from; i < Math.min(count, from + BATCH); i++) {
      if (request.kind === 'prepare') {
        const p = prepareDocument(docs[i] as RawDocument);
        // Its bytes are not needed again.
        docs[i] = undefined;
        if (p.ok) prepared.set(positions[i] as number, { text: p.text, drafts: p.drafts });
        batch.push(p);
      } else {
        const job = request.docs[i] as (typeof request.docs)[number];
        const p = prepared.get(job.at);
        if (!p) throw new Error(`document at ${job.at} was not prepared here`);
        // Round 2 is the last use of what round 1 kept.
        prepared.delete(job.at);
        const annotated = annotateDocument(
          { meta: job.meta, text: p.text, ...sentencesOf(job.id, p.drafts) },
          recognizer as EntityRecognizer,
        );
        unquoted(annotated.facts);
        moved.push(...partBuffers(annotated.index));
        batch.push(annotated);
      }
    }
    port.postMessage({ ok: true, batch, done: from + BATCH >= count } satisfies WorkerReply, moved);
  }
}
