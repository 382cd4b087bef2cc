// Child process for the lock tests: claims `<file>.lock`, prints "locked <pid>", then holds it until
// killed (or exits at once with "release" as the third argument). A lock it cannot take prints "refused".
import { acquireSingleWriterLock, SubscriberStoreLockedError } from '../../../src/delivery/single-writer-lock.ts';

const [file = '', staleMs = '2000', mode = 'hold'] = process.argv.slice(2);
try {
  const release = await acquireSingleWriterLock(file, { staleMs: Number(staleMs) });
  process.stdout.write(`locked ${process.pid}\n`);
  if (mode === 'release') {
    await release();
    process.exit(0);
  }
  setInterval(() => {}, 1 << 30);
} catch (err) {
  process.stdout.write(
    err instanceof SubscriberStoreLockedError ? `refused ${process.pid}\n` : `error ${String(err)}\n`,
  );
  process.exit(1);
}
