import type { EntityKind } from '../types.ts';

/**
 * A world-level gazetteer: heads of state and government of major countries, countries, capitals and
 * major cities, international organisations, with their spellings across scripts and transliterations.
 * Only names live here, never what a document says about them (roles, dates, counts are extracted).
 * People, organisations and outlets a document introduces are not here: they are discovered from the
 * text (see extract/entities.ts), and test/knowledge/no-document-names.test.ts keeps it that way.
 */
export interface GazetteerEntry {
  id: string;
  kind: EntityKind;
  en: string;
  ru: string;
  /** Other surface forms, any script (case forms are covered by stemming). */
  aliases: string[];
  /** For surnames shared by spouses (Залесский/Залесская): which grammatical gender the form has. */
  gender?: 'm' | 'f';
  /** The country (its vocabulary concept) a head of state leads now: "президенты США и Беларуси" names them. */
  heads?: string;
}

const person = (id: string, en: string, ru: string, aliases: string[] = [], gender?: 'm' | 'f'): GazetteerEntry => ({
  id: `person:${id}`,
  kind: 'person',
  en,
  ru,
  aliases,
  ...(gender ? { gender } : {}),
});
const headOf = (country: string, entry: GazetteerEntry): GazetteerEntry => ({ ...entry, heads: country });
const org = (id: string, en: string, ru: string, aliases: string[] = []): GazetteerEntry => ({
  id: `org:${id}`,
  kind: 'org',
  en,
  ru,
  aliases,
});
const place = (id: string, en: string, ru: string, aliases: string[] = []): GazetteerEntry => ({
  id: `place:${id}`,
  kind: 'place',
  en,
  ru,
  aliases,
});

export const GAZETTEER: readonly GazetteerEntry[] = Object.freeze([
  // Heads of state and government of major countries. Everyone else a document names (envoys, ministers,
  // prisoners, experts) is discovered from the text, never listed here.
  headOf(
    'geo_belarus',
    person('lukashenko', 'Alexander Lukashenko', 'Александр Лукашенко', [
      'Lukashenko',
      'Lukashenka',
      'Лукашенко',
      'Аляксандр Лукашэнка',
      'Alyaksandr Lukashenka',
      'Aleksandr Lukashenko',
    ]),
  ),
  headOf('geo_united_states', person('trump', 'Donald Trump', 'Дональд Трамп', ['Trump', 'Трамп'])),
  headOf('geo_russia', person('putin', 'Vladimir Putin', 'Владимир Путин', ['Putin', 'Путин'])),
  headOf(
    'geo_ukraine',
    person('zelensky', 'Volodymyr Zelensky', 'Владимир Зеленский', ['Zelensky', 'Zelenskyy', 'Зеленский']),
  ),
  person('biden', 'Joe Biden', 'Джо Байден', ['Biden', 'Байден']),
  // Seats of government that stand for a major power in the news, and international organisations.
  // Companies, banks, ministries, think tanks and outlets a document names are discovered from the text.
  org('state-department', 'US State Department', 'Госдепартамент США', [
    'State Department',
    'Госдепартамент',
    'Госдеп',
  ]),
  org('white-house', 'White House', 'Белый дом', ['White House', 'Белый дом']),
  org('kremlin', 'Kremlin', 'Кремль', ['Kremlin', 'Кремль']),
  org('nato', 'NATO', 'НАТО', ['NATO', 'НАТО']),
  org('eu', 'European Union', 'Европейский союз', ['EU', 'ЕС', 'Евросоюз', 'European Union']),
  org('un', 'United Nations', 'ООН', ['UN', 'ООН', 'United Nations']),
  org('osce', 'OSCE', 'ОБСЕ', ['OSCE', 'ОБСЕ']),
  org('imf', 'International Monetary Fund', 'Международный валютный фонд', ['IMF', 'МВФ']),
  org('red-cross', 'Red Cross', 'Красный Крест', ['ICRC', 'МККК', 'International Committee of the Red Cross']),
  // Places
  place('belarus', 'Belarus', 'Беларусь', [
    'Belarus',
    'Беларусь',
    'Белоруссия',
    'Republic of Belarus',
    'Республика Беларусь',
    'белорусский',
    'белорус',
    'Belarusian',
    'Belarusians',
  ]),
  place('usa', 'United States', 'США', [
    'US',
    'U.S.',
    'USA',
    'United States',
    'America',
    'США',
    'Соединенные Штаты',
    'Америка',
    'американский',
    'американец',
    'American',
    'Americans',
    'Washington',
    'Вашингтон',
  ]),
  place('russia', 'Russia', 'Россия', [
    'Russia',
    'Россия',
    'РФ',
    'Russian Federation',
    'российский',
    'Russian',
    'Moscow',
    'Москва',
  ]),
  place('ukraine', 'Ukraine', 'Украина', ['Ukraine', 'Украина', 'украинский', 'Ukrainian', 'Kyiv', 'Киев']),
  place('minsk', 'Minsk', 'Минск', ['Minsk', 'Минск']),
  place('vilnius', 'Vilnius', 'Вильнюс', ['Vilnius', 'Вильнюс']),
  place('lithuania', 'Lithuania', 'Литва', ['Lithuania', 'Литва', 'Lithuanian', 'литовский']),
  place('latvia', 'Latvia', 'Латвия', ['Latvia', 'Латвия', 'Latvian', 'латвийский']),
  place('poland', 'Poland', 'Польша', ['Poland', 'Польша', 'Polish', 'польский']),
  place('germany', 'Germany', 'Германия', ['Germany', 'Германия', 'German', 'немецкий']),
  place('france', 'France', 'Франция', ['France', 'Франция', 'French', 'французский']),
  place('uk', 'United Kingdom', 'Великобритания', [
    'United Kingdom',
    'UK',
    'U.K.',
    'Britain',
    'Great Britain',
    'Великобритания',
    'Британия',
  ]),
  place('china', 'China', 'Китай', ['China', 'Китай', 'КНР']),
  place('iran', 'Iran', 'Иран', ['Iran', 'Иран', 'иранский', 'Iranian']),
  place('venezuela', 'Venezuela', 'Венесуэла', ['Venezuela', 'Венесуэла']),
  place('georgia', 'Georgia', 'Грузия', ['Грузия']),
  place('turkey', 'Turkey', 'Турция', ['Turkey', 'Türkiye', 'Турция']),
  place('afghanistan', 'Afghanistan', 'Афганистан', ['Afghanistan', 'Афганистан']),
  place('cyprus', 'Cyprus', 'Кипр', ['Cyprus', 'Кипр']),
  place('armenia', 'Armenia', 'Армения', ['Armenia', 'Армения']),
  place('kazakhstan', 'Kazakhstan', 'Казахстан', ['Kazakhstan', 'Казахстан', 'Kazakh', 'казахстанский']),
  place('moldova', 'Moldova', 'Молдова', ['Moldova', 'Молдова', 'Молдавия', 'Moldovan', 'Moldovans', 'молдавский']),
  place('anchorage', 'Anchorage', 'Анкоридж', ['Anchorage', 'Анкоридж', 'Alaska', 'Аляска']),
  place('middle-east', 'Middle East', 'Ближний Восток', ['Middle East', 'Ближний Восток']),
]);

/** Capitals and large cities: general knowledge, so a question about a place no document names is recognised as such. */
export const WORLD_PLACES: readonly GazetteerEntry[] = Object.freeze(
  (
    [
      ['london', 'London', 'Лондон'],
      ['paris', 'Paris', 'Париж'],
      ['berlin', 'Berlin', 'Берлин'],
      ['warsaw', 'Warsaw', 'Варшава'],
      ['riga', 'Riga', 'Рига'],
      ['tallinn', 'Tallinn', 'Таллин'],
      ['prague', 'Prague', 'Прага'],
      ['vienna', 'Vienna', 'Вена'],
      ['budapest', 'Budapest', 'Будапешт'],
      ['bratislava', 'Bratislava', 'Братислава'],
      ['rome', 'Rome', 'Рим'],
      ['madrid', 'Madrid', 'Мадрид'],
      ['lisbon', 'Lisbon', 'Лиссабон'],
      ['brussels', 'Brussels', 'Брюссель'],
      ['amsterdam', 'Amsterdam', 'Амстердам'],
      ['the-hague', 'The Hague', 'Гаага'],
      ['geneva', 'Geneva', 'Женева'],
      ['bern', 'Bern', 'Берн'],
      ['stockholm', 'Stockholm', 'Стокгольм'],
      ['oslo', 'Oslo', 'Осло'],
      ['helsinki', 'Helsinki', 'Хельсинки'],
      ['copenhagen', 'Copenhagen', 'Копенгаген'],
      ['dublin', 'Dublin', 'Дублин'],
      ['athens', 'Athens', 'Афины'],
      ['ankara', 'Ankara', 'Анкара'],
      ['istanbul', 'Istanbul', 'Стамбул'],
      ['bucharest', 'Bucharest', 'Бухарест'],
      ['sofia', 'Sofia', 'София'],
      ['belgrade', 'Belgrade', 'Белград'],
      ['chisinau', 'Chisinau', 'Кишинёв', ['Chișinău', 'Кишинев']],
      ['tiraspol', 'Tiraspol', 'Тирасполь'],
      ['tbilisi', 'Tbilisi', 'Тбилиси'],
      ['yerevan', 'Yerevan', 'Ереван'],
      ['baku', 'Baku', 'Баку'],
      ['astana', 'Astana', 'Астана'],
      ['almaty', 'Almaty', 'Алматы'],
      ['tashkent', 'Tashkent', 'Ташкент'],
      ['bishkek', 'Bishkek', 'Бишкек'],
      ['dushanbe', 'Dushanbe', 'Душанбе'],
      ['ashgabat', 'Ashgabat', 'Ашхабад'],
      ['beijing', 'Beijing', 'Пекин'],
      ['tokyo', 'Tokyo', 'Токио'],
      ['delhi', 'New Delhi', 'Нью-Дели'],
      ['tehran', 'Tehran', 'Тегеран'],
      ['riyadh', 'Riyadh', 'Эр-Рияд'],
      ['doha', 'Doha', 'Доха'],
      ['abu-dhabi', 'Abu Dhabi', 'Абу-Даби'],
      ['cairo', 'Cairo', 'Каир'],
      ['jerusalem', 'Jerusalem', 'Иерусалим'],
      ['new-york', 'New York', 'Нью-Йорк'],
      ['chicago', 'Chicago', 'Чикаго'],
      ['los-angeles', 'Los Angeles', 'Лос-Анджелес'],
      ['ottawa', 'Ottawa', 'Оттава'],
      ['caracas', 'Caracas', 'Каракас'],
      ['havana', 'Havana', 'Гавана'],
      ['mexico-city', 'Mexico City', 'Мехико'],
      ['grodno', 'Grodno', 'Гродно', ['Hrodna']],
      ['brest', 'Brest', 'Брест'],
      ['vitebsk', 'Vitebsk', 'Витебск'],
      ['gomel', 'Gomel', 'Гомель', ['Homiel']],
      ['mogilev', 'Mogilev', 'Могилёв', ['Могилев', 'Mahilyow']],
      ['st-petersburg', 'St Petersburg', 'Санкт-Петербург', ['Saint Petersburg', 'Петербург']],
      ['kazakhstan-karaganda', 'Karaganda', 'Караганда', ['Qaraghandy']],
      ['estonia', 'Estonia', 'Эстония'],
      ['finland', 'Finland', 'Финляндия', ['Finnish', 'финский']],
      ['sweden', 'Sweden', 'Швеция'],
      ['norway', 'Norway', 'Норвегия'],
      ['czechia', 'Czech Republic', 'Чехия', ['Czechia']],
      ['slovakia', 'Slovakia', 'Словакия'],
      ['hungary', 'Hungary', 'Венгрия'],
      ['austria', 'Austria', 'Австрия'],
      ['italy', 'Italy', 'Италия'],
      ['spain', 'Spain', 'Испания'],
      ['netherlands', 'Netherlands', 'Нидерланды'],
      ['belgium', 'Belgium', 'Бельгия'],
      ['switzerland', 'Switzerland', 'Швейцария'],
      ['romania', 'Romania', 'Румыния'],
      ['bulgaria', 'Bulgaria', 'Болгария'],
      ['serbia', 'Serbia', 'Сербия'],
      ['azerbaijan', 'Azerbaijan', 'Азербайджан'],
      ['uzbekistan', 'Uzbekistan', 'Узбекистан'],
      ['kyrgyzstan', 'Kyrgyzstan', 'Киргизия', ['Кыргызстан']],
      ['tajikistan', 'Tajikistan', 'Таджикистан'],
      ['turkmenistan', 'Turkmenistan', 'Туркменистан'],
      ['india', 'India', 'Индия'],
      ['japan', 'Japan', 'Япония'],
      ['israel', 'Israel', 'Израиль'],
      ['saudi-arabia', 'Saudi Arabia', 'Саудовская Аравия'],
      ['qatar', 'Qatar', 'Катар'],
      ['uae', 'United Arab Emirates', 'ОАЭ', ['UAE']],
      ['egypt', 'Egypt', 'Египет'],
      ['syria', 'Syria', 'Сирия'],
      ['iraq', 'Iraq', 'Ирак'],
      ['canada', 'Canada', 'Канада'],
      ['mexico', 'Mexico', 'Мексика'],
      ['cuba', 'Cuba', 'Куба'],
      ['brazil', 'Brazil', 'Бразилия'],
      ['north-korea', 'North Korea', 'КНДР', ['Северная Корея']],
      ['south-korea', 'South Korea', 'Южная Корея'],
    ] as [string, string, string, string[]?][]
  ).map(([id, en, ru, more]) => ({
    id: `place:${id}`,
    kind: 'place' as const,
    en,
    ru,
    aliases: [en, ru, ...(more ?? [])],
  })),
);

/** The country a question's name leads as its head of state ("Trump": the United States), if the gazetteer says so. */
export function countryHeadedBy(name: string): string | undefined {
  const folded = name.toLowerCase();
  return GAZETTEER.find((g) => g.heads && [g.en, g.ru, ...g.aliases].some((alias) => alias.toLowerCase() === folded))
    ?.heads;
}
