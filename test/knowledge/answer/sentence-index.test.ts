import { describe, expect, it } from 'vitest';
import {
  buildSentenceIndex,
  featuresOf,
  findAcronyms,
  type IndexedSentence,
  nameKeyOf,
} from '../../../src/knowledge/answer/sentence-index.ts';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { tokenize } from '../../../src/knowledge/text/tokens.ts';
import { HARBOUR_DOCUMENTS } from '../harbour-documents.ts';

/** Abbreviations a document defines, and the cross-script name key, on invented sentences. */
describe('findAcronyms', () => {
  it('reads an abbreviation made of the name initials', () => {
    const found = findAcronyms(['The contract went to Northern Rail Logistics Company (NRLC) last week.']);
    expect(found.get('nrlc')).toEqual(expect.arrayContaining(['s:northern', 's:rail']));
  });

  it('reads one whose name holds an abbreviation', () => {
    const found = findAcronyms(['The Northgate GRES (NGRES) switched to gas.']);
    expect(found.get('ngres')).toEqual(expect.arrayContaining(['s:northgat', 's:gre']));
  });

  it('reads the words whose initials spell it, not a legal form after them', () => {
    const found = findAcronyms([
      'On 30 June Kestov Lakeside Refining Ltd (KLR), which runs a smelter, signed a contract.',
    ]);
    expect(found.get('klr')).toEqual(expect.arrayContaining(['s:kestov', 's:lakesid', 's:refin']));
    expect(found.get('klr')).not.toContain('s:ltd');
  });

  it('reads a Russian one', () => {
    const found = findAcronyms(['Об этом сообщило Агентство транзитных перевозок (АТП) во вторник.']);
    expect([...found.keys()]).toEqual(['атп']);
  });

  it.each([
    [
      'Дорогу перекрыли члены Союза северных экспедиторов (Związek Spedytorów Północnych, ZSP) в понедельник.',
      ['s:союз', 's:экспедитор', 's:związek'],
    ],
    ['Члены Гильдии вендтских рыбаков (Vendtska Fiskar Gilde, VFG) вышли в море.', ['s:гильд', 's:рыбак', 's:fiskar']],
  ])('reads one given with the original name in the brackets: %s', (text, features) => {
    const [found] = [...findAcronyms([text]).values()];
    expect(found).toEqual(expect.arrayContaining(features));
  });

  // An abbreviation of the name in its own language ("Comisión Binacional de Obras Fronterizas") after its
  // translation stands for the translation's words, not for the words before the name.
  it.each([
    [
      'On 3 June the Binational Border Works Commission (CBOF) awarded the contract.',
      'cbof',
      ['s:binat', 's:commis'],
      ['s:june'],
    ],
    ['Кестовская комиссия по пограничным работам (CBOF) присудила контракт.', 'cbof', ['s:комисс'], ['s:присуд']],
  ])('reads one in another language: %s', (text, short, features, absent) => {
    const found = findAcronyms([text]).get(short) ?? [];
    expect(found).toEqual(expect.arrayContaining(features));
    for (const f of absent) expect(found).not.toContain(f);
  });

  it.each([
    'The bridge was built by Halden Infrastructure Partners (USA).',
    'Контракт получила компания «Дорстрой» (Армения, ДС-2).',
    'Он работает в компании «Дорстрой» (Армения).',
    'See the annex (II) for details.',
  ])('takes no country or numeral in brackets for an abbreviation: %s', (text) => {
    expect(findAcronyms([text]).size).toBe(0);
  });
});

describe('nameKeyOf', () => {
  it.each([
    ['вендтом', 'vendt'],
    ['вендта', 'vendt'],
    ['гантулгой', 'gantulga'],
  ])('%s and %s share a key', (ru, en) => {
    expect(nameKeyOf(ru)).toBe(nameKeyOf(en));
  });

  it('keeps different names apart', () => {
    expect(nameKeyOf('вендт')).not.toBe(nameKeyOf('ветров'));
  });
});

describe('featuresOf: counts in any writing', () => {
  const numbers = (text: string) => [...featuresOf(tokenize(text)).keys()].filter((f) => f.startsWith('n:')).sort();

  it.each([
    ['пять предприятий', ['n:5']],
    ['five companies', ['n:5']],
    ['5 компаний', ['n:5']],
    ['пятерых водителей', ['n:5']],
    ['thirteen prisoners', ['n:13']],
  ])('%s counts %j', (text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });

  it.each(['2 April', 'on 14 мая', 'в 2026 году', 'a first round'])('%s has no count', (text) => {
    expect(numbers(text)).toEqual([]);
  });
});

/** Composing an answer compares tokens of two reads by identity: a question must see one array a sentence. */
describe('tokens and annotations kept for a question', () => {
  const index = buildSentenceIndex(ingestDocuments(HARBOUR_DOCUMENTS).data);
  const sentence = index.sentences[0] as IndexedSentence;

  it('gives the same objects within a question and through the next one', () => {
    index.nextQuestion();
    const tokens = sentence.tokens;
    const annotation = sentence.annotation;
    expect(sentence.tokens).toBe(tokens);
    expect(sentence.annotation).toBe(annotation);
    index.nextQuestion();
    expect(sentence.tokens).toBe(tokens);
    expect(sentence.annotation).toBe(annotation);
  });

  it('lets them go two questions later', () => {
    index.nextQuestion();
    const tokens = sentence.tokens;
    index.nextQuestion();
    index.nextQuestion();
    expect(sentence.tokens).not.toBe(tokens);
    expect(sentence.tokens).toEqual(tokens);
    // What ranking reads, without keeping it, is what a question keeps.
    expect(index.readAnnotation(0)).toEqual(sentence.annotation);
  });
});

/** A date says its month however written: "мартовская встреча" reaches "last Thursday" of a March report. */
describe('month features of dates', () => {
  const doc = (published: string, body: string) => ({
    file: 'selvane.md',
    bytes: new TextEncoder().encode(`---\ntitle: Selvane\npublished: ${published}\nlang: en\n---\n${body}\n`),
  });
  const index = buildSentenceIndex(
    ingestDocuments([
      doc(
        '2025-03-14',
        'The harbour master met the pilots last Thursday in Selvane. The pier reopened on 12.03.2025 at noon. The cranes were old.',
      ),
    ]).data,
  );
  const monthsOf = (n: number) =>
    ['c:gen_march', 'c:gen_february'].filter((f) => (index.sentences[n] as IndexedSentence).features.has(f));

  it.each([
    [0, ['c:gen_march']], // "last Thursday" of a report of 14 March
    [1, ['c:gen_march']], // "12.03.2025"
    [2, []], // no date
  ])('sentence %i says %j', (n, months) => {
    expect(monthsOf(n)).toEqual(months);
  });
});

describe('the paragraph lead column', () => {
  const text = [
    '---\ntitle: K\npublished: 2026-05-01\nlang: en\n---',
    'One. Two. Three. Four. Five. Six. Seven.',
    '',
    'Eight. Nine. Ten.',
  ].join('\n');
  const { data } = ingestDocuments([{ file: 'k.md', bytes: new TextEncoder().encode(text) }]);
  const index = buildSentenceIndex(data);
  const leadText = (n: number) => {
    const lead = index.columns.lead[n] as number;
    return lead < 0 ? undefined : index.sentences[lead]?.sentence.text;
  };
  const numberOf = (s: string) => index.sentences.findIndex((e) => e.sentence.text === s);

  it.each([
    ['One.', undefined],
    ['Two.', undefined],
    ['Three.', 'One.'],
    ['Five.', 'One.'],
    ['Six.', undefined],
    ['Nine.', undefined],
    ['Ten.', 'Eight.'],
  ])('%s looks back to %s', (sentence, lead) => {
    expect(numberOf(sentence)).toBeGreaterThanOrEqual(0);
    expect(leadText(numberOf(sentence))).toBe(lead);
  });
});
