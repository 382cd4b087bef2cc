import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';

export class SubscriberStoreLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holderPid: number,
  ) {
    super(
      `${lockPath} is held by process ${holderPid}: lowdb has one writer per file, so only one bot may run on it. ` +
        'Stop the other process, or delete the lock file if that process is gone.',
    );
    this.name = 'SubscriberStoreLockedError';
  }
}

/**
 * Claims `<file>.lock` for this process (lowdb is one writer per file). A lock left by a process
 * that no longer exists is taken over, so a crash does not need a person to clean up.
 * Returns the release function.
 */
export function acquireSingleWriterLock(file: string): () => void {
  const lockPath = `${file}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      if (Number.isFinite(holder) && isAlive(holder)) {
        throw new SubscriberStoreLockedError(lockPath, holder);
      }
      unlinkSync(lockPath); // stale: its process died without releasing it
    }
  }
  throw new Error(`could not claim ${lockPath}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
