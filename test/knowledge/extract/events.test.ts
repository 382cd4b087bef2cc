import { describe, expect, it } from 'vitest';
import { readEvent, sameEvent } from '../../../src/knowledge/extract/events.ts';
import { datesCompatible } from '../../../src/knowledge/extract/dates.ts';
import { conceptIds } from '../../../src/knowledge/text/concept-matcher.ts';
import { tokenize } from '../../../src/knowledge/text/tokens.ts';
import type { Fact } from '../../../src/knowledge/types.ts';

const eventOf = (sentence: string) => readEvent(conceptIds(tokenize(sentence)));

describe('readEvent: the event a sentence reports', () => {
  it.each([
    ['visit', '21 июня американская делегация совершила официальный визит в Минск.', { type: 'visit', hedged: false }],
    ['visit (en)', 'The envoy arrived in Chisinau on October 15.', { type: 'visit', hedged: false }],
    [
      'release over visit',
      '11 сентября в Минск прибыл посланник; в тот же день освобождено 52 человека.',
      { type: 'release', hedged: false },
    ],
    ['release (en)', 'Belarus released 14 prisoners.', { type: 'release', hedged: false }],
    ['call', '15 августа состоялся телефонный разговор президентов США и Беларуси.', { type: 'call', hedged: false }],
    ['call (en)', 'Cojocaru spoke by phone with Mark Delaney.', { type: 'call', hedged: false }],
    ['meeting', 'Лукашенко встретился с заместителем спецпредставителя.', { type: 'meeting', hedged: false }],
    ['appointment', 'Глава Белого дома назначил Джона Коула спецпосланником.', { type: 'appointment', hedged: false }],
    ['invitation over visit', 'Министр получил приглашение посетить Брюссель.', { type: 'invitation', hedged: false }],
    [
      'embassy',
      'В феврале 2022 года работа посольства США в Минске была приостановлена.',
      { type: 'embassy', hedged: false },
    ],
    ['statement', 'Коул заявил, что удовлетворён результатами.', { type: 'statement', hedged: false }],
    ['a hedged visit', 'Келлог может посетить Минск.', { type: 'visit', hedged: true }],
    ['a hedged visit (en)', 'Delaney may join her on that trip.', { type: 'visit', hedged: true }],
  ])('%s', (_name, sentence, expected) => {
    expect(eventOf(sentence)).toEqual(expected);
  });

  it.each([
    ['lifted', 'Американская сторона снимает санкции с авиакомпании «Белавиа».'],
    ['lifted', 'Санкции сняты с банка.'],
    ['lifted', '«Белавиа» полностью исключили из всех санкционных списков США.'],
    ['lifted', 'The United States lifted its restrictions on the airline.'],
    ['eased', 'Вашингтон смягчил санкции против калийной отрасли.'],
    ['imposed', 'США и ЕС ввели санкции.'],
    ['imposed', 'Washington imposed new sanctions on the bank.'],
    ['extended', 'Трамп продлил режим санкций ещё на год.'],
    ['extended', 'The Treasury extended its sanctions by one year.'],
  ])('sanctions %s: %j', (action, sentence) => {
    expect(eventOf(sentence)).toMatchObject({ type: 'sanctions', sanctionAction: action });
  });

  // The lift patterns list "снимает", "сняли", "снят"... but not the plural present or the future.
  it.each([['США снимают санкции с банка.'], ['США снимут санкции с банка.']])('sanctions lifted: %j', (sentence) => {
    expect(eventOf(sentence)).toMatchObject({ type: 'sanctions', sanctionAction: 'lifted' });
  });

  it('sanctions with no action word have no sanctionAction', () => {
    expect(eventOf('Остальные санкции будут обсуждаться позднее.')).toEqual({ type: 'sanctions', hedged: false });
  });

  it.each([['Погода в Минске была тёплой.'], ['The weather in Minsk was warm.'], ['']])(
    'no event in %j',
    (sentence) => {
      expect(eventOf(sentence)).toBeUndefined();
    },
  );

  it('unknown concept ids are ignored', () => {
    expect(readEvent(['no-such-concept'])).toBeUndefined();
    expect(readEvent(['no-such-concept', 'visit'])).toEqual({ type: 'visit', hedged: false });
  });
});

describe('sameEvent', () => {
  const fact = (over: Partial<Fact>): Fact => ({
    id: 'x',
    type: 'release',
    participants: [],
    places: [],
    counts: [],
    concepts: [],
    evidence: [],
    sentenceIds: [],
    date: { year: 2025, month: 9, day: 11, precision: 'day' },
    ...over,
  });
  const count = (value: number, concept = 'prisoner') => ({ value, concept, text: String(value), start: 0, end: 1 });

  it.each<[string, Partial<Fact>, Partial<Fact>, boolean]>([
    ['same day, same person', { participants: ['person:coale'] }, { participants: ['person:coale'] }, true],
    ['same day, same count', { counts: [count(52)] }, { counts: [count(52)] }, true],
    [
      'same month vs day is compatible',
      { participants: ['person:coale'], date: { year: 2025, month: 9, precision: 'month' } },
      { participants: ['person:coale'] },
      true,
    ],
    [
      'different days',
      { participants: ['person:coale'], date: { year: 2025, month: 6, day: 21, precision: 'day' } },
      { participants: ['person:coale'] },
      false,
    ],
    ['different types', { type: 'visit', participants: ['person:coale'] }, { participants: ['person:coale'] }, false],
    [
      'statements are never merged',
      { type: 'statement', participants: ['person:coale'] },
      { type: 'statement', participants: ['person:coale'] },
      false,
    ],
    [
      '"other" is never merged',
      { type: 'other', participants: ['person:coale'] },
      { type: 'other', participants: ['person:coale'] },
      false,
    ],
    ['no date', { participants: ['person:coale'], date: undefined }, { participants: ['person:coale'] }, false],
    [
      'different sanction actions',
      { type: 'sanctions', sanctionAction: 'lifted', participants: ['org:belavia'] },
      { type: 'sanctions', sanctionAction: 'imposed', participants: ['org:belavia'] },
      false,
    ],
    ['nothing shared', { participants: ['person:coale'] }, { participants: ['person:smith'] }, false],
  ])('%s → %s', (_name, a, b, same) => {
    const fa = fact(a);
    if ('date' in a && a.date === undefined) delete fa.date;
    expect(sameEvent(fa, fact(b), datesCompatible)).toBe(same);
  });
});
