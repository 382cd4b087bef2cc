/**
 * What a failed send means for delivery. Reads grammY's GrammyError (error_code, description,
 * parameters) and HttpError by shape, so the delivery layer needs no grammY import and a fake API
 * can throw the real classes.
 */
export type SendFailure =
  | { kind: 'retry-after'; ms: number }
  | { kind: 'blocked'; reason: 'blocked' | 'chat-not-found'; description: string }
  | { kind: 'migrated'; toChatId: number }
  | { kind: 'transient'; description: string }
  | { kind: 'permanent'; description: string };

export function classifySendError(error: unknown): SendFailure {
  const e = error as {
    error_code?: unknown;
    description?: unknown;
    parameters?: { retry_after?: unknown; migrate_to_chat_id?: unknown };
    message?: unknown;
  };
  const description = typeof e?.description === 'string' ? e.description : String(e?.message ?? error);
  if (typeof e?.error_code !== 'number') return { kind: 'transient', description }; // network, timeout: no answer from Telegram
  const code = e.error_code;
  if (code === 429) {
    const seconds = typeof e.parameters?.retry_after === 'number' ? e.parameters.retry_after : 1;
    return { kind: 'retry-after', ms: seconds * 1000 };
  }
  if (typeof e.parameters?.migrate_to_chat_id === 'number')
    return { kind: 'migrated', toChatId: e.parameters.migrate_to_chat_id };
  // 403: "bot was blocked by the user", "bot was kicked from the group chat", "user is deactivated".
  if (code === 403) return { kind: 'blocked', reason: 'blocked', description };
  if (code === 400 && /chat not found|group chat was deleted|PEER_ID_INVALID/i.test(description)) {
    return { kind: 'blocked', reason: 'chat-not-found', description };
  }
  if (code >= 500) return { kind: 'transient', description };
  return { kind: 'permanent', description };
}
