import type { EntityKind } from '../types.ts';

/**
 * A general gazetteer: well-known names with their spellings across scripts and transliterations.
 * Only names live here, never what a document says about them (roles, dates, counts are extracted).
 * Names that are not here are discovered from the text (see extract/entities.ts).
 */
export interface GazetteerEntry {
  id: string;
  kind: EntityKind;
  en: string;
  ru: string;
  /** Other surface forms, any script (case forms are covered by stemming). */
  aliases: string[];
  /** For surnames shared by spouses (Тихановский/Тихановская): which grammatical gender the form has. */
  gender?: 'm' | 'f';
}

const person = (id: string, en: string, ru: string, aliases: string[] = [], gender?: 'm' | 'f'): GazetteerEntry => ({
  id: `person:${id}`,
  kind: 'person',
  en,
  ru,
  aliases,
  ...(gender ? { gender } : {}),
});
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
  // People
  person('lukashenko', 'Alexander Lukashenko', 'Александр Лукашенко', ['Lukashenko', 'Lukashenka', 'Лукашенко', 'Аляксандр Лукашэнка', 'Alyaksandr Lukashenka', 'Aleksandr Lukashenko']),
  person('trump', 'Donald Trump', 'Дональд Трамп', ['Trump', 'Трамп', 'Дональд', 'Donald']),
  person('melania-trump', 'Melania Trump', 'Мелания Трамп', ['Мелания', 'Melania'], 'f'),
  person('kellogg', 'Keith Kellogg', 'Кит Келлог', ['Kellogg', 'Келлог', 'Келлогг', 'Кит Келлогг', 'Keith Kellog']),
  person('coale', 'John Coale', 'Джон Коул', ['Coale', 'Коул', 'Jon Coale', 'John Cole']),
  person('smith', 'Christopher Smith', 'Кристофер Смит', ['Chris Smith', 'Крис Смит', 'Смит', 'Smith']),
  person('rubio', 'Marco Rubio', 'Марко Рубио', ['Rubio', 'Рубио']),
  person('pompeo', 'Mike Pompeo', 'Майк Помпео', ['Pompeo', 'Помпео']),
  person('witkoff', 'Steve Witkoff', 'Стив Уиткофф', ['Witkoff', 'Уиткофф', 'Виткофф']),
  person('putin', 'Vladimir Putin', 'Владимир Путин', ['Putin', 'Путин']),
  person('zelensky', 'Volodymyr Zelensky', 'Владимир Зеленский', ['Zelensky', 'Zelenskyy', 'Зеленский']),
  person('biden', 'Joe Biden', 'Джо Байден', ['Biden', 'Байден', 'Джозеф Байден', 'Joseph Biden']),
  person('tsikhanouski', 'Siarhei Tsikhanouski', 'Сергей Тихановский', ['Tsikhanouski', 'Tikhanovsky', 'Tikhanovskiy', 'Тихановский', 'Тихоновский', 'Сергей Тихоновский', 'Siarhei Tsikhanouski', 'Sergei Tikhanovsky'], 'm'),
  person('tsikhanouskaya', 'Sviatlana Tsikhanouskaya', 'Светлана Тихановская', ['Tsikhanouskaya', 'Tikhanovskaya', 'Тихановская', 'Тихоновская', 'Светлана Тихоновская', 'Svetlana Tikhanovskaya'], 'f'),
  person('latushko', 'Pavel Latushko', 'Павел Латушко', ['Latushko', 'Латушко']),
  person('ryzhenkov', 'Maxim Ryzhenkov', 'Максим Рыженков', ['Ryzhenkov', 'Рыженков', 'Maksim Ryzhenkov']),
  person('rybakov', 'Valentin Rybakov', 'Валентин Рыбаков', ['Rybakov', 'Рыбаков']),
  person('zenkovich', 'Yuri Zenkovich', 'Юрий Зенькович', ['Zenkovich', 'Зенькович', 'Юрий Зенкович', 'Youras Ziankovich', 'Ziankovich']),
  person('nufer', 'Anastasia Nufer', 'Анастасия Нуфер', ['Nufer', 'Nyufer', 'Нуфер', 'Anastasia Nyufer']),
  person('kuznechyk', 'Andrei Kuznechyk', 'Андрей Кузнечик', ['Kuznechyk', 'Кузнечик', 'Andrei Kuznechik', 'Andrey Kuznechik']),
  person('episkopos', 'Mark Episkopos', 'Марк Эпископос', ['Episkopos', 'Эпископос']),
  person('preiherman', 'Yauheni Preiherman', 'Евгений Прейгерман', ['Preiherman', 'Прейгерман', 'Yevgeny Preygerman']),
  // Organisations
  org('belavia', 'Belavia', 'Белавиа', ['Belavia Airlines', 'Белавиа']),
  org('belaruskali', 'Belaruskali', 'Беларуськалий', ['Belaruskaliy', 'Belaruskali', 'Беларуськалий']),
  org('bpc', 'Belarusian Potash Company', 'Белорусская калийная компания', ['BPC', 'БКК', 'Belarusian Potash Co']),
  org('belinvestbank', 'Belinvestbank', 'Белинвестбанк', ['Belinvestbank']),
  org('development-bank', 'Development Bank of Belarus', 'Банк развития', ['Development Bank', 'Банк развития Республики Беларусь']),
  org('minfin-belarus', 'Ministry of Finance of Belarus', 'Министерство финансов', ['Ministry of Finance', 'Finance Ministry', 'Минфин', 'Министерство финансов Беларуси']),
  org('state-department', 'US State Department', 'Госдепартамент США', ['State Department', 'Госдепартамент', 'Госдеп']),
  org('white-house', 'White House', 'Белый дом', ['White House', 'Белый дом']),
  org('kremlin', 'Kremlin', 'Кремль', ['Kremlin', 'Кремль']),
  org('nato', 'NATO', 'НАТО', ['NATO', 'НАТО']),
  org('eu', 'European Union', 'Европейский союз', ['EU', 'ЕС', 'Евросоюз', 'European Union']),
  org('un', 'United Nations', 'ООН', ['UN', 'ООН', 'United Nations']),
  org('board-of-peace', 'Board of Peace', 'Совет мира', ['Board of Peace', 'Совет мира', 'Peace Council']),
  org('nyt', 'The New York Times', 'The New York Times', ['New York Times', 'NYT', 'Нью-Йорк таймс']),
  org('national-interest', 'The National Interest', 'The National Interest', ['National Interest', 'Нэшнл интерест']),
  org('reuters', 'Reuters', 'Reuters', ['Рейтер', 'Рейтерс']),
  org('quincy-institute', 'Quincy Institute', 'Институт Куинси', ['Quincy Institute', 'Институт Куинси', 'Куинси', 'Quincy']),
  org('radio-liberty', 'Radio Liberty', 'Радио Свобода', ['Radio Liberty', 'Радио Свобода', 'RFE/RL']),
  org('minsk-dialogue', 'Minsk Dialogue', 'Минский диалог', ['Minsk Dialogue', 'Минский диалог']),
  org('caliber', 'Caliber', 'Caliber', ['Caliber.az', 'Caliber.by']),
  // Places
  place('belarus', 'Belarus', 'Беларусь', ['Belarus', 'Беларусь', 'Белоруссия', 'Republic of Belarus', 'Республика Беларусь', 'белорусский', 'белорус', 'Belarusian', 'Belarusians']),
  place('usa', 'United States', 'США', ['US', 'U.S.', 'USA', 'United States', 'America', 'США', 'Соединенные Штаты', 'Америка', 'американский', 'американец', 'American', 'Americans', 'Washington', 'Вашингтон']),
  place('russia', 'Russia', 'Россия', ['Russia', 'Россия', 'РФ', 'Russian Federation', 'российский', 'Russian', 'Moscow', 'Москва']),
  place('ukraine', 'Ukraine', 'Украина', ['Ukraine', 'Украина', 'украинский', 'Ukrainian', 'Kyiv', 'Киев']),
  place('minsk', 'Minsk', 'Минск', ['Minsk', 'Минск']),
  place('vilnius', 'Vilnius', 'Вильнюс', ['Vilnius', 'Вильнюс']),
  place('lithuania', 'Lithuania', 'Литва', ['Lithuania', 'Литва']),
  place('latvia', 'Latvia', 'Латвия', ['Latvia', 'Латвия']),
  place('poland', 'Poland', 'Польша', ['Poland', 'Польша']),
  place('germany', 'Germany', 'Германия', ['Germany', 'Германия']),
  place('france', 'France', 'Франция', ['France', 'Франция']),
  place('uk', 'United Kingdom', 'Великобритания', ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'Великобритания', 'Британия']),
  place('china', 'China', 'Китай', ['China', 'Китай', 'КНР']),
  place('iran', 'Iran', 'Иран', ['Iran', 'Иран', 'иранский', 'Iranian']),
  place('venezuela', 'Venezuela', 'Венесуэла', ['Venezuela', 'Венесуэла']),
  place('georgia', 'Georgia', 'Грузия', ['Грузия']),
  place('turkey', 'Turkey', 'Турция', ['Turkey', 'Türkiye', 'Турция']),
  place('afghanistan', 'Afghanistan', 'Афганистан', ['Afghanistan', 'Афганистан']),
  place('cyprus', 'Cyprus', 'Кипр', ['Cyprus', 'Кипр']),
  place('armenia', 'Armenia', 'Армения', ['Armenia', 'Армения']),
  place('kazakhstan', 'Kazakhstan', 'Казахстан', ['Kazakhstan', 'Казахстан']),
  place('moldova', 'Moldova', 'Молдова', ['Moldova', 'Молдова', 'Молдавия']),
  place('mar-a-lago', 'Mar-a-Lago', 'Мар-а-Лаго', ['Mar-a-Lago', 'Mar a Lago', 'Мар-о-Лаго', 'Мар-а-Лаго', 'Маралаго']),
  place('anchorage', 'Anchorage', 'Анкоридж', ['Anchorage', 'Анкоридж', 'Alaska', 'Аляска']),
  place('middle-east', 'Middle East', 'Ближний Восток', ['Middle East', 'Ближний Восток']),
]);

/** Capitals and large cities: general knowledge, so a question about a place no document names is recognised as such. */
export const WORLD_PLACES: readonly GazetteerEntry[] = Object.freeze(
  (
    [
      ['london', 'London', 'Лондон'], ['paris', 'Paris', 'Париж'], ['berlin', 'Berlin', 'Берлин'], ['warsaw', 'Warsaw', 'Варшава'],
      ['riga', 'Riga', 'Рига'], ['tallinn', 'Tallinn', 'Таллин'], ['prague', 'Prague', 'Прага'], ['vienna', 'Vienna', 'Вена'],
      ['budapest', 'Budapest', 'Будапешт'], ['bratislava', 'Bratislava', 'Братислава'], ['rome', 'Rome', 'Рим'],
      ['madrid', 'Madrid', 'Мадрид'], ['lisbon', 'Lisbon', 'Лиссабон'], ['brussels', 'Brussels', 'Брюссель'],
      ['amsterdam', 'Amsterdam', 'Амстердам'], ['the-hague', 'The Hague', 'Гаага'], ['geneva', 'Geneva', 'Женева'],
      ['bern', 'Bern', 'Берн'], ['stockholm', 'Stockholm', 'Стокгольм'], ['oslo', 'Oslo', 'Осло'], ['helsinki', 'Helsinki', 'Хельсинки'],
      ['copenhagen', 'Copenhagen', 'Копенгаген'], ['dublin', 'Dublin', 'Дублин'], ['athens', 'Athens', 'Афины'],
      ['ankara', 'Ankara', 'Анкара'], ['istanbul', 'Istanbul', 'Стамбул'], ['bucharest', 'Bucharest', 'Бухарест'],
      ['sofia', 'Sofia', 'София'], ['belgrade', 'Belgrade', 'Белград'], ['chisinau', 'Chisinau', 'Кишинёв', ['Chișinău', 'Кишинев']],
      ['tiraspol', 'Tiraspol', 'Тирасполь'], ['tbilisi', 'Tbilisi', 'Тбилиси'], ['yerevan', 'Yerevan', 'Ереван'], ['baku', 'Baku', 'Баку'],
      ['astana', 'Astana', 'Астана'], ['almaty', 'Almaty', 'Алматы'], ['tashkent', 'Tashkent', 'Ташкент'], ['bishkek', 'Bishkek', 'Бишкек'],
      ['dushanbe', 'Dushanbe', 'Душанбе'], ['ashgabat', 'Ashgabat', 'Ашхабад'], ['beijing', 'Beijing', 'Пекин'], ['tokyo', 'Tokyo', 'Токио'],
      ['delhi', 'New Delhi', 'Нью-Дели'], ['tehran', 'Tehran', 'Тегеран'], ['riyadh', 'Riyadh', 'Эр-Рияд'], ['doha', 'Doha', 'Доха'],
      ['abu-dhabi', 'Abu Dhabi', 'Абу-Даби'], ['cairo', 'Cairo', 'Каир'], ['jerusalem', 'Jerusalem', 'Иерусалим'], ['new-york', 'New York', 'Нью-Йорк'],
      ['chicago', 'Chicago', 'Чикаго'], ['los-angeles', 'Los Angeles', 'Лос-Анджелес'], ['ottawa', 'Ottawa', 'Оттава'], ['caracas', 'Caracas', 'Каракас'],
      ['havana', 'Havana', 'Гавана'], ['mexico-city', 'Mexico City', 'Мехико'], ['grodno', 'Grodno', 'Гродно', ['Hrodna']],
      ['brest', 'Brest', 'Брест'], ['vitebsk', 'Vitebsk', 'Витебск'], ['gomel', 'Gomel', 'Гомель', ['Homiel']], ['mogilev', 'Mogilev', 'Могилёв', ['Могилев', 'Mahilyow']],
      ['st-petersburg', 'St Petersburg', 'Санкт-Петербург', ['Saint Petersburg', 'Петербург']], ['kazakhstan-karaganda', 'Karaganda', 'Караганда', ['Qaraghandy']],
      ['estonia', 'Estonia', 'Эстония'], ['finland', 'Finland', 'Финляндия'], ['sweden', 'Sweden', 'Швеция'], ['norway', 'Norway', 'Норвегия'],
      ['czechia', 'Czech Republic', 'Чехия', ['Czechia']], ['slovakia', 'Slovakia', 'Словакия'], ['hungary', 'Hungary', 'Венгрия'], ['austria', 'Austria', 'Австрия'],
      ['italy', 'Italy', 'Италия'], ['spain', 'Spain', 'Испания'], ['netherlands', 'Netherlands', 'Нидерланды'], ['belgium', 'Belgium', 'Бельгия'],
      ['switzerland', 'Switzerland', 'Швейцария'], ['romania', 'Romania', 'Румыния'], ['bulgaria', 'Bulgaria', 'Болгария'], ['serbia', 'Serbia', 'Сербия'],
      ['azerbaijan', 'Azerbaijan', 'Азербайджан'], ['uzbekistan', 'Uzbekistan', 'Узбекистан'], ['kyrgyzstan', 'Kyrgyzstan', 'Киргизия', ['Кыргызстан']],
      ['tajikistan', 'Tajikistan', 'Таджикистан'], ['turkmenistan', 'Turkmenistan', 'Туркменистан'], ['india', 'India', 'Индия'], ['japan', 'Japan', 'Япония'],
      ['israel', 'Israel', 'Израиль'], ['saudi-arabia', 'Saudi Arabia', 'Саудовская Аравия'], ['qatar', 'Qatar', 'Катар'], ['uae', 'United Arab Emirates', 'ОАЭ', ['UAE']],
      ['egypt', 'Egypt', 'Египет'], ['syria', 'Syria', 'Сирия'], ['iraq', 'Iraq', 'Ирак'], ['canada', 'Canada', 'Канада'], ['mexico', 'Mexico', 'Мексика'],
      ['cuba', 'Cuba', 'Куба'], ['brazil', 'Brazil', 'Бразилия'], ['north-korea', 'North Korea', 'КНДР', ['Северная Корея']], ['south-korea', 'South Korea', 'Южная Корея'],
    ] as [string, string, string, string[]?][]
  ).map(([id, en, ru, more]) => ({ id: `place:${id}`, kind: 'place' as const, en, ru, aliases: [en, ru, ...(more ?? [])] })),
);
