import { stat } from 'node:fs/promises';
import { ingestDirectories } from './ingest/ingest.ts';
import { readSourceDirectories, sourcesDigestOf } from './ingest/read-sources.ts';
import { createKnowledgeBase, type KnowledgeBase } from './knowledge-base.ts';
import { loadSentenceIndex, storeStamp, writeIndexedStore } from './indexed-store.ts';
import { FactStoreFormatError, FactStoreVersionError } from './store/fact-store.ts';
import { FileFactStore } from './store/file-store.ts';
import type { FactStoreData } from './types.ts';
import { checkWritableFile } from './writable-file.ts';

export interface OpenOptions {
  sourcesDir: string | string[];
  dbFile: string;
  /** Progress lines for a person ("building the fact store from 5 documents..."). Goes to stderr in CLIs. */
  log?: (line: string) => void;
  /** Never rebuild: fail if the store is missing (for read-only deployments). */
  readOnly?: boolean;
}

export interface Opened {
  kb: KnowledgeBase;
  /** True when the store was missing or older than the sources and was rebuilt. */
  rebuilt: boolean;
  data: FactStoreData;
  /** 'cache' when the sentence index was read from the cache beside the store, 'built' when it was built (and cached). */
  indexFrom: 'cache' | 'built';
}

/** The digest of the sources as they are on disk now, computed the same way ingest does. */
export async function currentSourcesDigest(dirs: string[]): Promise<string> {
  return sourcesDigestOf(await readSourceDirectories(dirs, []));
}

/** Opens the fact store, rebuilding it first when it is missing, of another schema version or older than the sources. */
export async function openKnowledgeBase(options: OpenOptions): Promise<Opened> {
  const dirs = Array.isArray(options.sourcesDir) ? options.sourcesDir : [options.sourcesDir];
  const log = options.log ?? (() => {});
  const store = new FileFactStore(options.dbFile, { log });
  let data: FactStoreData | null = null;
  let why = 'missing';
  const stamp = await storeStamp(options.dbFile);
  try {
    data = await store.read();
  } catch (err) {
    // --db naming a folder: say so (checkWritableFile's message) rather than "EISDIR".
    if ((err as NodeJS.ErrnoException).code === 'EISDIR') await checkWritableFile(options.dbFile);
    if (!(err instanceof FactStoreVersionError || err instanceof FactStoreFormatError)) throw err;
    why = err.message;
  }
  if (data && !options.readOnly) {
    const digest = await currentSourcesDigest(dirs);
    if (digest !== data.sourcesDigest) {
      why = `older than the documents in ${dirs.join(', ')} or than the code that reads them`;
      data = null;
    }
  }
  if (data) {
    const { index, from } = await loadSentenceIndex(options.dbFile, data, stamp, log);
    return { kb: createKnowledgeBase(data, index), rebuilt: false, data, indexFrom: from };
  }
  if (options.readOnly) throw new Error(`fact store ${options.dbFile} is ${why}; run npm run ingest`);
  const exists = await stat(options.dbFile).then(
    () => true,
    () => false,
  );
  // Before the (possibly long) ingest: a --db in a missing or read-only folder, or onto a folder, fails now.
  await checkWritableFile(options.dbFile);
  log(`Building the fact store from ${dirs.join(', ')} (${exists ? why : 'first run'})...`);
  const started = performance.now();
  const { data: built, report, tables } = await ingestDirectories(dirs);
  for (const w of report.warnings) log(`warning: ${w.file}: ${w.message}`);
  if (report.documents === 0) throw new Error(`no document could be read from ${dirs.join(', ')}`);
  const index = await writeIndexedStore(options.dbFile, built, log, tables);
  log(
    `Fact store ready: ${report.documents} documents, ${report.sentences} sentences, ${built.facts.length} facts ` +
      `(${(performance.now() - started).toFixed(0)} ms).`,
  );
  return { kb: createKnowledgeBase(built, index), rebuilt: true, data: built, indexFrom: 'built' };
}
