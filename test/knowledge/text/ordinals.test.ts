import { describe, expect, it } from 'vitest';
import { orderedNouns, ordinalsIn } from '../../../src/knowledge/text/ordinals.ts';
import { tokenize } from '../../../src/knowledge/text/tokens.ts';

const valuesIn = (text: string) => ordinalsIn(tokenize(text), text).map((o) => o.value);

describe('ordinals in text', () => {
  it.each([
    ['The second round of talks opened in Northgate.', [2]],
    ['16-е заседание комиссии прошло в Кештове.', [16]],
    ['Третий раунд переговоров назначен на октябрь.', [3]],
    ['Varnel held its 3rd session on 2 May.', [3]],
    // A number after a noun that numbers things is its ordinal.
    ['Serbia opened cluster 6 on 20 October.', [6]],
    ['Стороны спорили о толковании статьи 8 договора.', [8]],
    ['Глава 31 открыта, раунд 3 назначен на май.', [31, 3]],
    // A number word numbers the noun before it too.
    ['4 May (Mon) - Stage two begins: unused valves are recalled.', [2]],
    ['Round three of the talks opened in Lorin.', [3]],
  ])('%s → %j', (text, values) => {
    expect(valuesIn(text)).toEqual(values);
  });

  // A part of a year is a period, not the second of some events: "the second round" must not be asked of it.
  it.each([
    'Kestov will buy 1.6 TWh in the second half of 2026.',
    'Контракт на второе полугодие подписан 30 июня.',
    'В первом квартале экспорт вырос.',
    'First-quarter exports grew; in the first quarter Varnel sold more.',
    // A number of something else: a format's name in quotes, a count of sessions, a date.
    'Раунды «1+1» проходили в Кештове.',
    'The two sessions lasted 3 hours.',
    'The round 2-3 May was short.',
  ])('%s → none', (text) => {
    expect(valuesIn(text)).toEqual([]);
  });
});

describe('orderedNouns: each ordinal with the words of what it orders', () => {
  it.each<[string, Array<[number, string[]]>]>([
    ['Stage 2 of Berth 2 was commissioned on 14 October.', [[2, ['Stage']]]],
    [
      'When did the first stage of the second berth open?',
      [
        [1, ['stage', 'of']],
        [2, ['berth', 'open']],
      ],
    ],
    [
      'открыта первая очередь второго контейнерного причала',
      [
        [1, ['очередь', 'второго']],
        [2, ['контейнерного', 'причала']],
      ],
    ],
  ])('%s', (text, expected) => {
    const tokens = tokenize(text);
    const found = orderedNouns(tokens, text).map(({ value, nouns }) => [value, nouns.map((k) => tokens[k]?.raw)]);
    expect(found).toEqual(expected);
  });
});
