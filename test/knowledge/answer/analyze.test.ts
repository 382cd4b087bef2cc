import { describe, expect, it } from 'vitest';
import {
  analyzeQuestion,
  asksWhetherSourcesAgree,
  cleanQuestion,
  withoutAgreementClause,
  withoutStoryAdverbs,
} from '../../../src/knowledge/answer/analyze.ts';
import { nameKeyOf } from '../../../src/knowledge/answer/sentence-features.ts';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

describe('withoutAgreementClause: "do the sources agree?" is not what a question is about', () => {
  it.each([
    [
      'How many drivers were freed at Kestov? Do the sources agree on the number?',
      'How many drivers were freed at Kestov?',
    ],
    ['How many drivers were freed? Do the reports differ?', 'How many drivers were freed?'],
    ['Сколько водителей освободили в мае? Источники сходятся в цифрах?', 'Сколько водителей освободили в мае?'],
    ['Сколько водителей освободили? Совпадают ли данные источников?', 'Сколько водителей освободили?'],
    // Joined by "and", in other words.
    [
      'How many drivers were freed in May, and do the sources give the same number?',
      'How many drivers were freed in May,',
    ],
    ['How many drivers were freed, and are the sources consistent on this?', 'How many drivers were freed,'],
    [
      'Какую сумму пообещали доноры Варнела 17 марта и сходятся ли в этой цифре источники?',
      'Какую сумму пообещали доноры Варнела 17 марта ',
    ],
  ])('%s', (question, asked) => {
    expect(withoutAgreementClause(question)).toBe(asked);
  });

  it.each([
    'Did Varnel and Kestov agree on the border?',
    'Do the sources say when the talks began?',
    'Which drivers were freed and do they agree to testify?',
    'Сколько водителей освободили?',
    'Договорились ли стороны о границе? Когда?',
    'Когда Кестов и Варнел подписали договор?',
  ])('keeps "%s"', (question) => {
    expect(withoutAgreementClause(question)).toBe(question);
  });
});

describe('withoutStoryAdverbs: "в итоге", "eventually" name nothing a sentence must share', () => {
  it.each([
    ['До какой даты в итоге продлили срок регистрации?', 'в итоге'],
    ['До какой даты в конечном итоге продлили срок?', 'в конечном итоге'],
    ['When was the deadline eventually extended?', 'eventually'],
    ['Who in the end signed the contract?', 'in the end'],
    ['What took place in Kestov on 3 May?', 'took place'],
  ])('%s', (question, adverb) => {
    const blanked = withoutStoryAdverbs(question);
    expect(blanked).toHaveLength(question.length);
    expect(blanked).not.toContain(adverb);
  });

  it.each(['По итогам переговоров подписали соглашение?', 'What was the end of the talks?', 'Каковы итоги встречи?'])(
    'keeps "%s"',
    (question) => {
      expect(withoutStoryAdverbs(question)).toBe(question);
    },
  );
});

describe('analyzeQuestion: a date naming a noun is no period asked', () => {
  const index = knowledgeBaseOfTexts({
    'k.md': documentText('Kestov paid for the gas in April.', { lang: 'en' }),
  }).index;
  it.each([
    ['When did Kestov pay for the February deliveries?', 0],
    ['What did Kestov pay in February?', 1],
    ["When was the protocol on this summer's Varnel releases signed?", 0],
    ["When was Tuesday's vote in Kestov announced?", 0],
    ['When did Kestov sign it this summer?', 1],
  ])('%s: %i asked date(s)', (question, count) => {
    expect(analyzeQuestion(question, index).dates).toHaveLength(count);
  });
});

describe('analyzeQuestion: the focus is what is asked of', () => {
  const index = knowledgeBaseOfTexts({
    'k.md': documentText(
      'The Varnel ambassador in Kestov met the envoy. Посол Варнела встретился с посланником в Кестове. Судья и эксперт ушли. The guard spokesman and the chief financial officer left.',
      { lang: 'en' },
    ),
  }).index;
  const focus = (question: string) =>
    analyzeQuestion(question, index)
      .terms.filter((t) => t.focus)
      .map((t) => t.raw);
  it.each([
    // The name asked is the ambassador's.
    ['What is the name of the Varnel ambassador in Kestov?', ['Varnel', 'ambassador']],
    ['Какое имя у посла Варнела в Кестове?', ['посла', 'Варнела']],
    // "как" asks a manner, but "как зовут" a name; a later "что" is no question word of the question.
    ['Как зовут посла Варнела, который сказал, что уйдёт?', ['посла', 'Варнела']],
    ['Как посол Варнела встретился с посланником?', []],
    // After "кем", "whom" comes the subject; after "кто из", "кто" the asked kind.
    ['С кем встретился посол Варнела?', []],
    ['Whom did the envoy meet?', []],
    ['Кто из экспертов ушёл?', ['экспертов']],
    ['Кто судья?', ['судья']],
    // Past an English title's modifiers, to the title itself.
    ['Who is the Varnel district judge in the Kestov case?', ['Varnel', 'judge']],
    // Of titles in a row the last is the head ("guard spokesman"), unless they are one title's words.
    ['Who is the Varnel guard spokesman in Kestov?', ['Varnel', 'spokesman']],
    ['Who is the Varnel chief financial officer?', ['Varnel', 'chief']],
    // "serves as", "works as" link a person to the title as "is" does.
    ['Who serves as the Varnel ambassador in Kestov?', ['ambassador']],
    ['Кто является послом Варнела в Кестове?', ['послом', 'Варнела']],
    // The person's question word last, after a dash or a comma: the title before it is asked.
    ['посол Варнела в Кестове — кто?', ['посол']],
    ['the Varnel ambassador in Kestov, who?', ['ambassador']],
    ['Посол Варнела встретился с кем?', []],
    // "Какого числа", "what day": the question word asks the date; the nouns after it are the subject.
    ['Какого числа посол Варнела встретился с посланником?', []],
    ['What day did the Varnel ambassador meet the envoy?', []],
    // "Какое число послов", "какое количество экспертов": a count of the noun after the quantity word.
    ['Какое число послов Варнела встретилось с посланником?', ['послов', 'Варнела']],
    ['Какое количество экспертов ушло?', ['экспертов']],
  ])('%s → %j', (question, words) => {
    const found = focus(question);
    if (words.length === 0) expect(found).toEqual([]);
    else expect(found.slice(0, words.length)).toEqual(words);
  });
});

describe('analyzeQuestion: a common word typed in lower case is no name', () => {
  // "Zapski" gives "записку" its name key; the dictionary knows "записку" as a note.
  const index = knowledgeBaseOfTexts({
    'k.md': documentText('Ilse Zapski met the Kestov envoy on Monday.', { lang: 'en' }),
  }).index;
  const term = (question: string, raw: string) => analyzeQuestion(question, index).terms.find((t) => t.raw === raw);
  it('reads a dictionary word as a word, not as the name its key finds', () => {
    expect(term('Кто написал записку о встрече?', 'записку')?.name).toBe(false);
  });
  it('reads a word the dictionary does not know as the name its key finds', () => {
    expect(term('когда запски встретила посланника?', 'запски')?.name).toBe(true);
  });
});

describe('analyzeQuestion: an indefinite pronoun names nothing', () => {
  // "Antoning" gives "anything" its name key: a pronoun read as that name would outweigh every word.
  const index = knowledgeBaseOfTexts({
    'k.md': documentText('Ilse Antoning met the Kestov insurer on Monday.', { lang: 'en' }),
  }).index;
  it.each([
    ['Had the insurer paid Kestov anything by the end of July?', 'anything'],
    ['Did anyone from Kestov meet the insurer?', 'anyone'],
    ['Did the insurer say something about Kestov?', 'something'],
  ])('%s has no term "%s"', (question, raw) => {
    expect(analyzeQuestion(question, index).terms.map((t) => t.raw)).not.toContain(raw);
  });
});

describe('analyzeQuestion: a word is a typo only when no vocabulary knows it', () => {
  const kb = knowledgeBaseOfTexts({
    'k.md': documentText('Примерно сорок человек вышли на свободу в среду. Посланник Варнела приехал в Кестов.', {
      lang: 'ru',
    }),
  });
  const term = (question: string, raw: string) =>
    analyzeQuestion(question, kb.index, { spelling: kb.spelling }).terms.find((t) => t.raw === raw);
  it('leaves a known word the documents do not use uncorrected', () => {
    const t = term('Кого поимённо называют среди освобождённых?', 'поимённо');
    expect(t?.correctedTo).toBeUndefined();
    expect(t?.unknown).toBe(true);
  });
  it('corrects a misspelt word', () => {
    expect(term('Когда посланик приехал в Кестов?', 'посланик')?.correctedTo).toBeDefined();
  });
  it('corrects two letters swapped in a capitalised word, one edit', () => {
    const swapped = knowledgeBaseOfTexts({
      'k.md': documentText('The smuggling ring was dismantled at Ciudad del Kestov in May.', { lang: 'en' }),
    });
    const t = analyzeQuestion('Who led the ring broken up in Cuidad del Kestov?', swapped.index, {
      spelling: swapped.spelling,
    }).terms.find((x) => x.raw === 'Cuidad');
    expect(t?.correctedTo).toBe('ciudad');
  });
  it('takes "среди" for the preposition it is, not for Wednesday', () => {
    expect(term('Кого называют среди освобождённых?', 'среди')).toBeUndefined();
  });
});

describe('analyzeQuestion: how many in other words', () => {
  const index = knowledgeBaseOfTexts({
    'k.md': documentText('The number of drivers freed in Kestov rose to 23 in May.', { lang: 'en' }),
  }).index;
  it.each([
    ['What number of drivers were freed in Kestov?', 'number'],
    ['Какое количество водителей освободили в Кестове?', 'количество'],
  ])('%s: "%s" is no word a sentence must share', (question, word) => {
    const q = analyzeQuestion(question, index);
    expect(q.type).toBe('count');
    expect(q.terms.map((t) => t.raw.toLowerCase())).not.toContain(word);
  });
});

describe("analyzeQuestion: the asker's emphasis is no word of the answer", () => {
  const index = knowledgeBaseOfTexts({
    'k.md': documentText(
      'The memorandum actually covers only gas. Deliveries really began on 3 August. Поставки реально начались 3 августа, и это действительно так.',
      { lang: 'en' },
    ),
  }).index;
  it.each([
    ['When did gas actually start flowing?', 'actually'],
    ['When did deliveries really begin?', 'really'],
    ['Когда реально начались поставки?', 'реально'],
    ['Когда действительно начались поставки?', 'действительно'],
  ])('%s: "%s" is not a term', (question, word) => {
    expect(analyzeQuestion(question, index).terms.map((t) => t.raw.toLowerCase())).not.toContain(word);
  });
});

describe('analyzeQuestion: two names joined by a hyphen, typed in lower case', () => {
  const index = knowledgeBaseOfTexts({
    'k.md': documentText('Третий телефонный разговор Вендта и Кестова состоялся 2 июля.', { lang: 'ru' }),
  }).index;
  it('gives each name its cross-script key, so a Russian sentence naming them is found', () => {
    const q = analyzeQuestion('third vendt-kestov call, when?', index);
    const features = q.terms.flatMap((t) => t.features);
    for (const key of ['k:vndt', 'k:kstv']) expect(features, features.join(' ')).toContain(key);
  });
});

describe('analyzeQuestion: a reason asked in other words', () => {
  const index = knowledgeBaseOfTexts({
    'k.md': documentText('Vendt said the road to Kestov did not open because the customs post was unfinished.', {
      lang: 'en',
    }),
  }).index;
  it.each([
    ['What does Vendt see as the chief reason the road did not open?', ['see', 'reason']],
    ['Какова, по мнению Вендта, главная причина задержки?', ['причина']],
  ])('%s: %j name nothing a sentence must share', (question, words) => {
    const q = analyzeQuestion(question, index);
    expect(q.type).toBe('reason');
    for (const w of words) expect(q.terms.map((t) => t.raw.toLowerCase())).not.toContain(w);
  });
});

describe('analyzeQuestion: function words the dictionary reads as nouns match nothing', () => {
  // Az reads "тем" as a form of "тьма" (darkness): "перед тем, как" would ask for darkness.
  const index = knowledgeBaseOfTexts({
    'k.md': documentText('Варнел встретился с энергетиками в понедельник. Тьма опустилась на город.', { lang: 'ru' }),
  }).index;
  it.each([
    ['Когда Варнел встречался с энергетиками перед тем, как уехать?', 'тем'],
    ['Тем не менее, когда Варнел встречался с энергетиками?', 'тем'],
    ['В ту неделю встречался ли Варнел с энергетиками?', 'ту'],
    // A conjunction of a clause's time or condition names nothing asked.
    ['Где встречался Варнел с энергетиками, пока город был без света?', 'пока'],
    ['Где встречался Варнел с энергетиками, если верить газетам?', 'если'],
  ])('%s: no term "%s"', (question, word) => {
    const terms = analyzeQuestion(question, index).terms.map((t) => t.raw.toLowerCase());
    expect(terms).toContain('энергетиками');
    expect(terms).not.toContain(word);
  });
});

describe('analyzeQuestion: a name in a case ending the name key leaves on is also keyed by its nominative', () => {
  // The Russian document gives the stems ("кестрел"), so only the key can lead to the English sentence.
  const index = knowledgeBaseOfTexts({
    'en.md': documentText('Varnel Air bought four Kestrel aircraft and two Lorimer trucks in May.', { lang: 'en' }),
    'ru.md': documentText('Самолёт «Кестрел» приземлился в Кестове. Грузовик «Лоример» стоит в порту.', { lang: 'ru' }),
  }).index;
  const keys = (question: string, raw: string) =>
    analyzeQuestion(question, index)
      .terms.find((t) => t.raw === raw)
      ?.features.filter((f) => f.startsWith('k:'));
  it.each([
    ['Сколько «Кестрелов» купила Varnel Air?', 'Кестрелов', 'kestrel'],
    ['Когда Varnel Air расплатилась «Лоримерами»?', 'Лоримерами', 'lorimer'],
  ])('%s', (question, raw, english) => {
    expect(keys(question, raw)).toContain(`k:${nameKeyOf(english)}`);
  });
  // A surname in "-ов" keeps its one key: written with a capital, the dictionary reads it as a surname.
  it('keeps a surname in -ов as it is', () => {
    expect(keys('Кто такой Гончаров?', 'Гончаров')).toEqual([`k:${nameKeyOf('гончаров')}`]);
  });
});

describe('analyzeQuestion: a number the question says is no answer to it', () => {
  const index = knowledgeBaseOfTexts({
    'k.md': documentText('Two Varnel ships stayed in the Kestov waters for 92 hours.', { lang: 'en' }),
  }).index;
  it.each([
    ['How long did the two Varnel ships stay in the Kestov waters?', [2]],
    ['Сколько часов три корабля Варнеля провели в водах Кештова?', [3]],
    ['Какой из трёх контрактов самый дорогой?', [3]],
    ['How many of the 22 crew members left?', [22]],
    // "One" asks nothing away: a count is rarely one.
    ['How long did one Varnel ship stay in the Kestov waters?', []],
  ])('%s', (question, numbers) => {
    expect(analyzeQuestion(question, index).numbers).toEqual(numbers);
  });
});

/** A last clause asking whether the sources agree, in the words an analyst uses for it. */
describe('asksWhetherSourcesAgree', () => {
  it.each([
    ['How many were freed on 16 March? Do the sources agree?', true],
    ['How many were freed on 16 March, and are the figures consistent?', true],
    ['How many were freed? Do the numbers match?', true],
    ['How many were freed? Is there a discrepancy between the sources?', true],
    ['Сколько освободили 16 марта? Совпадают ли данные?', true],
    ['Сколько освободили? Данные источников совпадают?', true],
    ['Сколько освободили? Есть ли расхождения между источниками?', true],
    // Agreement asked of something else, or no clause of its own.
    ['Do the talks match the plan?', false],
    ['How many sources say the talks took place?', false],
    ['Сколько источников сообщили о встрече?', false],
  ] as const)('%s → %s', (question, asks) => {
    expect(asksWhetherSourcesAgree(question)).toBe(asks);
  });
});

describe('cleanQuestion: a contracted "is" is read as written out', () => {
  it.each([
    ["who's Ilkin Vendt?", 'who is Ilkin Vendt?'],
    ['Where’s the Lorin crossing?', 'Where is the Lorin crossing?'],
    ["What's the fine?", 'What is the fine?'],
    // An owner's "'s" is no "is".
    ["Vendt's deputy?", "Vendt's deputy?"],
  ])('%s → %s', (question, expected) => {
    expect(cleanQuestion(question).text).toBe(expected);
  });
});
