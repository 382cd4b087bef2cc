import type { ConversationData, ConversationStorage } from '@grammyjs/conversations';
import type { Logger } from 'pino';
import type { ChatContext, KnowledgeBase, Lang } from '../knowledge/index.ts';
import type { BotContext } from './context.ts';

/**
 * Everything the bot needs from outside, injected so a test builds a bot in one line
 * (fake knowledge base, memory stores, fixed clock) and main.ts wires the real ones.
 */
export interface BotDeps {
  /** A getter, not a value: /reload swaps the knowledge base and every later update sees the new one. */
  kb: () => KnowledgeBase;
  settings: BotSettings;
  log: Logger;
  /** Current time; injected so tests are deterministic. */
  clock: () => Date;
  prefs: PrefsStore;
  chatContexts: ChatContextStore;
  /** Rebuilds the knowledge base from the sources (admin /reload). Absent: /reload says it is unavailable. */
  reload?: () => Promise<ReloadResult>;
  /** Storage for @grammyjs/conversations (e.g. /subscribe). Default: in memory. */
  conversationStorage?: ConversationStorage<BotContext, ConversationData>;
  /**
   * Digest subscriptions: owned by the digest feature (src/bot/features/digest.ts, src/delivery/**).
   * Refine `DigestDeps` by module augmentation from your own files instead of editing this one:
   *   declare module '../bot/deps.ts' { interface DigestDeps { subscribers: SubscriberStore } }
   */
  digest?: DigestDeps;
}

// biome-ignore lint/suspicious/noEmptyInterface: filled in by the digest feature through declaration merging.
export interface DigestDeps {}

/** The part of the configuration the bot reads (src/config.ts's Config satisfies it). */
export interface BotSettings {
  /** Telegram user ids allowed to run admin commands (/reload). */
  adminIds: readonly number[];
  /** Per-user flood limit: at most `rateLimitMax` updates per `rateLimitWindowMs`. */
  rateLimitMax: number;
  rateLimitWindowMs: number;
  /** Inline results per page. */
  inlinePageSize: number;
  /** Distinct questions whose answers are kept in memory (src/bot/answer-cache.ts); 0 answers every one afresh. */
  answerCacheSize?: number;
}

export interface UserPrefs {
  /** 'auto' (or absent): interface from language_code, answers follow the question. */
  lang?: Lang | 'auto';
}

/** Per-user preferences, persisted (src/bot/stores/prefs-store.ts). */
export interface PrefsStore {
  get(userId: number): UserPrefs | undefined;
  set(userId: number, prefs: UserPrefs): Promise<void>;
  /** Waits for pending writes; called on shutdown. */
  flush(): Promise<void>;
}

/** The last answer's context per chat, for follow-up questions. In memory, bounded. */
export interface ChatContextStore {
  get(chatId: number): ChatContext | undefined;
  set(chatId: number, context: ChatContext): void;
}

export interface ReloadResult {
  sources: number;
  facts: number;
  rebuilt: boolean;
}
