import type { Dice } from './prng.ts';

/**
 * Words and sentence templates for the generated benchmark corpus: news-like sentences with
 * people (declined in Russian), places, dates of every precision, counts and events, so ingest
 * meets the same kinds of text as in the real briefings, at any volume.
 */

interface PersonRu {
  nom: string;
  gen: string;
  ins: string;
}

interface Person {
  en: string;
  ru: PersonRu;
}

const FIRST = [
  { en: 'Keith', ru: ['Кит', 'Кита', 'Китом'] },
  { en: 'John', ru: ['Джон', 'Джона', 'Джоном'] },
  { en: 'Christopher', ru: ['Кристофер', 'Кристофера', 'Кристофером'] },
  { en: 'Andrei', ru: ['Андрей', 'Андрея', 'Андреем'] },
  { en: 'Igor', ru: ['Игорь', 'Игоря', 'Игорем'] },
  { en: 'Maxim', ru: ['Максим', 'Максима', 'Максимом'] },
  { en: 'Pavel', ru: ['Павел', 'Павла', 'Павлом'] },
  { en: 'Viktor', ru: ['Виктор', 'Виктора', 'Виктором'] },
  { en: 'Sergei', ru: ['Сергей', 'Сергея', 'Сергеем'] },
  { en: 'Michael', ru: ['Майкл', 'Майкла', 'Майклом'] },
] as const;

const LAST = [
  { en: 'Kellogg', ru: ['Келлог', 'Келлога', 'Келлогом'] },
  { en: 'Coale', ru: ['Коул', 'Коула', 'Коулом'] },
  { en: 'Smith', ru: ['Смит', 'Смита', 'Смитом'] },
  { en: 'Ryzhenkov', ru: ['Рыженков', 'Рыженкова', 'Рыженковым'] },
  { en: 'Volkov', ru: ['Волков', 'Волкова', 'Волковым'] },
  { en: 'Sorokin', ru: ['Сорокин', 'Сорокина', 'Сорокиным'] },
  { en: 'Petrov', ru: ['Петров', 'Петрова', 'Петровым'] },
  { en: 'Miller', ru: ['Миллер', 'Миллера', 'Миллером'] },
  { en: 'Novik', ru: ['Новик', 'Новика', 'Новиком'] },
  { en: 'Baker', ru: ['Бейкер', 'Бейкера', 'Бейкером'] },
  { en: 'Karpenko', ru: ['Карпенко', 'Карпенко', 'Карпенко'] },
  { en: 'Zhuk', ru: ['Жук', 'Жука', 'Жуком'] },
] as const;

interface Place {
  en: string;
  nom: string;
  acc: string;
  prep: string;
  ins: string;
}

const PLACES: readonly Place[] = [
  { en: 'Minsk', nom: 'Минск', acc: 'Минск', prep: 'Минске', ins: 'Минском' },
  { en: 'Washington', nom: 'Вашингтон', acc: 'Вашингтон', prep: 'Вашингтоне', ins: 'Вашингтоном' },
  { en: 'Vilnius', nom: 'Вильнюс', acc: 'Вильнюс', prep: 'Вильнюсе', ins: 'Вильнюсом' },
  { en: 'Warsaw', nom: 'Варшава', acc: 'Варшаву', prep: 'Варшаве', ins: 'Варшавой' },
  { en: 'Brest', nom: 'Брест', acc: 'Брест', prep: 'Бресте', ins: 'Брестом' },
  { en: 'Gomel', nom: 'Гомель', acc: 'Гомель', prep: 'Гомеле', ins: 'Гомелем' },
  { en: 'Moscow', nom: 'Москва', acc: 'Москву', prep: 'Москве', ins: 'Москвой' },
  { en: 'Kyiv', nom: 'Киев', acc: 'Киев', prep: 'Киеве', ins: 'Киевом' },
];

const ORGS = [
  { en: 'the State Department', nom: 'Госдепартамент', gen: 'Госдепартамента' },
  { en: 'the Treasury', nom: 'Минфин США', gen: 'Минфина США' },
  { en: 'Belavia', nom: 'Белавиа', gen: 'Белавиа' },
  { en: 'Belaruskali', nom: 'Беларуськалий', gen: 'Беларуськалия' },
  { en: 'the European Union', nom: 'Евросоюз', gen: 'Евросоюза' },
  { en: 'the Foreign Ministry', nom: 'МИД', gen: 'МИД' },
  { en: 'Grodno Azot', nom: 'Гродно Азот', gen: 'Гродно Азота' },
] as const;

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_RU_GEN = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const MONTHS_RU_PREP = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
];
const PARTS_EN = ['early', 'mid', 'late'];
const PARTS_RU = ['в начале', 'в середине', 'в конце'];

const NOUNS_EN = ['prisoners', 'political prisoners', 'foreigners', 'journalists', 'people', 'detainees'];
/** Russian nouns by count form: 1, 2-4, 5+. */
const NOUNS_RU: readonly (readonly [string, string, string])[] = [
  ['заключённый', 'заключённых', 'заключённых'],
  ['политзаключённый', 'политзаключённых', 'политзаключённых'],
  ['иностранец', 'иностранца', 'иностранцев'],
  ['журналист', 'журналиста', 'журналистов'],
  ['человек', 'человека', 'человек'],
];

const ROLES_EN = ['special envoy', 'deputy minister', 'ambassador', 'chargé d’affaires', 'adviser'];
const ROLES_RU = ['спецпосланником', 'заместителем министра', 'послом', 'временным поверенным', 'советником'];
const STATES_EN = ['fragile', 'cautious', 'pragmatic', 'tense', 'uncertain', 'constructive'];
const STATES_RU = ['хрупким', 'осторожным', 'прагматичным', 'напряжённым', 'неопределённым', 'конструктивным'];
const TOPICS_EN = [
  'potash transit',
  'aviation parts',
  'the embassy',
  'border crossings',
  'fertilizer exports',
  'banking',
];
const TOPICS_RU = [
  'транзита калия',
  'авиазапчастей',
  'посольства',
  'пограничных переходов',
  'экспорта удобрений',
  'банков',
];

function person(d: Dice): Person {
  const f = d.pick(FIRST);
  const l = d.pick(LAST);
  return {
    en: `${f.en} ${l.en}`,
    ru: { nom: `${f.ru[0]} ${l.ru[0]}`, gen: `${f.ru[1]} ${l.ru[1]}`, ins: `${f.ru[2]} ${l.ru[2]}` },
  };
}

function countRu(n: number, forms: readonly [string, string, string]): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

/** A date phrase at a random precision: day, part of month, month or year. */
function dateEn(d: Dice, year: number): string {
  const m = d.int(0, 11);
  switch (d.int(0, 3)) {
    case 0:
      return `on ${d.int(1, 28)} ${MONTHS_EN[m]} ${year}`;
    case 1: {
      const part = d.pick(PARTS_EN);
      return part === 'mid' ? `in mid-${MONTHS_EN[m]}` : `in ${part} ${MONTHS_EN[m]}`;
    }
    case 2:
      return `in ${MONTHS_EN[m]} ${year}`;
    default:
      return `in ${year}`;
  }
}

function dateRu(d: Dice, year: number): string {
  const m = d.int(0, 11);
  switch (d.int(0, 3)) {
    case 0:
      return `${d.int(1, 28)} ${MONTHS_RU_GEN[m]} ${year} года`;
    case 1:
      return `${d.pick(PARTS_RU)} ${MONTHS_RU_GEN[m]}`;
    case 2:
      return `в ${MONTHS_RU_PREP[m]} ${year} года`;
    default:
      return `в ${year} году`;
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One English news sentence. */
export function sentenceEn(d: Dice, year: number): string {
  const p = person(d);
  const q = person(d);
  const place = d.pick(PLACES);
  const org = d.pick(ORGS);
  const n = d.int(2, 1400);
  switch (d.int(0, 8)) {
    case 0:
      return `${capitalize(dateEn(d, year))}, ${p.en} visited ${place.en} and met ${q.en}.`;
    case 1:
      return `${p.en} said that ${n} ${d.pick(NOUNS_EN)} had been released ${dateEn(d, year)}.`;
    case 2:
      return `${capitalize(org.en)} lifted sanctions on ${d.pick(ORGS).en} ${dateEn(d, year)}, citing progress on ${d.pick(TOPICS_EN)}.`;
    case 3:
      return `${capitalize(dateEn(d, year))}, ${p.en} held a phone call with ${q.en} about ${d.pick(TOPICS_EN)}.`;
    case 4:
      return `According to ${org.en}, ${n} more ${d.pick(NOUNS_EN)} were freed after talks in ${place.en}.`;
    case 5:
      return `${p.en} was appointed ${d.pick(ROLES_EN)} ${dateEn(d, year)}.`;
    case 6:
      return `Analysts in ${place.en} described the dialogue with ${d.pick(PLACES).en} as ${d.pick(STATES_EN)}.`;
    case 7:
      return `${capitalize(org.en)} expects a decision on ${d.pick(TOPICS_EN)} before the end of ${year}, ${p.en} told reporters.`;
    default:
      return `Of the ${n} people released, ${d.int(1, Math.max(1, Math.floor(n / 3)))} were ${d.pick(NOUNS_EN)}, ${q.en} noted.`;
  }
}

/** One Russian news sentence, with declined names and counted nouns. */
export function sentenceRu(d: Dice, year: number): string {
  const p = person(d);
  const q = person(d);
  const place = d.pick(PLACES);
  const org = d.pick(ORGS);
  const n = d.int(2, 1400);
  const noun = d.pick(NOUNS_RU);
  switch (d.int(0, 8)) {
    case 0:
      return `${capitalize(dateRu(d, year))} ${p.ru.nom} посетил ${place.acc} и встретился с ${q.ru.ins}.`;
    case 1:
      return `По словам ${p.ru.gen}, ${dateRu(d, year)} были освобождены ${n} ${countRu(n, noun)}.`;
    case 2:
      return `${org.nom} объявил о снятии санкций с ${d.pick(ORGS).gen} ${dateRu(d, year)}.`;
    case 3:
      return `${capitalize(dateRu(d, year))} ${p.ru.nom} провёл телефонный разговор с ${q.ru.ins}.`;
    case 4:
      return `Как сообщает ${org.nom}, после переговоров в ${place.prep} освобождены ещё ${n} ${countRu(n, noun)}.`;
    case 5:
      return `${p.ru.nom} назначен ${d.pick(ROLES_RU)} ${dateRu(d, year)}.`;
    case 6:
      return `Эксперты отмечают, что диалог между ${place.ins} и ${d.pick(PLACES).ins} остаётся ${d.pick(STATES_RU)}.`;
    case 7:
      return `${org.nom} ожидает решения по вопросу ${d.pick(TOPICS_RU)} до конца ${year} года, заявил ${p.ru.nom}.`;
    default:
      return `Из ${n} освобождённых ${d.int(1, Math.max(1, Math.floor(n / 3)))} — ${noun[2]}, отметил ${q.ru.nom}.`;
  }
}

/** A headline for a document, in its language. */
export function titleOf(d: Dice, lang: 'en' | 'ru', year: number): string {
  const place = d.pick(PLACES);
  const other = d.pick(PLACES);
  return lang === 'en'
    ? `${place.en} and ${other.en}: ${d.pick(TOPICS_EN)} in ${year}`
    : `${place.nom} и ${other.nom}: вопрос ${d.pick(TOPICS_RU)} в ${year} году`;
}
