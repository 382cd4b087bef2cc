import { describe, expect, it } from 'vitest';
import type { AnalyzedQuestion } from '../../../src/knowledge/answer/analyze.ts';
import {
  isCitationDate,
  isDateline,
  isFieldDate,
  isPersonLike,
  nameCandidates,
  numberCandidates,
  placeCandidates,
} from '../../../src/knowledge/answer/candidates.ts';
import { denies } from '../../../src/knowledge/answer/compose-typed.ts';
import type { RankedSentence } from '../../../src/knowledge/answer/retrieve.ts';
import { featuresOf, nameKeyOf } from '../../../src/knowledge/answer/sentence-features.ts';
import { tokenize } from '../../../src/knowledge/text/tokens.ts';

/** A sentence as the composers see it, with no question words matched. */
function sentence(text: string, entities: string[] = []): RankedSentence {
  const tokens = tokenize(text);
  const features = featuresOf(tokens, 'document', text);
  return {
    entry: { tokens, sentence: { text }, annotation: { dates: [], entities }, features },
    matches: [],
  } as unknown as RankedSentence;
}

function people(text: string): string[] {
  const r = sentence(text);
  return nameCandidates({} as AnalyzedQuestion, r)
    .filter((c) => isPersonLike(c, r))
    .map((c) => c.text);
}

/** Who-questions are answered by people only: countries, organisations and outlets are not. */
describe('isPersonLike on invented sentences', () => {
  it.each([
    ['Vendt, a former ambassador to Kazakhstan, arrived on Monday.', []],
    ['The talks were led by Deputy Minister Ilkin Vendt.', ['Ilkin Vendt']],
    ['The bridge contract went to Halden Infrastructure Partners last week.', []],
    ['Контракт получила компания «Дорстрой Групп».', []],
    ['Переговоры вёл министр Ержан Сатпаев.', ['Ержан Сатпаев']],
    ['Соглашение подписал министр дорог Монголии Батбаяр Гантулга.', ['Батбаяр Гантулга']],
    ['Harbour talks stall By Jane Hollis and Piet Varga', []],
    ['Переговоры зашли в тупик. Автор: Иван Дорохов', []],
    ['"She is free," her sister told Northern Wire by telephone.', []],
    // A second place joined to the first one after its preposition.
    ['Протесты прошли в Кештове и Варнеле Дальнем, задержан Ян Ковальчик.', ['Ян Ковальчик']],
    ['Protests were held in Northgate and Port Varnel on Sunday.', []],
    // The last word of an office is no name: "for Hostage Affairs".
    ['It was initialed by the US Special Presidential Envoy for Hostage Affairs, Ilkin Vendt.', ['Ilkin Vendt']],
    // A company's legal form, a power station's abbreviation: not people.
    ['Павел Грачёв работал на ОАО «Кештов Азот» с 2010 года.', ['Павел Грачёв']],
    ['Глава миссии Ян Ковальчик побывал на Варнельской ГРЭС.', ['Ян Ковальчик']],
    // A body named by its kind: a guard, a court, a navy.
    ['The Varnel Border Guard seized the tanker, and Ilkin Vendt protested.', ['Ilkin Vendt']],
    // A name after the kind of thing it names: a ship, a firm.
    ['The coast guard boarded the tanker Northgate Star on Tuesday.', []],
    ['Сухогруз Varnel Horizon задержали, капитан Ян Ковальчик арестован.', ['Ян Ковальчик']],
    // A village or a town named after its kind.
    ['Пограничники задержали жителей села Кок-Варнель, расчищавших канал.', []],
    // An organisation whose kind heads its name, in a Romance language.
    [
      'The report of the Instituto Técnico de Engenharia Vardense, prepared by a team led by engineer Lidia Varnel, came out.',
      ['Lidia Varnel'],
    ],
    ['O Banco Central do Kestovo anunciou a medida.', []],
    // A title between the organisation and the name ends the organisation's run.
    ['Жителей посёлка Кара-Варнель эвакуировали, сообщил Ян Ковальчик.', ['Ян Ковальчик']],
    ['Residents of the town Port Varnel were evacuated.', []],
    // An organisation's first word, an adjective capitalised before the noun it agrees with.
    ['Судно задержано Пограничной службой Кештова, сообщил Ян Ковальчик.', ['Ян Ковальчик']],
    // A rank written short is no part of the name.
    ["Kestov's Energy Minister Col. Ilkin Vendt ordered the halt.", ['Ilkin Vendt']],
    // A role, then a preposition: the name after it is a place ("workers at the Northgate terminal").
    ['Four technicians at the Kestov terminal were detained.', []],
    ['Техники на Кештовском терминале задержаны, сообщил инженер Ян Ковальчик.', ['Ян Ковальчик']],
    // A title ends in its role; a hyphenated adjective describes.
    ['The talks were chaired by the Prime Minister and Anna Varga.', ['Anna Varga']],
    ['The Kestov Coast Guard stopped the Varnel-flagged carrier the next day.', []],
    // A company named by its industry in a transliteration ("Gaz", "Neft"): no person.
    ['It was signed by Varnel Gaz chairman Ilkin Vendt.', ['Ilkin Vendt']],
    ['The field is run by Kestov Neft and its partners.', []],
    // A company named by its trade: metals, mining, refining, shipping.
    ['The offtake contract went to the American Varnel Metals, its chief Ilkin Vendt said.', ['Ilkin Vendt']],
    ['Ore is sold to Kestov Refining and Lorin Shipping.', []],
    // A name that ends in a kind of place names a place or its operator.
    ['The concession went to Dubai-based operator Varnel Terminals International.', []],
    ['Flights resumed from Kestov Airport, Ilkin Vendt said.', ['Ilkin Vendt']],
    ['Flight VT701 left Lorin International Airport for Gatwick on Monday.', []],
    // A photo's credit names who took it, not anyone in the story.
    ['[Photo: the first flight. Credit: PulseLorin/Esi Vendt] The airline returned to London.', []],
    // A given name goes on with a name's word before it the gazetteer does not know; after a world name
    // it starts a name of its own.
    [
      'Somalia recalled its ambassador to Kenya, Abdirisaq Omar Vendtov, for consultations.',
      ['Abdirisaq Omar Vendtov'],
    ],
    ['Сомали отозвало своего посла в ОАЭ Абдиризака Омара Вендтова.', ['Абдиризака Омара Вендтова']],
    ['В Минске Александр Ковальчик встретился с послом.', ['Александр Ковальчик']],
  ])('%s → %j', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('isPersonLike: a surname alone', () => {
  it('is a person when ingest knows the name as one', () => {
    const r = sentence('22 Apr - Vendt visits the plant in Northgate.', [`person:${nameKeyOf('vendt')}`]);
    const names = nameCandidates({} as AnalyzedQuestion, r).filter((c) => isPersonLike(c, r));
    expect(names.map((c) => c.text)).toEqual(['Vendt']);
  });

  it('is not otherwise', () => {
    const r = sentence('22 Apr - Vendt visits the plant in Northgate.');
    expect(nameCandidates({} as AnalyzedQuestion, r).filter((c) => isPersonLike(c, r))).toEqual([]);
  });
});

describe('placeCandidates on invented sentences', () => {
  const places = (text: string) => placeCandidates({} as AnalyzedQuestion, sentence(text)).map((c) => c.text);

  it.each([
    ['• 19 марта (четверг) — Северград (Норландия): 14-е заседание комиссий.', ['Северград', 'Норландия']],
    ['• 9 July — Northgate: the 16th round of talks.', ['Northgate']],
    ['The talks were held in Northgate on Monday.', ['Northgate']],
    ['The talks were chaired by Ilkin Vendt on Monday.', []],
    ['Ilkin Vendt — Northgate Institute: a comment.', []],
    ['Контракт получило ОАО «Дорстрой» (Кештов) в мае.', ['Кештов']],
    ['The bridges went to Halden Partners (Varnel), the road to others.', ['Varnel']],
    ['The Customs Service (CSV) signed it.', []],
    ['Переговоры прошли в Доме дружбы на левом берегу.', ['Доме дружбы']],
    // A building of the vocabulary ("дворец") is described with its preposition.
    ['Делегацию принимали во Дворце спорта.', ['во Дворце спорта']],
    // A world name that starts with a common word; a town named after its kind; a capital in apposition.
    ['They met on the sidelines of the summit in New York.', ['New York']],
    ['Встреча состоялась в городе Кештове.', ['Кештове']],
    ['Talks took place in the Varnel capital, Northgate.', ['Varnel', 'Northgate']],
    ['Потом в Совете решили иначе.', []],
    // A name listed after a place is a place too.
    ['Протесты прошли в Кештове и Варнеле 28 февраля.', ['Кештове', 'Варнеле']],
    ['Protests were held in Northgate, Varnel and Kestov.', ['Northgate', 'Varnel', 'Kestov']],
    ['Protests in Northgate and the arrest of Vendt followed.', ['Northgate']],
    // Two world names a comma apart are two names ("New York" is one).
    ['Среди них граждане из Литвы, Латвии и Польши.', ['Литвы', 'Латвии', 'Польши']],
    // A day or a month in brackets is no place, as a town in brackets is one.
    ['21 Aug (Fri) - Varnel drops the charges against the four.', []],
    ['Talks resumed on 3 March (Tuesday) in Northgate.', ['Northgate']],
    ['The harvest (Sept) was poor in Kestov.', ['Kestov']],
  ])('%s → %j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  // A place said by a common noun of the vocabulary, with its preposition and what describes it.
  it.each([
    [
      'Negotiators met on Tuesday on the border bridge over the Telm river, officials said.',
      ['on the border bridge over the Telm river'],
    ],
    ['Brandt was arrested at the airport in Northgate as he tried to board a flight.', ['at the airport in Northgate']],
    [
      'The drivers were transferred to a pre-trial detention centre in Lorin.',
      ['to a pre-trial detention centre in Lorin'],
    ],
    [
      'The next round will take place in the Halden railway station building.',
      ['in the Halden railway station building'],
    ],
    ['Переговоры делегаций прошли в здании таможни на границе.', ['в здании таможни на границе']],
    ['Обмен пленными состоялся на пункте пропуска «Долгий мост».', ['на пункте пропуска «Долгий мост»']],
    [
      'Ковальчик отбывает наказание в исправительной колонии № 3 под Халденом.',
      ['в исправительной колонии № 3 под Халденом'],
    ],
    ['Вендта задержали в аэропорту Нортгейта, сообщил его адвокат.', ['в аэропорту Нортгейта']],
    // No place noun after the preposition: no described place.
    ['The talks were held in a constructive atmosphere on Monday.', []],
    ['Переговоры прошли на высоком уровне.', []],
    // A description stops at a verb or a conjunction, and never ends on a joining word.
    ['The ship was held in the port and released a week later.', ['in the port']],
    // A prison term is no place: nothing but words of description before the place noun.
    ['Vendt was sentenced to seven years in prison.', ['in prison']],
  ])('described: %s → %j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('denies: a negation just before one of the question words', () => {
  /** The sentence with the question's word `word` matched where it stands. */
  const matched = (text: string, word: string) => {
    const r = sentence(text);
    const at = r.entry.tokens.findIndex((t) => t.norm.startsWith(word));
    return { ...r, matches: [{ term: { name: false }, credit: 1, positions: [at] }] } as unknown as RankedSentence;
  };

  it.each([
    ['Паспорта им так и не вернули.', 'вернули', true],
    ['The passport was not returned to her.', 'returned', true],
    ['Без паспорта она не может выехать.', 'паспорта', true],
    ['Паспорта им вернули на границе.', 'вернули', false],
    ['The passport was returned, not the phone.', 'returned', false],
  ])('%s (%s) → %s', (text, word, expected) => {
    expect(denies(matched(text, word))).toBe(expected);
  });
});

/** The number candidates of one sentence, as shown and as values (a question that names no number). */
const numbersOf = (text: string) => numberCandidates({ numbers: [] } as unknown as AnalyzedQuestion, sentence(text));
const numbersShown = (text: string) => numbersOf(text).map((c) => c.text);
const numberValues = (text: string) => numbersOf(text).map((c) => c.value);

describe('numberCandidates: the counted noun after its adjective', () => {
  it.each([
    ['Минфин вычеркнул из списка четыре государственных предприятия Кештова.', ['четыре государственных предприятия']],
    ['Thirteen Armenian detainees were handed over at the border.', ['Thirteen Armenian detainees']],
    ['Officials said 12 state-owned companies were delisted.', ['12 state-owned companies']],
    ['Освободили 23 водителя грузовиков.', ['23 водителя']],
    ['Twelve people were freed.', ['Twelve people']],
    // Two adjectives before it.
    ['Kestov also released 28 Varnel political prisoners.', ['28 Varnel political prisoners']],
    // Not across a dash: what follows it describes them.
    ['Двое освобождённых — мужчины пенсионного возраста — остались в Кештове.', ['Двое освобождённых']],
  ])('%s → %j', (text, expected) => {
    expect(numbersShown(text)).toEqual(expected);
  });
});

/** A scraped post keeps its counters: "👁 41 209" tallies views, "🔥 301" reactions, and count nothing told. */
describe('numberCandidates: a post counter after its pictograph counts nothing', () => {
  it.each([
    ['The line runs end to end again, 105 days after the flood — 👁 41 209 🔥 301', [105]],
    ['В Кукуте открыли мост для грузовиков 🙌 👁 8 800 🔥 301', []],
  ])('%s → %j', (text, expected) => {
    expect(numberValues(text)).toEqual(expected);
  });
});

describe('numberCandidates: a capitalised numeral inside a name counts nothing', () => {
  it.each([
    ['The bank signed a $750 million loan for the first section of the Two Rivers Road.', [750]],
    ['The Three Lakes Consortium hired 40 engineers.', [40]],
    // At a sentence's start a capital says nothing: the numeral counts.
    ['Two Varnel trawlers were seized.', [2]],
  ])('%s → %j', (text, expected) => {
    expect(numberValues(text)).toEqual(expected);
  });
});

describe('numberCandidates: a number after a label noun names one of a series', () => {
  it.each([
    ['Round 5 of the Varnel talks, Kestov.', []],
    ['The figures are on page 2 of the report.', []],
    ['Gunmen overran Pump Station 6 and held 14 engineers.', [14]],
    ['Завершён этап 3: открыты 2 новые полосы.', [2]],
    // A count before the noun is a count.
    ['The sides held 5 rounds of talks.', [5]],
  ])('%s → %j', (text, expected) => {
    expect(numberValues(text)).toEqual(expected);
  });
});

describe('numberCandidates: "thousand" before the rest of its numeral', () => {
  it.each([
    ['На пике у нас стояло больше тысячи семисот фур.', [1700]],
    ['В очереди стояли тысяча двести грузовиков.', [1200]],
  ])('%s → %j', (text, expected) => {
    expect(numberValues(text)).toEqual(expected);
  });
});

describe('numberCandidates: a currency written before the figure', () => {
  it.each([
    ['The price is EUR 76 per megawatt-hour, sources said.', ['EUR 76']],
    ['Kestov paid USD 12 million for the plant.', ['USD 12 million']],
    ['The fee was $40 a tonne.', ['$40']],
    // A capitalised word that is no currency stays out.
    ['Block ABC 12 was drilled in May.', ['12']],
  ])('%s → %j', (text, expected) => {
    expect(numbersShown(text)).toEqual(expected);
  });
});

describe('numberCandidates: a percent sign is what the number counts', () => {
  it.each([
    ['Truck crossings at Kestov fell 38% year on year in January.', ['38%']],
    ['Импорт сократился на 12 % по сравнению с прошлым годом.', ['12 %']],
    // Without the sign, the word after the number is still what it counts.
    ['Trade fell by 41 per cent in the first half.', ['41']],
    ['Officials counted 38 trucks a day at Kestov.', ['38 trucks']],
  ])('%s → %j', (text, expected) => {
    expect(numbersShown(text)).toEqual(expected);
  });
});

describe('numberCandidates: a numeral of several words is one number', () => {
  it.each([
    ['We had a rig with a hundred and forty-two people on it.', [142]],
    ['One hundred and five workers stayed on the platform.', [105]],
    ['На платформе оставались сто сорок два человека.', [142]],
    // "and" joins two counts as well: each stays its own.
    ['Twelve fishermen and three officers were freed.', [12, 3]],
  ])('%s → %j', (text, expected) => {
    expect(numberValues(text)).toEqual(expected);
  });
});

/** The characters [start, end) of `date` in `text`. */
const at = (text: string, date: string): [number, number] => [text.indexOf(date), text.indexOf(date) + date.length];

/** A wire report's dateline dates the report; the event in its sentence may be another day's. */
describe('isDateline on invented sentences', () => {
  it.each([
    ['NORTHGATE/KESTOV, April 22 (Varnel Wire) - The envoy flew in on Tuesday.', 'April 22', true],
    ['KESTOV, 14 May - Talks resumed.', '14 May', true],
    ['КЕШТОВ, 14 мая. Переговоры возобновились.', '14 мая', true],
    ['КЕШТОВ, 14 мая (Варнел-Пресс) — Переговоры возобновились.', '14 мая', true],
    ['LORIN, Kestovia, Aug 25 (Varnel Wire) - Kestovia on Monday released four technicians.', 'Aug 25', true],
    ['ЛОРИН, Кестовия, 25 августа (Варнел-Пресс) — Кестовия в понедельник освободила техников.', '25 августа', true],
    // A sentence that starts with a place and a date tells its event.
    ['In Kestov, on 14 May the talks resumed.', '14 May', false],
    ['Kestov, 14 May: talks resumed after a pause.', '14 May', false],
    ['The talks resumed on 14 May - after a pause.', '14 May', false],
    ['Lorin, Kestovia, 25 August - a day of talks.', '25 August', false],
  ])('%s', (text, date, expected) => {
    expect(isDateline(text, ...at(text, date))).toBe(expected);
  });
});

/** A note naming a source ends with the source's date, not an event's. */
describe('isCitationDate on invented notes', () => {
  it.each([
    ['[9] Briefing of the Ministry of Foreign Affairs of Varnel, 29 May 2026.', '29 May 2026', true],
    ['4. Kestov customs data, 12 March 2026', '12 March 2026', true],
    ['[3] Пресс-релиз МИД Варнела, 14 мая 2026 г.', '14 мая 2026', true],
    // A note that tells an event dates it.
    ['[2] Passenger traffic resumed on 2 March.', '2 March', false],
    ['[5] Переговоры возобновились 14 мая в Кестове.', '14 мая', false],
    // No note: a sentence that ends with a place and a date.
    ['The memorandum was signed in Kestov, 29 May 2026.', '29 May 2026', false],
  ])('%s', (text, date, expected) => {
    expect(isCitationDate(text, ...at(text, date))).toBe(expected);
  });
});

/** A web page's line of fields dates the page, not the sentence it runs into. */
describe('isFieldDate on invented page lines', () => {
  const LINE =
    '26.02.2026, 11:20 | Обновлено: 26.02.2026, 14:05 | Автор: Анна Вендт | Траулер «Кестов» накануне покинул порт 25 февраля.';
  it.each<[string, number, boolean]>([
    [LINE, LINE.indexOf('26.02.2026'), true],
    [LINE, LINE.lastIndexOf('26.02.2026'), true],
    [LINE, LINE.indexOf('25 февраля'), false],
    // No fields: a date with a time in prose.
    ['26.02.2026, 11:20 — траулер покинул порт.', 0, false],
  ])('%s at %i', (text, start, expected) => {
    expect(isFieldDate(text, start, start + 10)).toBe(expected);
  });
});

describe('nameCandidates: a change of case ends a name', () => {
  it.each([
    ['Делегация пропустила заседание созданного Ильёй Вендтом Совета Кештова.', 'Ильёй Вендтом'],
    ['Письмо подписал министр Ержан Сатпаев.', 'Ержан Сатпаев'],
    ['Встречу провела Анна Петровна Вендт.', 'Анна Петровна Вендт'],
    // A hyphenated given name declines in its last part, and a country before the name is none of it.
    ['Делегации возглавляли спецпредставитель правительства Гаити Жан-Макс Вендталь и Лорин.', 'Жан-Макс Вендталь'],
    // A saint's or a person's name after a word that opens place names is part of the place.
    ['The Americans are flown to San Antonio, Texas.', 'San Antonio'],
    ['The ship sailed on to Port Louis.', 'Port Louis'],
  ])('%s → %s', (text, name) => {
    const texts = nameCandidates({} as AnalyzedQuestion, sentence(text)).map((c) => c.text);
    expect(texts).toContain(name);
  });
});

describe('nameCandidates: a byline after a headline is no name of the news', () => {
  it('takes no "By Jane Vendt" after a city ending the headline', () => {
    const texts = nameCandidates(
      {} as AnalyzedQuestion,
      sentence('Varnel minister accepts invitation to Washington By Jane Vendt and Tomas Kestov'),
    ).map((c) => c.text);
    expect(texts.filter((t) => /Vendt|Kestov/.test(t))).toEqual([]);
  });
});

describe('numberCandidates: the value as written', () => {
  it.each([
    // English groups thousands with a comma; Russian writes a decimal one, and groups with a space.
    ['Rights groups say more than 1,100 political prisoners remained in Kestov.', [1100]],
    ['They shipped 2,300,000 litres to Varnel.', [2300000]],
    ['The Varnel budget is EUR 17.4 million.', [17.4]],
    ['Кештову выделено 38,6 млн долларов.', [38.6]],
    ['Кештову выделено 1,125 млн долларов.', [1.125]],
    ['В колониях Кештова остаются 1 068 человек.', [1068]],
    // An English sentence quoting a Russian name still groups with a comma.
    ['Over 1,200 people joined «Кешт Строй» in Varnel.', [1200]],
    // A numeral of several words is one number.
    ['Двадцать девять из них доставили в Кештов.', [29]],
    ['В Варнеле освободили сто двадцать пять человек.', [125]],
  ])('%s → %j', (text, expected) => {
    expect(numberValues(text)).toEqual(expected);
  });
});
