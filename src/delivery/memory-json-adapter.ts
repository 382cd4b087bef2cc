import type { Adapter } from 'lowdb';

/**
 * A lowdb adapter that keeps the last written value as a JSON string: what a file would hold.
 * Reading parses it again, so nothing written later leaks into what "was on disk" at a crash.
 */
export class MemoryJsonAdapter<T> implements Adapter<T> {
  writes = 0;

  constructor(public stored: string | null = null) {}

  async read(): Promise<T | null> {
    return this.stored === null ? null : (JSON.parse(this.stored) as T);
  }

  async write(data: T): Promise<void> {
    // Serialized at the call, as lowdb's JSONFile does: later changes to `data` are not part of this write.
    this.stored = JSON.stringify(data);
    this.writes++;
  }
}
