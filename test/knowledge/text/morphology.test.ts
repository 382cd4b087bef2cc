import { describe, expect, it } from 'vitest';
import {
  casesOf,
  isMassGenitive,
  isOnlyPlural,
  lemma,
  nominative,
  verbTense,
} from '../../../src/knowledge/text/morphology.ts';

/** Russian lemmas and nominative forms from the dictionary (Az.js, OpenCorpora), invented names included. */
describe('lemma', () => {
  it.each([
    ['угля', 'уголь'],
    ['освобождённых', 'освободить'],
    ['встретился', 'встретиться'],
    ['заместителем', 'заместитель'],
    ['спецпредставителя', 'спецпредставитель'],
    ['санкций', 'санкция'],
  ])('lemma(%j) = %j', (word, expected) => {
    expect(lemma(word)).toBe(expected);
  });

  it.each(['Minsk', 'released', '2026', 'ок'])('leaves %j as it is', (word) => {
    expect(lemma(word)).toBe(word);
  });

  // A word the dictionary does not know is left to the stemmer: guessed paradigms turn place names
  // into other words ("...ане" read as a form of "ана", "...иси" as a verb).
  it.each(['кештоване', 'кештовани', 'варнельске'])('leaves the unknown %j to the stemmer', (word) => {
    expect(lemma(word)).toBe(word);
  });

  // Read only with letters taken as repeated by mistake, a word is lemmatised as Az's full search reads
  // it: there its guessers may outrank the dictionary ("сааанкций") or not ("переговоооры").
  it.each([
    ['переговоооры', 'переговоры'],
    ['сааанкций', 'сааанкций'],
  ])('lemma(%j), read with repeated letters, = %j', (word, expected) => {
    expect(lemma(word)).toBe(expected);
  });
});

describe('nominative', () => {
  it.each([
    ['Арсением', 'Арсений'],
    ['Полищуком', 'Полищук'],
    ['Халворсеном', 'Халворсен'],
    ['Ержаном', 'Ержан'],
    ['заместителем', 'заместитель'],
    ['юриста', 'юрист'],
  ])('nominative(%j) = %j', (word, expected) => {
    expect(nominative(word)).toBe(expected);
  });

  // Az reads a hyphenated compound without giving its form a word: the word stays as written.
  it.each(['Washington', 'AGDC', '«Аркон»', 'компании-оператора'])('leaves %j as it is', (word) => {
    expect(nominative(word)).toBe(word);
  });
});

describe('loading the dictionary', () => {
  // The loader stubs Object.freeze while Az builds its tag table: the real one must be back afterwards.
  it('leaves Object.freeze as it was', () => {
    const freeze = Object.freeze;
    lemma('переговорами');
    expect(Object.freeze).toBe(freeze);
    expect(Object.isFrozen(Object.freeze({ a: 1 }))).toBe(true);
  });
});

describe('casesOf: the cases a Russian word can be in', () => {
  it.each([
    ['Вендтом', 'ablt', true],
    ['Совета', 'gent', true],
    ['Совета', 'ablt', false],
    ['Ильёй', 'ablt', true],
    // A known word ending in -у declines: "Ивану" is a dative.
    ['Ивану', 'datv', true],
    ['Ивану', 'nomn', false],
    // A hyphenated word is in the case of its last part.
    ['Жан-Макс', 'nomn', true],
    ['Жан-Максом', 'ablt', true],
    ['Жан-Максом', 'nomn', false],
    // Read by the dictionary only as a genitive plural (of the given name "Сабит"; of a noun guessed), a
    // capitalised word in -ов is also a man's surname in the nominative.
    ['Сабитов', 'nomn', true],
    ['Сабитов', 'gent', true],
    ['Гантемиров', 'nomn', true],
    // A common noun stays what the dictionary says it is.
    ['Депутатов', 'nomn', false],
  ] as const)('%s can be %s: %s', (word, grammatical, expected) => {
    expect(casesOf(word)?.has(grammatical) ?? false).toBe(expected);
  });

  // A foreign name the dictionary does not know, ending in У, Ю, О or Э, is written alike in every case.
  it.each(['Лукашенко', 'Kestov', 'на', 'Телмеску', 'Брандяну', 'Кештану'])(
    '%s: any case (does not decline, or not Russian)',
    (word) => {
      expect(casesOf(word)).toBeUndefined();
    },
  );
});

describe('verbTense: the tense of a verb the dictionary knows', () => {
  it.each([
    ['поедет', 'future'],
    ['состоится', 'future'],
    ['подпишут', 'future'],
    ['будет', 'future'],
    ['подписали', 'past'],
    ['встретилась', 'past'],
    // Present tense, other words, and words the dictionary does not know ("Варнел" is no past tense).
    ['встречается', undefined],
    ['визит', undefined],
    ['варнел', undefined],
    ['visit', undefined],
  ])('%s → %s', (word, tense) => {
    expect(verbTense(word)).toBe(tense);
  });
});

describe('isOnlyPlural: a word every reading of which is plural', () => {
  it.each([
    ['рабочих', true],
    ['перевозчиков', true],
    ['workers', true],
    ['Hauliers', true],
    // One person's title, a word the dictionary does not know, a word ending in "ss".
    ['рабочий', false],
    ['председатель', false],
    ['Варнелов', false],
    ['boss', false],
    ['envoy', false],
  ])('%s → %s', (word, plural) => {
    expect(isOnlyPlural(word)).toBe(plural);
  });
});

describe('isMassGenitive: a noun after «сколько» that is measured, not counted', () => {
  it.each([
    ['газа', true],
    ['нефти', true],
    ['воды', true],
    ['зерна', true],
    // Counted nouns take a plural genitive; money is «денег»; English and unknown words are neither.
    ['рейсов', false],
    ['грузовиков', false],
    ['тонн', false],
    ['денег', false],
    ['gas', false],
    ['Варнелов', false],
  ])('%s → %s', (word, mass) => {
    expect(isMassGenitive(word)).toBe(mass);
  });
});
