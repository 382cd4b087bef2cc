// npm run ingest [-- --sources DIR ... --db FILE --workers N]: builds the fact store and prints a report.
// --workers: worker threads over the documents (default 1: this thread); the store is the same byte for byte.
import { parseArgs } from 'node:util';
import { ingestDirectories } from '../knowledge/ingest/ingest.ts';
import { writeIndexedStore } from '../knowledge/indexed-store.ts';
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
const { data, report, tables } = await ingestDirectories(dirs, workers === undefined ? {} : { workers });
for (const w of report.warnings) process.stderr.write(`warning: ${w.file}: ${w.message}\n`);
if (report.documents === 0) {
  process.stderr.write(`ingest: no document could be read from ${dirs.join(', ')}; ${db} left as it was\n`);
  process.exit(1);
}
// The sentence index (its tables made with the annotations) is cached beside the store, so a start-up only reads it.
await writeIndexedStore(db, data, (line) => process.stderr.write(`${line}\n`), tables);
if (!values.quiet) {
  const types = Object.entries(report.factsByType)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  process.stderr.write(
    `ingest: ${report.documents} documents, ${report.sentences} sentences, ${report.entities} entities, ` +
      `${data.facts.length} facts (${types}), ${report.warnings.length} warnings, ` +
      `${(performance.now() - started).toFixed(0)} ms -> ${db}\n`,
  );
}
