import type { FactStoreData } from '../types.ts';
import type { FactStore } from './fact-store.ts';

/** For tests: keeps a deep copy, so callers cannot change what was "written". */
export class MemoryFactStore implements FactStore {
  private data: FactStoreData | null;

  constructor(initial: FactStoreData | null = null) {
    this.data = initial ? structuredClone(initial) : null;
  }

  async read(): Promise<FactStoreData | null> {
    return this.data ? structuredClone(this.data) : null;
  }

  async write(data: FactStoreData): Promise<void> {
    this.data = structuredClone(data);
  }
}
