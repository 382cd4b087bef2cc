import { readFile } from 'node:fs/promises';
import { writeFileAtomically } from '../atomic-write.ts';
import type { FactStoreData } from '../types.ts';
import {
  checkFactStoreData,
  type FactStore,
  FactStoreFormatError,
  FactStoreVersionError,
  SCHEMA_VERSION,
} from './fact-store.ts';
import { LEAN_KEYS, type LeanStore, leanEncoder } from './lean-format.ts';
import { decodeStoreLazily } from './lazy-store.ts';

/**
 * The fact store as one compact JSON file (the lowdb store's format, see lean-format.ts: each document
 * text once, everything else offsets into it). Written streaming to a temp file beside it, flushed to disk,
 * then renamed over it, so a crash mid-write leaves the previous file whole.
 * One writing process per file: the bot reads, `npm run ingest` (or /reload in the bot) writes.
 */
export class FileFactStore implements FactStore {
  constructor(readonly path: string) {}

  async read(): Promise<FactStoreData | null> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (err) {
      throw new FactStoreFormatError(this.path, `bad JSON: ${(err as Error).message}`);
    }
    return checkFactStoreData(decodeLean(parsed, this.path), this.path);
  }

  async write(data: FactStoreData): Promise<void> {
    await writeFileAtomically(this.path, (file) => writeLean(data, (chunk) => file.write(chunk).then(() => undefined)));
  }
}

/** Checks the shape of a lean store from disk and turns it back into FactStoreData, annotations and facts as they are first read. */
function decodeLean(value: unknown, where: string): FactStoreData {
  if (!value || typeof value !== 'object') throw new FactStoreFormatError(where, 'not an object');
  const v = value as Partial<LeanStore>;
  if (v.schemaVersion !== SCHEMA_VERSION) throw new FactStoreVersionError(v.schemaVersion, where);
  for (const key of ['sources', 'entities', 'sentenceCounts', 'values', 'sentences', 'annotations', 'facts'] as const) {
    if (!Array.isArray(v[key])) throw new FactStoreFormatError(where, `"${key}" is not a list`);
  }
  if (!v.texts || typeof v.texts !== 'object') throw new FactStoreFormatError(where, '"texts" is missing');
  if (typeof v.sourcesDigest !== 'string') throw new FactStoreFormatError(where, '"sourcesDigest" is missing');
  if (v.annotations?.length !== v.sentences?.length)
    throw new FactStoreFormatError(where, 'not one annotation per sentence');
  try {
    return decodeStoreLazily(v as LeanStore);
  } catch (err) {
    throw new FactStoreFormatError(where, (err as Error).message);
  }
}

/** Writes the lean store as compact JSON in chunks of about 1 MB, row by row: never the whole store as one string or one array. */
async function writeLean(data: FactStoreData, write: (chunk: string) => Promise<void>): Promise<void> {
  const enc = leanEncoder(data);
  let buffer = '';
  const put = async (s: string) => {
    buffer += s;
    if (buffer.length >= 1 << 20) {
      await write(buffer);
      buffer = '';
    }
  };
  const rows = async (count: number, row: (i: number) => unknown) => {
    await put('[');
    for (let i = 0; i < count; i++) await put(`${i ? ',' : ''}${JSON.stringify(row(i))}`);
    await put(']');
  };
  const head: Record<string, unknown> = {
    schemaVersion: data.schemaVersion,
    sourcesDigest: data.sourcesDigest,
    sources: data.sources,
    entities: data.entities,
    sentenceCounts: enc.sentenceCounts,
  };
  await put('{');
  for (const [k, key] of LEAN_KEYS.entries()) {
    await put(`${k ? ',' : ''}${JSON.stringify(key)}:`);
    if (key === 'sentences') await rows(data.sentences.length, enc.sentence);
    else if (key === 'annotations') await rows(data.sentences.length, enc.annotation);
    else if (key === 'facts') await rows(data.facts.length, enc.fact);
    else if (key === 'values') await rows(enc.values.length, (i) => enc.values[i]);
    else if (key === 'texts') {
      await put('{');
      for (const [i, [id, text]] of Object.entries(data.texts).entries()) {
        await put(`${i ? ',' : ''}${JSON.stringify(id)}:${JSON.stringify(text)}`);
      }
      await put('}');
    } else await put(JSON.stringify(head[key]));
  }
  await put('}');
  if (buffer) await write(buffer);
}
