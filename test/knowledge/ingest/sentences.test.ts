import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../../src/knowledge/ingest/sentences.ts';
import type { Lang } from '../../../src/knowledge/types.ts';

/** chrono-style: each case is a real-looking text and the sentences it must (or must not) split into. */
function testSplit(text: string, lang: Lang, expected: string[]): void {
  const spans = splitSentences(text, lang);
  expect(spans.map((s) => s.text)).toEqual(expected);
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
}

describe('splitSentences: must not split', () => {
  it.each<[string, string, Lang]>([
    ['"г." after a year', 'В 2025 г. Минск принял американскую делегацию.', 'ru'],
    ['"гг."', 'В 2020–2021 гг. США ввели санкции против Беларуси.', 'ru'],
    ['"т.е." before a lower-case word', 'Речь о санкциях, т.е. об ограничениях для банков.', 'ru'],
    ['"т.е." before a name', 'Речь о санкциях, т.е. Белавиа снова сможет летать.', 'ru'],
    ['"т.к."', 'Встреча прошла в кабинете, т.к. погода была плохой.', 'ru'],
    ['"и т.д."', 'Обсуждали банки, калий и т.д. В итоге договорились.', 'ru'],
    ['"U.S." mid-sentence', 'The U.S. Treasury lifted sanctions on Belavia.', 'en'],
    ['"U.S." before a capital', 'Officials of the U.S. State Department arrived.', 'en'],
    ['"Mr."', 'Mr. Coale met President Lukashenko in Minsk.', 'en'],
    ['"Dr."', 'Dr. Episkopos wrote about Belarus.', 'en'],
    ['a Russian initial', 'Делегацию принял А. Лукашенко во Дворце независимости.', 'ru'],
    ['two Russian initials', 'Статью написал Е. В. Прейгерман для «Минского диалога».', 'ru'],
    ['an English initial', 'The talks were led by J. Coale and C. Smith.', 'en'],
    ['a dotted date', 'Встреча прошла 21.06.2025 в Минске.', 'ru'],
    ['a dot leader in a table row', 'Migrants deported, Jan-Jun 2026 ........................ Value', 'en'],
    ['a leader of ellipses', 'Высланы в январе — июне …… Всего', 'ru'],
    ['a decimal number', 'Рост составил 2.5 процента за год.', 'en'],
    ['"тыс."', 'Около 40 тыс. человек живут в регионе.', 'ru'],
    ['"млн"', 'США выделили 45 млн. долларов на энергетику.', 'ru'],
    ['"Sen." before a name', 'Sen. Ana Varnel said the delegation left on Friday.', 'en'],
    ['"Gov." and "Amb."', 'Gov. Ilkin Vendt met Amb. Dana Kestov in Northgate.', 'en'],
    ['"зам." before a title', 'Встречу провёл зам. министра Ильин Вендт.', 'ru'],
    ['"обл." in an address', 'Завод находится в Кештовской обл. на юге страны.', 'ru'],
  ])('%s', (_name, text, lang) => {
    testSplit(text, lang, [text]);
  });
});

describe('splitSentences: must split', () => {
  it.each<[string, string, Lang, string[]]>([
    ['two Russian sentences', 'Он уехал. Она осталась.', 'ru', ['Он уехал.', 'Она осталась.']],
    ['two English sentences', 'He left. She stayed.', 'en', ['He left.', 'She stayed.']],
    ['question and exclamation', 'Is it true? Yes! It is.', 'en', ['Is it true?', 'Yes!', 'It is.']],
    [
      'a sentence ending in "U.S."',
      'They flew to the U.S. Then they rested.',
      'en',
      ['They flew to the U.S. Then they rested.'],
    ],
    [
      'a sum abbreviated "млн." before a capitalised word',
      'Компания обязана выплатить 11,2 млн крон из 14,6 млн. Суд признал часть расходов.',
      'ru',
      ['Компания обязана выплатить 11,2 млн крон из 14,6 млн.', 'Суд признал часть расходов.'],
    ],
    [
      'after a quote',
      '«Наш человек», — сказал он. Потом был обед.',
      'ru',
      ['«Наш человек», — сказал он.', 'Потом был обед.'],
    ],
    [
      'real corpus text (004)',
      '11 сентября в Минск прибыл посланник президента Дональда Трампа. В тот же день в Беларуси было освобождено 52 человека.',
      'ru',
      [
        '11 сентября в Минск прибыл посланник президента Дональда Трампа.',
        'В тот же день в Беларуси было освобождено 52 человека.',
      ],
    ],
    ['"p.m." at the end', 'He left at 5 p.m. Then he slept.', 'en', ['He left at 5 p.m.', 'Then he slept.']],
    [
      "a ticker's items",
      'TICKER: Kestov: parliament to debate the treaty "in October" +++ Gas deliveries to Varnel due on 1 October +++ Северный: шторм повредил линии',
      'en',
      [
        'TICKER: Kestov: parliament to debate the treaty "in October"',
        'Gas deliveries to Varnel due on 1 October',
        'Северный: шторм повредил линии',
      ],
    ],
  ])('%s', (_name, text, lang, expected) => {
    testSplit(text, lang, expected);
  });

  // "U.S." is in the abbreviation list, so a sentence that ends with it is never split from the next one
  // (the case above pins that trade-off as it stands).

  // Intl.Segmenter does not break before "<digits> <lower-case word>", and no merge rule splits it again.
  it.each<[string, string, Lang, string[]]>([
    [
      'a sentence starting with a count (ru)',
      'Визит прошёл успешно. 52 человека вышли на свободу.',
      'ru',
      ['Визит прошёл успешно.', '52 человека вышли на свободу.'],
    ],
    [
      'a sentence starting with a date (ru)',
      'Переговоры затянулись. 14 марта стороны договорились.',
      'ru',
      ['Переговоры затянулись.', '14 марта стороны договорились.'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    testSplit(text, lang, expected);
  });
});

// A chronology line's date and place ("12.05 — Norden.") are the event's: split off, the event loses its date.
describe('splitSentences: a chronology line head stays with its event', () => {
  it.each<[string, string, Lang, string[]]>([
    [
      'a day.month and a town (ru)',
      '12.05 — Норденск. Главы делегаций подписали протокол. Стороны договорились открыть КПП.',
      'ru',
      ['12.05 — Норденск. Главы делегаций подписали протокол.', 'Стороны договорились открыть КПП.'],
    ],
    [
      'a range of days and two towns (en)',
      '14–16.04 — Norden, Kest. The envoy toured the region.',
      'en',
      ['14–16.04 — Norden, Kest. The envoy toured the region.'],
    ],
    [
      'a place with an aside in brackets (ru)',
      '09.03 — КПП «Норд-Бель» (закрыт для обычного движения с марта 2020 года). После переговоров освобождены 15 граждан.',
      'ru',
      [
        '09.03 — КПП «Норд-Бель» (закрыт для обычного движения с марта 2020 года). После переговоров освобождены 15 граждан.',
      ],
    ],
    [
      'a day and a month in words (en)',
      '3 March — Varnel district. Border guards detained eleven farmers.',
      'en',
      ['3 March — Varnel district. Border guards detained eleven farmers.'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    testSplit(text, lang, expected);
  });

  it.each<[string, string, Lang, string[]]>([
    [
      'an event after the dash is a sentence of its own (ru)',
      '01.06 — КПП «Норд» открыт для постоянного движения людей и транспорта. Первые машины прошли границу.',
      'ru',
      ['01.06 — КПП «Норд» открыт для постоянного движения людей и транспорта.', 'Первые машины прошли границу.'],
    ],
    [
      'a name after a dash inside a sentence heads no line (en)',
      'The talks went well, the envoy said — Kestov. Then they rested.',
      'en',
      ['The talks went well, the envoy said — Kestov.', 'Then they rested.'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    testSplit(text, lang, expected);
  });
});

// A footnote's mark in brackets after the full stop: Intl.Segmenter counts the "[" as the end's closing mark.
describe('splitSentences: footnote marks stay with their sentence', () => {
  it.each<[string, string, Lang, string[]]>([
    [
      'a mark between two sentences',
      'Halden asked for more time to finalise the maps.[7] The session is now set for 24-25 August.',
      'en',
      ['Halden asked for more time to finalise the maps.[7]', 'The session is now set for 24-25 August.'],
    ],
    [
      'a mark at the end of the text',
      'Переговоры в Кештове отложены.[12]',
      'ru',
      ['Переговоры в Кештове отложены.[12]'],
    ],
    [
      'a reference list entry keeps its own number',
      'The talks ended. [5] Joint statement of the commission, 22 July 2026.',
      'en',
      ['The talks ended.', '[5] Joint statement of the commission, 22 July 2026.'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    testSplit(text, lang, expected);
  });
});

describe('splitSentences: edges', () => {
  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('', 'ru')).toEqual([]);
    expect(splitSentences('   ', 'en')).toEqual([]);
  });

  it('trims the spaces around each sentence', () => {
    const text = '  Первое.   Второе.  ';
    const spans = splitSentences(text, 'ru');
    expect(spans.map((s) => s.text)).toEqual(['Первое.', 'Второе.']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it(`cuts a run-on text longer than ${MAX_SENTENCE_CHARS} characters at word boundaries`, () => {
    const text = Array.from({ length: 400 }, (_, i) => `слово${i}`).join(' ');
    const spans = splitSentences(text, 'ru');
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toMatch(/^слово\d+/); // never cut inside a word
      expect(s.text).toMatch(/слово\d+$/);
    }
    expect(spans.map((s) => s.text).join(' ')).toBe(text);
  });
});
