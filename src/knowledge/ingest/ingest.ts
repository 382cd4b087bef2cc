import type { FactStoreData, EventType } from '../types.ts';

export interface IngestWarning {
  file: string;
  message: string;
}

export interface IngestReport {
  documents: number;
  sentences: number;
  entities: number;
  factsByType: Partial<Record<EventType, number>>;
  warnings: IngestWarning[];
  /** Bytes of source text read. */
  bytes: number;
}

export interface IngestResult {
  data: FactStoreData;
  report: IngestReport;
}

/** A document file as it arrives: its name and its raw bytes (decoding and checks happen in ingest). */
export interface RawDocument {
  file: string;
  bytes: Uint8Array;
  /** Metadata from a sidecar sources.json entry, if any. */
  sidecar?: Record<string, unknown>;
}

/** STUB: builds the fact store from documents already in memory. */
export function ingestDocuments(_docs: RawDocument[]): IngestResult {
  throw new Error('not implemented yet');
}

/** STUB: reads every .txt/.md file (and sources.json sidecar) of the directories, then ingestDocuments. */
export async function ingestDirectories(_dirs: string[]): Promise<IngestResult> {
  throw new Error('not implemented yet');
}
