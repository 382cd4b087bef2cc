import { describe, expect, it } from 'vitest';
import { EntityRecognizer, gazetteerEntities, gazetteerGenders } from '../../../src/knowledge/extract/entities.ts';
import { discoverEntities } from '../../../src/knowledge/extract/name-discovery.ts';
import { tokenize } from '../../../src/knowledge/text/tokens.ts';

const recognizer = new EntityRecognizer(gazetteerEntities(), gazetteerGenders());
const ids = (text: string, requireCapital = true) =>
  recognizer.recognize(tokenize(text), requireCapital).map((m) => m.entityId);

describe('EntityRecognizer over the gazetteer: must recognise', () => {
  it.each([
    ['Лукашенко', ['person:lukashenko']],
    ['Lukashenka', ['person:lukashenko']],
    ['Александром Лукашенко', ['person:lukashenko']],
    ["Trump's visit to Minsk", ['person:trump', 'place:minsk']],
    ['встреча с Путиным', ['person:putin']],
    ['в Беларуси', ['place:belarus']],
    ['US officials', ['place:usa']],
    ['в Кремле', ['org:kremlin']],
    ['миссия ОБСЕ', ['org:osce']],
  ])('%j → %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('EntityRecognizer over the gazetteer: must not recognise', () => {
  it.each([
    ['an invented company built on "Белорус..." is not Беларусь', 'Белтрансфлот', []],
    ['"us" the pronoun is not the USA', 'Tell us more about it', []],
    ['"us" in lower case inside a sentence', 'they told us nothing', []],
    ['a lower-case name in a document is not a name', 'путин', []],
    ['a minor actor is not known in advance', 'Грегори Торнбери', []],
  ])('%s', (_name, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('in a question a name may be typed in lower case', () => {
    expect(ids('когда путин приезжал', false)).toEqual(['person:putin']);
    expect(ids('когда путин приезжал', true)).toEqual([]);
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
    // Given names no list of ours holds, which the dictionary (OpenCorpora) knows: Turkmen, Kazakh, Armenian.
    [
      'a given name the dictionary knows, though it is also a word ("ширин")',
      'Главный редактор «Хальденского вестника» Ширин Кештова предложила мне место в редакции.',
      'person',
      ['Ширин Кештова', 'Кештова'],
    ],
    [
      'another given name only the dictionary knows',
      'Журналиста Довлета Варнелова задержали в июле.',
      'person',
      ['Довлета Варнелова', 'Варнелова'],
    ],
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
    ['a known name is not rediscovered', 'Владимир Путин прибыл в Минск.'],
    ['a known org in «quotes» is not rediscovered', 'Решение приняли в «Кремле» и в «Кремле» его повторили.'],
    ['a title followed by another role', 'Советник Президента заявил об этом.'],
    ['a title before a known name', 'Его принял президент Лукашенко.'],
    ['a title, a comma, then a name', 'Это сказал министр, а Вендт промолчал.'],
    ['an organisation word followed by a verb', 'Вчера Совет заявил о поддержке.'],
    ['a capitalised word that comes once', 'The delegation visited Norhaven on Monday.'],
    [
      'a capitalised word that recurs only at the start of sentences',
      'Meanwhile talks went on. Meanwhile nothing changed.',
    ],
    ['a title followed by a month', 'The envoy said in March that talks would go on.'],
    ['a title followed by an abbreviation', 'Об этом сообщил представитель МЧС.'],
    ['a weekday that recurs', 'The talks were held on Tuesday. They resumed on Tuesday.'],
    ['a given name and a one-letter word', 'Это сказал Виктор В понедельник.'],
    ['a quoted phrase of several words without an org word', 'Он назвал встречу «большой победой».'],
    ['a quoted sentence', 'Он сказал: «Спасибо, что приехал.»'],
    ['a capitalised word without a given name before it', 'Вчера Посланник прибыл.'],
    // A quotation opening before a given name names a company or a dam, not a person.
    ['a given name opening a quoted name', 'Плотину «Ширак Кидан» заполнили в июле.'],
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

describe('discoverEntities: names the documents introduce (invented sentences)', () => {
  const known = new EntityRecognizer(gazetteerEntities(), gazetteerGenders());
  const discover = (...texts: string[]) => discoverEntities(texts, known);

  it.each<[string, string[], string, string[]]>([
    ['a Russian title, then a surname alone', ['Об этом журналистам сообщил посол Вендт.'], 'person', ['Вендт']],
    [
      'a Russian title, its genitive words and a known country, then the name',
      ['Встреча с министром иностранных дел Литвы Йонасом Вайткусом прошла в Вене.'],
      'person',
      ['Йонасом Вайткусом', 'Вайткусом'],
    ],
    [
      'спецпосланник + given name + surname',
      ['В Минск прибыл спецпосланник Марк Галлоуэй.'],
      'person',
      ['Марк Галлоуэй', 'Галлоуэй'],
    ],
    ['an English title, then a surname alone', ['The talks were led by envoy Thornbury.'], 'person', ['Thornbury']],
    [
      'an English title with its modifiers, then a name with an unlisted given name',
      ['Foreign Minister Ilkin Vendt met the delegation.'],
      'person',
      ['Ilkin Vendt', 'Vendt'],
    ],
    [
      'a long English title, then a given name and surname',
      ['Deputy Assistant Secretary Chris Holloway arrived on Tuesday.'],
      'person',
      ['Chris Holloway', 'Holloway'],
    ],
    [
      'a Russian organisation word and its genitive',
      ['Санкции сняли с Банка реконструкции и с других.'],
      'org',
      ['Банка реконструкции'],
    ],
    [
      'a Russian council and its genitive',
      ['Заявление сделал Совет старейшин острова.'],
      'org',
      ['Совет старейшин острова'],
    ],
    [
      'a capitalised sequence that recurs',
      ['The ships docked at Norhaven Harbor on Monday.', 'Traffic at Norhaven Harbor resumed a day later.'],
      'other',
      ['Norhaven Harbor'],
    ],
    [
      'an outlet in «quotes» that recurs',
      ['Об этом написал «Полесский вестник».', 'Редакция «Полесского вестника» подтвердила это.'],
      'org',
      ['Полесский вестник'],
    ],
  ])('%s', (_name, texts, kind, aliases) => {
    const found = discover(...texts);
    const e = found.find((x) => aliases.every((a) => x.aliases.includes(a)));
    expect(e, JSON.stringify(found)).toBeDefined();
    expect(e?.kind).toBe(kind);
  });

  it.each([
    'Об этом сказал председатель Профсоюза портовых рабочих Лорина Хадар Исмаил Вендтов.',
    'Директор Портового управления Лорина Саид Хирси Кестов ответил на вопросы.',
  ])('an organisation after a Russian title is no person: %s', (text) => {
    const people = discover(text).filter((e) => e.kind === 'person');
    expect(people.flatMap((e) => e.aliases)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/Профсоюза|Портового/)]),
    );
  });

  it('a title, a surname, then a given name and surname: two people, not one', () => {
    const found = discover('Его принял заместитель советника Галлоуэя Виктором Вайткусом в пятницу.');
    const people = found.filter((e) => e.kind === 'person');
    expect(people.flatMap((e) => e.aliases)).toEqual(expect.arrayContaining(['Галлоуэя', 'Виктором Вайткусом']));
    expect(people.some((e) => e.aliases.includes('Галлоуэя Виктором'))).toBe(false);
  });

  it('one person across scripts: "Gregory Thornbury" and "Грегори Торнбери" share an id', () => {
    const found = discover('Gregory Thornbury arrived in Minsk.', 'Грегори Торнбери прибыл в Минск.');
    const people = found.filter((e) => e.kind === 'person');
    expect(people.map((e) => e.id)).toEqual(['person:trnbr']);
    expect(people[0]?.aliases).toEqual(expect.arrayContaining(['Gregory Thornbury', 'Грегори Торнбери']));
  });

  it.each([
    ['Catherine Ellwood', 'Кэтрин Эллвуд'],
    ['Anna Zalesskaya', 'Анна Залесская'],
    ['Ilham Guliyev', 'Ильхам Гулиев'],
    ['Yevgeny Branton', 'Евгений Брэнтон'],
  ])('%s and %s are one person', (en, ru) => {
    const found = discover(`${en} spoke.`, `${ru} выступил.`).filter((e) => e.kind === 'person');
    expect(found, JSON.stringify(found)).toHaveLength(1);
  });

  it('spouses who share a surname are two people, and each case form goes to the right one', () => {
    const entities = [
      ...gazetteerEntities(),
      ...discover(
        'Анна Залесская и её муж Виктор Залесский приехали вместе.',
        'Освобождение Анны Залесской обсуждали.',
      ),
    ];
    const people = entities.filter((e) => e.discovered && e.kind === 'person').map((e) => e.id);
    expect(people.sort()).toEqual(['person:slsk', 'person:slsk-f']);
    const all = new EntityRecognizer(entities);
    const of = (text: string) => all.recognize(tokenize(text)).map((m) => m.entityId);
    expect(of('освобождение Залесского')).toEqual(['person:slsk']);
    expect(of('освобождение Залесской')).toEqual(['person:slsk-f']);
  });

  it('a discovered name is recognised in its case forms and in the other script', () => {
    const entities = [
      ...gazetteerEntities(),
      ...discover('Спецпосланник Грегори Торнбери прибыл в Минск.', 'Торнбери встретился с Лукашенко.'),
    ];
    const all = new EntityRecognizer(entities);
    const of = (text: string) => all.recognize(tokenize(text)).map((m) => m.entityId);
    expect(of('встреча с Торнбери')).toEqual(['person:trnbr']);
    expect(of('визит Грегори Торнбери')).toEqual(['person:trnbr']);
  });
});
