import type { ChatContext } from '../../knowledge/index.ts';
import type { ChatContextStore } from '../deps.ts';
import { Lru } from './lru.ts';

/**
 * The last answer's context per chat, in memory and bounded: losing it on restart only costs
 * a follow-up question its antecedent, so it is not worth a file.
 */
export function createChatContextStore(capacity = 10_000): ChatContextStore {
  const lru = new Lru<number, ChatContext>(capacity);
  return { get: (chatId) => lru.get(chatId), set: (chatId, context) => lru.set(chatId, context) };
}
