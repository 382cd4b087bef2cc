import { closeSync, fstatSync, openSync, read } from 'node:fs';

/**
 * A file's bytes, read by one request to libuv's thread pool (more only if the system returns fewer
 * bytes than asked). fs.promises.readFile reads in 512 KB requests, each waiting for the main thread
 * to ask for the next, so a main thread busy meanwhile (loading the dictionaries, say) stopped the
 * read; here the file is opened and sized at once, and the read goes on whatever the main thread does.
 * Rejects as readFile does (ENOENT for a missing file).
 */
export function readWholeFile(path: string): Promise<Buffer> {
  let fd: number;
  let size: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    return Promise.reject(err);
  }
  try {
    size = fstatSync(fd).size;
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
          else resolve(at + bytesRead < size ? bytes.subarray(0, at + bytesRead) : bytes);
        } else readFrom(at + bytesRead);
      });
    };
    if (size === 0) {
      closeSync(fd);
      resolve(bytes);
    } else readFrom(0);
  });
}
