import type { Api } from 'grammy';
import type { SendApi } from './broadcaster.ts';

/**
 * sendMessage for digests through a grammY Api. Give it an Api without the bot's retry transformer
 * (`new Api(token)`): the broadcaster must see a 429 to pause every send, where that retry would
 * wait inside one call and leave the others running into the same limit.
 */
export function telegramSendApi(api: Api): SendApi {
  return {
    sendMessage: (chatId, html) =>
      api.sendMessage(chatId, html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } }),
  };
}
