/**
 * The list of common given names: a capitalised word after one is taken as a surname, so an entry
 * that is also a common word would make ordinary words look like people. Invented people only.
 */
import { describe, expect, it } from 'vitest';
import { EntityRecognizer, gazetteerEntities, gazetteerGenders } from '../../../src/knowledge/extract/entities.ts';
import { discoverEntities } from '../../../src/knowledge/extract/name-discovery.ts';
import { FIRST_NAMES, NAMES_THAT_ARE_ALSO_WORDS } from '../../../src/knowledge/lexicon/first-names.ts';
import { STOPWORDS } from '../../../src/knowledge/lexicon/stopwords.ts';
import { isVocabularyWord } from '../../../src/knowledge/lexicon/vocabulary.ts';
import { fold } from '../../../src/knowledge/text/tokens.ts';

/** Names the vocabulary matches only by a stem they share with a place: "александр" stems like "Александрия". */
const SHARES_A_STEM_WITH_A_PLACE = new Set(['александр']);

/** The given names listed though they are also words, and one whose stem is that of the abbreviation ГУР. */
const TOO_COMMON_TO_LEAVE_OUT = new Set([...NAMES_THAT_ARE_ALSO_WORDS, 'гурам']);

const known = new EntityRecognizer(gazetteerEntities(), gazetteerGenders());

describe('given names', () => {
  it('are lower case, folded and unique', () => {
    for (const n of FIRST_NAMES) expect(n, n).toBe(fold(n));
    expect(FIRST_NAMES.filter((n, i) => FIRST_NAMES.indexOf(n) !== i)).toEqual([]);
  });

  it('are neither vocabulary words nor stopwords', () => {
    expect(
      FIRST_NAMES.filter(
        (n) => isVocabularyWord(n) && !SHARES_A_STEM_WITH_A_PLACE.has(n) && !TOO_COMMON_TO_LEAVE_OUT.has(n),
      ),
    ).toEqual([]);
    expect(FIRST_NAMES.filter((n) => STOPWORDS.has(n))).toEqual([]);
  });

  it.each([
    ['Arseny Kestrov met officials in Northgate.', 'arseny', 'Arseny Kestrov'],
    ['Арсений Кештов встретился с чиновниками в Нортгейте.', 'арсений', 'Арсений Кештов'],
    ['Officials said Sergiu Vendt had left Northgate.', 'sergiu', 'Sergiu Vendt'],
    ['По словам Левона Варнеля, переговоры продолжатся.', 'левон', 'Левона Варнеля'],
    ['The talks were opened by Irakli Varnel.', 'irakli', 'Irakli Varnel'],
    ['Переговоры открыл Ираклий Вендт.', 'ираклий', 'Ираклий Вендт'],
    ['Jeyhun Kestrov arrived on Monday.', 'jeyhun', 'Jeyhun Kestrov'],
    ['Виорика Кештова прибыла в понедельник.', 'виорика', 'Виорика Кештова'],
    ['Maia Vendt spoke to reporters.', 'maia', 'Maia Vendt'],
  ])('%s names a person', (sentence, given, form) => {
    expect(FIRST_NAMES).toContain(given);
    const people = discoverEntities([sentence], known).filter((e) => e.kind === 'person');
    expect(people.flatMap((e) => e.aliases)).toContain(form);
  });

  it.each([
    'Will Northgate reopen?',
    'May Northgate reopen its port?',
    'Grant Varnel Holdings a licence.',
    'Роза Ветров расцвела.',
    'Слава Нортгейта росла.',
  ])('%s names nobody', (sentence) => {
    expect(discoverEntities([sentence], known).filter((e) => e.kind === 'person')).toEqual([]);
  });
});
