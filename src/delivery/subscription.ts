import type { FactLedger } from '../knowledge/digest/fact-ledger.ts';
import type { Lang } from '../knowledge/types.ts';

export type Frequency = 'daily' | 'weekly' | 'on-new-documents';

export interface Schedule {
  frequency: Frequency;
  /** Local hour 0..23 (daily and weekly). */
  hour: number;
  /** ISO weekday 1 (Monday) .. 7 (Sunday), weekly only. */
  weekday: number;
  /** IANA time zone, validated when the subscription was made. */
  timeZone: string;
}

export type ChatKind = 'private' | 'group' | 'supergroup' | 'channel';

export type InactiveReason = 'blocked' | 'left' | 'chat-not-found';

export interface DeliveryState {
  /**
   * The last scheduled slot (epoch ms) this subscription was served for. Starts at the creation
   * time, so slots before the subscription existed are never "missed".
   */
  lastSlotAt: number;
  /** Fact-ledger generation the last digest covered; null until the first digest (a briefing). */
  deliveredThrough: number | null;
  lastDeliveredAt?: number;
  /** Digests Telegram accepted for this subscription (including "nothing new" notes). */
  sent: number;
  lastError?: string;
}

export interface Subscription {
  id: string;
  chatId: number;
  chatKind: ChatKind;
  /** The user who subscribed (an administrator, for a group). */
  ownerId: number;
  /** Topic keys (see knowledge/digest/topic.ts); ['all'] for everything. */
  topics: string[];
  schedule: Schedule;
  lang: Lang;
  /** Send a short "nothing new" note instead of staying silent. */
  nothingNewNote: boolean;
  status: 'active' | 'paused' | 'inactive';
  inactiveReason?: InactiveReason;
  createdAt: number;
  delivery: DeliveryState;
}

/** What a person chooses in /subscribe; the rest is filled in by the store. */
export type SubscriptionDraft = Pick<
  Subscription,
  'chatId' | 'chatKind' | 'ownerId' | 'topics' | 'schedule' | 'lang' | 'nothingNewNote'
>;

/** The whole subscriptions file. */
export interface SubscriberFile {
  schemaVersion: number;
  nextId: number;
  subscriptions: Subscription[];
  ledger: FactLedger;
}

/** Bump when the shape of SubscriberFile changes: an older file is then rejected with a clear message. */
export const SUBSCRIBER_SCHEMA_VERSION = 1;

export const isGroupChat = (kind: ChatKind): boolean => kind === 'group' || kind === 'supergroup';
