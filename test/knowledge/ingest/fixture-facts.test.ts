import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestDirectories } from '../../../src/knowledge/ingest/ingest.ts';
import type { Entity, Fact, FactStoreData, FuzzyDate } from '../../../src/knowledge/types.ts';

/**
 * The fixtures are invented articles the extraction was never tuned on (see test/fixtures/README.md).
 * Each row is something an article plainly states and the fact ingest must extract for it.
 */

const FIXTURES = join(resolve(import.meta.dirname, '../../..'), 'test', 'fixtures', 'sources');

let data: FactStoreData;
beforeAll(async () => {
  ({ data } = await ingestDirectories([FIXTURES]));
}, 60_000);

const entityWithAlias = (alias: string): Entity | undefined => data.entities.find((e) => e.aliases.includes(alias));
const factsOf = (sourceId: string) => data.facts.filter((f) => f.evidence.some((e) => e.sourceId === sourceId));
const quoteOf = (f: Fact, sourceId: string) =>
  f.evidence
    .filter((e) => e.sourceId === sourceId)
    .map((e) => e.quote)
    .join(' | ');
const sameDay = (d: FuzzyDate | undefined, y: number, m: number, day: number) =>
  d?.precision === 'day' && d.year === y && d.month === m && d.day === day;

/** The one fact of `sourceId` whose quote contains `phrase` and that matches `where`. */
function factWith(sourceId: string, phrase: string, where: (f: Fact) => boolean = () => true): Fact | undefined {
  return factsOf(sourceId).find((f) => quoteOf(f, sourceId).includes(phrase) && where(f));
}

describe('fixture ingest: reading', () => {
  it('reads the three fixtures with no warning', async () => {
    const { report } = await ingestDirectories([FIXTURES]);
    expect(report.warnings).toEqual([]);
    expect(data.sources.map((s) => s.id).sort()).toEqual([
      'kz-eu-analysis-pdf',
      'kz-eu-talks-2024',
      'moldova-us-envoy-2024',
    ]);
  });

  it.each([
    [
      'kz-eu-talks-2024',
      {
        title: 'Астана и Брюссель перезапускают диалог',
        published: '2024-03-18',
        lang: 'ru',
        author: 'Айгерим Сатпаева',
      },
    ],
    ['moldova-us-envoy-2024', { published: '2024-10-21', lang: 'en', publisher: 'The Prut Review' }],
    [
      'kz-eu-analysis-pdf',
      { title: 'Казахстан и Евросоюз: что принес мартовский раунд диалога', published: null, lang: 'ru' },
    ],
  ])('metadata of %s', (id, meta) => {
    expect(data.sources.find((s) => s.id === id)).toMatchObject(meta);
  });
});

describe('fixture ingest: discovered entities', () => {
  it.each<[string, Entity['kind'], string[]]>([
    ['Мюллер', 'person', ['Ханс Мюллер']],
    ['Ковальчук', 'person', ['Мария Ковальчук']],
    ['Новак', 'person', ['Петр Новак', 'Петра Новака']],
    ['Жетысу Инвест', 'org', []],
    ['Сары-Арка Эйр', 'org', []],
    ['Темиртау Стил', 'org', []],
    ['Дала-Права', 'org', []],
    ['Thornton', 'person', ['Rebecca Thornton']],
    ['Cojocaru', 'person', ['Andrei Cojocaru']],
    ['Delaney', 'person', ['Mark Delaney']],
  ])('%s is a discovered %s', (alias, kind, more) => {
    const e = entityWithAlias(alias);
    expect(e, `no entity has the alias ${alias}`).toBeDefined();
    expect(e?.kind).toBe(kind);
    expect(e?.discovered).toBe(true);
    for (const m of more) expect(e?.aliases).toContain(m);
  });

  it('names the envoy by the nominative form', () => {
    expect(entityWithAlias('Мюллер')?.names.ru).toBe('Ханс Мюллер');
    expect(entityWithAlias('Новак')?.names.ru).toBe('Петр Новак');
  });

  // English articles put names in "double quotes", not «guillemets».
  it.each([['Nistru Credit'], ['Codru Air']])(
    'the org "%s" (in English double quotes after bank/airline) is discovered',
    (name) => {
      expect(entityWithAlias(name)?.kind).toBe('org');
      expect(entityWithAlias(name)?.discovered).toBe(true);
    },
  );

  // "officials from the Treasury and the Department of Energy": the org run swallows "and the".
  it('"Treasury and the Department" is not an organisation', () => {
    expect(data.entities.filter((e) => e.discovered).map((e) => e.names.en)).not.toContain(
      'Treasury and the Department',
    );
  });
});

describe('fixture ingest: kz-eu-talks-2024 (ru)', () => {
  const S = 'kz-eu-talks-2024';
  const mueller = () => entityWithAlias('Мюллер')?.id as string;
  const bank = () => entityWithAlias('Жетысу Инвест')?.id as string;

  it('a visit on 14 March 2024 with the envoy in Astana', () => {
    const f = factWith(S, '14 марта 2024 года в Астану прибыл', (x) => x.type === 'visit');
    expect(f).toBeDefined();
    expect(sameDay(f?.date, 2024, 3, 14)).toBe(true);
    expect(f?.participants).toContain(mueller());
    expect(f?.places).toContain('place:astana');
    expect(f?.hedged).toBeUndefined();
  });

  it('a release of 37 people incl. 5 foreigners, dated 14 March 2024', () => {
    const f = factWith(S, 'освобождены 37 человек', (x) => x.type === 'release');
    expect(f).toBeDefined();
    expect(f?.counts.map((c) => [c.value, c.concept])).toEqual(
      expect.arrayContaining([
        [37, 'person'],
        [5, 'foreigner'],
      ]),
    );
    expect(f?.date).toMatchObject({ year: 2024, month: 3, day: 14, precision: 'day' });
  });

  it('sanctions lifted from the bank «Жетысу Инвест»', () => {
    const f = factWith(S, 'снятии ограничений с банка «Жетысу Инвест»', (x) => x.type === 'sanctions');
    expect(f?.sanctionAction).toBe('lifted');
    expect(f?.participants).toContain(bank());
  });

  // "…«Жетысу Инвест», который попал под европейские санкции в 2022 году": 2022 is when the bank was listed.
  it('the lifting is dated 2024 (the visit), not 2022 (the year the bank was listed)', () => {
    const f = factWith(S, 'снятии ограничений с банка «Жетысу Инвест»', (x) => x.type === 'sanctions');
    expect(f?.date?.year).toBe(2024);
  });

  // "ЕС смягчил режим в отношении авиакомпании «Сары-Арка Эйр»" is read as type 'other' (no sanctions word in it).
  it('the EU eased its regime on «Сары-Арка Эйр»: a sanctions fact with action eased', () => {
    const airline = entityWithAlias('Сары-Арка Эйр')?.id as string;
    const f = factsOf(S).find((x) => x.participants.includes(airline) && x.type === 'sanctions');
    expect(f?.sanctionAction).toBe('eased');
  });

  it('the sanctions on «Темиртау Стил» that stay are not read as lifted', () => {
    const f = factWith(S, '«Темиртау Стил», остаются в силе');
    expect(f?.type).toBe('sanctions');
    expect(f?.sanctionAction).toBeUndefined();
  });

  it('a meeting "в четверг" resolves to Thursday 14 March 2024', () => {
    const f = factWith(S, 'Встреча в четверг', (x) => x.type === 'meeting');
    expect(sameDay(f?.date, 2024, 3, 14)).toBe(true);
  });

  it('the first round "в октябре прошлого года" is October 2023, in Brussels', () => {
    const f = factWith(S, 'Первый раунд состоялся в октябре прошлого года', (x) => x.type === 'meeting');
    expect(f?.date).toMatchObject({ year: 2023, month: 10, precision: 'month' });
    expect(f?.places).toContain('place:brussels');
  });

  it('an invitation to Brussels in autumn 2024', () => {
    const f = factWith(S, 'получил приглашение посетить Брюссель', (x) => x.type === 'invitation');
    expect(f?.date).toMatchObject({ year: 2024, season: 'autumn', precision: 'season' });
  });

  // "Ещё 2 февраля Жаксылыков провел телефонный разговор с Мюллером, в ходе которого стороны согласовали повестку визита":
  // "визита" outranks "телефонный разговор", so the call is typed as a visit.
  it('the phone call of 2 February 2024 is a call fact', () => {
    const f = factWith(S, 'провел телефонный разговор с Мюллером');
    expect(f?.type).toBe('call');
    expect(sameDay(f?.date, 2024, 2, 2)).toBe(true);
  });

  // A March 2024 article: "представительство ЕС откроет постоянный офис в Алматы в начале декабря" is December 2024.
  it('the office opening "в начале декабря" (future tense, March 2024 article) is dated 2024, not 2023', () => {
    const f = factWith(S, 'откроет постоянный офис в Алматы в начале декабря');
    expect(f?.date).toMatchObject({ year: 2024, month: 12, part: 'early' });
  });
});

describe('fixture ingest: moldova-us-envoy-2024 (en)', () => {
  const S = 'moldova-us-envoy-2024';
  const thornton = () => entityWithAlias('Thornton')?.id as string;
  const cojocaru = () => entityWithAlias('Cojocaru')?.id as string;
  const delaney = () => entityWithAlias('Delaney')?.id as string;

  // The title line is glued to the first paragraph ("...a reopened consulate On October 15, 2024, ..."),
  // and its "sanctions relief" makes the arrival a sanctions fact: no visit fact names Thornton on that day.
  it('a visit on 15 October 2024 by Thornton ("arrived in Chișinău")', () => {
    const f = factWith(S, 'arrived in Chișinău', (x) => x.type === 'visit');
    expect(sameDay(f?.date, 2024, 10, 15)).toBe(true);
    expect(f?.participants).toContain(thornton());
    expect(f?.places).toContain('place:chisinau');
  });

  it('a visit fact dated 15 October 2024 exists ("The visit came less than a week after ...")', () => {
    expect(factsOf(S).some((f) => f.type === 'visit' && sameDay(f.date, 2024, 10, 15))).toBe(true);
  });

  it('sanctions on "Nistru Credit" extended on 9 October 2024', () => {
    const f = factWith(S, 'the Treasury extended by one year its sanctions', (x) => x.type === 'sanctions');
    expect(f?.sanctionAction).toBe('extended');
    expect(sameDay(f?.date, 2024, 10, 9)).toBe(true);
    expect(f?.participants).toContain(entityWithAlias('Nistru Credit')?.id);
  });

  it('restrictions on "Codru Air" lifted', () => {
    const f = factWith(S, 'lifted its restrictions on the Moldovan airline', (x) => x.type === 'sanctions');
    expect(f?.sanctionAction).toBe('lifted');
    expect(f?.participants).toContain(entityWithAlias('Codru Air')?.id);
  });

  it('the release of four people in Tiraspol', () => {
    const f = factWith(S, 'released four people', (x) => x.type === 'release');
    expect(f?.counts.map((c) => c.value)).toContain(4);
    expect(f?.places).toContain('place:tiraspol');
  });

  it('the consulate in Chicago is an embassy fact', () => {
    const f = factWith(S, 'Consulate General in Chicago', (x) => x.type === 'embassy');
    expect(f).toBeDefined();
    expect(f?.places).toContain('place:chicago');
  });

  // "Moldova's Consulate General in Chicago, which closed in 2020 during the pandemic, reopened on October 18."
  // Actual: { month: 10, day: 18, year: 2020, yearInferred: true } (the year taken from the closing clause).
  it('the consulate reopening is dated 18 October 2024, not 2020 (the closing year)', () => {
    const f = factWith(S, 'Consulate General in Chicago', (x) => x.type === 'embassy');
    expect(sameDay(f?.date, 2024, 10, 18)).toBe(true);
  });

  it('a phone call "Last Thursday" (article of Monday 21 October 2024) on 17 October with Cojocaru and Delaney', () => {
    const f = factWith(S, 'spoke by phone with Assistant Secretary of State Mark Delaney', (x) => x.type === 'call');
    expect(sameDay(f?.date, 2024, 10, 17)).toBe(true);
    expect(f?.participants).toEqual(expect.arrayContaining([cojocaru(), delaney()]));
  });

  it('an invitation of Thornton to the Chisinau Energy Forum', () => {
    const f = factWith(S, 'invited Thornton to the Chisinau Energy Forum', (x) => x.type === 'invitation');
    expect(f?.participants).toEqual(expect.arrayContaining([cojocaru(), thornton()]));
  });

  // An October 2024 article: "the Chisinau Energy Forum in early December" is December 2024.
  it('"in early December" (October 2024 article, an upcoming forum) is dated 2024, not 2023', () => {
    const f = factWith(S, 'invited Thornton to the Chisinau Energy Forum', (x) => x.type === 'invitation');
    expect(f?.date).toMatchObject({ year: 2024, month: 12, part: 'early' });
  });

  it('"Delaney ... may join her on that trip" is hedged', () => {
    const f = factWith(S, 'may join her on that trip');
    expect(f?.hedged).toBe(true);
  });

  it('the delegation of 23 people is counted', () => {
    const f = factWith(S, 'delegation of 23 people');
    expect(f?.counts.map((c) => [c.value, c.concept])).toContainEqual([23, 'person']);
  });
});

describe('fixture ingest: across documents', () => {
  it('the release told by both Kazakh articles is one fact with evidence from both', () => {
    const f = factWith('kz-eu-talks-2024', 'освобождены 37 человек', (x) => x.type === 'release');
    const sources = new Set(f?.evidence.map((e) => e.sourceId));
    expect(sources).toEqual(new Set(['kz-eu-talks-2024', 'kz-eu-analysis-pdf']));
  });

  it('the release count 35 of «Дала-Права» is kept apart with its own org', () => {
    const f = factWith('kz-eu-analysis-pdf', 'насчитал лишь 35 освобожденных');
    expect(f?.type).toBe('release');
    expect(f?.counts.map((c) => c.value)).toContain(35);
    expect(f?.participants).toContain(entityWithAlias('Дала-Права')?.id);
  });
});
