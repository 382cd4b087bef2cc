/**
 * A Bot API server inside the process, as the `fetch` of grammY's client: grammY still builds each
 * request as for Telegram (JSON body, abort controller, timeout timer) and parses a JSON response,
 * so the benchmark pays what a real update pays except the network. The server's own part (reading
 * the request to echo the message back, as Telegram does) is a few microseconds per call.
 */
export interface FakeBotApi {
  fetch: typeof fetch;
  /** Called with the chat of every sendMessage, when it arrives. */
  onSendMessage?: (chatId: number) => void;
  calls: number;
}

export function fakeBotApi(): FakeBotApi {
  let messageId = 1;
  const api: FakeBotApi = {
    calls: 0,
    fetch: (async (url: string | URL | Request, init?: RequestInit) => {
      api.calls++;
      const method = String(url).slice(String(url).lastIndexOf('/') + 1);
      const payload = JSON.parse(String(init?.body ?? '{}')) as { chat_id?: number; text?: string };
      if (method === 'sendMessage' && typeof payload.chat_id === 'number') api.onSendMessage?.(payload.chat_id);
      const result =
        method === 'sendMessage' || method === 'editMessageText'
          ? { message_id: messageId++, date: 0, chat: { id: payload.chat_id, type: 'private' }, text: payload.text }
          : true;
      const body = JSON.stringify({ ok: true, result });
      return { ok: true, status: 200, json: async () => JSON.parse(body) } as Response;
    }) as typeof fetch,
  };
  return api;
}
