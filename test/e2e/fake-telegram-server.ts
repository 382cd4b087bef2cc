import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Chat, Message, Update, User } from 'grammy/types';
import {
  commandText,
  DEFAULT_USER,
  groupChat,
  type IncomingText,
  inlineQuery,
  mentionText,
  privateChat,
  textMessage,
  type UpdateBody,
  type UserChat,
} from './telegram-updates.ts';

/**
 * A small fake of the Telegram Bot API on 127.0.0.1 for end-to-end tests: the real bot process
 * points TELEGRAM_API_ROOT at it. It answers the methods the bot uses, records every call,
 * lets a test inject updates and faults, and await a call. Loopback only; every wait is bounded.
 */

export interface RecordedCall {
  /** Position in `calls`: use it as a mark to wait only for later calls. */
  seq: number;
  method: string;
  params: Record<string, unknown>;
  /** The token from the URL path, so a test can check which token the bot used. */
  token: string;
  /** Set when an injected fault answered this call instead of the method. */
  fault?: FaultKind;
  /** What the fake answered (a Message for sendMessage, true for most others). */
  result?: unknown;
  /** When the answer went out (later than `at` for a slowed method; absent if the bot was gone by then). */
  answeredAt?: number;
  at: number;
}

/**
 * 'drop': the connection is reset with no answer; 'html500' / 'html200': a proxy's HTML page instead of
 * JSON; 'hang': the request is read and never answered (until the fake closes).
 */
export type FaultKind = '429' | '401' | '403' | '500' | 'drop' | 'html500' | 'html200' | 'hang';

export interface Fault {
  kind: FaultKind;
  /** Seconds, for 429 (Telegram's `parameters.retry_after`). */
  retryAfter?: number;
}

export interface WaitOptions {
  /** Only calls with seq >= since are considered (take `fake.mark()` before acting). */
  since?: number;
  timeoutMs?: number;
}

export const BOT_USER: User & { username: string } = {
  id: 123456,
  is_bot: true,
  first_name: 'Briefbot',
  username: 'briefbot_test_bot',
};

/** Methods the fake implements; others answer `true` (recorded, so a test can still see them). */
export const IMPLEMENTED_METHODS = [
  'getMe',
  'getUpdates',
  'sendMessage',
  'editMessageText',
  'answerCallbackQuery',
  'answerInlineQuery',
  'setMyCommands',
  'deleteWebhook',
  'getChatMember',
  'sendChatAction',
] as const;

/** Telegram caps a long poll at 50 s; the fake caps it lower so a stuck test ends sooner. */
const MAX_POLL_SECONDS = 30;

interface PendingPoll {
  offset: number;
  limit: number;
  respond: (updates: Update[]) => void;
  conflict: () => void;
  timer: NodeJS.Timeout;
}

export class FakeTelegramServer {
  readonly calls: RecordedCall[] = [];
  private readonly updates: Update[] = [];
  private nextUpdateId = 1000;
  private nextMessageId = 1;
  private nextQueryId = 1;
  private readonly chats = new Map<number, Chat>();
  private readonly faults: { method: string; remaining: number; fault: Fault }[] = [];
  private poll: PendingPoll | undefined;
  private readonly delays = new Map<string, number>();
  private readonly handedOut = new Set<number>();
  private readonly callListeners = new Set<(call: RecordedCall) => void>();

  private constructor(
    private readonly server: Server,
    readonly apiRoot: string,
  ) {}

  /** Starts the fake on a random loopback port. */
  static async start(): Promise<FakeTelegramServer> {
    let fake: FakeTelegramServer | undefined;
    const server = createServer((req, res) => {
      if (!fake) throw new Error('fake Telegram server got a request before it was ready');
      fake.handle(req, res);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    fake = new FakeTelegramServer(server, `http://127.0.0.1:${port}`);
    return fake;
  }

  async close(): Promise<void> {
    this.answerPoll([]);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- injecting updates ----------------------------------------------------------------

  /** Queues an update for the next getUpdates; returns it with its update_id. */
  inject(body: UpdateBody): Update {
    const update = { update_id: this.nextUpdateId++, ...body } as Update;
    this.updates.push(update);
    const chat = update.message?.chat ?? update.callback_query?.message?.chat;
    if (chat) this.chats.set(chat.id, chat);
    this.deliverPending();
    return update;
  }

  /** A user writes `text` to the bot in a private chat. */
  privateMessage(text: string, from: User = DEFAULT_USER): IncomingText {
    const message = textMessage(privateChat(from), text, this.messageBasics(from));
    this.inject({ message });
    return message;
  }

  /** A user writes in a group; `mention` prefixes "@bot " with its entity, as Telegram clients do. */
  groupMessage(
    text: string,
    options: { chat?: UserChat; from?: User; mention?: boolean; replyTo?: Message } = {},
  ): IncomingText {
    const chat = options.chat ?? groupChat();
    const from = options.from ?? DEFAULT_USER;
    const withMention = options.mention ? mentionText(BOT_USER.username, text) : { text, entities: [] };
    const message = textMessage(chat, withMention.text, {
      ...this.messageBasics(from),
      entities: withMention.entities,
      replyTo: options.replyTo,
    });
    this.inject({ message });
    return message;
  }

  /** A command such as "/ask question" in any chat. */
  command(chat: UserChat, command: string, rest = '', from: User = DEFAULT_USER): IncomingText {
    const { text, entities } = commandText(command, rest);
    const message = textMessage(chat, text, { ...this.messageBasics(from), entities });
    this.inject({ message });
    return message;
  }

  /** "@bot query" typed in any chat's input field. Returns the inline query id. */
  inlineQuery(query: string, from: User = DEFAULT_USER, offset = ''): string {
    const id = `iq-${this.nextQueryId++}`;
    this.inject({ inline_query: inlineQuery(id, query, from, offset) });
    return id;
  }

  /** A press on an inline button with `data` under `message` (one the bot sent). Returns the query id. */
  callbackQuery(message: Message, data: string, from: User = DEFAULT_USER): string {
    const id = `cq-${this.nextQueryId++}`;
    const chatInstance = String(message.chat.id);
    this.inject({ callback_query: { id, from, chat_instance: chatInstance, message, data } });
    return id;
  }

  // ---- faults -----------------------------------------------------------------------------

  /** The next `count` calls of `method` ('*' for any) get `fault` instead of their answer. */
  failNext(method: string, count: number, fault: Fault): void {
    this.faults.push({ method, remaining: count, fault });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Every later call of `method` is answered `ms` later than it would be (0 to stop); recorded on arrival. */
  slow(method: string, ms: number): void {
    if (ms > 0) this.delays.set(method, ms);
    else this.delays.delete(method);
  }

  // ---- observing calls --------------------------------------------------------------------

  /** The seq the next call will get: pass it as `since` to wait only for what follows. */
  mark(): number {
    return this.calls.length;
  }

  callsOf(method: string, since = 0): RecordedCall[] {
    return this.calls.filter((c) => c.seq >= since && c.method === method);
  }

  /** Resolves with the first call (at or after `since`) matching `predicate`; rejects after the timeout. */
  waitForCall(predicate: (call: RecordedCall) => boolean, options: WaitOptions = {}): Promise<RecordedCall> {
    const since = options.since ?? 0;
    const timeoutMs = options.timeoutMs ?? 10_000;
    const seen = this.calls.find((c) => c.seq >= since && predicate(c));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const listener = (call: RecordedCall): void => {
        if (call.seq < since || !predicate(call)) return;
        clearTimeout(timer);
        this.callListeners.delete(listener);
        resolve(call);
      };
      const timer = setTimeout(() => {
        this.callListeners.delete(listener);
        const recent = this.calls
          .slice(since)
          .map((c) => `${c.method}${c.fault ? `(${c.fault})` : ''}`)
          .join(', ');
        reject(
          new Error(`no matching Telegram API call within ${timeoutMs} ms; calls since #${since}: ${recent || 'none'}`),
        );
      }, timeoutMs);
      this.callListeners.add(listener);
    });
  }

  // ---- the HTTP side ----------------------------------------------------------------------

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', this.apiRoot);
      const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
      if (!match) {
        send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
        return;
      }
      const [, token = '', method = ''] = match;
      const params = parseParams(req, Buffer.concat(chunks).toString('utf8'), url);
      const call: RecordedCall = { seq: this.calls.length, method, params, token, at: Date.now() };
      this.calls.push(call);
      const fault = this.takeFault(method);
      if (fault) {
        call.fault = fault.kind;
        this.notify(call);
        answerFault(res, fault);
        return;
      }
      if (method === 'getUpdates') {
        this.notify(call);
        this.longPoll(params, res);
        return;
      }
      call.result = this.answer(method, params);
      this.notify(call);
      const delay = this.delays.get(method);
      const answer = (): void => {
        if (res.destroyed) return; // the bot went away before the answer: it never learned the call succeeded
        send(res, 200, { ok: true, result: call.result });
        call.answeredAt = Date.now();
      };
      if (delay) setTimeout(answer, delay);
      else answer();
    });
  }

  private notify(call: RecordedCall): void {
    for (const listener of [...this.callListeners]) listener(call);
  }

  private takeFault(method: string): Fault | undefined {
    const entry = this.faults.find((f) => f.remaining > 0 && (f.method === method || f.method === '*'));
    if (!entry) return undefined;
    entry.remaining--;
    return entry.fault;
  }

  private answer(method: string, params: Record<string, unknown>): unknown {
    switch (method) {
      case 'getMe':
        return {
          ...BOT_USER,
          can_join_groups: true,
          can_read_all_group_messages: false,
          supports_inline_queries: true,
        };
      case 'sendMessage':
        return this.botMessage(params);
      case 'editMessageText':
        // Inline messages answer true; chat messages answer the edited message.
        return params.inline_message_id !== undefined ? true : this.botMessage(params, Number(params.message_id));
      case 'getChatMember':
        return { status: 'member', user: { ...DEFAULT_USER, id: Number(params.user_id) } };
      default:
        // answerCallbackQuery, answerInlineQuery, setMyCommands, deleteWebhook, sendChatAction, ...
        return true;
    }
  }

  private botMessage(params: Record<string, unknown>, messageId = this.nextMessageId++): Message.TextMessage {
    const chatId = Number(params.chat_id);
    const chat: Chat =
      this.chats.get(chatId) ?? (chatId < 0 ? groupChat(chatId) : privateChat({ ...DEFAULT_USER, id: chatId }));
    const message: Message.TextMessage = {
      message_id: messageId,
      date: now(),
      chat,
      from: BOT_USER,
      text: String(params.text ?? ''),
    };
    if (params.reply_markup) message.reply_markup = params.reply_markup as Message['reply_markup'];
    return message;
  }

  private messageBasics(from: User): { from: User; messageId: number; date: number } {
    return { from, messageId: this.nextMessageId++, date: now() };
  }

  /** getUpdates: `offset` confirms every earlier update; waits up to `timeout` s for new ones. */
  private longPoll(params: Record<string, unknown>, res: ServerResponse): void {
    const offset = Number(params.offset ?? 0);
    const limit = Math.min(Math.max(Number(params.limit ?? 100), 1), 100);
    const timeout = Math.min(Math.max(Number(params.timeout ?? 0), 0), MAX_POLL_SECONDS);
    if (offset > 0) this.confirmBelow(offset);
    const ready = this.pendingFrom(offset, limit);
    if (ready.length > 0 || timeout === 0) {
      for (const u of ready) this.handedOut.add(u.update_id);
      send(res, 200, { ok: true, result: ready });
      return;
    }
    // A second poll while one waits: Telegram terminates the older one with 409.
    if (this.poll) {
      const older = this.poll;
      this.poll = undefined;
      clearTimeout(older.timer);
      older.conflict();
    }
    const poll: PendingPoll = {
      offset,
      limit,
      respond: (updates) => send(res, 200, { ok: true, result: updates }),
      conflict: () =>
        send(res, 409, {
          ok: false,
          error_code: 409,
          description:
            'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
        }),
      timer: setTimeout(() => this.answerPoll([]), timeout * 1000),
    };
    this.poll = poll;
    // The client gave up (aborted on stop): forget the poll so its updates go to the next one.
    res.on('close', () => {
      if (this.poll === poll) {
        clearTimeout(poll.timer);
        this.poll = undefined;
      }
    });
  }

  private deliverPending(): void {
    if (!this.poll) return;
    const ready = this.pendingFrom(this.poll.offset, this.poll.limit);
    if (ready.length > 0) this.answerPoll(ready);
  }

  private answerPoll(updates: Update[]): void {
    const poll = this.poll;
    if (!poll) return;
    this.poll = undefined;
    clearTimeout(poll.timer);
    for (const u of updates) this.handedOut.add(u.update_id);
    poll.respond(updates);
  }

  private confirmBelow(offset: number): void {
    while (this.updates.length > 0 && (this.updates[0]?.update_id ?? offset) < offset) this.updates.shift();
  }

  /** Ids of the updates some getUpdates has returned (the bot has seen them), confirmed or not. */
  handedOutIds(): ReadonlySet<number> {
    return this.handedOut;
  }

  /** Unconfirmed updates, for a test that checks nothing was lost or left behind. */
  pendingUpdates(): readonly Update[] {
    return this.updates;
  }

  private pendingFrom(offset: number, limit: number): Update[] {
    if (offset < 0) return this.updates.slice(offset).slice(0, limit);
    return this.updates.filter((u) => u.update_id >= offset).slice(0, limit);
  }
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

function answerFault(res: ServerResponse, fault: Fault): void {
  switch (fault.kind) {
    case 'drop':
      // Network loss: the socket closes with no response at all.
      res.socket?.destroy();
      return;
    case '429': {
      const retryAfter = fault.retryAfter ?? 1;
      send(res, 429, {
        ok: false,
        error_code: 429,
        description: `Too Many Requests: retry after ${retryAfter}`,
        parameters: { retry_after: retryAfter },
      });
      return;
    }
    case '401':
      send(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
      return;
    case '403':
      send(res, 403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
      return;
    case '500':
      send(res, 500, { ok: false, error_code: 500, description: 'Internal Server Error' });
      return;
    case 'html500':
    case 'html200': {
      const html = '<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>';
      res.writeHead(fault.kind === 'html500' ? 500 : 200, { 'content-type': 'text/html' });
      res.end(html);
      return;
    }
    case 'hang':
      // Never answered: the client's own timeout (or the fake's close) ends it.
      return;
  }
}

/** Bot API parameters arrive as JSON, as a query string, or url-encoded; JSON-encoded fields are decoded. */
function parseParams(req: IncomingMessage, body: string, url: URL): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) params[key] = decodeField(value);
  const type = req.headers['content-type'] ?? '';
  if (body.length === 0) return params;
  if (type.includes('application/json')) {
    try {
      Object.assign(params, JSON.parse(body) as Record<string, unknown>);
    } catch {
      params.__unparsedBody = body;
    }
  } else if (type.includes('application/x-www-form-urlencoded')) {
    for (const [key, value] of new URLSearchParams(body)) params[key] = decodeField(value);
  } else {
    // multipart (file uploads) is not used by the bot; keep the raw body for a test to inspect.
    params.__unparsedBody = body;
  }
  return params;
}

function decodeField(value: string): unknown {
  if (/^[[{]/.test(value) || /^-?\d+$/.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}
