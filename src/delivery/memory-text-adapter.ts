/**
 * Where the subscriptions file's text lives. lowdb's TextFile (lowdb/node) is one: it writes
 * through steno, to a temp file then rename, so a crash leaves the old or the new text whole.
 */
export interface TextAdapter {
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
}

/** The file's text in memory, for tests and the benchmark: `stored` is what "is on disk". */
export class MemoryTextAdapter implements TextAdapter {
  writes = 0;

  constructor(public stored: string | null = null) {}

  async read(): Promise<string | null> {
    return this.stored;
  }

  async write(text: string): Promise<void> {
    this.stored = text;
    this.writes++;
  }
}
