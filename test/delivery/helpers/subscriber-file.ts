import {
  SUBSCRIBER_SCHEMA_VERSION,
  type SubscriberFile,
  type Subscription,
  type SubscriptionDraft,
} from '../../../src/delivery/subscription.ts';

/** A subscriptions file as a previous run would have left it: n subscriptions created at `createdAt`. */
export function subscriberFile(drafts: SubscriptionDraft[], createdAt: number): string {
  const subscriptions: Subscription[] = drafts.map((d, i) => ({
    ...d,
    id: `s${i + 1}`,
    status: 'active',
    createdAt,
    delivery: { lastSlotAt: createdAt, deliveredThrough: null, sent: 0 },
  }));
  const file: SubscriberFile = {
    schemaVersion: SUBSCRIBER_SCHEMA_VERSION,
    nextId: drafts.length + 1,
    subscriptions,
    ledger: { generation: 0, firstSeen: {} },
  };
  return JSON.stringify(file);
}
