import type { Lang } from '../knowledge/index.ts';
import { escapeHtml } from './format/html.ts';

/**
 * Every interface string, in English and Russian, in one place.
 * Strings are Telegram HTML; `{name}` placeholders are filled by `translate`, which escapes the values.
 */
const en = {
  'start.intro':
    '<b>Briefbot</b> answers questions about the briefing documents on US–Belarus relations. ' +
    'Every answer quotes the documents verbatim, with the title and date of each source.\n\n' +
    'Just write a question, or try one of these:',
  help:
    '<b>How to ask</b>\n' +
    'Write a question in English or Russian, e.g. <i>When did Kellogg visit Minsk?</i>\n' +
    'Follow-ups work too: <i>and how many prisoners were released then?</i>\n\n' +
    '<b>Commands</b>\n' +
    '/ask &lt;question&gt; — ask (in groups: or mention me, or reply to me)\n' +
    '/timeline [topic] — events in order\n' +
    '/sources — the documents I know\n' +
    '/source &lt;id&gt; — one document and its facts\n' +
    '/lang — language of answers and of my messages\n\n' +
    '<b>Digests</b>\n' +
    '/subscribe — get what is new on your topics: daily, weekly or as soon as documents arrive\n' +
    '/subscriptions — yours, to pause, change or remove\n' +
    '/unsubscribe — stop them\n' +
    '/digest — one now\n\n' +
    'Inline: type <code>@{bot} question</code> in any chat.',
  'ask.usage': 'Write your question after the command, e.g. <code>/ask When did Kellogg visit Minsk?</code>',
  'ask.mentionHint': 'Write your question after the mention, e.g. @{bot} When did Kellogg visit Minsk?',
  'smallTalk.thanks': 'You are welcome. Ask me anything else about the documents.',
  'smallTalk.greeting': 'Hello! Ask me a question about the documents, e.g. When did Kellogg visit Minsk?',
  'timeline.noTopic': 'Nothing in the documents matches “{topic}”. Try another word, or /timeline for everything.',
  'timeline.empty': 'The documents date no events on this topic.',
  'timeline.more': 'More ({count}) ▸',
  'timeline.newestFirst': '⇅ Newest first',
  'timeline.oldestFirst': '⇅ Oldest first',
  'timeline.caption': '{title}: {count} events, {span}',
  'sources.header': '<b>Documents</b> ({count}):',
  'sources.empty': 'No documents are loaded yet.',
  'sources.hint': 'Details: /source &lt;id&gt;',
  'source.usage': 'Give a document id, e.g. <code>/source 000</code>. The list: /sources',
  'source.notFound': 'There is no document with id <code>{id}</code>. The list: /sources',
  'source.facts': '<b>Facts from this document</b> ({count}):',
  'source.noFacts': 'No facts were extracted from this document.',
  'source.moreFacts': '…and {count} more.',
  'lang.choose': 'Language of answers and of my messages (menus, buttons, digests). Current: <b>{current}</b>.',
  'lang.set.en': 'Done: answers and my messages are now in <b>English</b>.',
  'lang.set.ru': 'Done: answers and my messages are now in <b>Russian</b>.',
  'lang.set.auto': 'Done: I answer in <b>the language of each question</b>; my messages follow your Telegram language.',
  'lang.name.en': 'English',
  'lang.name.ru': 'Russian',
  'lang.name.auto': 'the language of each question',
  'button.lang.auto': 'Auto',
  'button.context': '📄 Context {n}',
  'button.more': '➕ Other sources',
  'answer.unknownDate': 'date unknown',
  'answer.moreSources': '{count} more source(s) available.',
  'answer.context': '<b>Context</b> — {title}, {date}:',
  'callback.expired': 'This button has expired. Please ask the question again.',
  'callback.noPassage': 'That passage is no longer in the documents.',
  'callback.noMore': 'No other sources.',
  'unhandled.private': 'I can only read text. Please write your question as a message.',
  'unhandled.command': 'I do not know that command. See /help.',
  'error.generic': 'Sorry, something went wrong with that request. Please try again.',
  'rateLimited.wait': 'You are sending messages fast: I will answer each of them in turn, in a few seconds.',
  'rateLimited.resend': 'Too many messages at once: I could not take this one. Please send it again in a few seconds.',
  'admin.notAllowed': 'This command is for administrators only.',
  'admin.reloading': 'Reloading the documents…',
  'admin.reloaded': 'Reloaded: {sources} documents, {facts} facts{rebuilt}.',
  'admin.rebuilt': ' (fact store rebuilt)',
  'admin.unavailable': 'Reloading is not available in this deployment.',
  'admin.failed': 'Reload failed: {error}',
  'inline.exampleDescription': 'Tap to ask this question',
  'inline.noAnswer': 'No answer in the documents',
  'cmd.start': 'What this bot does',
  'cmd.help': 'How to ask',
  'cmd.ask': 'Ask a question',
  'cmd.timeline': 'Events in order [topic]',
  'cmd.sources': 'The documents',
  'cmd.source': 'One document and its facts',
  'cmd.lang': 'Language of answers and menus',
  'cmd.subscribe': 'Subscribe to digests',
  'cmd.subscriptions': 'Your digest subscriptions',
  'cmd.unsubscribe': 'Stop digests',
  'cmd.digest': 'A digest now',
} as const;

export type MessageKey = keyof typeof en;

const ru: Record<MessageKey, string> = {
  'start.intro':
    '<b>Briefbot</b> отвечает на вопросы по справочным материалам об отношениях США и Беларуси. ' +
    'Каждый ответ подтверждён дословной цитатой с названием и датой источника.\n\n' +
    'Просто напишите вопрос или выберите один из этих:',
  help:
    '<b>Как спрашивать</b>\n' +
    'Пишите вопрос по-русски или по-английски, например: <i>Когда Келлог приезжал в Минск?</i>\n' +
    'Можно уточнять: <i>а сколько человек тогда освободили?</i>\n\n' +
    '<b>Команды</b>\n' +
    '/ask &lt;вопрос&gt; — задать вопрос (в группах: или упомяните меня, или ответьте на моё сообщение)\n' +
    '/timeline [тема] — события по порядку\n' +
    '/sources — документы, которые я знаю\n' +
    '/source &lt;id&gt; — один документ и его факты\n' +
    '/lang — язык ответов и сообщений бота\n\n' +
    '<b>Дайджесты</b>\n' +
    '/subscribe — новое по вашим темам: ежедневно, еженедельно или сразу с новыми документами\n' +
    '/subscriptions — ваши подписки: пауза, изменение, удаление\n' +
    '/unsubscribe — отписаться\n' +
    '/digest — дайджест сейчас\n\n' +
    'Inline: наберите <code>@{bot} вопрос</code> в любом чате.',
  'ask.usage': 'Напишите вопрос после команды, например: <code>/ask Когда Келлог приезжал в Минск?</code>',
  'ask.mentionHint': 'Напишите вопрос после упоминания, например: @{bot} Когда Келлог приезжал в Минск?',
  'smallTalk.thanks': 'Пожалуйста. Спрашивайте ещё о документах.',
  'smallTalk.greeting': 'Здравствуйте! Задайте вопрос о документах, например: Когда Келлог приезжал в Минск?',
  'timeline.noTopic': 'В документах нет ничего по теме «{topic}». Попробуйте другое слово или /timeline без темы.',
  'timeline.empty': 'Датированных событий по этой теме в документах нет.',
  'timeline.more': 'Ещё ({count}) ▸',
  'timeline.newestFirst': '⇅ Сначала новые',
  'timeline.oldestFirst': '⇅ Сначала ранние',
  'timeline.caption': '{title}: событий — {count}, {span}',
  'sources.header': '<b>Документы</b> ({count}):',
  'sources.empty': 'Документы ещё не загружены.',
  'sources.hint': 'Подробнее: /source &lt;id&gt;',
  'source.usage': 'Укажите id документа, например: <code>/source 000</code>. Список: /sources',
  'source.notFound': 'Документа с id <code>{id}</code> нет. Список: /sources',
  'source.facts': '<b>Факты из документа</b> ({count}):',
  'source.noFacts': 'Из этого документа факты не извлечены.',
  'source.moreFacts': '…и ещё {count}.',
  'lang.choose': 'Язык ответов и моих сообщений (меню, кнопки, дайджесты). Сейчас: <b>{current}</b>.',
  'lang.set.en': 'Готово: ответы и мои сообщения теперь <b>на английском</b>.',
  'lang.set.ru': 'Готово: ответы и мои сообщения теперь <b>на русском</b>.',
  'lang.set.auto': 'Готово: отвечаю <b>на языке вопроса</b>, а сообщения бота — на языке вашего Telegram.',
  'lang.name.en': 'английский',
  'lang.name.ru': 'русский',
  'lang.name.auto': 'по языку вопроса',
  'button.lang.auto': 'Авто',
  'button.context': '📄 Контекст {n}',
  'button.more': '➕ Другие источники',
  'answer.unknownDate': 'дата неизвестна',
  'answer.moreSources': 'Есть ещё источники: {count}.',
  'answer.context': '<b>Контекст</b> — {title}, {date}:',
  'callback.expired': 'Эта кнопка устарела. Задайте вопрос ещё раз.',
  'callback.noPassage': 'Этого фрагмента больше нет в документах.',
  'callback.noMore': 'Других источников нет.',
  'unhandled.private': 'Я понимаю только текст. Напишите, пожалуйста, вопрос сообщением.',
  'unhandled.command': 'Такой команды я не знаю. Смотрите /help.',
  'error.generic': 'Извините, при обработке запроса произошла ошибка. Попробуйте ещё раз.',
  'rateLimited.wait': 'Сообщения идут быстро: я отвечу на каждое по очереди через несколько секунд.',
  'rateLimited.resend':
    'Слишком много сообщений сразу: это я принять не смог. Пожалуйста, отправьте его ещё раз через несколько секунд.',
  'admin.notAllowed': 'Эта команда только для администраторов.',
  'admin.reloading': 'Перезагружаю документы…',
  'admin.reloaded': 'Загружено: документов — {sources}, фактов — {facts}{rebuilt}.',
  'admin.rebuilt': ' (база фактов пересобрана)',
  'admin.unavailable': 'Перезагрузка недоступна в этой установке.',
  'admin.failed': 'Перезагрузка не удалась: {error}',
  'inline.exampleDescription': 'Нажмите, чтобы задать этот вопрос',
  'inline.noAnswer': 'В документах ответа нет',
  'cmd.start': 'Что умеет бот',
  'cmd.help': 'Как спрашивать',
  'cmd.ask': 'Задать вопрос',
  'cmd.timeline': 'События по порядку [тема]',
  'cmd.sources': 'Документы',
  'cmd.source': 'Документ и его факты',
  'cmd.lang': 'Язык ответов и меню',
  'cmd.subscribe': 'Подписаться на дайджесты',
  'cmd.subscriptions': 'Ваши подписки',
  'cmd.unsubscribe': 'Отписаться',
  'cmd.digest': 'Дайджест сейчас',
};

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, ru };

/** Three questions the documents can answer, shown by /start and by an empty inline query. */
export const EXAMPLE_QUESTIONS: Record<Lang, readonly string[]> = {
  en: [
    'When did Keith Kellogg visit Minsk?',
    'How many prisoners were released in September 2025?',
    'Which sanctions did the US lift?',
  ],
  ru: [
    'Когда Келлог приезжал в Минск?',
    'Сколько заключённых освободили в сентябре 2025 года?',
    'Какие санкции сняли США?',
  ],
};

export const LANGS: readonly Lang[] = ['en', 'ru'];

/** Interface string in `lang`, with `{name}` placeholders replaced by HTML-escaped values. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : escapeHtml(String(value));
  });
}

/** Telegram's language_code ("ru", "ru-RU", "be", ...) to an interface language. */
export function langFromCode(code: string | undefined): Lang {
  // Belarusian, Ukrainian and Kazakh speakers in this audience usually read Russian more easily than English.
  return code && /^(ru|be|uk|kk)\b/i.test(code) ? 'ru' : 'en';
}
