/**
 * Names are observed one document at a time (in ingest workers) and merged in document order: the
 * entities must be the same as one pass over every sentence, however the sentences are cut into
 * documents. Invented sentences where the cut matters: a run or a «quote» that comes back only in
 * another document, a first form that decides the display name, a surname that claims a run.
 */
import { describe, expect, it } from 'vitest';
import { EntityRecognizer, gazetteerEntities, gazetteerGenders } from '../../../src/knowledge/extract/entities.ts';
import {
  discoverEntities,
  mergeNameObservations,
  observeNames,
} from '../../../src/knowledge/extract/name-discovery.ts';

const known = new EntityRecognizer(gazetteerEntities(), gazetteerGenders());

const SENTENCES = [
  'The ships docked at Norhaven Harbor on Monday.',
  'Об этом написал «Полесский вестник».',
  'Освобождение Анны Залесской обсуждали в среду.',
  'Анна Залесская и её муж Виктор Залесский приехали вместе.',
  'Traffic at Norhaven Harbor resumed a day later.',
  'Редакция «Полесского вестника» подтвердила это, а «Привет» остался словом.',
  'The talks were led by envoy Thornbury and Deputy Assistant Secretary Chris Holloway.',
  'Санкции сняли с Банка реконструкции, сообщил посол Вендт.',
  'Thornbury met the board of Kelmar Steel in Kelmar Steel offices.',
  'Gregory Thornbury arrived; Грегори Торнбери прибыл.',
];

/** The sentences cut into documents of `size` sentences each. */
function documents(size: number): string[][] {
  const docs: string[][] = [];
  for (let i = 0; i < SENTENCES.length; i += size) docs.push(SENTENCES.slice(i, i + size));
  return docs;
}

describe('name discovery per document, merged in document order', () => {
  const whole = discoverEntities(SENTENCES, known);

  it.each([1, 2, 3, 4, 10])('gives the entities of one pass with documents of %i sentences', (size) => {
    const merged = mergeNameObservations(documents(size).map((doc) => observeNames(doc, known)));
    expect(merged).toEqual(whole);
  });

  it('finds names that only come back in another document', () => {
    const aliases = whole.flatMap((e) => e.aliases);
    expect(aliases).toEqual(expect.arrayContaining(['Norhaven Harbor', 'Полесский вестник']));
    expect(aliases).not.toContain('Привет');
  });

  it('a name seen in one document only once is not a name', () => {
    const merged = mergeNameObservations([observeNames([SENTENCES[0] as string], known)]);
    expect(merged.flatMap((e) => e.aliases)).not.toContain('Norhaven Harbor');
  });
});

/** A given name the lists do not know, after a title, starting like a month ("Mar…", "Ма…"): still a name. */
describe('a name that starts like a month', () => {
  it.each([
    ['Justice Minister Marit Oftelund said on Wednesday the government would act.', 'Marit Oftelund'],
    ['Об этом заявил министр Мадина Оразбекова.', 'Мадина Оразбекова'],
  ])('%s → %s', (sentence, name) => {
    const found = discoverEntities([sentence], known);
    expect(found.flatMap((e) => e.aliases)).toContain(name);
  });
});
