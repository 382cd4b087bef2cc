import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so a crash or a failed write never leaves it half written: into a temp file beside
 * it (same folder, so the rename stays on one file system), flushed to disk, then renamed over it.
 * On failure the temp file is removed and the old file stays as it was.
 */
export async function writeFileAtomically(path: string, write: (file: FileHandle) => Promise<void>): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const file = await open(tmp, 'w');
  try {
    await write(file);
    await file.sync();
  } catch (err) {
    await file.close().catch(() => {});
    await rm(tmp, { force: true });
    throw err;
  }
  await file.close();
  await rename(tmp, path);
}
