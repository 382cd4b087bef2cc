import { createKnowledgeBase, type KnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';
import type { Entity, Fact, FactStoreData, FuzzyDate } from '../../../src/knowledge/types.ts';

/** A small hand-made fact store: three people, two places, facts from two sources. */
export const TEXT_A =
  'В сентябре 2025 года Кит Келлог посетил Минск. Освобождены 52 человека. США сняли санкции с «Белавиа». <b>Тег</b> & прочее.';
export const TEXT_B = 'On 21 June 2025 Kellogg met Lukashenko in Minsk. Tsikhanouski was released.';

const entity = (id: string, en: string, ru: string, aliases: string[], kind: Entity['kind'] = 'person'): Entity => ({
  id,
  kind,
  names: { en, ru },
  aliases,
  discovered: false,
});

export const ENTITIES: Entity[] = [
  entity('person:kellogg', 'Keith Kellogg', 'Кит Келлог', ['Kellogg', 'Келлог', 'Келлогг', 'Келлога', 'Келлогом']),
  entity('person:lukashenko', 'Alexander Lukashenko', 'Александр Лукашенко', ['Lukashenko', 'Lukashenka', 'Лукашенко']),
  entity('person:tsikhanouski', 'Siarhei Tsikhanouski', 'Сергей Тихановский', [
    'Tsikhanouski',
    'Тихановский',
    'Тихоновский',
  ]),
  entity('place:minsk', 'Minsk', 'Минск', ['Minsk', 'Минск', 'Минске'], 'place'),
  entity('place:belarus', 'Belarus', 'Беларусь', ['Belarus', 'Беларусь'], 'place'),
  entity('org:belaruskali', 'Belaruskali', 'Беларуськалий', ['Belaruskali', 'Беларуськалий'], 'org'),
  entity('org:belavia', 'Belavia', 'Белавиа', ['Belavia', 'Белавиа'], 'org'),
];

const day = (year: number, month: number, d: number): FuzzyDate => ({ year, month, day: d, precision: 'day' });

export function quoteOf(text: string, needle: string, sourceId: string) {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" is not in source ${sourceId}`);
  return { sourceId, sentenceId: `${sourceId}#0`, start, end: start + needle.length, quote: needle };
}

export function makeFact(partial: Partial<Fact> & Pick<Fact, 'id' | 'type'>): Fact {
  const evidence = partial.evidence ?? [];
  return {
    participants: [],
    places: [],
    counts: [],
    concepts: [],
    evidence,
    sentenceIds: evidence.map((e) => e.sentenceId),
    ...partial,
  };
}

export const FACTS: Fact[] = [
  makeFact({
    id: 'f-visit',
    type: 'visit',
    date: { year: 2025, month: 9, precision: 'month' },
    participants: ['person:kellogg'],
    places: ['place:minsk'],
    concepts: ['visit'],
    evidence: [quoteOf(TEXT_A, 'В сентябре 2025 года Кит Келлог посетил Минск.', 'a')],
  }),
  makeFact({
    id: 'f-release-52',
    type: 'release',
    date: day(2025, 9, 11),
    counts: [{ value: 52, noun: 'человека', concept: 'person', text: '52 человека', start: 0, end: 0 }],
    concepts: ['prisoner'],
    evidence: [quoteOf(TEXT_A, 'Освобождены 52 человека.', 'a')],
  }),
  makeFact({
    id: 'f-meeting',
    type: 'meeting',
    date: day(2025, 6, 21),
    participants: ['person:kellogg', 'person:lukashenko'],
    places: ['place:minsk'],
    evidence: [quoteOf(TEXT_B, 'On 21 June 2025 Kellogg met Lukashenko in Minsk.', 'b')],
  }),
  makeFact({
    id: 'f-release-tsikh',
    type: 'release',
    date: day(2025, 6, 21),
    participants: ['person:tsikhanouski'],
    concepts: ['prisoner'],
    evidence: [quoteOf(TEXT_B, 'Tsikhanouski was released.', 'b')],
  }),
  makeFact({
    id: 'f-sanctions',
    type: 'sanctions',
    sanctionAction: 'lifted',
    participants: ['org:belavia'],
    concepts: ['sanctions'],
    evidence: [quoteOf(TEXT_A, 'США сняли санкции с «Белавиа».', 'a')],
  }),
];

export function makeData(facts: Fact[] = FACTS): FactStoreData {
  return {
    schemaVersion: 1,
    sourcesDigest: 'test',
    sources: [
      { id: 'a', file: 'a.txt', title: 'Источник А', published: '2025-09-15', estimated: [], lang: 'ru', sha256: 'a' },
      { id: 'b', file: 'b.txt', title: 'Source B', published: '2025-06-22', estimated: [], lang: 'en', sha256: 'b' },
    ],
    texts: { a: TEXT_A, b: TEXT_B },
    sentences: [],
    entities: ENTITIES,
    facts,
    annotations: {},
  };
}

export function makeKb(facts: Fact[] = FACTS): KnowledgeBase {
  return createKnowledgeBase(makeData(facts));
}
