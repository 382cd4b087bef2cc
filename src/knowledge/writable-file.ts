import { open, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A fact store path that cannot be written, with what to do about it. */
export class UnwritableFileError extends Error {
  override name = 'UnwritableFileError';
}

/**
 * Checks, before minutes of ingest, that `file` can be written the way the store writes it (a temp
 * file next to it, then a rename): not a folder, in a folder that exists and takes new files.
 * Throws UnwritableFileError naming the path and the fix; leaves nothing behind.
 */
export async function checkWritableFile(file: string): Promise<void> {
  const target = await stat(file).catch(() => undefined);
  if (target?.isDirectory()) {
    throw new UnwritableFileError(
      `${file} is a folder; give a file name for the fact store, e.g. ${join(file, 'facts.json')}`,
    );
  }
  const dir = dirname(file);
  const folder = await stat(dir).catch(() => undefined);
  if (!folder)
    throw new UnwritableFileError(`cannot write ${file}: the folder ${dir} does not exist (create it first)`);
  if (!folder.isDirectory()) throw new UnwritableFileError(`cannot write ${file}: ${dir} is not a folder`);
  // The only honest test of "can I create a file here" (permissions, a read-only mount, root or not) is to try.
  const probe = join(dir, `.briefbot-write-check-${process.pid}.tmp`);
  try {
    await (await open(probe, 'wx')).close();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'EROFS'
        ? 'it is on a read-only file system'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code;
    throw new UnwritableFileError(`cannot write ${file}: no new file can be created in ${dir} (${why})`);
  }
  await rm(probe, { force: true });
}
