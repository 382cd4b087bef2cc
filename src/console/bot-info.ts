import type { UserFromGetMe } from 'grammy/types';

/**
 * Who the bot is when no Telegram server is asked (console chat, tests): passed as `botInfo`
 * so grammY skips getMe.
 */
export const OFFLINE_BOT_INFO: UserFromGetMe = {
  id: 1,
  is_bot: true,
  first_name: 'Briefbot',
  username: 'briefbot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};
