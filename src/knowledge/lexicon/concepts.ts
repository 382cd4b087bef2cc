import type { EventType, SanctionAction } from '../types.ts';

/**
 * A bilingual word list: each concept is a set of word beginnings in Russian and English.
 * This is what lets an English question find a Russian sentence ("released" ~ "освобождены").
 * A pattern matches a folded token that starts with it; "a b" matches two consecutive tokens;
 * a pattern ending in "$" must match the whole token.
 */
export interface Concept {
  id: string;
  ru: string[];
  en: string[];
  /** The event a sentence with this concept reports. */
  event?: EventType;
  /** For sanction sentences: what was done. */
  sanctionAction?: SanctionAction;
  /** Hedge words: the event is planned or possible, not reported as done. */
  hedge?: boolean;
}

export const CONCEPTS: readonly Concept[] = Object.freeze([
  // Events
  {
    id: 'visit',
    event: 'visit',
    ru: [
      'визит',
      'приезд',
      'приезжа',
      'приехал',
      'прибыл',
      'прибыт',
      'посетил',
      'посещал',
      'посещени',
      'побывал',
      'посетит',
      'поездк',
      'прилет',
      'прилетел',
      'приедет',
    ],
    en: ['visit', 'arriv', 'came to', 'trip', 'travel', 'went to', 'come to'],
  },
  {
    id: 'release',
    event: 'release',
    ru: [
      'освобод',
      'освобожд',
      'помилов',
      'на свобод',
      'отпуст',
      'отпущ',
      'выпуст',
      'вышли на свобод',
      'передали американ',
    ],
    en: ['releas', 'freed', 'free$', 'pardon', 'let go', 'handed over'],
  },
  {
    id: 'sanctions',
    event: 'sanctions',
    ru: ['санкци', 'санкцион', 'ограничени', 'рестрикци'],
    en: ['sanction', 'restriction', 'delist', 'blacklist'],
  },
  {
    id: 'lift',
    sanctionAction: 'lifted',
    ru: [
      'снят',
      'сняли',
      'снимает',
      'снять',
      'снятие',
      'отмен',
      'исключил',
      'исключен',
      'выведен',
      'вывели',
      'разблокир',
    ],
    en: [
      'lift',
      'remov',
      'delist',
      'cancel',
      'revok',
      'unfreez',
      'exclud',
      'take off',
      'took off',
      'taken off',
      'drop',
    ],
  },
  {
    id: 'ease',
    sanctionAction: 'eased',
    ru: ['ослаб', 'смягч', 'послаблен', 'частичн'],
    en: ['eased', 'easing', 'ease$', 'relax', 'soften', 'partial'],
  },
  {
    id: 'impose',
    sanctionAction: 'imposed',
    ru: ['ввел', 'ввели', 'введен', 'ввест', 'введени', 'наложил', 'новые санкци'],
    en: ['impos', 'introduc', 'new sanction', 'slapped'],
  },
  {
    id: 'extend',
    sanctionAction: 'extended',
    ru: ['продлил', 'продлен', 'продлени', 'продлит'],
    en: ['extend', 'extension', 'prolong', 'renew'],
  },
  {
    id: 'call',
    event: 'call',
    ru: ['телефонн', 'звонок', 'звонка', 'звонк', 'позвонил', 'созвонил', 'по телефону'],
    en: ['phone', 'call$', 'called', 'calls', 'telephone', 'spoke by', 'talked by'],
  },
  {
    id: 'meeting',
    event: 'meeting',
    ru: [
      'встреч',
      'встрет',
      'переговор',
      'принимал',
      'принял делегац',
      'беседа',
      'беседу',
      'беседе',
      'раунд',
      'саммит',
      'консультаци',
    ],
    en: ['meet', 'met$', 'talks', 'negotiat', 'summit', 'round of', 'consultation', 'received'],
  },
  {
    id: 'appointment',
    event: 'appointment',
    ru: ['назначил', 'назначен', 'назначени'],
    en: ['appoint', 'named as', 'nominat'],
  },
  { id: 'invitation', event: 'invitation', ru: ['приглашени', 'пригласил', 'приглашал', 'приглашен'], en: ['invit'] },
  {
    id: 'embassy',
    event: 'embassy',
    ru: ['посольств', 'дипмисси', 'дипломатическ присутстви', 'консульств'],
    en: ['embassy', 'embassies', 'diplomatic mission', 'consulate'],
  },
  {
    id: 'statement',
    event: 'statement',
    ru: [
      'заявил',
      'заявлени',
      'сказал',
      'сообщил',
      'назвал',
      'отметил',
      'подчеркнул',
      'пояснил',
      'упомянул',
      'анонсировал',
      'писала',
      'написал',
    ],
    en: ['said', 'say$', 'says', 'stated', 'statement', 'announc', 'declar', 'called him', 'told', 'wrote', 'noted'],
  },
  {
    id: 'arrest',
    ru: ['арест', 'задержа', 'задержива', 'посадил', 'осудил', 'приговор'],
    en: ['arrest', 'detain', 'jail', 'imprison', 'sentenc', 'convict'],
  },
  {
    id: 'delegate',
    ru: ['делегир', 'отправ', 'направил', 'направлял', 'послал', 'вместо себя'],
    en: ['delegat', 'sent$', 'send', 'instead of', 'in his place', 'dispatch'],
  },
  {
    id: 'complete',
    ru: ['полност', 'окончательн', 'целиком'],
    en: ['complete', 'fully', 'entire', 'final', 'totally'],
  },
  // Things events involve
  {
    id: 'prisoner',
    ru: [
      'заключенн',
      'политзаключ',
      'политзак',
      'узник',
      'осужденн',
      'задержанн',
      'помилованн',
      'освобожденн',
      'осужден',
    ],
    en: ['prisoner', 'detainee', 'inmate', 'political prisoner', 'detained'],
  },
  { id: 'person-count', ru: ['человек', 'лиц$', 'людей'], en: ['people', 'person'] },
  { id: 'foreigner', ru: ['иностран'], en: ['foreign national', 'foreigner', 'foreign citizen'] },
  { id: 'citizen', ru: ['гражданин', 'гражданств', 'граждан'], en: ['citizen', 'national$', 'nationals'] },
  {
    id: 'official',
    ru: [
      'чиновник',
      'официальн лиц',
      'должностн лиц',
      'дипломат',
      'делегац',
      'посланник',
      'представител',
      'госсекретар',
      'помощник госсекретар',
    ],
    en: ['official', 'diplomat', 'delegation', 'envoy', 'representative', 'secretary of state'],
  },
  {
    id: 'envoy',
    ru: ['посланник', 'спецпосланник', 'спецпредставител', 'представител', 'эмиссар'],
    en: ['envoy', 'representative', 'emissary'],
  },
  { id: 'ambassador', ru: ['посол', 'посла', 'послом', 'послу', 'поверенн'], en: ['ambassador', 'chargé', 'charge d'] },
  { id: 'minister', ru: ['министр', 'глава мид', 'главы мид'], en: ['minister'] },
  {
    id: 'foreign-affairs',
    ru: ['иностранных дел', 'мид$', 'внешнеполит'],
    en: ['foreign affairs', 'foreign minister', 'foreign ministry', 'foreign polic'],
  },
  { id: 'president', ru: ['президент', 'глава государств', 'лидер'], en: ['president', 'head of state', 'leader'] },
  { id: 'bank', ru: ['банк'], en: ['bank'] },
  { id: 'finance', ru: ['финанс', 'минфин'], en: ['financ'] },
  { id: 'potash', ru: ['калий', 'калийн', 'беларуськал'], en: ['potash', 'potassium'] },
  { id: 'mine', ru: ['рудник', 'шахт', 'месторожден'], en: ['mine$', 'mines$', 'mining'] },
  {
    id: 'airline',
    ru: ['авиакомпани', 'авиаперевоз', 'боинг', 'самолет'],
    en: ['airline', 'aviation', 'boeing', 'aircraft', 'carrier'],
  },
  {
    id: 'deal',
    ru: ['сделк', 'договоренност', 'соглашени', 'пакетн'],
    en: ['deal', 'agreement', 'bargain', 'package'],
  },
  {
    id: 'gift',
    ru: ['подар', 'запонк', 'вручил'],
    en: ['gift', 'present$', 'cufflink', 'cuff link', 'give$', 'gave', 'given'],
  },
  { id: 'letter', ru: ['письм', 'послани'], en: ['letter', 'message'] },
  { id: 'birthday', ru: ['день рождени', 'дня рождени', 'днем рождени'], en: ['birthday'] },
  { id: 'gold', ru: ['золот'], en: ['gold'] },
  { id: 'office-room', ru: ['кабинет'], en: ['office'] },
  { id: 'nuclear', ru: ['ядерн'], en: ['nuclear'] },
  { id: 'weapon', ru: ['оружи', 'ракет', 'вооружен'], en: ['weapon', 'missile', 'arms'] },
  { id: 'deploy', ru: ['размеща', 'размести', 'размещени', 'разверты', 'развернул'], en: ['deploy', 'station'] },
  { id: 'exercise', ru: ['учени', 'маневр'], en: ['exercise', 'drill'] },
  {
    id: 'readiness',
    ru: ['боеготовност', 'проверк', 'боевой готовност'],
    en: ['readiness', 'inspection', 'snap check', 'snap drill', 'combat-readiness', 'combat readiness'],
  },
  {
    id: 'war',
    ru: ['войн', 'вторжени', 'конфликт', 'агресс'],
    en: ['war$', 'wars$', 'invasion', 'conflict', 'aggress'],
  },
  { id: 'peace', ru: ['мир$', 'мира$', 'миру$', 'мирн', 'урегулирован'], en: ['peace', 'settlement'] },
  { id: 'negotiation-place', ru: ['площадк', 'место для переговор'], en: ['place for negotiation', 'venue'] },
  { id: 'children', ru: ['дет', 'ребен'], en: ['child', 'kid'] },
  {
    id: 'founder',
    ru: ['учредител', 'основател', 'присоедин'],
    en: ['founding', 'founder', 'founded', 'join', 'member'],
  },
  {
    id: 'publication',
    ru: ['стать', 'опубликова', 'издани', 'журнал', 'газет', 'публикаци'],
    en: ['article', 'publish', 'magazine', 'newspaper', 'journal', 'outlet', 'publication'],
  },
  { id: 'architect', ru: ['архитектор'], en: ['architect'] },
  { id: 'opposition', ru: ['оппозици', 'оппозиционер', 'змагар'], en: ['opposition', 'oppositionist', 'zmagar'] },
  { id: 'husband', ru: ['муж$', 'мужа$', 'мужем$', 'супруг'], en: ['husband', 'spouse'] },
  { id: 'blogger', ru: ['блогер'], en: ['blogger'] },
  { id: 'journalist', ru: ['журналист'], en: ['journalist', 'reporter'] },
  { id: 'lawyer', ru: ['юрист', 'адвокат'], en: ['lawyer', 'attorney'] },
  { id: 'election', ru: ['выбор', 'баллотир', 'кандидат'], en: ['election', 'candidate', 'run for', 'ran for'] },
  {
    id: 'price',
    ru: ['цен', 'стоимост', 'сумм', 'доллар', 'миллион', 'миллиард'],
    en: ['price', 'cost', 'sum$', 'dollar', 'million', 'billion', 'pay', 'paid'],
  },
  { id: 'offer', ru: ['предлож', 'предлага'], en: ['offer', 'propos', 'suggest'] },
  { id: 'buy', ru: ['купит', 'покупк', 'приобрет', 'закупа'], en: ['buy', 'purchas', 'acquir'] },
  {
    id: 'trade',
    ru: ['торговл', 'экономическ', 'экономик', 'бизнес', 'инвест'],
    en: ['trade', 'economic', 'econom', 'business', 'invest'],
  },
  {
    id: 'normalization',
    ru: ['нормализ', 'перезагрузк', 'потеплени', 'сближени', 'оттепел', 'деэскалац'],
    en: ['normaliz', 'normalis', 'reset', 'warming', 'rapprochement', 'thaw', 'de-escalat'],
  },
  {
    id: 'reason',
    ru: ['причин', 'потому', 'из-за', 'поскольку', 'так как'],
    en: ['reason', 'because', 'due to', 'since'],
  },
  {
    id: 'refusal',
    ru: ['отказ', 'не полетел', 'воздерж', 'отсутствовал', 'не поехал'],
    en: ['refus', 'declin', 'skip', 'did not go', 'absent', "didn't go", 'not attend'],
  },
  { id: 'first-lady', ru: ['первая леди', 'первой леди'], en: ['first lady'] },
  {
    id: 'return',
    ru: ['вернуть', 'возврат', 'возвратить', 'вернул', 'восстановлени', 'восстановит', 'возобновлени'],
    en: ['return', 'bring back', 'reopen', 'restor', 'resum'],
  },
  {
    id: 'suspend',
    ru: ['приостановл', 'закрыт', 'закрыл', 'релоцир', 'эвакуир', 'прекратил'],
    en: ['clos', 'suspend', 'shut', 'relocat', 'evacuat', 'stop'],
  },
  { id: 'coup', ru: ['переворот', 'протест'], en: ['coup', 'protest'] },
  { id: 'refugee', ru: ['мигрант', 'беженц', 'миграц'], en: ['migrant', 'refugee', 'migration'] },
  { id: 'hostage', ru: ['заложник'], en: ['hostage'] },
  // Hedges: planned or possible, not done
  {
    id: 'hedge',
    hedge: true,
    ru: ['возможн', 'может', 'могут', 'планир', 'намерен', 'собира', 'предполож', 'вероятно', 'слух'],
    en: [
      'may$',
      'might',
      'possibl',
      'plan$',
      'plans',
      'planned',
      'planning',
      'could',
      'would',
      'intend',
      'rumor',
      'rumour',
      'expected to',
    ],
  },
]);

/** The words that ask for a count of people and what they count. */
export const EVENT_PRIORITY: readonly EventType[] = [
  'release',
  'sanctions',
  // An invitation to visit is not a visit.
  'invitation',
  'visit',
  'call',
  'appointment',
  'embassy',
  'meeting',
  'statement',
];
