import { closeSync, fstatSync, openSync, read } from 'node:fs';

/**
 * A file's bytes, read by one request to libuv's thread pool (more only if the system returns fewer
 * bytes than asked). fs.promises.readFile reads in 512 KB requests, each waiting for the main thread
 * to ask for the next, so a main thread busy meanwhile (loading the dictionaries, say) stopped the
 * read; here the file is opened and sized at once, and the read goes on whatever the main thread does.
 * Rejects as readFile does (ENOENT for a missing file).
 */
export function readWholeFile(path: string): Promise<Buffer> {
  return readWholeFileStamped(path).then((read) => read.bytes);
}

/**
 * A file's bytes and the size and modification time of the very file they were read from (taken from the
 * open descriptor: a file renamed over the path meanwhile cannot pair one file's time with another's bytes).
 */
export function readWholeFileStamped(
  path: string,
): Promise<{ bytes: Buffer; stamp: { size: number; mtimeMs: number } }> {
  let fd: number;
  let size: number;
  let mtimeMs: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    return Promise.reject(err);
  }
  try {
    ({ size, mtimeMs } = fstatSync(fd));
  } catch (err) {
    closeSync(fd);
    return Promise.reject(err);
  }
  const bytes = Buffer.allocUnsafe(size);
  return new Promise((resolve, reject) => {
    const readFrom = (at: number) => {
      read(fd, bytes, at, size - at, at, (err, bytesRead) => {
        if (err || bytesRead === 0 || at + bytesRead >= size) {
          closeSync(fd);
          if (err) reject(err);
          // A file cut short meanwhile: what it has, as readFile would give it.
          else {
            const got = at + bytesRead < size ? bytes.subarray(0, at + bytesRead) : bytes;
            resolve({ bytes: got, stamp: { size, mtimeMs } });
          }
        } else readFrom(at + bytesRead);
      });
    };
    if (size === 0) {
      closeSync(fd);
      resolve({ bytes, stamp: { size, mtimeMs } });
    } else readFrom(0);
  });
}
