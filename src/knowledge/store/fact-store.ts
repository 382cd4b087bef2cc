import type { FactStoreData } from '../types.ts';

/**
 * Bump when the shape of FactStoreData or of its file changes: an older file is then rejected, not misread.
 * 1: pretty-printed FactStoreData as it is in memory. 2: the lean file of lean-format.ts.
 */
export const SCHEMA_VERSION = 2;

/** Where the fact store lives. Two methods, so a second backend is one small file. */
export interface FactStore {
  read(): Promise<FactStoreData | null>;
  write(data: FactStoreData): Promise<void>;
}

export class FactStoreVersionError extends Error {
  constructor(
    readonly found: unknown,
    readonly where: string,
  ) {
    const age =
      typeof found !== 'number'
        ? 'not a fact store version'
        : found < SCHEMA_VERSION
          ? 'written by an older briefbot'
          : 'written by a newer briefbot';
    super(
      `fact store ${where} is version ${String(found)}, expected ${SCHEMA_VERSION} (${age}): run npm run ingest to rebuild it`,
    );
    this.name = 'FactStoreVersionError';
  }
}

export class FactStoreFormatError extends Error {
  constructor(where: string, detail: string) {
    super(`fact store ${where} is not a valid fact store (${detail}): run npm run ingest to rebuild it`);
    this.name = 'FactStoreFormatError';
  }
}

/** Checks what came from disk before anything trusts it. */
export function checkFactStoreData(value: unknown, where: string): FactStoreData {
  if (!value || typeof value !== 'object') throw new FactStoreFormatError(where, 'not an object');
  const v = value as Partial<FactStoreData>;
  if (v.schemaVersion !== SCHEMA_VERSION) throw new FactStoreVersionError(v.schemaVersion, where);
  for (const key of ['sources', 'sentences', 'entities', 'facts'] as const) {
    // A list decoded when first read (store/lazy-store.ts) is a getter: checking it must not decode it.
    const held = Object.getOwnPropertyDescriptor(v, key);
    if (!held?.get && !Array.isArray(held?.value)) throw new FactStoreFormatError(where, `"${key}" is not a list`);
  }
  if (!v.texts || typeof v.texts !== 'object') throw new FactStoreFormatError(where, '"texts" is missing');
  if (!v.annotations || typeof v.annotations !== 'object')
    throw new FactStoreFormatError(where, '"annotations" is missing');
  if (typeof v.sourcesDigest !== 'string') throw new FactStoreFormatError(where, '"sourcesDigest" is missing');
  return v as FactStoreData;
}
