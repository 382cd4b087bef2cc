import { describe, expect, it } from 'vitest';
import { documentText, expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A person after a comma that ends another phrase ("Minister of Public Works, Lorin Halden") is a person,
 * though the phrase ends in a kind of thing ("works"); and the names listed after a plural title ("the
 * mayors of the two towns, Osvar Kestov of Varnel and Marta Vendt of Northgate") each hold it.
 */
const kb = knowledgeBaseOfTexts({
  'bridge.md': documentText(
    "The ceremony was attended by Varnel's Minister of Public Works, Lorin Halden, and the mayors of the two towns linked by the bridge, Osvar Lindqvist of Harbour Point and Marta Vendt of Northgate.",
    { lang: 'en', published: '2026-07-18' },
  ),
});
const now = new Date('2026-12-01');

describe('a title that reaches its holder across a comma', () => {
  it.each([
    ['Who is the Minister of Public Works?', /Halden/],
    ['Who is the mayor of Northgate?', /^Marta Vendt/],
    ['Кто является мэром Нортгейта?', /^Марта Вендт|^Marta Vendt/],
  ])('%s', (question, expected) => {
    expectStated(kb.answer(question, { now }), expected);
  });
});

describe('a title that does not reach a name', () => {
  it('is not held by a name after another title', () => {
    const other = knowledgeBaseOfTexts({
      'court.md': documentText('The judges of the district court, after a hearing, freed the activist Osvar Kestov.', {
        lang: 'en',
      }),
    });
    expect(other.answer('Who is the judge of the district court?', { now }).summary).not.toMatch(/Kestov/);
  });
});
