import { lstat, rm } from 'node:fs/promises';
import lockfile from 'proper-lockfile';

export class SubscriberStoreLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly waitedMs: number,
  ) {
    super(
      `${lockPath} is held by a running process (its lock was refreshed within the last ${Math.round(waitedMs / 1000)} s): ` +
        'lowdb has one writer per file, so only one bot may run on this DATA_DIR. Stop the other bot first. ' +
        'A lock left by a crashed bot is taken over by itself once it is stale; it never needs deleting by hand.',
    );
    this.name = 'SubscriberStoreLockedError';
  }
}

export interface SingleWriterLockOptions {
  /**
   * The holder refreshes the lock's mtime every staleMs / 2; a lock not refreshed for staleMs belongs to
   * a dead process and is taken over. Default 10 s (proper-lockfile's minimum is 2 s).
   */
  staleMs?: number;
  /** How long to wait for a held lock to go stale before giving up; default staleMs + 2 s (a restart right after a crash). */
  waitMs?: number;
  /** The lock was lost while held (its folder removed, or not refreshed in time). Default: a process warning. */
  onCompromised?: (err: Error) => void;
}

/**
 * Claims `<file>.lock` for this process (lowdb is one writer per file), with proper-lockfile: an
 * atomic mkdir whose mtime the holder refreshes. Who holds it is told by that heartbeat, not by a
 * process id, so a container restarted after a crash (where the new bot often gets the dead one's
 * PID, e.g. 1) is never mistaken for the holder: it waits for the dead lock to go stale and takes it.
 * Returns the release function.
 */
export async function acquireSingleWriterLock(
  file: string,
  options: SingleWriterLockOptions = {},
): Promise<() => Promise<void>> {
  const lockPath = `${file}.lock`;
  const staleMs = Math.max(options.staleMs ?? 10_000, 2_000);
  const waitMs = options.waitMs ?? staleMs + 2_000;
  await removeLegacyPidFile(lockPath);
  const intervalMs = 500;
  try {
    return await lockfile.lock(file, {
      lockfilePath: lockPath,
      realpath: false,
      stale: staleMs,
      update: staleMs / 2,
      retries:
        waitMs > 0
          ? { retries: Math.ceil(waitMs / intervalMs), minTimeout: intervalMs, maxTimeout: intervalMs, factor: 1 }
          : 0,
      onCompromised:
        options.onCompromised ??
        ((err) => process.emitWarning(`single-writer lock ${lockPath} compromised: ${err.message}`)),
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') throw new SubscriberStoreLockedError(lockPath, waitMs);
    throw err;
  }
}

/** Versions before this one wrote the holder's PID into a plain file: never a live lock of ours. */
async function removeLegacyPidFile(lockPath: string): Promise<void> {
  const info = await lstat(lockPath).catch(() => undefined);
  if (info?.isFile()) await rm(lockPath, { force: true });
}
