import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';

/** "How many people …?" is answered by a count of people, not by the nearest count of something else. */
const DOC = `---
title: Kestov border
published: 2026-06-01
lang: en
---
Kestov border

The Varnel mission recorded 14 border incidents near Kestov in the first half of 2026, and 3 people were injured in them.
`;
/** The short answer (its first line) to a question about one invented document. */
function summaryOf(doc: string, question: string): string {
  const kb = createKnowledgeBase(ingestDocuments([{ file: 'doc.md', bytes: new TextEncoder().encode(doc) }]).data);
  return kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') }).summary;
}

describe('the count of the asked unit', () => {
  it.each([
    ['How many people were injured in border incidents near Kestov?', '3 people'],
    ['How many border incidents did the mission record near Kestov?', '14 border incidents'],
    // The unit after "the number of", "число".
    ['What number of people were injured in border incidents near Kestov?', '3 people'],
  ])('%s → %s', (question, count) => {
    expect(summaryOf(DOC, question)).toBe(count);
  });

  // "Численность персонала": the staff are counted, and no count of incidents gives it.
  it.each(['Какова численность персонала миссии в Кештове?', 'What was the gas consumption of Kestov in 2026?'])(
    '%s → the documents do not say',
    (question) => {
      expect(summaryOf(DOC, question)).toMatch(/не сказано|do not say/);
    },
  );
});

/** The noun right after a number is what it counts: "two releases of prisoners" counts releases. */
const RELEASES = `---
title: Освобождения в Кештове
published: 2026-09-01
lang: ru
---
Освобождения в Кештове

В апреле — августе 2026 года состоялись два освобождения политических заключённых. Всего на свободу вышли 47 человек, все они покинули Кештов.
`;

describe('a count of another word of the question', () => {
  it.each([
    ['Сколько политических заключённых освободили в апреле — августе 2026 года?', '47'],
    ['How many political prisoners were released in April–August 2026?', '47'],
  ])('%s → %s, not the number of releases', (question, count) => {
    expect(summaryOf(RELEASES, question)).toContain(count);
  });
});

/** Refugees counted as people: "27,600 people" crossed, in a sentence about the refugee agency's count. */
const ARRIVALS = `---
title: Arrivals at Kestov
published: 2026-04-10
lang: en
---
Arrivals at Kestov

Fighting in Varnel in early March pushed 27,600 people across the border at Kestov that month, according to the UN refugee agency.
`;

describe('a count of refugees given as people', () => {
  it.each([
    ['Сколько беженцев пересекли границу у Кестова в марте 2026 года?', '27'],
    ['How many refugees crossed the border at Kestov in March 2026?', '27'],
  ])('%s → %s', (question, count) => {
    expect(summaryOf(ARRIVALS, question)).toContain(count);
  });
});

/** A figure for another period than the one asked: the supply agreed in January is February's. */
const SUPPLY = `---
title: Газ для Кештова
published: 2026-02-10
lang: ru
---
Газ для Кештова

20 января 2026 года Кештов и Варнел подписали соглашение о поставке 85 млн кубометров газа на февраль 2026 года.
`;

describe('a figure for another period', () => {
  it.each([
    ['Сколько газа получил Кештов в январе 2026 года?', undefined],
    ['Сколько газа поставят Кештову в феврале 2026 года?', '85'],
  ])('%s → %s', (question, count) => {
    const summary = summaryOf(SUPPLY, question);
    if (count) expect(summary).toContain(count);
    else expect(summary).not.toMatch(/85/);
  });
});

/** An age counts no people: "a 54-year-old Varnel citizen" says how old, not how many citizens. */
describe('an age answers only a question asking an age', () => {
  const CREW = `---
title: Kestov tanker
published: 2026-06-01
lang: en
---
Kestov tanker

The tanker Northgate Star had 22 crew members on board. The coast guard identified the captain as Ilkin Vendt, a 54-year-old Varnel citizen.
`;
  const kb = createKnowledgeBase(ingestDocuments([{ file: 'doc.md', bytes: new TextEncoder().encode(CREW) }]).data);
  const ask = (question: string) => kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') });
  it('abstains on a count of citizens nobody gives', () => {
    expect(ask('How many Varnel citizens were in the crew of the Northgate Star?').answered).toBe(false);
  });
  it('answers the age when asked', () => {
    expect(ask('How old is the captain Ilkin Vendt?').summary).toContain('54');
  });
});

/** A question asking a sum ("во сколько обошёлся", "how large a guarantee") is answered by a sum or not at all. */
describe('a sum asked', () => {
  const DOC = `---
title: Kestov cable
published: 2026-06-01
lang: en
---
Kestov cable

The Northgate Link cable, 146 km long with a capacity of 650 MW, was repaired in May. The 400-megawatt Varnel Link cable was repaired in June. The owner of the tanker posted a guarantee of EUR 2.5 million before it sailed.
`;
  const kb = createKnowledgeBase(ingestDocuments([{ file: 'doc.md', bytes: new TextEncoder().encode(DOC) }]).data);
  const ask = (question: string) => kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') });
  it('abstains when no sum is given', () => {
    expect(ask('Во сколько обошёлся ремонт кабеля Northgate Link?').answered).toBe(false);
    // Megawatts are an amount, but no price.
    expect(ask('How much did the repair of the Varnel Link cable cost?').answered).toBe(false);
    // "платит" asks a sum as "заплатил" does: 146 km is no payment.
    expect(ask('Сколько владелец Northgate Link платит за кабель длиной 146 км?').answered).toBe(false);
  });
  it('answers with the sum when one is', () => {
    expect(ask('How large a guarantee did the owner of the tanker post?').summary).toContain('2.5 million');
  });
});

/** A call's length: a duration asked in any words, told in the sentence after the one naming the callers. */
const CALL = `---
title: Звонок Вендта
published: 2026-07-20
lang: ru
---
Звонок Вендта

В июле состоялся телефонный разговор Вендта и Кестова. Беседа длилась около 40 минут.
`;

describe('a duration asked in other words', () => {
  it.each([
    'Сколько длился телефонный разговор в июле?',
    'Сколько времени длился телефонный разговор в июле?',
    'Какова была продолжительность телефонного разговора в июле?',
  ])('%s → 40 минут', (question) => {
    expect(summaryOf(CALL, question)).toContain('40');
  });
});

/** A number per period answers only a question asking one. */
const RATE = `---
title: Kestov port
published: 2026-06-01
lang: en
---
Kestov port

An average of 35 tankers a week passed the Kestov strait between January and May.
`;

describe('a rate is no count', () => {
  it.each([
    ['How many tankers a week passed the Kestov strait?', '35 tankers'],
    ['On average, how many tankers passed the Kestov strait?', '35 tankers'],
  ])('%s → %s', (question, count) => {
    expect(summaryOf(RATE, question)).toBe(count);
  });

  it.each([
    'How many tankers passed the Kestov strait in May?',
    'How many tankers passed the Kestov strait in its first week?',
  ])('"35 tankers a week" does not answer %s', (question) => {
    expect(summaryOf(RATE, question)).toMatch(/do not say/);
  });
});

/** The unit ends before the verb; a make in quotes is a unit too. */
const CROSSINGS = `---
title: Kestov crossings
published: 2026-06-01
lang: en
---
Kestov crossings

The Varnel envoy said three border crossings near Northgate had reopened. «Кештавиа» получила два самолёта «Вендт-200» в мае, а запчасти для «Боингов» ждёт из Варнела.
`;

describe('the unit a count question names', () => {
  it.each(['How many trucks crossed at Northgate in its first week?', 'Сколько «Боингов» купит «Кештавиа»?'])(
    '%s is not answered by a count of something else',
    (question) => {
      expect(summaryOf(CROSSINGS, question)).toMatch(/do not say|не сказано/);
    },
  );

  it('a count of the asked make answers it', () => {
    expect(summaryOf(CROSSINGS, 'Сколько «Вендт-200» получила «Кештавиа»?')).toMatch(/два самол[её]та/);
  });
});

/** A term a body's sanctions were extended by is no prison term: no sentencing word is needed. */
const EXTENDED = `---
title: Varnel sanctions
published: 2026-10-10
lang: en
---
Varnel sanctions

On October 9, Varnel extended by one year its sanctions on the Kestov bank "Northgate Credit".
`;

describe('an extended term', () => {
  it.each([
    ['На какой срок продлили санкции против банка Northgate Credit?', /1 год|один год/],
    ['For how long were the sanctions on Northgate Credit extended?', /one year|1 year/],
  ])('%s', (question, term) => {
    expect(summaryOf(EXTENDED, question)).toMatch(term);
  });
});

/** A time asked is answered by a duration, even one told a clause away from the question's words. */
const REPAIR = `---
title: Ремонт Кештовского нефтепровода
published: 2026-06-10
lang: ru
---
Ремонт Кештовского нефтепровода

Директор компании Ян Ковальчик напомнил, что компания лишь недавно завершила ремонт нефтепровода после мартовской диверсии в регионе Кештов: тогда трубопровод простоял две недели.
`;

describe('a duration asked', () => {
  it('is the duration the sentence gives, though far from the question words', () => {
    expect(summaryOf(REPAIR, 'Сколько времени занял ремонт нефтепровода после мартовской диверсии?')).toBe(
      'две недели',
    );
  });
});

/** "Seven of the 19 fishermen": the verb before the part is the part's, what follows the whole is the whole's. */
const PART_AND_WHOLE = `---
title: Kestov frees fishermen
published: 2026-05-12
lang: en
---
Kestov frees fishermen

Kestov on Monday released seven of the 19 Varnel fishermen detained in April, the foreign ministry said. Varnel has closed three of its five border crossings since March.
`;
const CHAST_I_TSELOE = `---
title: Освобождение рыбаков
published: 2026-05-13
lang: ru
---
Освобождение рыбаков

Кештов освободил семерых из девятнадцати задержанных рыбаков Варнела.
`;

describe('a part and its whole', () => {
  it.each([
    [PART_AND_WHOLE, 'How many fishermen did Kestov release?', /^seven\b/],
    [PART_AND_WHOLE, 'How many fishermen were detained in April?', /^19 /],
    [PART_AND_WHOLE, 'How many border crossings has Varnel closed?', /^three\b/],
    [CHAST_I_TSELOE, 'Сколько рыбаков освободил Кештов?', /^семер/],
  ])('%#: %s', (doc, question, count) => {
    expect(summaryOf(doc, question)).toMatch(count);
  });
});

/** A sum asked by what it is ("Какой штраф", "What bail") is a count of money, in any of the world's currencies. */
const FINES = `---
title: Суд оштрафовал капитана
published: 2026-05-15
lang: ru
---
Суд оштрафовал капитана

Районный суд Нортгейта оштрафовал капитана траулера Яна Ковальчика на 3000 лари. Брандта отпустили под залог в 10 000 GEL.
`;

describe('sums asked by what they are', () => {
  it.each([
    ['Какой штраф суд назначил капитану Ковальчику?', /^3000 лари/],
    ['Какой залог внесли за Брандта?', /^10 ?000/],
    ['What bail was Brandt released on?', /10 ?000 GEL/],
  ])('%s', (question, sum) => {
    expect(summaryOf(FINES, question)).toMatch(sum);
  });

  it('a number with a leading zero names a vessel, it counts nothing', () => {
    const doc = FINES.replace('траулера', 'траулера Varnel Star 02188,');
    expect(summaryOf(doc, 'Какой штраф суд назначил капитану Ковальчику?')).toMatch(/^3000 лари/);
  });
});

/** "How many Chilean soldiers": a count of another country's soldiers counts none of them, nor disputes the figure. */
describe("a count of another country's", () => {
  const kb = createKnowledgeBase(
    ingestDocuments([
      {
        file: 'a.md',
        bytes: new TextEncoder().encode(
          '---\ntitle: Border clash\npublished: 2026-02-10\nlang: en\n---\nBorder clash\n\nThree Chilean soldiers were wounded in the clash near the Lauca river on 9 February.\n',
        ),
      },
      {
        file: 'b.md',
        bytes: new TextEncoder().encode(
          '---\ntitle: Стычка на границе\npublished: 2026-02-11\nlang: ru\n---\nСтычка на границе\n\nВ стычке у реки Лаука 9 февраля чилийские военнослужащие ранили пятерых перуанских военнослужащих.\n',
        ),
      },
    ]).data,
  );

  it('answers the asked country, with no rival from the other', () => {
    const a = kb.answer('How many Chilean soldiers were wounded in the clash on 9 February?', {
      now: new Date('2026-12-01T00:00:00Z'),
    });
    expect(a.summary).toMatch(/^Three\b/i);
    expect(a.summary).not.toMatch(/differ|5|five/i);
  });
});

/** A figure that counts or measures something else than what is asked is no answer: the documents do not say. */
describe('a figure of something else than asked', () => {
  const doc = (lang: 'en' | 'ru', sentence: string) =>
    `---\ntitle: Note\npublished: 2026-07-10\nlang: ${lang}\n---\nNote\n\n${sentence}\n`;

  it.each([
    // "Сколько граждан Перу": the country after the counted noun is asked too; "85 граждан Чили" counts another's.
    [
      'ru',
      'По данным МИД Чили, за первое полугодие Перу выслало 85 граждан Чили.',
      'Сколько граждан Перу Чили выслала в первом полугодии?',
    ],
    // "Во сколько обошлась …" asks a price (any form of "обойтись"): a number of days is none.
    [
      'ru',
      'Компания Northgate возобновила бурение на скважине Halden-1 после 98-дневной паузы.',
      'Во сколько компании Northgate обошлась пауза в бурении?',
    ],
    // A magnitude before a measure ("1,6 млрд кВт·ч") is an amount of energy, not money.
    [
      'ru',
      '30 июня компании Northgate и Halden Energy подписали контракт на покупку 1,6 млрд кВт·ч электроэнергии.',
      'What price per megawatt-hour does the Northgate and Halden Energy contract of 30 June set?',
    ],
  ] as const)('%s: %s', (lang, sentence, question) => {
    expect(summaryOf(doc(lang, sentence), question)).toMatch(/не сказано|do not say/);
  });
});

/** "Сколько ему лет?" asks an age: a prison term of years is none. */
describe('an age asked with a pronoun', () => {
  const doc = `---
title: Адвокаты
published: 2026-08-20
lang: ru
---
Адвокаты

— Ян Ковальчик, адвокат, лишённый лицензии в 2021 году, в 2022 году осуждён к 8 годам лишения свободы.
`;
  it('is not answered by the term', () => {
    expect(summaryOf(doc, 'Адвокат Ковальчик — сколько ему лет?')).toMatch(/не сказано|do not say/);
  });
});

/** A table typed as text: the value after a row's dot leader counts what the row's label says. */
describe('the value of a table row', () => {
  const TABLE = `---
title: Kestov in figures
published: 2026-07-10
lang: en
---
Kestov in figures

Key figures of the Kestov border region, first half of 2026:

Varnel migrants registered (as of 30 June 2026) ...... 26,300

Varnel citizens deported, Jan-Jun 2026 ...... 1,240
`;
  it.each([
    ['How many Varnel migrants were registered in Kestov as of 30 June 2026?', '26,300'],
    ['How many Varnel citizens were deported from Kestov in January-June 2026?', '1,240'],
  ])('%s → %s', (question, value) => {
    expect(summaryOf(TABLE, question)).toBe(value);
  });
});

/** A volume for a part of a year: "второе полугодие" is no second event, and "кВт·ч" is one unit. */
describe('an amount for a part of a year', () => {
  const CONTRACT = `---
title: Контракт Кештова
published: 2026-07-01
lang: ru
---
Контракт Кештова

30 июня компания «Кештэнерго» подписала с Варнелом контракт на покупку 1,6 млрд кВт·ч электроэнергии на июль — декабрь 2026 года.
`;
  it('is read off the contract, with its whole unit', () => {
    expect(
      summaryOf(
        CONTRACT,
        'Какой объём электроэнергии «Кештэнерго» закупит у Варнела по контракту на второе полугодие?',
      ),
    ).toBe('1,6 млрд кВт·ч');
  });
});

/** "The 14-member delegation": a number of members counts people, though no word for people follows it. */
const MEMBERS = `---
title: Varnel delegation in Kestov
published: 2026-03-27
lang: en
---
Varnel delegation in Kestov

The 14-member Varnel delegation included officials of the trade ministry and two bankers.
`;

describe('a number of members', () => {
  it.each([
    ['Сколько человек входило в делегацию Варнеля?', '14'],
    ['How many people were in the Varnel delegation?', '14'],
  ])('%s → %s', (question, count) => {
    expect(summaryOf(MEMBERS, question)).toContain(count);
  });
});

/** "На сколько процентов", "by how many percent": the share answers, written with its sign or in words. */
const shareDoc = (sentence: string) => `---
title: Kestov border traffic
published: 2026-07-01
lang: en
---
Kestov border traffic

${sentence}

The border guard counted 2,100 trucks in the queue at Kestov on 3 February.
`;
const SIGN = shareDoc(
  'Truck crossings at the Kestov border fell 38% year on year in January, according to border guard data.',
);
const WORDS = shareDoc(
  'Border trade with Varnelia in the first half of 2026 fell by 41 per cent year on year, to 48 billion dinars.',
);

describe('a share asked by percent', () => {
  it.each([
    ['На сколько процентов в январе сократилось число пересечений границы у Кештова грузовиками?', SIGN, /^38\s?%/],
    ['By how many percent did truck crossings at the Kestov border fall in January?', SIGN, /^38\s?%/],
    ['На сколько процентов сократилась торговля с Варнелией в первом полугодии 2026 года?', WORDS, /^41/],
  ])('%s', (question, doc, share) => {
    expect(summaryOf(doc, question)).toMatch(share);
  });
});

/** "How many days did they spend in custody?" asks days: "spend" there is time, not money. */
const CUSTODY = `---
title: Varnel customs officers home
published: 2026-04-10
lang: en
---
Varnel customs officers home

Ion Vardan and Petr Lusk were handed over on the Telm bridge on 9 April. Ion Vardan and Petr Lusk spent 28 days in custody in Kestov, and their families paid 400 euros for lawyers.
`;

describe('a time word with a money verb', () => {
  it.each([
    ['How many days did Ion Vardan and Petr Lusk spend in custody in Kestov?', '28 days'],
    ['How much did the families of Ion Vardan and Petr Lusk pay for lawyers?', '400 euros'],
  ])('%s → %s', (question, count) => {
    expect(summaryOf(CUSTODY, question)).toBe(count);
  });
});

/** What "сколько" counts is in the genitive: a noun that cannot be is the verb's subject, no unit. */
describe('the subject after "сколько"', () => {
  const doc = `---
title: Мост через Вельту
published: 2026-06-01
lang: ru
---
Мост через Вельту

Министерство транспорта заплатило подрядчику «Кестстрой» 12 млн рублей за ремонт моста через Вельту.

На мосту работали 40 рабочих.
`;
  it.each([
    ['Сколько министерство заплатило подрядчику «Кестстрой» за ремонт моста?', /12 млн/],
    // A genitive is still what is counted.
    ['Сколько рабочих было на мосту через Вельту?', /40/],
  ])('%s', (question, count) => {
    expect(summaryOf(doc, question)).toMatch(count);
  });
});

/** A figure followed by a unit of measure gives a quantity in it: "a 120 MW wind farm" counts no turbines. */
const WIND_FARM = `---
title: Lorin wind farm
published: 2026-03-10
lang: en
---
Lorin wind farm

In March the ministry froze the deal to build a 120 MW wind farm outside the village of Lorin.
`;

describe('a measure is no count of the noun after it', () => {
  it('does not count turbines', () => {
    expect(
      summaryOf(WIND_FARM, 'Сколько ветрогенераторов будет установлено на ветровой электростанции у Лорина?'),
    ).toMatch(/не сказано/);
  });

  it('answers the measure when asked', () => {
    expect(summaryOf(WIND_FARM, 'How many megawatts will the wind farm near Lorin have?')).toMatch(/120 MW/);
  });
});

/** "Сколько KTI обязалась инвестировать": a Latin name after «сколько» is the subject, not what is counted. */
describe('a Latin name after «сколько»', () => {
  const deal = `---
title: Lorin port concession
published: 2026-03-11
lang: en
---
Lorin port concession

Under the revised terms, Varnel Terminals International (VTI) will commit $442 million of investment in Lorin over the next ten years.
`;
  it('is the subject of the verb, and the sum is answered', () => {
    expect(summaryOf(deal, 'Сколько VTI обязалась инвестировать в Лорин по условиям концессии?')).toMatch(/442/);
  });
});
