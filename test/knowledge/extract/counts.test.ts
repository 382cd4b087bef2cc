/**
 * Case tables for the counts extractor, chrono style: each row is a real sentence (mostly from the corpus)
 * and the counts it must yield, negative rows (no count at all) included. Every row asserts value, concept
 * and the additional flag of every count, so a wrong or missing or extra count fails it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNT_CONCEPTS,
  COUNT_TOKEN,
  countConcept,
  countTokens,
  extractCounts,
  findCountConcept,
  parseNumberToken,
} from '../../../src/knowledge/extract/counts.ts';
import { foldWord } from '../../../src/knowledge/extract/numerals.ts';
import type { Lang } from '../../../src/knowledge/types.ts';

interface ExpectedCount {
  value: number;
  concept?: string;
  additional?: boolean;
  /** The counted noun as written, when the row wants to pin it. */
  noun?: string;
  /** The mention's text, when the row wants to pin the span. */
  text?: string;
}

function testCase(text: string, lang: Lang, expected: readonly ExpectedCount[]): void {
  const found = extractCounts(text, lang);
  for (const mention of found) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  const summary = found.map((mention, index) => {
    const wanted = expected[index];
    return {
      value: mention.value,
      concept: mention.concept,
      additional: mention.additional === true,
      ...(wanted?.noun !== undefined ? { noun: mention.noun } : {}),
      ...(wanted?.text !== undefined ? { text: mention.text } : {}),
    };
  });
  const wanted = expected.map((count) => ({
    value: count.value,
    concept: count.concept,
    additional: count.additional === true,
    ...(count.noun !== undefined ? { noun: count.noun } : {}),
    ...(count.text !== undefined ? { text: count.text } : {}),
  }));
  expect(summary).toEqual(wanted);
}

type Row = readonly [text: string, lang: Lang, expected: readonly ExpectedCount[]];

const RUSSIAN_COUNTS: readonly Row[] = [
  [
    'Решение белорусского президента освободить после переговоров еще 14 лиц сделало его особенно резонансным.',
    'ru',
    [{ value: 14, concept: 'person', additional: true, text: 'еще 14 лиц' }],
  ],
  [
    'Среди освобожденных оказались 10 иностранных граждан, а также',
    'ru',
    [{ value: 10, concept: 'foreigner', noun: 'граждан', text: '10 иностранных граждан' }],
  ],
  [
    'В результате было освобождено 14 заключённых, среди них – блогер Сергей Тихановский.',
    'ru',
    [{ value: 14, concept: 'prisoner' }],
  ],
  [
    'В тот же день в Беларуси было освобождено 52 человека, осуждённых за события 2020 года.',
    'ru',
    [{ value: 52, concept: 'person', noun: 'человека' }],
  ],
  ['В тот же день на свободу вышли 52 заключённых.', 'ru', [{ value: 52, concept: 'prisoner' }]],
  ['среди помилованных – 14 иностранных граждан из Литвы, Латвии, Польши', 'ru', [{ value: 14, concept: 'foreigner' }]],
  ['выразить ему благодарность за освобождение 16 заключённых.', 'ru', [{ value: 16, concept: 'prisoner' }]],
  [
    'Мы также обсуждаем освобождение ещё 1300 заключённых… С нетерпением жду встречи',
    'ru',
    [{ value: 1300, concept: 'prisoner', additional: true, text: 'ещё 1300 заключённых' }],
  ],
  [
    'Минск, со своей стороны, освободил из тюрем 250 человек, которых Вашингтон квалифицирует',
    'ru',
    [{ value: 250, concept: 'person' }],
  ],
  [
    'В феврале были освобождены еще три человека, в том числе гражданин США,',
    'ru',
    [{ value: 3, concept: 'person', additional: true, text: 'еще три человека' }],
  ],
  [
    'Смит увёз с собой трёх освобождённых заключённых, включая гражданина США',
    'ru',
    [{ value: 3, concept: 'prisoner', noun: 'заключённых', text: 'трёх освобождённых заключённых' }],
  ],
  [
    'На протестах в Гааге задержали более 400 экоактивистов',
    'ru',
    [{ value: 400, concept: 'activist', text: 'более 400 экоактивистов' }],
  ],
  ['первый в истории телефонный разговор президентов двух стран.', 'ru', [{ value: 2, concept: 'country' }]],
  ['отношения двух государств начали улучшаться.', 'ru', [{ value: 2, concept: 'country' }]],
  [
    'первым официальным визитом представителя вашингтонской администрации за пять лет',
    'ru',
    [{ value: 5, concept: 'year' }],
  ],
  ['Турция ограничивает соцсети для лиц младше 16 лет', 'ru', [{ value: 16, concept: 'year' }]],
  [
    'вместе со Смитом с Лукашенко встречался и ещё один высокопоставленный американский чиновник.',
    'ru',
    [{ value: 1, concept: 'official', additional: true }],
  ],
  [
    'освобождены 52 человека, в том числе 14 иностранцев',
    'ru',
    [
      { value: 52, concept: 'person' },
      { value: 14, concept: 'foreigner' },
    ],
  ],
  ['освобождены двадцать пять политзаключенных', 'ru', [{ value: 25, concept: 'prisoner' }]],
  ['помиловал двести пятьдесят человек', 'ru', [{ value: 250, concept: 'person' }]],
  ['на свободу вышли четырнадцать узников', 'ru', [{ value: 14, concept: 'prisoner' }]],
  ['освобождены трое граждан США', 'ru', [{ value: 3, concept: 'us-citizen', text: 'трое граждан США' }]],
  ['среди них двое американцев', 'ru', [{ value: 2, concept: 'us-citizen' }]],
  ['выслали пятерых дипломатов', 'ru', [{ value: 5, concept: 'diplomat' }]],
  ['задержаны 7 журналистов', 'ru', [{ value: 7, concept: 'journalist' }]],
  ['освобождено 1 300 заключённых', 'ru', [{ value: 1300, concept: 'prisoner' }]],
  ['освобождено 1\u202F300 заключённых', 'ru', [{ value: 1300, concept: 'prisoner' }]],
  ['в тюрьмах остаются 2000 человек', 'ru', [{ value: 2000, concept: 'person' }]],
  [
    'освобождены 10 из 14 заключённых',
    'ru',
    [
      { value: 10, concept: 'prisoner' },
      { value: 14, concept: 'prisoner' },
    ],
  ],
  ['ему дали 3 года колонии', 'ru', [{ value: 3, concept: 'year' }]],
  ['на улицы вышли 1,5 тысячи человек', 'ru', [{ value: 1500, concept: 'person', text: '1,5 тысячи человек' }]],
  ['в колониях остаются 2 тысячи заключённых', 'ru', [{ value: 2000, concept: 'prisoner' }]],
  ['правозащитный центр насчитал лишь 35 освобожденных: по его данным', 'ru', [{ value: 35, concept: 'prisoner' }]],
  ['Новак был приговорен к семи годам колонии', 'ru', [{ value: 7, concept: 'year' }]],
  ['в Литву направили пятерых своих граждан', 'ru', [{ value: 5, concept: 'citizen' }]],
];

const ENGLISH_COUNTS: readonly Row[] = [
  [
    'On October 9, the Treasury extended by one year its sanctions',
    'en',
    [{ value: 1, concept: 'year', text: 'one year' }],
  ],
  [
    'Restrictions on two Transnistrian energy traders remain in force.',
    'en',
    [{ value: 2, noun: 'traders', text: 'two Transnistrian energy traders' }],
  ],
  [
    'Around 1,200 Moldovan soldiers have trained with US units since 2014',
    'en',
    [{ value: 1200, noun: 'soldiers', text: 'Around 1,200 Moldovan soldiers' }],
  ],
  ['Thornton told reporters that 12 American companies had signed', 'en', [{ value: 12, noun: 'companies' }]],
  ['the US embassy would add eight consular staff by early next year', 'en', [{ value: 8, noun: 'staff' }]],
  [
    'visited Belarus to pick up three released prisoners, among whom were Radio Liberty journalist',
    'en',
    [{ value: 3, concept: 'prisoner', noun: 'prisoners', text: 'three released prisoners' }],
  ],
  ['after which he pleaded guilty and received 11 years in prison.', 'en', [{ value: 11, concept: 'year' }]],
  [
    'Therefore, over the past three decades, the United States has been pursuing',
    'en',
    [{ value: 3, concept: 'decade' }],
  ],
  ['the previous period of warming between the two countries', 'en', [{ value: 2, concept: 'country' }]],
  ['According to him, citing four sources, Kellogg plans to hold a meeting', 'en', [{ value: 4, concept: 'source' }]],
  ['We are discussing the release of 1300 more', 'en', [{ value: 1300, additional: true, text: '1300 more' }]],
  ['Minsk may free 1,300 more prisoners', 'en', [{ value: 1300, concept: 'prisoner', additional: true }]],
  [
    '10 of the 14 prisoners were foreigners',
    'en',
    [
      { value: 10, concept: 'prisoner' },
      { value: 14, concept: 'prisoner' },
    ],
  ],
  ['10 of the 14', 'en', [{ value: 10 }, { value: 14 }]],
  [
    'Police detained more than 400 экоактивистов',
    'en',
    [{ value: 400, concept: 'activist', text: 'more than 400 экоактивистов' }],
  ],
  ['Belarus freed fourteen people, including a US citizen', 'en', [{ value: 14, concept: 'person' }]],
  [
    'Another 14 prisoners were released',
    'en',
    [{ value: 14, concept: 'prisoner', additional: true, text: 'Another 14 prisoners' }],
  ],
  ['Lukashenko pardoned 52 political prisoners', 'en', [{ value: 52, concept: 'prisoner' }]],
  ['among them 14 foreign nationals', 'en', [{ value: 14, concept: 'foreigner' }]],
  ['two US citizens were among those freed', 'en', [{ value: 2, concept: 'us-citizen' }]],
  ['three U.S. citizens were freed', 'en', [{ value: 3, concept: 'us-citizen' }]],
  ['twenty-five journalists remain behind bars', 'en', [{ value: 25, concept: 'journalist' }]],
  ['one hundred and fifty people', 'en', [{ value: 150, concept: 'person' }]],
  ['the embassy expelled five diplomats', 'en', [{ value: 5, concept: 'diplomat' }]],
];

/** Numbers that do not count anything: each row must yield no count at all. */
const NOT_COUNTS: readonly Row[] = [
  ['Американское же посольство в 2022 году релоцировало всех своих дипломатов', 'ru', []],
  ['the most significant of which was 2015-2020.', 'en', []],
  ['the US sanctions against the authorities of the republic, which has existed since 2006.', 'en', []],
  ['Минск в 2025-м уже делал адресные освобождения', 'ru', []],
  ['with which in 2022-м began the invasion', 'ru', []],
  ['regarding the upcoming Zapad—2025 exercises in the fall.', 'en', []],
  ['21 июня американская делегация во главе с генералом', 'ru', []],
  ['and on June 11, Trump extended for another year the US sanctions', 'en', []],
  ['19.02.2026', 'ru', []],
  ['archiveЭта новость заархивирована с источника 15 Сентября 2025 13:24', 'ru', []],
  ['в последние месяцы администрации Джозефа Байдена 1. Та', 'ru', []],
  ['шагам Соединенных Штатов2. Вместо них', 'ru', []],
  ['1) Рычаг влияния на театр войны и каналы к Москве', 'ru', []],
  ['5) «Дипломатия заложников» и гуманитарные бонусы', 'ru', []],
  ['13 Сентября 2025 17:27see2533', 'ru', []],
  ['seeПросмотров:66', 'ru', []],
  ['Это уже четвертый публичный визит американцев в Минск.', 'ru', []],
  ['It was the first public visit', 'en', []],
  ['сможет закупать комплектующие, включая детали для «Боингов».', 'ru', []],
  ['Belavia operates a Boeing 737 fleet', 'en', []],
  ['После победы на президентских выборах в 1994 году Александр Лукашенко', 'ru', []],
  ['эйфории начала 90-х, они никогда не были', 'ru', []],
  ['1 Интервью автора в Вашингтоне с бывшим официальным лицом США, 26 февраля;', 'ru', []],
  ['On the one hand, Washington officially shows no interest', 'en', []],
  ['Ни один президент США не предпринимал столько усилий', 'ru', []],
  ['В особенности в контексте китайской инициативы «Один пояс, один путь».', 'ru', []],
  ['Рост составил 15%', 'ru', []],
  ['кредит на 100 долларов', 'ru', []],
  ['тысячи людей вышли на улицы', 'ru', []],
  ['в соответствии со статьей 342 УК', 'ru', []],
  ['Центр евразийских исследований «Шанырак» | стр. 2 \n\n \n\nОткрытие офиса', 'ru', []],
  ['указ1. \n\n1 Заявление центра «Дала-Права», 20 марта 2024 г.', 'ru', []],
  ['According to the Moldovan foreign ministry, the two discussed "the security"', 'en', []],
  ['Просмотров: 1 204', 'ru', []],
  ['12.03.2024', 'ru', []],
];

describe('extractCounts: Russian sentences', () => {
  it.each(RUSSIAN_COUNTS)('%s', (text, lang, expected) => testCase(text, lang, expected));
});

describe('extractCounts: English sentences', () => {
  it.each(ENGLISH_COUNTS)('%s', (text, lang, expected) => testCase(text, lang, expected));
});

describe('extractCounts: numbers that are not counts', () => {
  it.each(NOT_COUNTS)('finds no count in "%s"', (text, lang, expected) => testCase(text, lang, expected));
});

describe('extractCounts: offsets', () => {
  it('gives offsets into the original text, across PDF line breaks', () => {
    const text = 'Смит увёз с собой трёх \n\nосвобождённых заключённых.';
    const [mention] = extractCounts(text, 'ru');
    expect(mention?.value).toBe(3);
    expect(mention?.concept).toBe('prisoner');
    expect(text.slice(mention?.start, mention?.end)).toBe('трёх \n\nосвобождённых заключённых');
  });
});

const NUMBER_TOKENS: readonly (readonly [string, number | undefined])[] = [
  ['четырнадцать', 14],
  ['fourteen', 14],
  ['трое', 3],
  ['троих', 3],
  ['трёх', 3],
  ['трех', 3],
  ['three', 3],
  ['1 300', 1300],
  ['1,300', 1300],
  ['1300', 1300],
  ['1\u2009300', 1300],
  ['двадцать пять', 25],
  ['двести пятьдесят', 250],
  ['двумястами', 200],
  ['пятерых', 5],
  ['сорока', 40],
  ['девяноста', 90],
  ['тысяча триста', 1300],
  ['две тысячи', 2000],
  ['twenty-five', 25],
  ['one hundred and fifty', 150],
  ['two thousand three hundred', 2300],
  ['четвертый', undefined],
  ['first', undefined],
  ['five twenty', undefined],
  ['тысячи', undefined],
  ['19.02.2026', undefined],
  ['13:24', undefined],
  ['Boeing', undefined],
  ['', undefined],
];

describe('parseNumberToken', () => {
  it.each(NUMBER_TOKENS)('reads "%s" as %s', (token, value) => {
    expect(parseNumberToken(token)).toBe(value);
  });
});

const CONCEPTS: readonly (readonly [string, string | undefined])[] = [
  ['заключённых', 'prisoner'],
  ['заключенные', 'prisoner'],
  ['prisoners', 'prisoner'],
  ['политзаков', 'prisoner'],
  ['политзаключенных', 'prisoner'],
  ['узников', 'prisoner'],
  ['человек', 'person'],
  ['человека', 'person'],
  ['лиц', 'person'],
  ['людей', 'person'],
  ['people', 'person'],
  ['persons', 'person'],
  ['иностранных граждан', 'foreigner'],
  ['иностранцев', 'foreigner'],
  ['foreign nationals', 'foreigner'],
  ['foreigners', 'foreigner'],
  ['граждан США', 'us-citizen'],
  ['гражданина США', 'us-citizen'],
  ['американцев', 'us-citizen'],
  ['US citizens', 'us-citizen'],
  ['U.S. citizens', 'us-citizen'],
  ['журналистов', 'journalist'],
  ['journalists', 'journalist'],
  ['лет', 'year'],
  ['years', 'year'],
  ['дипломатов', 'diplomat'],
  ['diplomats', 'diplomat'],
  ['стран', 'country'],
  ['countries', 'country'],
  ['Дипломатия', undefined],
  ['Боингов', undefined],
  ['лицензий', undefined],
  ['визитов', undefined],
];

describe('countConcept', () => {
  it.each(CONCEPTS)('maps "%s" to %s', (noun, concept) => {
    expect(countConcept(noun)).toBe(concept);
    // Asked again: the remembered answer, "none" included.
    expect(countConcept(noun)).toBe(concept);
  });

  it('lists every concept id once', () => {
    const ids = COUNT_CONCEPTS.map((concept) => concept.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'prisoner',
        'person',
        'foreigner',
        'us-citizen',
        'journalist',
        'year',
        'diplomat',
        'country',
      ]),
    );
  });
});

const QUESTIONS: readonly (readonly [string, string | undefined])[] = [
  ['Сколько заключённых освободили 11 сентября?', 'prisoner'],
  ['скока политзаков выпустили', 'prisoner'],
  ['сколько иностранных граждан освободили?', 'foreigner'],
  ['Сколько граждан США вывез Смит?', 'us-citizen'],
  ['How many prisoners were released?', 'prisoner'],
  ['how many foreign nationals were freed', 'foreigner'],
  ['How many journalists are in prison?', 'journalist'],
  ['Когда Келлог приезжал в Минск?', undefined],
];

describe('findCountConcept', () => {
  it.each(QUESTIONS)('finds the concept of "%s": %s', (question, concept) => {
    expect(findCountConcept(question)).toBe(concept);
  });
});

describe('countTokens finds the tokens COUNT_TOKEN matches (its scan reads the pattern rules)', () => {
  const byScan = (text: string) => countTokens(text).map((t) => [t.kind, t.start, t.end, t.text, t.key]);
  const byPattern = (text: string) =>
    [...text.matchAll(COUNT_TOKEN)].map((m) => {
      const raw = m[0];
      const kind = m[1] !== undefined ? 'number' : m[2] !== undefined || raw.startsWith('U.S.') ? 'word' : 'punct';
      return [kind, m.index, m.index + raw.length, raw, raw.startsWith('U.S.') ? 'us' : foldWord(raw)];
    });
  // Digits and their group separators, letters of both scripts and cases, marks, joiners, "U.S.A.",
  // spaces of several kinds, letters outside the Basic Multilingual Plane and surrogates alone.
  const unit = fc.constantFrom(
    ...['1', '2', '0', ' ', ',', '\u00a0', '\u2009', '\u202f', '\t', '\n', '.', 'U', 'S', 'A', 'a', 'я', 'Ё', 'ё'],
    ...['-', '‐', "'", '’', '\u0301', 'ß', 'ǅ', '²', 'Ⅻ', '𝐀', '😀', '\ud800', '\udc00', '\u3000', '%', '—'],
  );

  it('on any text of such characters', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(byScan(text)).toEqual(byPattern(text));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['1 234 5678 tons'],
    ['1 2345 people'],
    ['12,500,000 and 1,5 тысячи'],
    ['U.S.A. and U.S. troops, U.S'],
    ['1\u00a0300\u202f000 человек'],
  ])('%j', (text) => {
    expect(byScan(text)).toEqual(byPattern(text));
  });
});
