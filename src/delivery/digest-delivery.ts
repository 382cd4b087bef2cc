import { advanceLedger } from '../knowledge/digest/fact-ledger.ts';
import { composeDigest, type Digest } from '../knowledge/digest/compose-digest.ts';
import { renderDigestHtml } from '../bot/format/digest.ts';
import { topicLabel } from '../knowledge/digest/topic-label.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import {
  type BroadcastJob,
  type BroadcastOptions,
  type BroadcastReport,
  broadcast,
  type SendApi,
} from './broadcaster.ts';
import type { Clock } from './clock.ts';
import { type DueReason, dueReason } from './due.ts';
import { SendRateLimiter } from './rate-limits.ts';
import { createSlotFinder } from './slots.ts';
import type { SubscriberStore } from './subscriber-store.ts';
import { isGroupChat, type Subscription } from './subscription.ts';

/** The logging the delivery layer does (pino's Logger satisfies it). */
export interface DeliveryLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface DigestDeliveryOptions {
  store: SubscriberStore;
  /** A getter: /reload swaps the knowledge base. */
  kb: () => KnowledgeBase;
  api: SendApi;
  clock: Clock;
  /** Shared by every send of this bot, so /digest and a broadcast together stay within the limits. */
  limiter?: SendRateLimiter;
  broadcast?: Partial<
    Pick<BroadcastOptions, 'maxInFlight' | 'maxAttempts' | 'backoffBaseMs' | 'backoffMaxMs' | 'sendTimeoutMs'>
  >;
  log?: DeliveryLog;
  /** Aborting stops delivery as a crash would (tests of the restart path). */
  signal?: AbortSignal;
  /**
   * A slot this close ahead counts as arrived: a timer that fires a few ms early must not push
   * the digest to the next tick.
   */
  slotLeadMs?: number;
}

export interface CycleReport extends Omit<BroadcastReport, 'startedAt' | 'finishedAt'> {
  startedAt: number;
  finishedAt: number;
  due: number;
  /** Due, nothing new, and the subscriber chose silence: marked served without a message. */
  skippedNothingNew: number;
}

const silentLog: DeliveryLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Who is owed a digest, what it says, and its delivery. Marks a digest delivered only when
 * Telegram accepted it, so a crash between the send and the mark costs one repeated digest
 * (at most: the mark is written with the next group commit) and never a lost one. The other
 * order (mark, then send) would lose digests silently on a crash, which an analyst cannot notice;
 * a repeat they can.
 */
export class DigestDelivery {
  readonly limiter: SendRateLimiter;
  private readonly log: DeliveryLog;
  private readonly findSlot = createSlotFinder();
  private running: Promise<CycleReport> | null = null;
  private runAgain = false;

  constructor(private readonly options: DigestDeliveryOptions) {
    this.limiter = options.limiter ?? new SendRateLimiter();
    this.log = options.log ?? silentLog;
  }

  /** Records the facts the ledger has not seen (after start or a rebuild). Returns their ids. */
  async syncFacts(): Promise<string[]> {
    const { store, kb } = this.options;
    const { ledger, added } = advanceLedger(store.ledger(), kb().data);
    if (ledger !== store.ledger()) {
      await store.setLedger(ledger);
      this.log.info({ added: added.length, generation: ledger.generation }, 'digest: new facts recorded');
    }
    return added;
  }

  /**
   * Delivers every digest that is due now. One cycle at a time: a call during a cycle makes one
   * more cycle run after it (a slot or a reload that came in meanwhile is not dropped).
   */
  runDue(): Promise<CycleReport> {
    if (this.running) {
      this.runAgain = true;
      return this.running;
    }
    this.running = (async () => {
      let report: CycleReport;
      do {
        this.runAgain = false;
        report = await this.cycle();
      } while (this.runAgain && !this.options.signal?.aborted);
      return report;
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * /digest: what is new for each subscription of a chat, now, whatever the schedule. Always
   * answers, with a "nothing new" note if need be. Scheduled slots are left as they are.
   */
  async sendNow(chatId: number): Promise<{ sent: number; nothingNew: number; subscriptions: number }> {
    await this.syncFacts();
    const subs = this.options.store.ofChat(chatId).filter((s) => s.status !== 'inactive');
    const generation = this.options.store.ledger().generation;
    const cache = new Map<string, { digest: Digest; html: string }>();
    let nothingNew = 0;
    const jobs = subs.map((sub) => {
      const { digest, html } = this.compose(sub, cache);
      if (digest.kind === 'nothing-new') nothingNew++;
      return { id: sub.id, chatId: sub.chatId, isGroup: isGroupChat(sub.chatKind), html };
    });
    const report = await this.broadcast(jobs, (job, at) =>
      this.options.store.markDelivered(job.id, { generation, at, sent: true }),
    );
    return { sent: report.delivered, nothingNew, subscriptions: subs.length };
  }

  private async cycle(): Promise<CycleReport> {
    const { store, clock } = this.options;
    await this.syncFacts();
    const startedAt = clock.now();
    const generation = store.ledger().generation;
    const lead = this.options.slotLeadMs ?? 2000;
    const due = new Map<string, DueReason>();
    const cache = new Map<string, { digest: Digest; html: string }>();
    const jobs: BroadcastJob[] = [];
    let skippedNothingNew = 0;
    const skips: Promise<void>[] = [];
    for (const sub of store.all()) {
      const reason = dueReason(sub, startedAt + lead, generation, this.findSlot);
      if (!reason) continue;
      due.set(sub.id, reason);
      const { digest, html } = this.compose(sub, cache);
      if (digest.kind === 'nothing-new' && !sub.nothingNewNote) {
        skippedNothingNew++;
        skips.push(store.markDelivered(sub.id, { ...slotOf(reason), generation, at: startedAt, sent: false }));
        continue;
      }
      jobs.push({ id: sub.id, chatId: sub.chatId, isGroup: isGroupChat(sub.chatKind), html });
    }
    const report = await this.broadcast(jobs, (job, at) => {
      const reason = due.get(job.id);
      return store.markDelivered(job.id, { ...(reason ? slotOf(reason) : {}), generation, at, sent: true });
    });
    await Promise.all(skips);
    if (jobs.length > 0) this.log.info({ ...report, due: due.size }, 'digest: cycle done');
    return { ...report, startedAt, due: due.size, skippedNothingNew };
  }

  private async broadcast(
    jobs: BroadcastJob[],
    delivered: (job: BroadcastJob, at: number) => Promise<void>,
  ): Promise<BroadcastReport> {
    const { store, api, clock, signal } = this.options;
    return broadcast(jobs, {
      api,
      clock,
      limiter: this.limiter,
      signal,
      ...this.options.broadcast,
      handlers: {
        delivered,
        blocked: async (job, failure) => {
          const n = await store.deactivateChat(job.chatId, failure.reason);
          this.log.warn(
            { chatId: job.chatId, subscriptions: n, reason: failure.description },
            'digest: chat unreachable, subscriptions deactivated',
          );
        },
        failed: async (job, failure) => {
          // Not marked: the digest stays due and the next cycle tries again.
          this.log.error({ subscription: job.id, chatId: job.chatId, failure }, 'digest: not delivered in this cycle');
          await store.noteFailure(job.id, 'description' in failure ? failure.description : failure.kind);
        },
        migrated: (job, toChatId) => store.migrateChat(job.chatId, toChatId),
      },
    });
  }

  /** Subscriptions with the same topics, language and baseline get the same text: composed once. */
  private compose(
    sub: Subscription,
    cache: Map<string, { digest: Digest; html: string }>,
  ): { digest: Digest; html: string } {
    const { store, kb } = this.options;
    const through = sub.delivery.deliveredThrough;
    const key = `${sub.topics.join('\u0001')}\u0000${sub.lang}\u0000${through ?? 'none'}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const base = kb();
    const ledger = store.ledger();
    const digest = composeDigest(
      base,
      { topics: sub.topics, lang: sub.lang },
      through === null ? { kind: 'none' } : { kind: 'since', generation: through, firstSeen: ledger.firstSeen },
    );
    const title = sub.topics.map((t) => topicLabel(base, t, sub.lang)).join(', ');
    const made = { digest, html: renderDigestHtml(digest, { title }) };
    cache.set(key, made);
    return made;
  }
}

function slotOf(reason: DueReason): { slotAt?: number } {
  return reason.kind === 'slot' ? { slotAt: reason.slotAt } : {};
}
