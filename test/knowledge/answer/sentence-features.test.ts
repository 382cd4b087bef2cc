import { describe, expect, it } from 'vitest';
import {
  addRoleHolderFeatures,
  COUNTRY_CLASS,
  featuresOf,
  findRoleHolders,
  isHedged,
  nameKeyOf,
  quotedTokens,
} from '../../../src/knowledge/answer/sentence-features.ts';
import { tokenize } from '../../../src/knowledge/text/tokens.ts';

/** The words of a question that give at least one feature. */
function matchedWords(text: string): string[] {
  const tokens = tokenize(text);
  const at = new Set([...featuresOf(tokens, 'question').values()].flat());
  return tokens.filter((_, i) => at.has(i)).map((t) => t.norm);
}

describe('featuresOf: a function word matches nothing, however inflected', () => {
  it.each([
    // [question, words that must not match, words that must]
    ['Сколько человек в ней могло быть раньше?', ['ней', 'могло'], ['человек']],
    ['Что он сказал о нём своему коллеге?', ['нём', 'своему'], ['сказал', 'коллеге']],
    ['Кто из них мог бы приехать в Кештов?', ['них', 'мог'], ['приехать', 'кештов']],
    ['Какие из этих компаний назвал Вендт, которые закрылись?', ['этих', 'которые'], ['компаний', 'вендт']],
  ])('%s', (question, stopped, kept) => {
    const words = matchedWords(question);
    for (const w of stopped) expect(words).not.toContain(w);
    for (const w of kept) expect(words).toContain(w);
  });

  it('keeps content words whose forms are close to a pronoun ("ими" no, "имя" yes)', () => {
    expect(matchedWords('Какое имя назвал посол?')).toEqual(expect.arrayContaining(['имя', 'посол']));
  });
});

describe('findRoleHolders: the role a document titles a name with', () => {
  const holdersOf = (...sentences: string[]) => findRoleHolders(sentences);
  it.each([
    ['Deputy Secretary of State Ilkin Vendt arrived in Kestov.', 'Vendt', 'c:role_deputy_secretary_of_state'],
    ['Переговоры провёл министр иностранных дел Тимур Кештов.', 'Кештов', 'c:role_foreign_minister'],
    ['Адвокат Варнелова сообщила об этом в среду.', 'Варнелова', 'c:role_lawyer'],
    ['The spokeswoman Dana Northgate declined to comment.', 'Northgate', 'c:role_spokesperson'],
    // A qualifier between the title and a full name.
    ['Special Envoy for Energy Security Thomas Vendt arrived in Kestov.', 'Vendt', 'c:role_special_envoy'],
    ['Среди освобождённых — блогер из Кештова Ирина Варнел.', 'Варнел', 'c:role_blogger'],
    ['В июне прибыл спецпосланник Вендта по торговле Кит Нортгейт.', 'Нортгейт', 'c:role_special_envoy'],
    // The country the title is of.
    ['Встречу провёл глава МИД Кештова Арсений Вендт.', 'Вендт', 'c:role_foreign_minister'],
    // A title and a name set off by commas.
    ["Kestov's chief negotiator, Arseny Vendt, called it a blockade.", 'Vendt', 'c:role_negotiator'],
    ['Irina Northgate, a blogger from the town of Kestov, was freed.', 'Northgate', 'c:role_blogger'],
    ['Пришла Ольга Варнел, обозреватель местной газеты.', 'Варнел', 'c:role_columnist'],
    // The longest title: a deputy prime minister.
    ['Deputy Prime Minister Ilkin Vendt arrived.', 'Vendt', 'c:role_deputy_prime_minister'],
    // A title linked to a name by a dash, "is" or "as", a few words between.
    ['Капитан танкера — гражданин Кештова Равиль Вендт.', 'Вендт', 'c:role_captain'],
    ['The captain of the ship is the Russian citizen Ilkin Vendt, 47 years old.', 'Vendt', 'c:role_captain'],
    ['The Border Guard identified the captain as Ilkin Vendt, a Kestov citizen.', 'Vendt', 'c:role_captain'],
    // A surname the dictionary does not know though its stem is a common word's ("Газ-иев").
    ['Капитан танкера — гражданин Кештова Равиль Газиев.', 'Газиев', 'c:role_captain'],
  ])('%s → %s', (sentence, name, role) => {
    const holders = holdersOf(sentence);
    expect([...(holders.get(nameKeyOf(name.toLowerCase())) ?? [])]).toContain(role);
    if (role === 'c:role_deputy_prime_minister') expect(holders.get(nameKeyOf(name.toLowerCase()))?.size).toBe(1);
  });

  it.each([
    // Punctuation between the role and the name: the name is not titled by it.
    ['"It opened for thirty people and their families," Vendt said.', 'Vendt'],
    ['Freed prisoners. Vendt spoke to reporters.', 'Vendt'],
    // A country after the title is no name.
    ['The minister Kazakhstan sent did not come.', 'Kazakhstan'],
    // A place the qualifier names is no holder; nor is the speaker after a verb.
    ['The envoy to Kestov arrived on Monday.', 'Kestov'],
    ['The envoy to Kestov said Ilkin Vendt had left.', 'Vendt'],
    // Whose envoy, in the genitive: not the envoy.
    ['В июне прибыл спецпосланник Вендта по торговле Кит Нортгейт.', 'Вендта'],
    // A clause between the name and a title.
    ['Ilkin Vendt, who met the envoy, left.', 'Vendt'],
    ['The envoy, who met Ilkin Vendt, left.', 'Vendt'],
    // A Russian title before a name in Latin letters is of a ship, a firm or an outlet.
    ['Обвинения предъявили капитану Northgate Star и двум офицерам.', 'Star'],
    // A link that names no holder.
    ['Посол — это важная должность.', 'должность'],
    ['The envoy is said to be Ilkin Vendt.', 'Vendt'],
  ])('no role from %j', (sentence, name) => {
    expect(holdersOf(sentence).get(nameKeyOf(name.toLowerCase()))).toBeUndefined();
  });
});

describe('addRoleHolderFeatures: a sentence naming the holder says the role', () => {
  it('gives "Vendt" the role he was titled with elsewhere, at his position', () => {
    const holders = findRoleHolders(['Deputy Secretary of State Ilkin Vendt arrived in Kestov.']);
    const tokens = tokenize('Vendt flew into Kestov from Northgate on Tuesday evening.');
    const features = featuresOf(tokens);
    addRoleHolderFeatures(tokens, features, holders);
    expect(features.get('c:role_deputy_secretary_of_state')).toEqual([0]);
  });

  it('adds nothing to a sentence without the name', () => {
    const holders = findRoleHolders(['Deputy Secretary of State Ilkin Vendt arrived in Kestov.']);
    const tokens = tokenize('The delegation flew into Kestov on Tuesday evening.');
    const features = featuresOf(tokens);
    addRoleHolderFeatures(tokens, features, holders);
    expect(features.has('c:role_deputy_secretary_of_state')).toBe(false);
  });
});

describe('the country class: a document naming a country says "a country" there', () => {
  it.each([
    ['Twenty-nine of them were driven to Varnel and then to Lithuania.', [10]],
    ['Часть освобождённых вывезли в Литву, остальных — в Польшу.', [4, 7]],
  ])('%s', (sentence, positions) => {
    expect(featuresOf(tokenize(sentence)).get(COUNTRY_CLASS)).toEqual(positions);
  });

  it.each([
    // A city or an international organisation is not a country; a question never gets the class.
    ['They flew from Vilnius to Minsk.', 'document'],
    ['The OSCE mission in Kestov closed.', 'document'],
    ['Which prisoners were taken to Lithuania?', 'question'],
  ] as const)('none in %j (%s)', (sentence, side) => {
    expect(featuresOf(tokenize(sentence), side).has(COUNTRY_CLASS)).toBe(false);
  });
});

describe('quotedTokens: the words of a short name in quotation marks', () => {
  it.each([
    ['Контракт получила компания «Кешт Строй» из Варнеля.', ['Кешт', 'Строй']],
    ['The contract went to "Northgate Build" of Varnel.', ['Northgate', 'Build']],
    ['Завод «Варнельский Азот» остановлен.', ['Варнельский', 'Азот']],
  ])('%s', (sentence, words) => {
    const tokens = tokenize(sentence);
    expect([...quotedTokens(sentence, tokens)].map((i) => tokens[i]?.raw)).toEqual(words);
  });

  it.each([
    // A quoted remark is no name: it starts in lower case, or it is long.
    ['Министр назвал это «важным шагом вперёд».'],
    ['He said the talks were "a step forward for both of our countries".'],
  ])('none in %j', (sentence) => {
    expect(quotedTokens(sentence, tokenize(sentence)).size).toBe(0);
  });

  it('gives a common word inside a quoted name a name key, so "Строй" meets "Stroy"', () => {
    const sentence = 'Контракт получила компания «Кешт Строй».';
    const tokens = tokenize(sentence);
    const key = `k:${nameKeyOf('строй')}`;
    expect(featuresOf(tokens, 'document', sentence).get(key)).toEqual([4]);
    expect(featuresOf(tokens, 'document').has(key)).toBe(false);
  });
});

describe('isHedged: a sentence that plans or supposes, not one that reports', () => {
  it.each([
    ['The talks may resume in June.', true],
    ['Вендт планирует посетить Кештов.', true],
    ['Визит может состояться в июле.', true],
    ['On 27 May Brandt met President Lena Kross in Varnel.', false],
    ['May 5 saw the first convoy cross the border.', false],
    ['Вендт посетил Кештов 27 мая.', false],
  ])('%s → %s', (text, hedged) => {
    expect(isHedged(text)).toBe(hedged);
  });
});

/** A count matches however written, but a digit group of a longer number is no count of its own. */
describe('counts inside longer numbers', () => {
  it.each([
    ['confiscates 4.2 tonnes of hake', ['n:4', 'n:2'], []],
    ['fined the owners 38,400 dollars', ['n:38', 'n:400'], []],
    ['штраф 38 400 долларов', ['n:38', 'n:400'], []],
    ['two boats and 400 crew', [], ['n:2', 'n:400']],
    ['в 12 400-тонных баржах', [], ['n:12']],
  ])('%s', (text, absent, present) => {
    const features = featuresOf(tokenize(text), 'document', text);
    for (const f of absent) expect(features.has(f)).toBe(false);
    for (const f of present) expect(features.has(f)).toBe(true);
  });
});

describe('a hyphenated name of capitalised parts', () => {
  // "Лорин-Варнели" in a document is found by "Lorin Varneli" asked in two words, in the other script.
  it.each([
    ['Церемония в Лорин-Варнели отменена.', ['lorin', 'varneli']],
    ['The crossing at Lorin-Varneli reopened.', ['lorin', 'varneli']],
  ])('%s', (text, parts) => {
    const features = featuresOf(tokenize(text), 'document', text);
    for (const part of parts) expect(features.has(`k:${nameKeyOf(part)}`), part).toBe(true);
  });

  // A part the dictionary knows is a word, not a name: it gets no name key to be mistaken for one.
  it('not an adjective of a compound', () => {
    const text = 'Сотрудничество в Индо-Тихоокеанском регионе.';
    expect(featuresOf(tokenize(text), 'document', text).has(`k:${nameKeyOf('тихоокеанском')}`)).toBe(false);
  });
});

describe('featuresOf: a question’s verb and its particle parted by the object', () => {
  const conceptsAt = (text: string, word: string) => {
    const tokens = tokenize(text);
    const at = tokens.findIndex((t) => t.norm === word);
    return [...featuresOf(tokens, 'question', text)]
      .filter(([f, ps]) => f.startsWith('c:') && ps.includes(at))
      .map(([f]) => f);
  };
  it.each([
    ['When did Lorin hand Ilkin Vendt over to Varnel?', 'hand', 'c:jus_handover'],
    ['When did the union call the strike off?', 'call', 'c:gen_cancel'],
  ])('%s', (question, verb, concept) => {
    expect(conceptsAt(question, verb)).toContain(concept);
  });
  it('not a particle of another verb', () => {
    expect(conceptsAt('When did the hand of the clock move over the line?', 'hand')).not.toContain('c:jus_handover');
  });
});
