import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { TextFile } from 'lowdb/node';
import { EMPTY_LEDGER, type FactLedger } from '../knowledge/digest/fact-ledger.ts';
import { type Clock, systemClock } from './clock.ts';
import { acquireSingleWriterLock, type SingleWriterLockOptions } from './single-writer-lock.ts';
import {
  type InactiveReason,
  SUBSCRIBER_SCHEMA_VERSION,
  type SubscriberFile,
  type Subscription,
  type SubscriptionDraft,
} from './subscription.ts';
import { checkSubscriberFile, SubscriberStoreFormatError } from './subscriber-file-check.ts';
import { IncrementalSubscriberJson } from './subscriber-file-json.ts';
import type { TextAdapter } from './memory-text-adapter.ts';

export interface SubscriberStoreOptions {
  clock?: Clock;
  /**
   * Delivery marks are written together at most this often (group commit). A crash loses at most
   * this window of marks, and those subscribers get their digest once more: the bounded repeat the
   * delivery guarantee allows. A person's own changes (subscribe, pause, ...) are written at once.
   */
  groupCommitMs?: number;
  /** Called when the file is closed (releases the single-writer lock). */
  onClose?: () => void | Promise<void>;
  /** The single-writer lock of openFile (how stale a dead holder's lock must be, how long to wait for it). */
  lock?: SingleWriterLockOptions;
}

export interface DeliveryMark {
  /** The scheduled slot served, if the digest was for one (not for /digest or new documents). */
  slotAt?: number;
  /** Ledger generation the digest covered. */
  generation: number;
  at: number;
  /** False when a "nothing new" digest was skipped without a message. */
  sent: boolean;
}

/**
 * The subscriptions, in memory, persisted as one JSON file through lowdb's TextFile (steno: temp
 * file, then rename), or memory in tests. One writer: all changes go through this object, and
 * each write is the whole file, so the file always holds one complete version. (Not lowdb's
 * JSONFile: it re-serializes every subscription on every write; see subscriber-file-json.ts.)
 */
export class SubscriberStore {
  private readonly byId = new Map<string, Subscription>();
  private readonly clock: Clock;
  private readonly groupCommitMs: number;
  private nextWrite: Promise<void> | null = null;
  private nextWriteUrgent = false;
  private wakeDelayedWrite: AbortController | null = null;
  private currentWrite: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly json = new IncrementalSubscriberJson();

  private constructor(
    private readonly adapter: TextAdapter,
    private readonly data: SubscriberFile,
    private readonly options: SubscriberStoreOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    this.groupCommitMs = options.groupCommitMs ?? 1000;
    for (const sub of data.subscriptions) this.byId.set(sub.id, sub);
  }

  /** Opens (or creates) a store over a text adapter; checks the schema version first. */
  static async open(
    adapter: TextAdapter,
    where: string,
    options: SubscriberStoreOptions = {},
  ): Promise<SubscriberStore> {
    const text = await adapter.read();
    let data = emptyFile();
    if (text !== null) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (err) {
        throw new SubscriberStoreFormatError(where, `bad JSON: ${(err as Error).message}`);
      }
      data = checkSubscriberFile(parsed, where);
    }
    return new SubscriberStore(adapter, data, options);
  }

  /** Opens `data/subscriptions.json` (or another path), claiming it for this process. */
  static async openFile(path: string, options: SubscriberStoreOptions = {}): Promise<SubscriberStore> {
    await mkdir(dirname(path), { recursive: true });
    const release = await acquireSingleWriterLock(path, options.lock);
    try {
      return await SubscriberStore.open(new TextFile(path), path, {
        ...options,
        onClose: async () => {
          await release().catch(() => undefined);
          await options.onClose?.();
        },
      });
    } catch (err) {
      await release().catch(() => undefined);
      throw err;
    }
  }

  all(): readonly Subscription[] {
    return this.data.subscriptions;
  }

  get(id: string): Subscription | undefined {
    return this.byId.get(id);
  }

  ofChat(chatId: number): Subscription[] {
    return this.data.subscriptions.filter((s) => s.chatId === chatId);
  }

  ledger(): FactLedger {
    return this.data.ledger;
  }

  async setLedger(ledger: FactLedger): Promise<void> {
    this.data.ledger = ledger;
    await this.write('now');
  }

  async add(draft: SubscriptionDraft, now = this.clock.now()): Promise<Subscription> {
    const sub: Subscription = {
      ...structuredClone(draft),
      id: `s${this.data.nextId++}`,
      status: 'active',
      createdAt: now,
      delivery: { lastSlotAt: now, deliveredThrough: null, sent: 0 },
    };
    this.data.subscriptions.push(sub);
    this.byId.set(sub.id, sub);
    await this.write('now');
    return sub;
  }

  /** Changes what a person chose; the delivery state stays, so the next digest still has only what is new. */
  async change(
    id: string,
    choice: Partial<Pick<Subscription, 'topics' | 'schedule' | 'lang' | 'nothingNewNote'>>,
  ): Promise<Subscription | undefined> {
    const sub = this.byId.get(id);
    if (!sub) return undefined;
    Object.assign(sub, structuredClone(choice));
    this.json.invalidate(sub);
    await this.write('now');
    return sub;
  }

  async pause(id: string): Promise<Subscription | undefined> {
    const sub = this.byId.get(id);
    if (sub?.status !== 'active') return sub;
    sub.status = 'paused';
    this.json.invalidate(sub);
    await this.write('now');
    return sub;
  }

  /** Slots that passed while paused are not "missed": resuming does not fire a digest for them. */
  async resume(id: string, now = this.clock.now()): Promise<Subscription | undefined> {
    const sub = this.byId.get(id);
    if (!sub || sub.status === 'active') return sub;
    sub.status = 'active';
    delete sub.inactiveReason;
    sub.delivery.lastSlotAt = Math.max(sub.delivery.lastSlotAt, now);
    this.json.invalidate(sub);
    await this.write('now');
    return sub;
  }

  async remove(id: string): Promise<boolean> {
    const sub = this.byId.get(id);
    if (!sub) return false;
    this.byId.delete(id);
    this.data.subscriptions = this.data.subscriptions.filter((s) => s !== sub);
    await this.write('now');
    return true;
  }

  /**
   * The chat blocked the bot, removed it, or no longer exists: stop sending to every subscription there.
   * Written with the group commit: a crash before it costs one more 403, not a message.
   */
  async deactivateChat(chatId: number, reason: InactiveReason): Promise<number> {
    let changed = 0;
    for (const sub of this.data.subscriptions) {
      if (sub.chatId !== chatId || sub.status === 'inactive') continue;
      sub.status = 'inactive';
      sub.inactiveReason = reason;
      this.json.invalidate(sub);
      changed++;
    }
    if (changed > 0) await this.write('grouped');
    return changed;
  }

  /** A group became a supergroup: Telegram gave it a new id. */
  async migrateChat(fromChatId: number, toChatId: number): Promise<void> {
    for (const sub of this.data.subscriptions) {
      if (sub.chatId === fromChatId) {
        sub.chatId = toChatId;
        sub.chatKind = 'supergroup';
        this.json.invalidate(sub);
      }
    }
    await this.write('now');
  }

  /**
   * Records that Telegram accepted a digest (or that one was skipped as "nothing new").
   * Applied in memory at once; durable with the next group commit, which the promise waits for.
   */
  markDelivered(id: string, mark: DeliveryMark): Promise<void> {
    const sub = this.byId.get(id);
    if (!sub) return Promise.resolve();
    const d = sub.delivery;
    if (mark.slotAt !== undefined) d.lastSlotAt = Math.max(d.lastSlotAt, mark.slotAt);
    d.deliveredThrough = Math.max(d.deliveredThrough ?? 0, mark.generation);
    if (mark.sent) {
      d.lastDeliveredAt = mark.at;
      d.sent++;
    }
    delete d.lastError;
    this.json.invalidate(sub);
    return this.write('grouped');
  }

  /** Remembers why the last attempt failed (shown in /subscriptions); the slot stays due. */
  noteFailure(id: string, error: string): Promise<void> {
    const sub = this.byId.get(id);
    if (!sub) return Promise.resolve();
    sub.delivery.lastError = error.slice(0, 200);
    this.json.invalidate(sub);
    return this.write('grouped');
  }

  /** Waits until everything changed so far is written. */
  async flush(): Promise<void> {
    while (this.nextWrite) {
      this.wakeDelayedWrite?.abort();
      await this.nextWrite;
    }
    await this.currentWrite;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    this.closed = true;
    await this.options.onClose?.();
  }

  /**
   * Schedules a write of the whole file. Calls while a write is waiting share it: 'grouped' waits
   * up to groupCommitMs for more changes, 'now' starts it as soon as the previous write is done.
   */
  private write(when: 'now' | 'grouped'): Promise<void> {
    if (this.closed) return Promise.reject(new Error('SubscriberStore: written after close()'));
    if (this.nextWrite) {
      if (when === 'now' && !this.nextWriteUrgent) {
        this.nextWriteUrgent = true;
        this.wakeDelayedWrite?.abort();
      }
      return this.nextWrite;
    }
    this.nextWriteUrgent = when === 'now';
    const wake = new AbortController();
    this.wakeDelayedWrite = wake;
    const previous = this.currentWrite;
    this.nextWrite = (async () => {
      await previous.catch(() => undefined);
      if (!this.nextWriteUrgent && this.groupCommitMs > 0) await this.clock.sleep(this.groupCommitMs, wake.signal);
      // From here on, changes belong to the next write.
      this.nextWrite = null;
      this.wakeDelayedWrite = null;
      // Serialized now, synchronously: changes made while the file is being written go to the next write.
      this.currentWrite = this.adapter.write(this.json.stringify(this.data));
      await this.currentWrite;
    })();
    return this.nextWrite;
  }
}

function emptyFile(): SubscriberFile {
  return {
    schemaVersion: SUBSCRIBER_SCHEMA_VERSION,
    nextId: 1,
    subscriptions: [],
    ledger: { ...EMPTY_LEDGER, firstSeen: {} },
  };
}
