// Child process for the crash-safety test: rewrites the subscriptions file as fast as it can
// until the parent kills it with SIGKILL. Every version it writes has nextId === subscriptions + 1.
import { SubscriberStore } from '../../../src/delivery/subscriber-store.ts';
import { draft } from './subscription-draft.ts';

const path = process.argv[2];
if (!path) throw new Error('usage: hammer-subscriber-file.ts <file>');
const store = await SubscriberStore.openFile(path, { groupCommitMs: 0 });
const padding = 'x'.repeat(2000);
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  await store.add(draft(1000 + i, {}, { topics: [`c:${padding}${i}`] }));
}
