import { readFile } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { FactStoreData } from '../types.ts';
import { checkFactStoreData, type FactStore, FactStoreFormatError } from './fact-store.ts';

/**
 * The fact store as one JSON file through lowdb. lowdb's JSONFile writes through steno
 * (temp file, then rename), so a crash mid-write leaves the previous file whole.
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
    return checkFactStoreData(parsed, this.path);
  }

  async write(data: FactStoreData): Promise<void> {
    const db = new Low<FactStoreData>(new JSONFile<FactStoreData>(this.path), data);
    db.data = data;
    await db.write();
  }
}
