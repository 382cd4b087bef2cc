import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** Yes/no questions on invented documents: the sentence that says the asked predicate answers. */
const kb = knowledgeBaseOfTexts({
  'council.md': documentText(
    [
      'После заседания Совета мира президент Варнеля заявил, что у Варнеля и Кештова хорошие отношения с Советом мира.',
      'Делегация Кештова отсутствовала на заседании Совета мира.',
      'Тем не менее Кештов остался среди государств-учредителей организации.',
    ].join(' '),
    { lang: 'ru', published: '2026-03-26' },
  ),
});

describe('a yes/no question', () => {
  // "Тем не менее" has a "не" that denies nothing: the answer is yes.
  it('is answered by the sentence saying its predicate, not by one naming the rest', () => {
    const a = kb.answer('Остаётся ли Кештов в числе государств-учредителей Совета мира?', {
      now: new Date('2026-12-01'),
    });
    expect(a.text.split('\n')[0]).toBe('Да.');
    expect(a.citations[0]?.quote, a.text).toContain('остался среди государств-учредителей');
  });
});

/** A yes that comes with its date when the question asks it too, in any of its wordings. */
const released = knowledgeBaseOfTexts({
  'release.md': documentText('On 14 May 2026 the Kestov authorities released the journalist Ilka Vendt.', {
    lang: 'en',
    published: '2026-05-15',
  }),
});

describe('a yes/no question asking the date too', () => {
  it.each(['Was Ilka Vendt released, and when?', 'Has Ilka Vendt been freed? If so, when?'])('%s', (question) => {
    const a = released.answer(question, { now: new Date('2026-12-01') });
    expect(a.text.split('\n')[0], a.text).toMatch(/^Yes\. 14 May/);
  });
});

/**
 * "Did Kestov return the Northgate Star …?": the verb after the auxiliary and its subject is what is
 * asked; the sentences that name the boat, its crew and their release most fully say nothing of a
 * return, the one that says "did not return it" answers.
 */
const boat = knowledgeBaseOfTexts({
  'boat.md': documentText(
    [
      'On 2 April Kestov forces seized the Varnel fishing vessel Northgate Star and took its seven crew members to Halden.',
      'Q: The crew of the Northgate Star were freed in April, but the boat is still in Kestov. What do the fishermen say?',
      'The seven crew members of the Northgate Star were freed on 20 April and flown home.',
      'Varnel thanked Kestov for freeing the crew of the Northgate Star after talks in Halden.',
      'The owners of the Northgate Star, a Varnel family firm, have fished off Halden for decades.',
      'Kestov did not return the boat to its owners.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-06-25' },
  ),
});

describe('a yes/no question asked with an auxiliary', () => {
  it.each([
    'Did Kestov return the Northgate Star to its Varnel owners after freeing the crew?',
    'Did the Kestov authorities return the Northgate Star after freeing its crew?',
  ])('is answered by the sentence saying its verb: %s', (question) => {
    const a = boat.answer(question, { now: new Date('2026-12-01') });
    expect(a.text.split('\n')[0], a.text).toBe('No.');
    expect(a.citations[0]?.quote, a.text).toContain('did not return');
  });
});

/**
 * "Was … ever charged?": after "was" the last participle is what is asked ("charged"), not one that
 * describes the subject ("detained in Halden"); the sentences about the detention, which name most of the
 * question, say nothing of a charge.
 */
const detention = knowledgeBaseOfTexts({
  'detention.md': documentText(
    [
      'Kestov police detained the Varnel engineer Ilka Vendt in Halden on 9 April.',
      'The Varnel foreign ministry summoned the Kestov ambassador over the detention of the engineer in Halden.',
    ].join(' '),
    { lang: 'en', published: '2026-06-03' },
  ),
  'release.md': documentText('Инженер Вендт освобождён 2 июня без предъявления обвинения.', {
    lang: 'ru',
    published: '2026-06-03',
  }),
});

describe('a passive yes/no question', () => {
  it.each([
    ['Was the Varnel engineer detained in Halden ever charged?', /^No\./],
    // A negation said of another word ("без предъявления обвинения") does not deny the release.
    ['Was the Varnel engineer detained in Halden released?', /^Yes\./],
  ])('%s', (question, first) => {
    const a = detention.answer(question, { now: new Date('2026-12-01') });
    expect(a.text.split('\n')[0], a.text).toMatch(first);
  });
});

describe('a negation said of another word than the asked one', () => {
  const freed = knowledgeBaseOfTexts({
    'freed.md': documentText('Ilka Vendt was released without charge on 2 June.', {
      lang: 'en',
      published: '2026-06-03',
    }),
  });
  it.each([
    ['Was Ilka Vendt released?', /^Yes\./],
    ['Was Ilka Vendt charged?', /^No\./],
  ])('%s', (question, first) => {
    const a = freed.answer(question, { now: new Date('2026-12-01') });
    expect(a.text.split('\n')[0], a.text).toMatch(first);
  });
});

describe('a yes/no question about an event that was put off', () => {
  const treaty = knowledgeBaseOfTexts({
    'treaty.md': documentText(
      [
        'On 28 August the ministers of Varnel and Kestov agreed to sign the water treaty in Halden on 17 September.',
        'On 10 September Varnel and Kestov announced that the signing of the water treaty was postponed.',
        'The trade protocol of Varnel and Kestov was signed on 3 May, and the visit of the Kestov premier was postponed.',
      ].join(' '),
      { lang: 'en', published: '2026-09-20' },
    ),
  });
  it.each([
    ['Did Varnel and Kestov sign the water treaty in September?', /^No\./],
    // Another event put off in the sentence that says the signing took place does not undo it.
    ['Did Varnel and Kestov sign the trade protocol?', /^Yes\./],
  ])('%s', (question, first) => {
    const a = treaty.answer(question, { now: new Date('2026-12-01') });
    expect(a.text.split('\n')[0], a.text).toMatch(first);
  });
});

describe('a report said to be unconfirmed', () => {
  const airline = knowledgeBaseOfTexts({
    'airline.md': documentText(
      [
        'Analyst Brandt expects the Varnel airline to announce new aircraft orders once the restrictions on the Varnel airline are lifted.',
        'Reports that the Varnel airline intends to order new aircraft could not be confirmed; its statement mentions only spare parts.',
        'The Kestov airline was cleared to buy spare parts, and it was confirmed that it ordered two engines.',
      ].join(' '),
      { lang: 'en', published: '2026-09-20' },
    ),
  });
  it.each([
    ['Did the Varnel airline announce an order of new aircraft?', /^No\./],
    ['Объявила ли авиакомпания Varnel о заказе новых самолётов?', /^Нет\./],
    // "It was confirmed that …" confirms.
    ['Did the Kestov airline order engines?', /^Yes\./],
  ])('%s', (question, first) => {
    const a = airline.answer(question, { now: new Date('2026-12-01') });
    expect(a.text.split('\n')[0], a.text).toMatch(first);
  });
});

/**
 * "Has Kestov named an ambassador to Varnel?": the sentences name the embassy and its reopening, none
 * says an ambassador was named; a "yes" would be a guess, so the answer says the documents do not say so.
 */
const embassy = knowledgeBaseOfTexts({
  'embassy.md': documentText(
    [
      'The Kestov embassy in Halden reopened on 3 September after six months.',
      'The embassy of Kestov in Varnel is headed for now by a chargé d’affaires, Ilka Vendt.',
      'Its consular section received its first visitors the next morning.',
    ].join(' '),
    { lang: 'en', published: '2026-09-10' },
  ),
});

describe('a yes/no question whose predicate no sentence says', () => {
  it.each([
    ['Has Kestov appointed an ambassador to Varnel now that its embassy has reopened?', /^Not that the documents say/],
    ['Назначил ли Кештов посла в Варнеле после открытия посольства?', /^В документах этого нет/],
  ])('%s', (question, first) => {
    const a = embassy.answer(question, { now: new Date('2026-12-01') });
    expect(a.text.split('\n')[0], a.text).toMatch(first);
  });
});

/**
 * What a yes/no question asks is its main clause's act: "Успел ли Кештов убрать …?" asks the removal
 * ("успел" only says it was in time), "Were the trains halted while the crossings were closed?" the halting
 * (the clause after "while" frames it).
 */
const bridge = knowledgeBaseOfTexts({
  'bridge.md': documentText(
    [
      'The Kestov road crossings with Varnel were closed from 4 to 18 March after the incident at Halden.',
      'Freight trains between Kestov and Varnel kept running during those weeks, more slowly than before.',
      'По договорённости в Халдене Кештов должен был убрать посты с моста до 1 июня.',
      'Кештов убрал посты с моста 20 мая, раньше оговорённого срока.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-06-10' },
  ),
});

describe('a yes/no question with a clause around its act', () => {
  it.each([
    // No document says the trains were halted: the closing of the crossings is no "yes".
    [
      'Were freight trains between Kestov and Varnel halted while the road crossings were closed?',
      /^Not that/,
      'kept running',
    ],
    ['Успел ли Кештов убрать посты с моста к оговорённому сроку?', /^Да\.$/, 'убрал посты'],
  ])('%s', (question, first, quoted) => {
    const a = bridge.answer(question, { now: new Date('2026-12-01') });
    expect(a.text.split('\n')[0], a.text).toMatch(first);
    expect(a.text, a.text).toContain(quoted);
  });
});

/** "Were the sailors let go?": "let" is no term of its own, the word after it ("go", a release) is asked. */
const sailors = knowledgeBaseOfTexts({
  'sailors.md': documentText(
    [
      'Kestov coast guards detained six Varnel sailors near Halden on 2 May.',
      'Talks on the sailors between Kestov and Varnel opened in Halden on 5 May.',
    ].join(' '),
    { lang: 'en', published: '2026-05-20' },
  ),
});

describe('a yes/no question asking a phrase of release', () => {
  it('asks the release, which no sentence says', () => {
    const a = sailors.answer('Were the six Varnel sailors let go after the talks in Halden?', {
      now: new Date('2026-12-01'),
    });
    expect(a.text.split('\n')[0], a.text).toMatch(/^Not that the documents say/);
  });
});
