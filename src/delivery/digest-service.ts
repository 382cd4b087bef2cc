import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { SendApi } from './broadcaster.ts';
import { type Clock, systemClock } from './clock.ts';
import { type DeliveryLog, DigestDelivery, type DigestDeliveryOptions } from './digest-delivery.ts';
import { type CronFactory, DigestScheduler } from './scheduler.ts';
import { SubscriberStore } from './subscriber-store.ts';

/** Everything the /subscribe, /subscriptions and /digest commands need; built once in main.ts. */
export interface DigestService {
  readonly store: SubscriberStore;
  readonly delivery: DigestDelivery;
  readonly scheduler: DigestScheduler;
  readonly clock: Clock;
  kb(): KnowledgeBase;
  /**
   * Starts the hourly jobs and serves missed slots once. Resolves when that catch-up broadcast is
   * done, which can take minutes: main.ts should not wait for it before taking updates.
   */
  start(): Promise<void>;
  /** Stops the jobs and writes what is pending; releases the subscriptions file. */
  stop(): Promise<void>;
  /** After /reload or a source change rebuilt the knowledge base: new facts go to "on new documents" subscribers. */
  factsChanged(): Promise<void>;
  /** After a subscription was added or changed (its time zone may need a job). */
  subscriptionsChanged(): void;
}

export interface DigestServiceOptions {
  /** Usually data/subscriptions.json. Or an opened store (tests). */
  store: string | SubscriberStore;
  kb: () => KnowledgeBase;
  /** See telegramSendApi: an Api without the bot's retry transformer. */
  api: SendApi;
  clock?: Clock;
  log?: DeliveryLog;
  cron?: CronFactory;
  delivery?: Partial<Omit<DigestDeliveryOptions, 'store' | 'kb' | 'api' | 'clock' | 'log'>>;
  groupCommitMs?: number;
}

export async function createDigestService(options: DigestServiceOptions): Promise<DigestService> {
  const clock = options.clock ?? systemClock;
  const store =
    typeof options.store === 'string'
      ? await SubscriberStore.openFile(options.store, { clock, groupCommitMs: options.groupCommitMs })
      : options.store;
  const delivery = new DigestDelivery({
    ...options.delivery,
    store,
    kb: options.kb,
    api: options.api,
    clock,
    log: options.log,
  });
  const scheduler = new DigestScheduler({
    zones: () =>
      new Set(
        store
          .all()
          .filter((s) => s.status === 'active' && s.schedule.frequency !== 'on-new-documents')
          .map((s) => s.schedule.timeZone),
      ),
    tick: () => delivery.runDue(),
    cron: options.cron,
    onError: (err) => options.log?.error({ err }, 'digest: scheduled delivery failed'),
  });
  return {
    store,
    delivery,
    scheduler,
    clock,
    kb: options.kb,
    start: () => scheduler.start(),
    stop: async () => {
      scheduler.stop();
      await store.close();
    },
    factsChanged: async () => {
      await delivery.runDue();
    },
    subscriptionsChanged: () => scheduler.refreshZones(),
  };
}
