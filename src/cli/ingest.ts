// npm run ingest [-- --sources DIR ... --db FILE --workers N]: builds the fact store and prints a report.
// --workers: worker threads over the documents (default 1: this thread); the store is the same byte for byte.
import { parseArgs } from 'node:util';
import { ingestDirectories } from '../knowledge/ingest/ingest.ts';
import { collectGarbage } from './collect-garbage.ts';
import { writeIndexedStore, writeStoreSideFile } from '../knowledge/indexed-store.ts';
import { checkWritableFile, UnwritableFileError } from '../knowledge/writable-file.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', multiple: true },
    db: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    workers: { type: 'string' },
  },
});
const dirs = values.sources?.length ? values.sources : ['data/sources'];
const db = values.db ?? 'data/facts.json';
const workers = values.workers === undefined ? undefined : Number(values.workers);
if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) {
  process.stderr.write(`ingest: --workers must be a whole number of at least 1, not "${values.workers}"\n`);
  process.exit(2);
}
const started = performance.now();
try {
  await checkWritableFile(db);
} catch (err) {
  if (!(err instanceof UnwritableFileError)) throw err;
  process.stderr.write(`ingest: ${err.message}\n`);
  process.exit(1);
}
const log = (line: string) => process.stderr.write(`${line}\n`);
const summary = await ingestAndWrite();
// The side file is decoded from the store as written once ingest's data is no longer held (the locals of
// ingestAndWrite) and collected: made beside that data, it raised the peak memory at 1,000 documents from
// about 520 to 625 MB; now about 575.
collectGarbage();
await writeStoreSideFile(db, log);
if (!values.quiet) process.stderr.write(`${summary}, ${(performance.now() - started).toFixed(0)} ms -> ${db}\n`);

/** Ingests the sources and writes the store and its index cache; returns the report's line. */
async function ingestAndWrite(): Promise<string> {
  const { data, report, tables } = await ingestDirectories(dirs, workers === undefined ? {} : { workers });
  for (const w of report.warnings) log(`warning: ${w.file}: ${w.message}`);
  if (report.documents === 0) {
    log(`ingest: no document could be read from ${dirs.join(', ')}; ${db} left as it was`);
    process.exit(1);
  }
  // The sentence index (its tables made with the annotations) is cached beside the store, so a start-up only reads it.
  await writeIndexedStore(db, data, log, tables, { sideFile: false });
  const types = Object.entries(report.factsByType)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  return (
    `ingest: ${report.documents} documents, ${report.sentences} sentences, ${report.entities} entities, ` +
    `${data.facts.length} facts (${types}), ${report.warnings.length} warnings`
  );
}
