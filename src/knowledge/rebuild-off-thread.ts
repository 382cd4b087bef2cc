import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { entryScript } from './code-location.ts';
import { type Opened, openKnowledgeBase } from './open.ts';

export interface RebuildOptions {
  sourcesDir: string | string[];
  dbFile: string;
  /** Progress and warning lines of the rebuild (the child's stderr), one call per line. */
  log?: (line: string) => void;
  /** Aborting kills the child (e.g. on SIGTERM); the store on disk stays as it was (writes are atomic). */
  signal?: AbortSignal;
}

const CHILD = fileURLToPath(entryScript('rebuild-child.ts', 'rebuild-child'));

/**
 * Rebuilds the fact store in a child process, so ingest (seconds to minutes for a big document, and
 * hundreds of MB at its peak) never runs on the caller's event loop: a bot keeps answering from its
 * current knowledge base meanwhile. Resolves once the child has written the store; `rebuilt` is false
 * when the store was already up to date.
 */
export function buildInChild(options: RebuildOptions): Promise<{ rebuilt: boolean }> {
  const dirs = Array.isArray(options.sourcesDir) ? options.sourcesDir : [options.sourcesDir];
  return new Promise((resolve, reject) => {
    // The parent's own flags (tsx's loader, when it runs the sources) so the child runs the same way.
    const child = spawn(process.execPath, [...process.execArgv, CHILD, options.dbFile, ...dirs], {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.signal ? { signal: options.signal } : {}),
    });
    let stdout = '';
    let stderrTail = '';
    let partial = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8');
      const lines = text.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line) options.log?.(line);
      stderrTail = (stderrTail + chunk.toString('utf8')).slice(-2_000);
    });
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (partial) options.log?.(partial);
      if (code !== 0) {
        const why = signal ? `was stopped (${signal})` : `exited with code ${code}`;
        return reject(new Error(`the rebuild ${why}: ${stderrTail.trim().split('\n').at(-1) ?? ''}`));
      }
      try {
        const last = stdout.trim().split('\n').at(-1) ?? '';
        resolve(JSON.parse(last) as { rebuilt: boolean });
      } catch {
        reject(new Error(`the rebuild printed no result: ${stdout.slice(-200)}`));
      }
    });
  });
}

/** buildInChild, then opens the store it wrote (here, on this loop: reading it and building the indexes). */
export async function rebuildOffThread(options: RebuildOptions): Promise<Opened & { rebuilt: boolean }> {
  const { rebuilt } = await buildInChild(options);
  const opened = await openKnowledgeBase({ sourcesDir: options.sourcesDir, dbFile: options.dbFile, readOnly: true });
  return { ...opened, rebuilt };
}
