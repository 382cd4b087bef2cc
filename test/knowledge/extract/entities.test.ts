import { describe, expect, it } from 'vitest';
import {
  discoverEntities,
  EntityRecognizer,
  gazetteerEntities,
  gazetteerGenders,
} from '../../../src/knowledge/extract/entities.ts';
import { tokenize } from '../../../src/knowledge/text/tokens.ts';

const recognizer = new EntityRecognizer(gazetteerEntities(), gazetteerGenders());
const ids = (text: string, requireCapital = true) =>
  recognizer.recognize(tokenize(text), requireCapital).map((m) => m.entityId);

describe('EntityRecognizer over the gazetteer: must recognise', () => {
  it.each([
    ['генерала Кита Келлога', ['person:kellogg']],
    ['встреча с Келлогом', ['person:kellogg']],
    ['Келлогг', ['person:kellogg']],
    ["Kellogg's visit to Minsk", ['person:kellogg', 'place:minsk']],
    ['Тихановский', ['person:tsikhanouski']],
    ['блогер Тихоновский', ['person:tsikhanouski']],
    ['освобождение Тихановского', ['person:tsikhanouski']],
    ['Siarhei Tsikhanouski', ['person:tsikhanouski']],
    ['жена Светланы Тихоновской', ['person:tsikhanouskaya']],
    ['Светлана Тихановская', ['person:tsikhanouskaya']],
    ['Лукашенко', ['person:lukashenko']],
    ['Lukashenka', ['person:lukashenko']],
    ['Александром Лукашенко', ['person:lukashenko']],
    ['Джоном Коулом', ['person:coale']],
    ['John Coale', ['person:coale']],
    ['санкции против «Беларуськалия»', ['org:belaruskali']],
    ['Belaruskali', ['org:belaruskali']],
    ['в Беларуси', ['place:belarus']],
    ['US officials', ['place:usa']],
    ['Белинвестбанка', ['org:belinvestbank']],
    ['Mar-a-Lago', ['place:mar-a-lago']],
    ['госсекретарь Майк Помпео', ['person:pompeo']],
  ])('%j → %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('EntityRecognizer over the gazetteer: must not recognise', () => {
  it.each([
    ['«Беларуськалий» is not Беларусь', 'Беларуськалий', ['org:belaruskali']],
    ['"us" the pronoun is not the USA', 'Tell us more about it', []],
    ['"us" in lower case inside a sentence', 'they told us nothing', []],
    ['a lower-case name in a document is not a name', 'келлог', []],
    ['"Помпео" is a name, not May', 'Помпео', ['person:pompeo']],
  ])('%s', (_name, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('in a question a name may be typed in lower case', () => {
    expect(ids('когда келлог приезжал', false)).toEqual(['person:kellogg']);
    expect(ids('когда келлог приезжал', true)).toEqual([]);
  });

  it('gives token ranges: the longest alias wins', () => {
    const m = recognizer.recognize(tokenize('Президент Александр Лукашенко принял гостя'));
    expect(m).toEqual([{ entityId: 'person:lukashenko', from: 1, to: 3 }]);
  });
});

describe('gazetteerEntities', () => {
  const all = gazetteerEntities();
  it('has unique ids of the form kind:name', () => {
    const ids = all.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of all) expect(e.id.startsWith(`${e.kind}:`)).toBe(true);
  });
  it('marks nothing as discovered and gives every entity aliases', () => {
    for (const e of all) {
      expect(e.discovered).toBe(false);
      expect(e.aliases.length).toBeGreaterThan(0);
    }
  });
  it('adds Russian place adjectives ("вашингтонский", Washington standing for the USA; "минский")', () => {
    expect(ids('вашингтонский саммит')).toEqual(['place:usa']);
    expect(ids('минский диалог')).toEqual(['place:minsk']);
  });
});

describe('discoverEntities', () => {
  const known = new EntityRecognizer(gazetteerEntities(), gazetteerGenders());
  const discover = (...texts: string[]) => discoverEntities(texts, known);

  it.each<[string, string, string, string[]]>([
    [
      'an English given name + surname',
      'RFE/RL journalist Alena Movshuk was freed in February.',
      'person',
      ['Alena Movshuk', 'Movshuk'],
    ],
    [
      'a Russian given name + surname in the genitive',
      'освобождение инженера Петра Новака стало главной новостью.',
      'person',
      ['Петра Новака', 'Новака'],
    ],
    ['a bank in «quotes» after "банк"', 'Санкции сняли с банка «Приорбанк» в марте.', 'org', ['Приорбанк']],
    [
      'an airline in «quotes» after "авиакомпания"',
      'Ограничения сняли с авиакомпании «Азур Эйр».',
      'org',
      ['Азур Эйр'],
    ],
    ['a word built on -банк', 'Он работал в Паритетбанке.', 'org', ['Паритетбанке']],
    ['an English run ending in an org word', 'The Prut Savings Bank was listed.', 'org', ['Prut Savings Bank']],
  ])('%s', (_name, text, kind, aliases) => {
    const found = discover(text);
    const e = found.find((x) => aliases.every((a) => x.aliases.includes(a)));
    expect(e, JSON.stringify(found)).toBeDefined();
    expect(e?.kind).toBe(kind);
    expect(e?.discovered).toBe(true);
  });

  it('merges forms of one person across sentences and prefers the nominative as the name', () => {
    const found = discover(
      'Ханса Мюллера встретили в аэропорту.',
      'Ханс Мюллер прибыл в Астану.',
      'Мюллер заявил журналистам.',
    );
    const e = found.find((x) => x.aliases.includes('Мюллер'));
    expect(e?.names.ru).toBe('Ханс Мюллер');
  });

  it.each([
    ['a known name is not rediscovered', 'Кит Келлог прибыл в Минск.'],
    ['a known org in «quotes» is not rediscovered', 'Санкции против «Беларуськалия» остаются.'],
    ['a quoted phrase of several words without an org word', 'Он назвал встречу «большой победой».'],
    ['a quoted sentence', 'Он сказал: «Спасибо, что приехал.»'],
    ['a capitalised word without a given name before it', 'Вчера Посланник прибыл.'],
  ])('does not discover: %s', (_name, text) => {
    expect(discover(text)).toEqual([]);
  });

  // A single capitalised word in «quotes» becomes an org even with no org word before it.
  it('a quoted greeting («Привет») is not an organisation', () => {
    expect(discover('Он сказал «Привет» и ушёл.')).toEqual([]);
  });

  it('is deterministic and sorted by id', () => {
    const texts = ['Alena Movshuk was freed.', 'Санкции сняли с банка «Приорбанк».', 'Rebecca Thornton arrived.'];
    const a = discover(...texts);
    expect(discover(...texts)).toEqual(a);
    expect(a.map((e) => e.id)).toEqual([...a.map((e) => e.id)].sort());
  });
});
