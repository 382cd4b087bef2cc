import type { Lang } from '../../knowledge/types.ts';

/**
 * Interface strings of /subscribe, /subscriptions, /unsubscribe and /digest, in English and Russian.
 * Telegram HTML; values put into them must be escaped by the caller.
 */
const en = {
  notAvailable: 'Digests are not set up on this bot.',
  groupAdminsOnly: 'Only administrators of this group can manage its digest subscriptions.',
  topicsPrompt:
    '<b>New digest subscription</b>\nWhich topics? Type a name or a keyword (e.g. <i>Kellogg</i>, <i>sanctions</i>, <i>prisoners</i>), or press <b>Everything</b>.\n/cancel stops.',
  topicsChosen: 'Topics so far: <b>{topics}</b>.\nType another one, or press <b>Done</b>.',
  topicsSuggest: 'Did you mean:',
  topicsNone: 'Nothing in the documents matches “{query}”. Try another spelling or a broader word.',
  topicsTooMany: 'That is the most topics one subscription can have; press Done.',
  topicsTooLong: 'A topic is a name or a few words (at most {max} characters); try a shorter one.',
  frequencyPrompt: 'How often?',
  hourPrompt: 'At what hour? Type it (0–23, e.g. <code>9</code> or <code>18:00</code>) or press a button.',
  hourBad: 'I could not read “{input}” as an hour: {why}',
  hourWhy_empty: 'it is empty.',
  'hourWhy_not-understood': 'use a number from 0 to 23, like 9 or 18:00.',
  'hourWhy_out-of-range': 'hours go from 0 to 23.',
  'hourWhy_not-whole-hour': 'digests go out on the hour; pick a whole hour like 9:00.',
  zonePrompt:
    'Your time zone? Type a city (<i>Minsk</i>, <i>Washington</i>) or an IANA name (<code>Europe/Vilnius</code>), or press a button.',
  zoneBad:
    'I do not know the time zone “{input}”. Try a big city nearby, an IANA name like <code>Europe/Minsk</code>, or <code>UTC+3</code>.',
  nothingNewPrompt: 'When there is nothing new at digest time:',
  saved: '<b>Subscribed.</b> {summary}\nManage: /subscriptions',
  changed: '<b>Subscription changed.</b> {summary}',
  cancelled: 'Cancelled; nothing was changed.',
  listHeader: '<b>Digest subscriptions in this chat</b>',
  listEmpty: 'No digest subscriptions here. /subscribe starts one.',
  removed: 'Removed: {summary}',
  paused: 'Paused: {summary}',
  resumed: 'Resumed: {summary}',
  unsubscribeChoose: 'Which one should I remove?',
  unsubscribedAll: 'Removed {count} subscription(s).',
  gone: 'That subscription no longer exists.',
  digestNone: 'This chat has no digest subscriptions. /subscribe starts one.',
  digestSent: 'Sent {sent} digest(s).',
  digestFailed: 'I could not send the digest just now; it will go out with the next one.',
  everything: 'Everything',
  done: 'Done ✓',
  cancel: 'Cancel',
  daily: 'Daily',
  weekly: 'Weekly (Mondays)',
  onNew: 'When new documents arrive',
  silent: 'Stay silent',
  note: 'Send a short note',
  pause: '⏸ Pause',
  resume: '▶️ Resume',
  change: '✏️ Change',
  remove: '🗑 Remove',
  facts: '{count} facts',
  sumDaily: 'daily at {hour} ({zone})',
  sumWeekly: 'Mondays at {hour} ({zone})',
  sumOnNew: 'as soon as new documents arrive',
  statusActive: 'active',
  statusPaused: 'paused',
  statusInactive: 'stopped ({reason})',
  lastSent: 'last digest {date}',
  neverSent: 'no digest yet',
  nothingToCancel: 'There is nothing to cancel.',
  topicsPromptChange:
    '<b>Change digest subscription</b>\nWhich topics now? Type a name or a keyword (e.g. <i>Kellogg</i>, <i>sanctions</i>, <i>prisoners</i>), or press <b>Everything</b>.\n/cancel keeps it as it is.',
  oneOffHint:
    'That was a one-off briefing. To get digests regularly (daily, weekly or as documents arrive): /subscribe',
  moreOf: '{topic}: {count} more ▸',
  stillOpen:
    'That was a question, so I answered it. <b>Your subscription setup is still open</b>: answer the step above, or /cancel.',
  cancelCommand: 'Stop the subscription setup',
};

type Key = keyof typeof en;

const ru: Record<Key, string> = {
  notAvailable: 'Дайджесты в этом боте не настроены.',
  groupAdminsOnly: 'Подписками этой группы могут управлять только её администраторы.',
  topicsPrompt:
    '<b>Новая подписка на дайджест</b>\nКакие темы? Напишите имя или ключевое слово (например, <i>Келлог</i>, <i>санкции</i>, <i>заключённые</i>) или нажмите <b>Всё</b>.\n/cancel — отмена.',
  topicsChosen: 'Выбрано: <b>{topics}</b>.\nНапишите ещё тему или нажмите <b>Готово</b>.',
  topicsSuggest: 'Возможно, вы имели в виду:',
  topicsNone: 'В документах нет ничего похожего на «{query}». Попробуйте другое написание или более общее слово.',
  topicsTooMany: 'Больше тем в одной подписке нельзя; нажмите «Готово».',
  topicsTooLong: 'Тема — это имя или несколько слов (не больше {max} символов); напишите короче.',
  frequencyPrompt: 'Как часто?',
  hourPrompt:
    'В котором часу? Напишите (0–23, например <code>9</code>, <code>9 утра</code> или <code>18:00</code>) или нажмите кнопку.',
  hourBad: 'Не понял «{input}» как час: {why}',
  hourWhy_empty: 'пусто.',
  'hourWhy_not-understood': 'напишите число от 0 до 23, например 9 или 18:00.',
  'hourWhy_out-of-range': 'часы — от 0 до 23.',
  'hourWhy_not-whole-hour': 'дайджесты приходят в начале часа; выберите целый час, например 9:00.',
  zonePrompt:
    'Ваш часовой пояс? Напишите город (<i>Минск</i>, <i>Вашингтон</i>) или имя IANA (<code>Europe/Vilnius</code>) или нажмите кнопку.',
  zoneBad:
    'Не знаю часовой пояс «{input}». Попробуйте большой город рядом, имя IANA вроде <code>Europe/Minsk</code> или <code>UTC+3</code>.',
  nothingNewPrompt: 'Если к времени дайджеста ничего нового нет:',
  saved: '<b>Подписка оформлена.</b> {summary}\nУправление: /subscriptions',
  changed: '<b>Подписка изменена.</b> {summary}',
  cancelled: 'Отменено, ничего не изменилось.',
  listHeader: '<b>Подписки на дайджест в этом чате</b>',
  listEmpty: 'Подписок здесь нет. /subscribe — оформить.',
  removed: 'Удалена: {summary}',
  paused: 'Приостановлена: {summary}',
  resumed: 'Возобновлена: {summary}',
  unsubscribeChoose: 'Какую удалить?',
  unsubscribedAll: 'Удалено подписок: {count}.',
  gone: 'Этой подписки уже нет.',
  digestNone: 'В этом чате нет подписок на дайджест. /subscribe — оформить.',
  digestSent: 'Отправлено дайджестов: {sent}.',
  digestFailed: 'Сейчас отправить не удалось; всё придёт со следующим дайджестом.',
  everything: 'Всё',
  done: 'Готово ✓',
  cancel: 'Отмена',
  daily: 'Ежедневно',
  weekly: 'Еженедельно (по понедельникам)',
  onNew: 'Когда появятся новые документы',
  silent: 'Ничего не присылать',
  note: 'Короткое сообщение',
  pause: '⏸ Пауза',
  resume: '▶️ Возобновить',
  change: '✏️ Изменить',
  remove: '🗑 Удалить',
  facts: 'фактов: {count}',
  sumDaily: 'ежедневно в {hour} ({zone})',
  sumWeekly: 'по понедельникам в {hour} ({zone})',
  sumOnNew: 'сразу, как появятся новые документы',
  statusActive: 'активна',
  statusPaused: 'на паузе',
  statusInactive: 'остановлена ({reason})',
  lastSent: 'последний дайджест {date}',
  neverSent: 'дайджестов ещё не было',
  nothingToCancel: 'Отменять нечего.',
  topicsPromptChange:
    '<b>Изменение подписки на дайджест</b>\nКакие темы теперь? Напишите имя или ключевое слово (например, <i>Келлог</i>, <i>санкции</i>, <i>заключённые</i>) или нажмите <b>Всё</b>.\n/cancel — оставить как есть.',
  oneOffHint:
    'Это разовый брифинг. Получать дайджесты регулярно (ежедневно, еженедельно или по мере появления документов): /subscribe',
  moreOf: '{topic}: ещё {count} ▸',
  stillOpen:
    'Это был вопрос, и я на него ответил. <b>Настройка подписки продолжается</b>: ответьте на шаг выше или нажмите /cancel.',
  cancelCommand: 'Прервать настройку подписки',
};

export type DigestTextKey = Key;

/** A string with `{name}` placeholders filled; values are inserted as given (escape them first). */
export function digestText(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  const table: Record<Key, string> = lang === 'ru' ? ru : en;
  return table[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
