// An ingest worker thread: round 1 prepares its share of the documents, round 2 annotates those that
// were admitted, with the entity list found across all documents. See ingest-pool.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { EntityRecognizer, gazetteerGenders } from '../extract/entities.ts';
import type { Entity, SourceMeta } from '../types.ts';
import { annotateDocument, type PreparedDocument, prepareDocument, type RawDocument, sentencesOf } from './ingest.ts';

type Request =
  | { kind: 'prepare' }
  | { kind: 'annotate'; entities: Entity[]; docs: { at: number; id: string; meta: SourceMeta }[] };

/** This worker's share of the sorted documents, and their positions there. */
const { docs, positions } = workerData as { docs: RawDocument[]; positions: number[] };
/** What round 1 made of them, by position, for round 2. */
const prepared = new Map<number, PreparedDocument>();

const port = parentPort;
if (!port) throw new Error('ingest-worker-main.ts runs as a worker thread only');

port.on('message', (request: Request) => {
  try {
    port.postMessage({ ok: true, value: handle(request) });
  } catch (err) {
    port.postMessage({ ok: false, error: (err as Error).stack ?? String(err) });
  }
});

function handle(request: Request): unknown {
  if (request.kind === 'prepare') {
    return docs.map((doc, i) => {
      const p = prepareDocument(doc);
      prepared.set(positions[i] as number, p);
      return p;
    });
  }
  const recognizer = new EntityRecognizer(request.entities, gazetteerGenders());
  return request.docs.map((job) => {
    const p = prepared.get(job.at);
    if (!p?.ok) throw new Error(`document at ${job.at} was not prepared here`);
    return annotateDocument({ meta: job.meta, text: p.text, ...sentencesOf(job.id, p.drafts) }, recognizer);
  });
}
