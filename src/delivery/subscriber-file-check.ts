import { SUBSCRIBER_SCHEMA_VERSION, type SubscriberFile } from './subscription.ts';

export class SubscriberStoreVersionError extends Error {
  constructor(
    readonly found: unknown,
    readonly where: string,
  ) {
    super(
      `subscriptions file ${where} is schema version ${String(found)}, this bot reads version ${SUBSCRIBER_SCHEMA_VERSION}: ` +
        'run the bot version that wrote it, or migrate the file; it was left untouched.',
    );
    this.name = 'SubscriberStoreVersionError';
  }
}

export class SubscriberStoreFormatError extends Error {
  constructor(where: string, detail: string) {
    super(`subscriptions file ${where} is not a subscriptions file (${detail}); it was left untouched.`);
    this.name = 'SubscriberStoreFormatError';
  }
}

/** Checks what came from disk before anything trusts it; never "repairs" by dropping data. */
export function checkSubscriberFile(value: unknown, where: string): SubscriberFile {
  if (!value || typeof value !== 'object') throw new SubscriberStoreFormatError(where, 'not an object');
  const v = value as Partial<SubscriberFile>;
  if (v.schemaVersion !== SUBSCRIBER_SCHEMA_VERSION) throw new SubscriberStoreVersionError(v.schemaVersion, where);
  if (!Array.isArray(v.subscriptions)) throw new SubscriberStoreFormatError(where, '"subscriptions" is not a list');
  if (typeof v.nextId !== 'number') throw new SubscriberStoreFormatError(where, '"nextId" is missing');
  if (!v.ledger || typeof v.ledger.generation !== 'number' || typeof v.ledger.firstSeen !== 'object') {
    throw new SubscriberStoreFormatError(where, '"ledger" is missing');
  }
  for (const [i, s] of v.subscriptions.entries()) {
    if (
      typeof s?.id !== 'string' ||
      typeof s.chatId !== 'number' ||
      !s.schedule ||
      !s.delivery ||
      !Array.isArray(s.topics)
    ) {
      throw new SubscriberStoreFormatError(where, `subscription #${i} is incomplete`);
    }
  }
  return v as SubscriberFile;
}
