import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FactStoreData } from '../types.ts';
import {
  checkFactStoreData,
  type FactStore,
  FactStoreFormatError,
  FactStoreVersionError,
  SCHEMA_VERSION,
} from './fact-store.ts';
import { decodeStore, encodeStore, LEAN_KEYS, type LeanStore } from './lean-format.ts';

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
    const tmp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    const file = await open(tmp, 'w');
    try {
      await writeLean(encodeStore(data), (chunk) => file.write(chunk).then(() => undefined));
      await file.sync();
    } catch (err) {
      await file.close().catch(() => {});
      await rm(tmp, { force: true });
      throw err;
    }
    await file.close();
    await rename(tmp, this.path);
  }
}

/** Checks the shape of a lean store from disk and turns it back into FactStoreData. */
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
    return decodeStore(v as LeanStore);
  } catch (err) {
    throw new FactStoreFormatError(where, (err as Error).message);
  }
}

/** Writes the lean store as compact JSON in chunks of about 1 MB, never as one string of the whole store. */
async function writeLean(lean: LeanStore, write: (chunk: string) => Promise<void>): Promise<void> {
  let buffer = '';
  const put = async (s: string) => {
    buffer += s;
    if (buffer.length >= 1 << 20) {
      await write(buffer);
      buffer = '';
    }
  };
  await put('{');
  for (const [k, key] of LEAN_KEYS.entries()) {
    await put(`${k ? ',' : ''}${JSON.stringify(key)}:`);
    const value = lean[key];
    if (Array.isArray(value)) {
      await put('[');
      for (let i = 0; i < value.length; i++) await put(`${i ? ',' : ''}${JSON.stringify(value[i])}`);
      await put(']');
    } else if (key === 'texts') {
      await put('{');
      for (const [i, [id, text]] of Object.entries(lean.texts).entries()) {
        await put(`${i ? ',' : ''}${JSON.stringify(id)}:${JSON.stringify(text)}`);
      }
      await put('}');
    } else {
      await put(JSON.stringify(value));
    }
  }
  await put('}');
  if (buffer) await write(buffer);
}
