import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import type { Lang } from '../knowledge/index.ts';
import { type MessageKey, translate } from './i18n.ts';

const COMMANDS: { command: string; key: MessageKey }[] = [
  { command: 'ask', key: 'cmd.ask' },
  { command: 'timeline', key: 'cmd.timeline' },
  { command: 'sources', key: 'cmd.sources' },
  { command: 'source', key: 'cmd.source' },
  { command: 'subscribe', key: 'cmd.subscribe' },
  { command: 'subscriptions', key: 'cmd.subscriptions' },
  { command: 'unsubscribe', key: 'cmd.unsubscribe' },
  { command: 'digest', key: 'cmd.digest' },
  { command: 'lang', key: 'cmd.lang' },
  { command: 'help', key: 'cmd.help' },
  { command: 'start', key: 'cmd.start' },
];

export function commandList(lang: Lang): BotCommand[] {
  return COMMANDS.map(({ command, key }) => ({ command, description: translate(lang, key) }));
}

/** The command menu in English (the default for every client) and in Russian. */
export async function setCommands(api: Api): Promise<void> {
  await api.setMyCommands(commandList('en'));
  await api.setMyCommands(commandList('ru'), { language_code: 'ru' });
}
