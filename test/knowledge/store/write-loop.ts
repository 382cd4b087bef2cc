// Child process for the crash-safety test: rewrites one store file through the real store class,
// alternating two valid contents A and B, until the parent kills it with SIGKILL.
//
//   node --import tsx write-loop.ts <fact|subscriber> <file>
//
// Before the loop it writes A, B and A once and prints one JSON line with the sha256 of the file
// after each of A and B, so the parent knows the only two files it may find after a kill, and how
// long a write took.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { SubscriberStore } from '../../../src/delivery/subscriber-store.ts';
import { FileFactStore } from '../../../src/knowledge/store/file-store.ts';
import { SCHEMA_VERSION } from '../../../src/knowledge/store/fact-store.ts';
import type { FactStoreData } from '../../../src/knowledge/types.ts';

/** A runaway child (parent gone) stops by itself. */
const MAX_RUN_MS = 30_000;
/** Big enough that one write takes a few milliseconds, so random kills land inside writes. */
const PAYLOAD_CHARS = 1_000_000;

type Writer = (variant: 'A' | 'B') => Promise<void>;

const [kind, file] = process.argv.slice(2);
if ((kind !== 'fact' && kind !== 'subscriber') || !file) {
  throw new Error('usage: write-loop.ts <fact|subscriber> <file>');
}

const write = kind === 'fact' ? factWriter(file) : await subscriberWriter(file);
const hashes: Record<string, string> = {};
const warmUp = Date.now();
for (const variant of ['A', 'B', 'A'] as const) {
  await write(variant);
  hashes[variant] = sha256(await readFile(file));
}
// How long one write takes here and now (a loaded machine writes slower): the parent spreads its kill
// delays over several writes, so that both contents are found on disk.
const writeMs = (Date.now() - warmUp) / 3;
process.stdout.write(`${JSON.stringify({ ready: true, hashes, writeMs })}\n`);

const started = Date.now();
for (let i = 0; Date.now() - started < MAX_RUN_MS; i++) {
  await write(i % 2 === 0 ? 'B' : 'A');
}
process.exit(3); // the parent should have killed us long before

function factWriter(path: string): Writer {
  const store = new FileFactStore(path);
  return (variant) => store.write(factData(variant));
}

async function subscriberWriter(path: string): Promise<Writer> {
  const store = await SubscriberStore.openFile(path, { groupCommitMs: 0 });
  const existing = store.all()[0];
  const sub =
    existing ??
    (await store.add({
      chatId: 4242,
      chatKind: 'private',
      ownerId: 4242,
      topics: ['all'],
      schedule: { frequency: 'daily', hour: 9, weekday: 1, timeZone: 'Europe/Minsk' },
      lang: 'en',
      nothingNewNote: false,
    }));
  return async (variant) => {
    await store.change(sub.id, { topics: [payload(variant)], lang: variant === 'A' ? 'en' : 'ru' });
  };
}

function factData(variant: 'A' | 'B'): FactStoreData {
  return {
    schemaVersion: SCHEMA_VERSION,
    sourcesDigest: `digest-${variant}`,
    sources: [],
    texts: { [`doc-${variant}`]: payload(variant) },
    sentences: [],
    entities: [],
    facts: [],
    annotations: {},
  };
}

function payload(variant: 'A' | 'B'): string {
  // Different lengths too, so a torn write cannot look like the other variant.
  return variant.repeat(variant === 'A' ? PAYLOAD_CHARS : PAYLOAD_CHARS + 4096);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
