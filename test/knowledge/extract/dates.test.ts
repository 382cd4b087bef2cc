/**
 * Case tables for the date extractor, in the chrono style: one helper per function, tables of real
 * sentences from the five corpus documents (each passed as the caller passes it: one sentence,
 * the document's date, sometimes the previous sentence's year), then made-up phrases for the rules
 * the corpus does not exercise, then text that must not produce a date.
 */
import { describe, expect, it } from 'vitest';
import {
  type DateContext,
  dateSortKey,
  datesCompatible,
  dateWithin,
  extractDates,
  formatDate,
  parseQuestionDate,
} from '../../../src/knowledge/extract/dates.ts';
import type { FuzzyDate, Lang, MonthPart, Season } from '../../../src/knowledge/types.ts';

// ---------- builders: expected dates read like the sentence they come from ----------
type Flags = { yearInferred?: true; relative?: true };
const INFERRED: Flags = { yearInferred: true };
const RELATIVE: Flags = { relative: true };

const day = (year: number | undefined, month: number, d: number, flags: Flags = {}): FuzzyDate =>
  clean({ year, month, day: d, precision: 'day', ...flags });
const month = (year: number | undefined, m: number, flags: Flags = {}): FuzzyDate =>
  clean({ year, month: m, precision: 'month', ...flags });
const partOfMonth = (year: number | undefined, m: number, part: MonthPart, flags: Flags = {}): FuzzyDate =>
  clean({ year, month: m, part, precision: 'part-of-month', ...flags });
const season = (year: number | undefined, s: Season, flags: Flags = {}): FuzzyDate =>
  clean({ year, season: s, precision: 'season', ...flags });
const year = (y: number | undefined, flags: Flags = {}): FuzzyDate => clean({ year: y, precision: 'year', ...flags });
const partOfYear = (y: number | undefined, part: MonthPart, flags: Flags = {}): FuzzyDate =>
  clean({ year: y, part, precision: 'year', ...flags });

function clean(date: FuzzyDate): FuzzyDate {
  return Object.fromEntries(Object.entries(date).filter(([, v]) => v !== undefined)) as unknown as FuzzyDate;
}

// The documents' dates as sources.json gives them.
const DOC_000: DateContext = { docDate: { year: 2025, month: 7 } };
const DOC_001: DateContext = { docDate: { year: 2026, month: 3, day: 26 } };
const DOC_002: DateContext = { docDate: { year: 2025, month: 8 } };
const DOC_003: DateContext = { docDate: { year: 2025, month: 6 } };
const DOC_004: DateContext = { docDate: { year: 2025, month: 9, day: 15 } };
const NO_CONTEXT: DateContext = {};

type Expected = ReadonlyArray<readonly [mentionText: string, date: FuzzyDate]>;

/** One sentence, its context, and every mention it must produce (text and date, exactly; [] = none). */
function testCase(text: string, lang: Lang, ctx: DateContext, expected: Expected): void {
  const shown = text.length > 90 ? `${text.slice(0, 87)}...` : text;
  it(`${lang}: ${JSON.stringify(shown)} → ${expected.map(([t]) => t).join(' | ') || 'no date'}`, () => {
    const mentions = extractDates(text, lang, ctx);
    expect(mentions.map((m) => [m.text, m.date])).toEqual(expected);
    let previousEnd = 0;
    for (const mention of mentions) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = mention.end;
    }
  });
}

describe('extractDates: document 000 (ru, dated July 2025)', () => {
  testCase(
    'Состоявшийся 21 июня визит ознаменовал официальную американо-белорусскую встречу на самом высоком уровне с февраля 2020 года.',
    'ru',
    DOC_000,
    [
      ['21 июня', day(2025, 6, 21, INFERRED)],
      ['с февраля 2020 года', month(2020, 2)],
    ],
  );
  testCase(
    'Событие ознаменовало визит в Беларусь официального лица США на самом высоком уровне с февраля 2020 года, когда в Минск приезжал госсекретарь Майк Помпео.',
    'ru',
    DOC_000,
    [['с февраля 2020 года', month(2020, 2)]],
  );
  testCase(
    'Первые публичные признаки того, что Минск и Вашингтон могут работать над деэскалацией двусторонних отношений, появились в конце января, когда в Беларуси освободили заключенных.',
    'ru',
    DOC_000,
    [['в конце января', partOfMonth(2025, 1, 'late', INFERRED)]],
  );
  testCase(
    'Однако, по свидетельствам нескольких западных дипломатов, некоторые должностные лица США начали предлагать пересмотреть политику в отношении Беларуси еще в конце 2024 года, в последние месяцы администрации Джозефа Байдена 1.',
    'ru',
    DOC_000,
    [['в конце 2024 года', partOfYear(2024, 'late')]],
  );
  testCase(
    'В феврале были освобождены еще три человека, в том числе гражданин США, которых передали американским дипломатам',
    'ru',
    DOC_000,
    [['В феврале', month(2025, 2, INFERRED)]],
  );
  testCase(
    'В конце \n\nапреля еще одна группа официальных лиц США провела закрытые переговоры с Лукашенко',
    'ru',
    DOC_000,
    [['В конце \n\nапреля', partOfMonth(2025, 4, 'late', INFERRED)]],
  );
  testCase(
    '1 Интервью автора в Вашингтоне с бывшим официальным лицом США, 26 февраля; интервью автора в Минске \nс европейским дипломатом, 7 мая.',
    'ru',
    DOC_000,
    [
      ['26 февраля', day(2025, 2, 26, INFERRED)],
      ['7 мая', day(2025, 5, 7, INFERRED)],
    ],
  );
  testCase(
    'Уже сам визит Келлога стал большой новостью, а решение белорусского президента освободить после переговоров еще 14 лиц сделало его особенно резонансным.',
    'ru',
    DOC_000,
    [],
  );
});

describe('extractDates: document 001 (ru, dated 26.03.2026)', () => {
  testCase('26.03.2026', 'ru', NO_CONTEXT, [['26.03.2026', day(2026, 3, 26)]]);
  testCase('19 марта в Минске [состоялся](#) очередной раунд белорусско-американских переговоров.', 'ru', DOC_001, [
    ['19 марта', day(2026, 3, 19, INFERRED)],
  ]);
  testCase(
    'А в августе прошлого года состоялся первый в истории телефонный разговор президентов двух стран.',
    'ru',
    DOC_001,
    [['в августе прошлого года', month(2025, 8, RELATIVE)]],
  );
  testCase('Это уже четвертый публичный визит американцев в Минск.', 'ru', DOC_001, []);
  testCase(
    'Уже несколько раз с февраля 2025 года, когда Минск и Вашингтон начали активный политический диалог, в СМИ и дипломатических кулуарах циркулировали слухи о том, что процесс зашел в тупик.',
    'ru',
    DOC_001,
    [['с февраля 2025 года', month(2025, 2)]],
  );
  testCase('Так было, например, осенью.', 'ru', { ...DOC_001, contextYear: 2025 }, [
    ['осенью', season(2025, 'autumn', INFERRED)],
  ]);
  testCase('В сентябре власти США приняли', 'ru', DOC_001, [['В сентябре', month(2025, 9, INFERRED)]]);
  testCase('Но уже в начале ноября администрация Трампа исправила ситуацию.', 'ru', DOC_001, [
    ['в начале ноября', partOfMonth(2025, 11, 'early', INFERRED)],
  ]);
  testCase(
    'На этот раз они были связаны с тем, что белорусская делегация отсутствовала на прошедшем 19 февраля в Вашингтоне инаугурационном заседании созданного Дональдом Трампом Совета мира.',
    'ru',
    DOC_001,
    [['19 февраля', day(2026, 2, 19, INFERRED)]],
  );
  testCase('Встреча 19 марта не стала исключением.', 'ru', DOC_001, [['19 марта', day(2026, 3, 19, INFERRED)]]);
  testCase(
    'Американское же посольство в 2022 году релоцировало всех своих дипломатов из Минска в Вильнюс, хотя формально закрыто не было.',
    'ru',
    DOC_001,
    [['в 2022 году', year(2022)]],
  );
  testCase(
    'Сам Лукашенко [упомянул](#) еще и поступившее ему приглашение встретиться с американским коллегой в Мар-о-Лаго.',
    'ru',
    DOC_001,
    [],
  );
  testCase(
    'Еще в конце прошлого года президент Беларуси [заявил](#), что предложил американцам купить один из калийных рудников.',
    'ru',
    DOC_001,
    [['в конце прошлого года', partOfYear(2025, 'late', RELATIVE)]],
  );
  testCase('Минск, со своей стороны, освободил из тюрем 250 человек', 'ru', DOC_001, []);
});

describe('extractDates: document 002 (ru, dated August 2025)', () => {
  testCase('Ни саммит в Анкоридже 15 августа, ни последующие сигналы не принесли сделки по Украине', 'ru', DOC_002, [
    ['15 августа', day(2025, 8, 15, INFERRED)],
  ]);
  testCase(
    'Беларусь остаётся ключевой тыловой площадкой России, с которой в 2022-м начиналось вторжение и где регулярно проходят крупные учения.',
    'ru',
    DOC_002,
    [['в 2022-м', year(2022)]],
  );
  testCase('С 2023 года Россия размещает в Беларуси тактическое ядерное оружие', 'ru', DOC_002, [
    ['С 2023 года', year(2023)],
  ]);
  testCase('Минск в 2025-м уже делал адресные освобождения', 'ru', DOC_002, [['в 2025-м', year(2025)]]);
  testCase('1) Рычаг влияния на театр войны и каналы к Москве', 'ru', DOC_002, []);
  testCase('5) «Дипломатия заложников» и гуманитарные бонусы', 'ru', DOC_002, []);
});

describe('extractDates: document 003 (en, dated June 2025)', () => {
  testCase(
    'As you know, after Alexander Lukashenko came to power in Belarus in 1994, relations between Belarus and the United States began to deteriorate rapidly.',
    'en',
    DOC_003,
    [['in 1994', year(1994)]],
  );
  // A period of years yields both ends as separate year mentions.
  testCase(
    'As a result, periods of sanctions pressure were periodically replaced by intervals of small warming, the most significant of which was 2015-2020.',
    'en',
    DOC_003,
    [
      ['2015', year(2015)],
      ['2020', year(2020)],
    ],
  );
  testCase(
    'High-ranking officials from the United States began to visit Minsk, and the loudest was the arrival in early February 2020 of the then Secretary of State Mike Pompeo.At that time, it seemed to many that Belarus could indeed take a pro-Western position, but in August there was an attempted coup in the country',
    'en',
    DOC_003,
    [
      ['in early February 2020', partOfMonth(2020, 2, 'early')],
      ['in August', month(2020, 8, INFERRED)],
    ],
  );
  testCase('As a result, already in February 2022, the United States closed its embassy in Minsk', 'en', DOC_003, [
    ['in February 2022', month(2022, 2)],
  ]);
  testCase(
    'In particular, in January 2025, US Secretary of State Marco Rubio said that the Belarusian authorities had unilaterally released',
    'en',
    DOC_003,
    [['in January 2025', month(2025, 1)]],
  );
  testCase(
    'In February, it was reported that American officials, in particular, US Deputy Assistant Secretary of State for European Affairs Chris Smith, visited Belarus',
    'en',
    DOC_003,
    [['In February', month(2025, 2, INFERRED)]],
  );
  testCase(
    'In April, Belarus released another "wrongfully detained US citizen" — opposition activist Yuri Zenkovich, who was detained in 2021 and accused of participating in a conspiracy to overthrow the government in the republic, after which he pleaded guilty and received 11 years in prison.',
    'en',
    DOC_003,
    [
      ['In April', month(2025, 4, INFERRED)],
      ['in 2021', year(2021)],
    ],
  );
  testCase(
    "The fact that Trump's representative may visit Minsk in the near future was reported by Reuters in mid-June.",
    'en',
    DOC_003,
    [['in mid-June', partOfMonth(2025, 6, 'mid', INFERRED)]],
  );
  testCase(
    'In particular, the fugitive oppositionist Svetlana Tikhanovskaya, who lost the presidential election in 2020 and fled the country',
    'en',
    DOC_003,
    [['in 2020', year(2020)]],
  );
  testCase(
    'The White House does not even discuss the lifting or easing of sanctions against Minsk, and on June 11, Trump extended for another year the US sanctions regime against representatives of the authorities of the republic, which has existed since 2006.',
    'en',
    DOC_003,
    [
      ['on June 11', day(2025, 6, 11, INFERRED)],
      ['since 2006', year(2006)],
    ],
  );
  // The document is dated by month only, so "today" is that month, no finer.
  testCase(
    'However, in reality, all the proposals that are heard today from the United States even as expert assessments and hints in the media should not mislead anyone.',
    'en',
    DOC_003,
    [['today', month(2025, 6, RELATIVE)]],
  );
  // Without a document date the season keeps no year ("Zapad—2025" is a name here, not read as a year).
  testCase('regarding the upcoming Zapad—2025 exercises in the fall.', 'en', NO_CONTEXT, [
    ['in the fall', season(undefined, 'autumn')],
  ]);
});

describe('extractDates: document 004 (ru, dated 15 September 2025)', () => {
  testCase('11 сентября в Минск прибыл посланник президента Дональда Трампа', 'ru', DOC_004, [
    ['11 сентября', day(2025, 9, 11, INFERRED)],
  ]);
  testCase(
    'В тот же день в Беларуси было освобождено 52 человека, осуждённых за события 2020 года или за шпионаж.',
    'ru',
    DOC_004,
    [['2020 года', year(2020)]],
  );
  testCase(
    'После победы на президентских выборах в 1994 году Александр Лукашенко, последовательно придерживавшийся жёсткого курса',
    'ru',
    DOC_004,
    [['в 1994 году', year(1994)]],
  );
  testCase('В феврале 2022 года работа посольства США в Минске была приостановлена.', 'ru', DOC_004, [
    ['В феврале 2022 года', month(2022, 2)],
  ]);
  testCase(
    'Уже в январе 2025 года, в первую неделю второго президентского срока Трампа, в Беларуси был освобождён первый американец.',
    'ru',
    DOC_004,
    [['в январе 2025 года', month(2025, 1)]],
  );
  testCase(
    'В феврале 2025 года в Минске неофициально побывал заместитель помощника госсекретаря США Кристофер Смит.',
    'ru',
    DOC_004,
    [['В феврале 2025 года', month(2025, 2)]],
  );
  testCase('В июне в Минск прибыл спецпосланник Трампа по Украине Кит Келлог.', 'ru', DOC_004, [
    ['В июне', month(2025, 6, INFERRED)],
  ]);
  testCase(
    'В результате было освобождено 14 заключённых, среди них – блогер Сергей Тихановский, намеревавшийся баллотироваться в президенты в 2020 году.',
    'ru',
    DOC_004,
    [['в 2020 году', year(2020)]],
  );
  testCase(
    '15 августа, за несколько часов до встречи Путина и Трампа на Аляске, состоялся телефонный разговор президентов США и Беларуси.',
    'ru',
    DOC_004,
    [['15 августа', day(2025, 8, 15, INFERRED)]],
  );
  testCase('Мы также обсуждаем освобождение ещё 1300 заключённых…', 'ru', DOC_004, []);
  testCase(
    '6 сентября президент США, комментируя освобождение заключённых в Беларуси, назвал Александра Лукашенко «уважаемым человеком»',
    'ru',
    DOC_004,
    [['6 сентября', day(2025, 9, 6, INFERRED)]],
  );
  testCase(
    'Джон Коул сообщил Лукашенко, что американская сторона по инициативе Трампа снимает санкции с авиакомпании «Белавиа», введённые в 2021 году.',
    'ru',
    DOC_004,
    [['в 2021 году', year(2021)]],
  );
  testCase(
    'среди помилованных – 14 иностранных граждан из Литвы, Латвии, Польши, Германии, Франции и Великобритании.',
    'ru',
    DOC_004,
    [],
  );
  testCase(
    'Напомним, ещё в первый срок Трампа в феврале 2020 года Минск посещал госсекретарь США Майк Помпео.',
    'ru',
    DOC_004,
    [['в феврале 2020 года', month(2020, 2)]],
  );
  testCase('Летом 2020 года Лукашенко занял твёрдую позицию в условиях попыток сместить его с поста.', 'ru', DOC_004, [
    ['Летом 2020 года', season(2020, 'summer')],
  ]);
  testCase(
    'Команда Трампа, вероятно, учла рекомендации экспертов Института ответственного государственного управления Куинси, представители которого весной 2025 года посещали Беларусь.',
    'ru',
    DOC_004,
    [['весной 2025 года', season(2025, 'spring')]],
  );
  testCase(
    'В июле Марк Эпископос из Института Куинси опубликовал в The National Interest статью «Можно ли развернуть Беларусь?».',
    'ru',
    DOC_004,
    [['В июле', month(2025, 7, INFERRED)]],
  );
  testCase('archiveЭта новость заархивирована с источника 15 Сентября 2025 13:24', 'ru', DOC_004, [
    ['15 Сентября 2025', day(2025, 9, 15)],
  ]);
  testCase('13 Сентября 2025 17:27see2533', 'ru', DOC_004, [['13 Сентября 2025', day(2025, 9, 13)]]);
  testCase('Сегодня он помощник госсекретаря США', 'ru', DOC_004, [['Сегодня', day(2025, 9, 15, RELATIVE)]]);
  testCase(
    'Однако получить свободу уровня, существовавшего до 2020 года, прозападным силам в обозримом будущем вряд ли удастся.',
    'ru',
    DOC_004,
    [['до 2020 года', year(2020)]],
  );
});

describe('extractDates: forms the corpus does not show', () => {
  testCase('Встреча прошла 19.02.2026 в Вашингтоне.', 'ru', NO_CONTEXT, [['19.02.2026', day(2026, 2, 19)]]);
  testCase('Published 2025-06-21.', 'en', NO_CONTEXT, [['2025-06-21', day(2025, 6, 21)]]);
  // Slashes: read where only one order can be meant, or in Russian (day first); else only the year.
  testCase('Signed on 21/06/2025 in Kestov.', 'en', NO_CONTEXT, [['21/06/2025', day(2025, 6, 21)]]);
  testCase('Signed on 6/21/2025 in Kestov.', 'en', NO_CONTEXT, [['6/21/2025', day(2025, 6, 21)]]);
  testCase('Signed on 12/03/2026 in Kestov.', 'en', NO_CONTEXT, [['12/03/2026', year(2026)]]);
  testCase('Подписано 12/03/2026 в Кештове.', 'ru', NO_CONTEXT, [['12/03/2026', day(2026, 3, 12)]]);
  testCase('Kellogg arrived on June 21st.', 'en', DOC_004, [['on June 21st', day(2025, 6, 21, INFERRED)]]);
  testCase('He came on the 21st of June 2025.', 'en', NO_CONTEXT, [['21st of June 2025', day(2025, 6, 21)]]);
  testCase('The talks of Sept 11 2025 were short.', 'en', NO_CONTEXT, [['Sept 11 2025', day(2025, 9, 11)]]);
  testCase('Talks on Aug. 15, 2025 in Anchorage', 'en', NO_CONTEXT, [['on Aug. 15, 2025', day(2025, 8, 15)]]);
  testCase('21 June 2025', 'en', NO_CONTEXT, [['21 June 2025', day(2025, 6, 21)]]);
  // Typed in lower case as in a chat: after the day, a mark that ends the phrase makes "march" a month.
  testCase('16 march: how many were freed?', 'en', NO_CONTEXT, [['16 march', day(undefined, 3, 16)]]);
  testCase('Сентября 2025', 'ru', NO_CONTEXT, [['Сентября 2025', month(2025, 9)]]);
  // A chronology line headed by its month alone, before a dash or a colon.
  testCase('Sep - Varnel exports to Kestov pass 10 billion.', 'en', NO_CONTEXT, [['Sep', month(undefined, 9)]]);
  testCase('July 2026: talks resume in Northgate.', 'en', NO_CONTEXT, [['July 2026', month(2026, 7)]]);
  testCase('Сентябрь — экспорт превысил 10 млрд.', 'ru', NO_CONTEXT, [['Сентябрь', month(undefined, 9)]]);
  // … with an aside between the month and its dash.
  testCase('• Апрель (точная дата не сообщается) — у села Варнели появился забор.', 'ru', NO_CONTEXT, [
    ['Апрель', month(undefined, 4)],
  ]);
  testCase('April (exact date not given) - a new fence appears near Varneli.', 'en', NO_CONTEXT, [
    ['April', month(undefined, 4)],
  ]);
  testCase('Апрель (по данным СГБ) и май стали самыми спокойными.', 'ru', NO_CONTEXT, []);
  // … with the place the post is about between the month and its colon.
  testCase('Сентябрь на Варнельском мосту: 21 090 грузовиков, 45 500 пассажиров.', 'ru', NO_CONTEXT, [
    ['Сентябрь', month(undefined, 9)],
  ]);
  testCase('August at the Kestov crossing: 18,400 trucks.', 'en', NO_CONTEXT, [['August', month(undefined, 8)]]);
  testCase('Май в Нортгейте: переговоры продолжились.', 'ru', NO_CONTEXT, [['Май', month(undefined, 5)]]);
  testCase('May in her view was wasted: talks stalled.', 'en', NO_CONTEXT, []);
  // … after a post's emoji.
  testCase('📦 Сентябрь — новый рекорд: через переход прошло 410,3 тыс. тонн грузов.', 'ru', NO_CONTEXT, [
    ['Сентябрь', month(undefined, 9)],
  ]);
  testCase('✈️ July: the airline flew 12,400 passengers.', 'en', NO_CONTEXT, [['July', month(undefined, 7)]]);
  // … after a list's dash.
  testCase('- April: The Kestov auditor delivers its report.', 'en', NO_CONTEXT, [['April', month(undefined, 4)]]);
  testCase('– Март — суд в Кестове продлил арест.', 'ru', NO_CONTEXT, [['Март', month(undefined, 3)]]);
  testCase('The fund paid - May: not known.', 'en', NO_CONTEXT, []);
  // A table's row labelled by its month is dated by it; the count after it is no day ("July 1,350").
  testCase('July 1,350', 'en', NO_CONTEXT, [['July', month(undefined, 7)]]);
  testCase('June ............ 14', 'en', NO_CONTEXT, [['June', month(undefined, 6)]]);
  testCase('Март 86 400 12%', 'ru', NO_CONTEXT, [['Март', month(undefined, 3)]]);
  testCase('Total 5,100', 'en', NO_CONTEXT, []);
  // A count after a month is no day of it: "June 1,120" is June.
  testCase('In June 1,120 cubic metres were released.', 'en', NO_CONTEXT, [['In June', month(undefined, 6)]]);
  // … or by its day and month in digits, the year the chronology's.
  testCase('12.05 — Норденск. Главы делегаций подписали протокол.', 'ru', NO_CONTEXT, [
    ['12.05', day(undefined, 5, 12)],
  ]);
  testCase('• 03.03: border guards detained eleven farmers.', 'en', NO_CONTEXT, [['03.03', day(undefined, 3, 3)]]);
  testCase('14–16.04 — Norden, Kest. The envoy toured the region.', 'en', NO_CONTEXT, [
    ['14', day(undefined, 4, 14)],
    ['16.04', day(undefined, 4, 16)],
  ]);
  testCase('Визит состоялся 5 сент. 2025 г. в Минске.', 'ru', NO_CONTEXT, [['5 сент. 2025 г.', day(2025, 9, 5)]]);
  testCase('21 июня 2025 года', 'ru', NO_CONTEXT, [['21 июня 2025 года', day(2025, 6, 21)]]);
  testCase('Без контекста: 21 июня', 'ru', NO_CONTEXT, [['21 июня', day(undefined, 6, 21)]]);
  testCase('в середине июня', 'ru', DOC_003, [['в середине июня', partOfMonth(2025, 6, 'mid', INFERRED)]]);
  testCase('в конце апреля 2025 года', 'ru', NO_CONTEXT, [['в конце апреля 2025 года', partOfMonth(2025, 4, 'late')]]);
  testCase('осенью 2025 года', 'ru', NO_CONTEXT, [['осенью 2025 года', season(2025, 'autumn')]]);
  testCase('с лета 2020 года', 'ru', NO_CONTEXT, [['с лета 2020 года', season(2020, 'summer')]]);
  testCase('in the summer of 2020', 'en', NO_CONTEXT, [['in the summer of 2020', season(2020, 'summer')]]);
  testCase('in autumn', 'en', NO_CONTEXT, [['in autumn', season(undefined, 'autumn')]]);
  testCase('late 2024', 'en', NO_CONTEXT, [['late 2024', partOfYear(2024, 'late')]]);
  testCase('at the end of last year', 'en', DOC_004, [['at the end of last year', partOfYear(2024, 'late', RELATIVE)]]);
  testCase('by mid-2025', 'en', NO_CONTEXT, [['by mid-2025', partOfYear(2025, 'mid')]]);
  testCase('at the end of January 2025', 'en', NO_CONTEXT, [
    ['at the end of January 2025', partOfMonth(2025, 1, 'late')],
  ]);
  // Both ends again; each takes the longest phrase around it (preposition, year word).
  testCase('в 2015–2020 годах', 'ru', NO_CONTEXT, [
    ['в 2015', year(2015)],
    ['2020 годах', year(2020)],
  ]);
  testCase('В 2020 и 2021 годах', 'ru', NO_CONTEXT, [
    ['В 2020', year(2020)],
    ['2021 годах', year(2021)],
  ]);
  testCase('2021', 'ru', NO_CONTEXT, [['2021', year(2021)]]);
  testCase('между январём и мартом 2025 года', 'ru', NO_CONTEXT, [
    ['между январём', month(undefined, 1)],
    ['мартом 2025 года', month(2025, 3)],
  ]);
  testCase('Это было в Мае', 'ru', DOC_004, [['в Мае', month(2025, 5, INFERRED)]]);
  // A half of a month or a year is its early or late part.
  testCase('во второй половине марта 2026 года', 'ru', NO_CONTEXT, [
    ['во второй половине марта 2026 года', partOfMonth(2026, 3, 'late')],
  ]);
  testCase('в первой половине 2026 года', 'ru', NO_CONTEXT, [
    ['в первой половине 2026 года', partOfYear(2026, 'early')],
  ]);
  testCase('in the second half of March 2026', 'en', NO_CONTEXT, [
    ['in the second half of March 2026', partOfMonth(2026, 3, 'late')],
  ]);
  testCase('in the first half of 2026', 'en', NO_CONTEXT, [['in the first half of 2026', partOfYear(2026, 'early')]]);
  // Half-years as reports write them.
  testCase('Exports fell in H1 2026.', 'en', NO_CONTEXT, [['in H1 2026', partOfYear(2026, 'early')]]);
  testCase('в 1-м полугодии 2026', 'ru', NO_CONTEXT, [['в 1-м полугодии 2026', partOfYear(2026, 'early')]]);
  testCase('за первое полугодие 2026 года', 'ru', NO_CONTEXT, [
    ['за первое полугодие 2026 года', partOfYear(2026, 'early')],
  ]);
  testCase('во втором полугодии 2025 года', 'ru', NO_CONTEXT, [
    ['во втором полугодии 2025 года', partOfYear(2025, 'late')],
  ]);
});

describe('extractDates: day ranges, ordinals, abbreviations', () => {
  testCase('Учения прошли 14–15 августа 2025 года.', 'ru', NO_CONTEXT, [
    ['14', day(2025, 8, 14)],
    ['15 августа 2025 года', day(2025, 8, 15)],
  ]);
  testCase('с 1 по 5 марта', 'ru', DOC_001, [
    ['с 1', day(2026, 3, 1, INFERRED)],
    ['по 5 марта', day(2026, 3, 5, INFERRED)],
  ]);
  testCase('talks on June 14-15, 2025', 'en', NO_CONTEXT, [
    ['June 14', day(2025, 6, 14)],
    ['15, 2025', day(2025, 6, 15)],
  ]);
  testCase('14–15 June', 'en', DOC_004, [
    ['14', day(2025, 6, 14, INFERRED)],
    ['15 June', day(2025, 6, 15, INFERRED)],
  ]);
  // Two days of one month joined by words, each a mention.
  const pairs: Array<[string, Lang, string, string]> = [
    ['Talks were held between 3 and 5 June 2025.', 'en', '3', '5 June 2025'],
    ['from 3 to 5 June 2025', 'en', '3', '5 June 2025'],
    ['June 3 to 5, 2025', 'en', 'June 3', '5, 2025'],
    ['Встречи прошли 3 и 5 июня 2025 года.', 'ru', '3', '5 июня 2025 года'],
  ];
  for (const [text, lang, first, second] of pairs)
    testCase(text, lang, NO_CONTEXT, [
      [first, day(2025, 6, 3)],
      [second, day(2025, 6, 5)],
    ]);
  // A stage's number before a dash is its label, not the first day of a range.
  testCase('Этап 2 — 6 мая 2025 года: картины найдены.', 'ru', NO_CONTEXT, [['6 мая 2025 года', day(2025, 5, 6)]]);
  testCase('Stage 2 - 6 May 2025: two paintings found.', 'en', NO_CONTEXT, [['6 May 2025', day(2025, 5, 6)]]);
  // After the month, "and" joins a count: "June 3 and 5 people" is one date.
  testCase('On June 3 and 5 people were freed.', 'en', NO_CONTEXT, [['On June 3', day(undefined, 6, 3)]]);
  testCase('June 2nd and the 3rd of July', 'en', DOC_004, [
    ['June 2nd', day(2025, 6, 2, INFERRED)],
    ['3rd of July', day(2025, 7, 3, INFERRED)],
  ]);
  testCase('Sep 5, Aug 2025', 'en', NO_CONTEXT, [
    ['Sep 5', day(undefined, 9, 5)],
    ['Aug 2025', month(2025, 8)],
  ]);
  testCase('21-го июня', 'ru', DOC_004, [['21-го июня', day(2025, 6, 21, INFERRED)]]);
  testCase('31 июня', 'ru', DOC_004, []);
  // No such day; the month and year are still what the text says.
  testCase('29 февраля 2025 года', 'ru', NO_CONTEXT, [['февраля 2025 года', month(2025, 2)]]);
  testCase('29 февраля 2024 года', 'ru', NO_CONTEXT, [['29 февраля 2024 года', day(2024, 2, 29)]]);
  testCase('переговоры велись с осени', 'ru', DOC_001, [['с осени', season(2025, 'autumn', INFERRED)]]);
  testCase('к весне 2026 года', 'ru', NO_CONTEXT, [['к весне 2026 года', season(2026, 'spring')]]);
  testCase('во вторник', 'ru', DOC_004, [['во вторник', day(2025, 9, 9, RELATIVE)]]);
  testCase('в прошлый понедельник', 'ru', DOC_004, [['в прошлый понедельник', day(2025, 9, 8, RELATIVE)]]);
  testCase('в середине 2025 года', 'ru', NO_CONTEXT, [['в середине 2025 года', partOfYear(2025, 'mid')]]);
  testCase('в начале 2025 г.', 'ru', NO_CONTEXT, [['в начале 2025 г.', partOfYear(2025, 'early')]]);
  // The day written out, as in interviews.
  testCase('Семнадцатого мая 2024 года суд вынес приговор.', 'ru', NO_CONTEXT, [
    ['Семнадцатого мая 2024 года', day(2024, 5, 17)],
  ]);
  testCase('двадцать второго апреля', 'ru', DOC_004, [['двадцать второго апреля', day(2025, 4, 22, INFERRED)]]);
  testCase('Первое сентября прошло тихо.', 'ru', DOC_004, [['Первое сентября', day(2025, 9, 1, INFERRED)]]);
  testCase('к тридцать первому декабря', 'ru', DOC_004, []);
  // A tens word before a teen, and a day the month does not have: no date.
  testCase('двадцать двенадцатого мая', 'ru', DOC_004, []);
  testCase('тридцатого февраля', 'ru', DOC_004, []);
});

describe('extractDates: every Russian month in every case', () => {
  const forms: ReadonlyArray<
    readonly [nominative: string, genitive: string, prepositional: string, instrumental: string]
  > = [
    ['январь', 'января', 'январе', 'январём'],
    ['февраль', 'февраля', 'феврале', 'февралем'],
    ['март', 'марта', 'марте', 'мартом'],
    ['апрель', 'апреля', 'апреле', 'апрелем'],
    ['май', 'мая', 'мае', 'маем'],
    ['июнь', 'июня', 'июне', 'июнем'],
    ['июль', 'июля', 'июле', 'июлем'],
    ['август', 'августа', 'августе', 'августом'],
    ['сентябрь', 'сентября', 'сентябре', 'сентябрём'],
    ['октябрь', 'октября', 'октябре', 'октябрем'],
    ['ноябрь', 'ноября', 'ноябре', 'ноябрём'],
    ['декабрь', 'декабря', 'декабре', 'декабрем'],
  ];
  forms.forEach(([nominative, genitive, prepositional, instrumental], index) => {
    const m = index + 1;
    it(`reads ${nominative} / ${genitive} / ${prepositional} / ${instrumental}`, () => {
      const text = `${nominative} 2024 года; 3 ${genitive}; в ${prepositional}; между ${instrumental} 2023 года; ${genitive.toUpperCase()} 2022`;
      expect(extractDates(text, 'ru').map((mention) => mention.date)).toEqual([
        month(2024, m),
        day(2024, m, 3, INFERRED),
        month(2024, m, INFERRED),
        month(2023, m),
        month(2022, m),
      ]);
    });
  });
});

describe('extractDates: relative phrases resolve against the document date', () => {
  testCase('в прошлом году', 'ru', DOC_004, [['в прошлом году', year(2024, RELATIVE)]]);
  testCase('в этом году', 'ru', DOC_004, [['в этом году', year(2025, RELATIVE)]]);
  testCase('last year', 'en', DOC_004, [['last year', year(2024, RELATIVE)]]);
  testCase('earlier this year', 'en', DOC_004, [['this year', year(2025, RELATIVE)]]);
  // 15.09.2025 is a Monday: last week is 8–14 September.
  testCase('на прошлой неделе', 'ru', DOC_004, [['на прошлой неделе', month(2025, 9, RELATIVE)]]);
  testCase('last week', 'en', { docDate: { year: 2025, month: 9, day: 3 } }, [['last week', month(2025, 8, RELATIVE)]]);
  // 8.10.2025 is a Wednesday: last week ran 29 September – 5 October, so only the year is certain.
  testCase('last week', 'en', { docDate: { year: 2025, month: 10, day: 8 } }, [['last week', year(2025, RELATIVE)]]);
  testCase('в четверг', 'ru', DOC_004, [['в четверг', day(2025, 9, 11, RELATIVE)]]);
  // Said on Thursday 18 September 2025: "в среду" is the day before, last week's Wednesday the 10th.
  const thursday: DateContext = { docDate: { year: 2025, month: 9, day: 18 } };
  testCase('в среду', 'ru', thursday, [['в среду', day(2025, 9, 17, RELATIVE)]]);
  testCase('На прошлой неделе, в среду, стороны объявили', 'ru', thursday, [
    ['На прошлой неделе, в среду', day(2025, 9, 10, RELATIVE)],
  ]);
  testCase('в среду на прошлой неделе', 'ru', thursday, [['в среду на прошлой неделе', day(2025, 9, 10, RELATIVE)]]);
  testCase('Last week, on Wednesday, the sides said', 'en', thursday, [
    ['Last week, on Wednesday', day(2025, 9, 10, RELATIVE)],
  ]);
  testCase('on Wednesday last week', 'en', thursday, [['on Wednesday last week', day(2025, 9, 10, RELATIVE)]]);
  testCase('в минувший четверг', 'ru', DOC_004, [['в минувший четверг', day(2025, 9, 11, RELATIVE)]]);
  testCase('в прошедшую пятницу', 'ru', DOC_004, [['в прошедшую пятницу', day(2025, 9, 12, RELATIVE)]]);
  testCase('on Thursday', 'en', DOC_004, [['on Thursday', day(2025, 9, 11, RELATIVE)]]);
  // A part of the day "of" a weekday, and the night "на" one, date it as "on" and "в" do (DOC_004 is a Monday).
  testCase('The fire broke out in the early hours of Saturday in the kitchen.', 'en', DOC_004, [
    ['the early hours of Saturday', day(2025, 9, 13, RELATIVE)],
  ]);
  testCase('Пожар начался в ночь на субботу на четвёртом этаже.', 'ru', DOC_004, [
    ['в ночь на субботу', day(2025, 9, 13, RELATIVE)],
  ]);
  testCase('Взрыв прогремел в ночь с пятницы на субботу.', 'ru', DOC_004, [
    ['в ночь с пятницы на субботу', day(2025, 9, 13, RELATIVE)],
  ]);
  // Reported speech about what is to come ("said … would reopen"): the coming Saturday, not the last.
  testCase('The ministry said the crossing would reopen to trucks on Saturday morning.', 'en', DOC_004, [
    ['on Saturday', day(2025, 9, 20, RELATIVE)],
  ]);
  // A stage "starting on" a weekday, a duty that "must" be done on one: the coming one, not the last.
  testCase('In the first stage, starting on Monday, hospitals must return all unused valves.', 'en', thursday, [
    ['on Monday', day(2025, 9, 22, RELATIVE)],
  ]);
  // A month-only document date cannot give a weekday's month (28 August or 25 September?).
  testCase('on Thursday', 'en', { docDate: { year: 2025, month: 9 } }, [['on Thursday', year(2025, RELATIVE)]]);
  testCase('вчера', 'ru', DOC_004, [['вчера', day(2025, 9, 14, RELATIVE)]]);
  // The day as an adjective: "с сегодняшнего дня", "до вчерашнего дня".
  testCase('С сегодняшнего дня запрета больше нет.', 'ru', DOC_004, [['сегодняшнего дня', day(2025, 9, 15, RELATIVE)]]);
  testCase('До вчерашнего дня никто не знал.', 'ru', DOC_004, [['вчерашнего дня', day(2025, 9, 14, RELATIVE)]]);
  testCase('Сегодняшняя встреча отменена.', 'ru', DOC_004, []);
  // Inside a sentence, before a time of day, a past verb or the clause's end, "накануне" is the day before the report.
  testCase('Траулер накануне вечером покинул порт Лорин.', 'ru', DOC_004, [['накануне', day(2025, 9, 14, RELATIVE)]]);
  testCase('Судно, задержанное в Кештове, накануне вышло в море.', 'ru', DOC_004, [
    ['накануне', day(2025, 9, 14, RELATIVE)],
  ]);
  testCase('Делегация, прибывшая накануне, провела переговоры.', 'ru', DOC_004, [
    ['накануне', day(2025, 9, 14, RELATIVE)],
  ]);
  // "On the eve of" a named event dates nothing; at a sentence's start it is the day before the entry above (day-shift.ts).
  testCase('Министр прибыл в Лорин накануне визита президента.', 'ru', DOC_004, []);
  testCase('Накануне вечером суд отказал в жалобе.', 'ru', DOC_004, []);
  testCase('Три дня назад стороны встретились.', 'ru', DOC_004, [['Три дня назад', day(2025, 9, 12, RELATIVE)]]);
  testCase('The sides met 20 days ago.', 'en', DOC_004, [['20 days ago', day(2025, 8, 26, RELATIVE)]]);
  testCase('Many days ago the sides met.', 'en', DOC_004, []);
  testCase('yesterday', 'en', { docDate: { year: 2025, month: 9, day: 1 } }, [
    ['yesterday', day(2025, 8, 31, RELATIVE)],
  ]);
  testCase('today', 'en', DOC_004, [['today', day(2025, 9, 15, RELATIVE)]]);
  testCase('Посланники завтра едут в Кештов.', 'ru', DOC_004, [['завтра', day(2025, 9, 16, RELATIVE)]]);
  testCase('Послезавтра начнётся раунд.', 'ru', DOC_004, [['Послезавтра', day(2025, 9, 17, RELATIVE)]]);
  testCase('The envoys travel to Kestov tomorrow.', 'en', DOC_004, [['tomorrow', day(2025, 9, 16, RELATIVE)]]);
  testCase('The round opens the day after tomorrow.', 'en', DOC_004, [
    ['the day after tomorrow', day(2025, 9, 17, RELATIVE)],
  ]);
  // A manner of speaking, not a day.
  testCase('Kestov is ready to sign tomorrow, the minister said.', 'en', DOC_004, []);
  testCase('last November', 'en', DOC_001, [['last November', month(2025, 11, RELATIVE)]]);
  testCase('прошлой осенью', 'ru', DOC_001, [['прошлой осенью', season(2025, 'autumn', RELATIVE)]]);
  // Without a document date nothing relative can be resolved; what is absolute in the phrase stays.
  testCase('вчера', 'ru', NO_CONTEXT, []);
  testCase('в прошлом году', 'ru', NO_CONTEXT, []);
  testCase('в августе прошлого года', 'ru', NO_CONTEXT, [['в августе прошлого года', month(undefined, 8)]]);
});

describe('extractDates: year inference', () => {
  // Rule 1: an explicit year earlier in the same text.
  testCase('In 2020 they met in March, and in August they argued.', 'en', DOC_004, [
    ['In 2020', year(2020)],
    ['in March', month(2020, 3, INFERRED)],
    ['in August', month(2020, 8, INFERRED)],
  ]);
  // Rule 1 does not apply when it would put the date after the document: November 2025 is after
  // 15 September 2025, and so is the document year's November, so the year before is taken.
  testCase('В 2025 году переговоры начались в ноябре.', 'ru', DOC_004, [
    ['В 2025 году', year(2025)],
    ['в ноябре', month(2024, 11, INFERRED)],
  ]);
  // Rule 2: the previous sentence's year.
  testCase('В феврале были освобождены еще три человека', 'ru', { ...DOC_000, contextYear: 2024 }, [
    ['В феврале', month(2024, 2, INFERRED)],
  ]);
  // Rule 3: the document's year, or the year before when the date would be more than 45 days after
  // the document (five days after it is a plan ahead; three months after it, last year's).
  testCase('20 сентября', 'ru', DOC_004, [['20 сентября', day(2025, 9, 20, INFERRED)]]);
  testCase('20 декабря', 'ru', DOC_004, [['20 декабря', day(2024, 12, 20, INFERRED)]]);
  testCase('on June 30', 'en', DOC_003, [['on June 30', day(2025, 6, 30, INFERRED)]]);
  testCase('в начале ноября', 'ru', DOC_001, [['в начале ноября', partOfMonth(2025, 11, 'early', INFERRED)]]);
  // Rule 4: nothing to go by.
  testCase('In April', 'en', NO_CONTEXT, [['In April', month(undefined, 4)]]);
});

describe('extractDates: text that is not a date', () => {
  const negatives: ReadonlyArray<readonly [string, Lang]> = [
    ['Госсекретарь Майк Помпео приезжал в Минск.', 'ru'],
    // A month word inside a sentence before a dash heads no line.
    ['The ministry said in Sep - no.', 'en'],
    // A section number or an amount before a dash is no chronology line's day.
    ['2.1 — Methods and sources', 'en'],
    ['3.5 - 4.0 per cent growth is expected', 'en'],
    ['The rate rose from 12.05 — a record.', 'en'],
    ['Встреча в Мар-а-Лаго', 'ru'],
    // A negotiating format's name: "5+2" is no day.
    ['the May 5+2 round in Vienna', 'en'],
    ['a meeting at Mar-a-Lago', 'en'],
    ["Trump's representative may visit Minsk", 'en'],
    ['Protesters march on the capital every week', 'en'],
    ['They will march 5 km to the square', 'en'],
    ['These 5 may apply later', 'en'],
    ['Госсекретарь Марко Рубио анонсировал', 'ru'],
    ['Мартин сказал', 'ru'],
    ['освобождены 52 человека', 'ru'],
    ['он получил 11 years in prison', 'en'],
    ['Это уже четвертый визит', 'ru'],
    ['детали для Boeing 737', 'en'],
    ['13:24', 'ru'],
    ['up to 2000 people', 'en'],
    ['до 2000 человек', 'ru'],
    ['в среде экспертов', 'ru'],
    ['prices fall sharply', 'en'],
    ['Просмотров:66', 'ru'],
    // Decades have no FuzzyDate form yet; better nothing than a wrong year.
    ['в 2020-х годах', 'ru'],
    ['in the 1990s', 'en'],
    ['The Sunday Times reported', 'en'],
    ['according to Russia Today', 'en'],
    // A day word in a newspaper's name.
    ['a reporter for the newspaper Kestov Today', 'en'],
    ['журналистка газеты «Кештов сегодня»', 'ru'],
    ['he wrote for “Varnel Tomorrow”', 'en'],
    ['https://example.org/2025/09/article', 'en'],
  ];
  for (const [text, lang] of negatives) testCase(text, lang, DOC_004, []);
});

describe('parseQuestionDate', () => {
  const NOW = new Date('2026-04-10T12:00:00Z');
  const cases: ReadonlyArray<
    readonly [question: string, lang: Lang, text: string | undefined, date: FuzzyDate | undefined]
  > = [
    ['What happened in September 2025?', 'en', 'in September 2025', month(2025, 9)],
    ['Что было 19 марта?', 'ru', '19 марта', day(2026, 3, 19, INFERRED)],
    ['Что было 19 мая?', 'ru', '19 мая', day(2025, 5, 19, INFERRED)],
    ['what happened last November', 'en', 'last November', month(2025, 11, RELATIVE)],
    ['что произошло в декабре 2025 года', 'ru', 'в декабре 2025 года', month(2025, 12)],
    ['what happened on sept 11 2025', 'en', 'on sept 11 2025', day(2025, 9, 11)],
    ['2026', 'en', '2026', year(2026)],
    ['кто приезжал в прошлом году?', 'ru', 'в прошлом году', year(2025, RELATIVE)],
    ['what happened yesterday', 'en', 'yesterday', day(2026, 4, 9, RELATIVE)],
    ['who met Lukashenko in May?', 'en', 'in May', month(2025, 5, INFERRED)],
    ['Сколько людей освободили летом?', 'ru', 'летом', season(2025, 'summer', INFERRED)],
    ['how many prisoners were released?', 'en', undefined, undefined],
  ];
  for (const [question, lang, text, date] of cases) {
    it(`${lang}: ${JSON.stringify(question)} → ${text ?? 'nothing'}`, () => {
      const mention = parseQuestionDate(question, lang, NOW);
      expect(mention?.text).toBe(text);
      expect(mention?.date).toEqual(date);
    });
  }
});

describe('dateSortKey', () => {
  const cases: ReadonlyArray<readonly [FuzzyDate, string]> = [
    [year(2025), '2025-00-00'],
    [month(2025, 9), '2025-09-00'],
    [day(2025, 9, 21), '2025-09-21'],
    [partOfMonth(2025, 11, 'early'), '2025-11-00'],
    [partOfMonth(2025, 6, 'mid'), '2025-06-09'],
    [partOfMonth(2025, 1, 'late'), '2025-01-19'],
    [season(2025, 'autumn'), '2025-09-00'],
    [season(2025, 'winter'), '2025-01-00'],
    [partOfYear(2024, 'late'), '2024-09-00'],
    [day(undefined, 6, 21), '0000-06-21'],
  ];
  for (const [date, key] of cases) it(`${JSON.stringify(date)} → ${key}`, () => expect(dateSortKey(date)).toBe(key));

  it('orders a timeline with coarse dates before the days they contain', () => {
    const timeline = [day(2025, 6, 21), year(2025), month(2025, 6), partOfMonth(2025, 6, 'mid'), day(2024, 12, 31)];
    const sorted = [...timeline].sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)));
    expect(sorted).toEqual([
      day(2024, 12, 31),
      year(2025),
      month(2025, 6),
      partOfMonth(2025, 6, 'mid'),
      day(2025, 6, 21),
    ]);
  });
});

describe('datesCompatible', () => {
  const cases: ReadonlyArray<readonly [FuzzyDate, FuzzyDate, boolean]> = [
    [month(2025, 6), day(2025, 6, 21), true],
    [day(2025, 8, 14), day(2025, 8, 15), false],
    [partOfMonth(2025, 11, 'early'), day(2025, 11, 5), true],
    [partOfMonth(2025, 11, 'early'), day(2025, 11, 25), false],
    [partOfMonth(2025, 6, 'mid'), day(2025, 6, 10), true],
    [season(2025, 'autumn'), month(2025, 10), true],
    [season(2025, 'autumn'), month(2025, 12), false],
    [season(2025, 'winter'), month(2025, 12), true],
    [year(2025), month(2026, 3), false],
    [day(undefined, 6, 21), day(2025, 6, 21), true],
    [day(undefined, 6, 21), day(2025, 6, 22), false],
    [partOfYear(2024, 'late'), month(2024, 11), true],
    [partOfYear(2024, 'late'), month(2024, 2), false],
  ];
  for (const [a, b, expected] of cases) {
    it(`${formatDate(a, 'en')} ~ ${formatDate(b, 'en')}: ${expected}`, () => {
      expect(datesCompatible(a, b)).toBe(expected);
      expect(datesCompatible(b, a)).toBe(expected);
    });
  }
});

describe('dateWithin', () => {
  const cases: ReadonlyArray<readonly [FuzzyDate, FuzzyDate, boolean]> = [
    [day(2025, 6, 21), month(2025, 6), true],
    [month(2025, 6), day(2025, 6, 21), false],
    [partOfMonth(2025, 11, 'early'), month(2025, 11), true],
    [month(2025, 10), season(2025, 'autumn'), true],
    [month(2025, 8), season(2025, 'autumn'), false],
    [day(2025, 6, 21), year(2025), true],
    [day(2025, 6, 21), year(2024), false],
    [day(2025, 9, 15), month(undefined, 9), true],
    [day(undefined, 9, 15), year(2025), false],
    [month(2024, 11), partOfYear(2024, 'late'), true],
    [month(2022, 2), season(2022, 'winter'), true],
    [season(2025, 'autumn'), year(2025), true],
    [day(2025, 6, 15), partOfMonth(2025, 6, 'mid'), true],
  ];
  for (const [date, range, expected] of cases) {
    it(`${formatDate(date, 'en')} within ${formatDate(range, 'en')}: ${expected}`, () =>
      expect(dateWithin(date, range)).toBe(expected));
  }
});

describe('formatDate', () => {
  const cases: ReadonlyArray<readonly [FuzzyDate, string, string]> = [
    [day(2025, 6, 21), '21 June 2025', '21 июня 2025 г.'],
    [month(2025, 9), 'September 2025', 'сентябрь 2025 г.'],
    [partOfMonth(2025, 11, 'early'), 'early November 2025', 'начало ноября 2025 г.'],
    [partOfMonth(2025, 6, 'mid'), 'mid-June 2025', 'середина июня 2025 г.'],
    [partOfYear(2024, 'late'), 'late 2024', 'конец 2024 г.'],
    [partOfYear(2025, 'mid'), 'mid-2025', 'середина 2025 г.'],
    [season(2025, 'autumn'), 'autumn 2025', 'осень 2025 г.'],
    [year(2021), '2021', '2021 г.'],
    [day(undefined, 6, 21), '21 June', '21 июня'],
  ];
  for (const [date, en, ru] of cases) {
    it(`${JSON.stringify(date)} → "${en}" / "${ru}"`, () => {
      expect(formatDate(date, 'en')).toBe(en);
      expect(formatDate(date, 'ru')).toBe(ru);
    });
  }
});
