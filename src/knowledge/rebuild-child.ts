// Child process of rebuildOffThread: `node <execArgv> rebuild-child.ts <dbFile> <sourcesDir>...`.
// Rebuilds the fact store when it is missing or older than the documents (the same openKnowledgeBase
// as at start-up), prints {"rebuilt": boolean} as its last stdout line; progress and warnings go to stderr.
import { openKnowledgeBase } from './open.ts';

const [dbFile, ...sourcesDir] = process.argv.slice(2);
if (!dbFile || sourcesDir.length === 0) {
  process.stderr.write('usage: rebuild-child.ts <dbFile> <sourcesDir>...\n');
  process.exit(2);
}
try {
  const { rebuilt } = await openKnowledgeBase({ sourcesDir, dbFile, log: (line) => process.stderr.write(`${line}\n`) });
  process.stdout.write(`${JSON.stringify({ rebuilt })}\n`);
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
