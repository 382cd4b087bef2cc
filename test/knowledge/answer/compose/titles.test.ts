import { describe, it } from 'vitest';
import { documentText, expectStated, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * A title reaches its holder past the body it serves, and the body's name may hold its members in the
 * plural ("председатель Профсоюза портовых рабочих Лорина"), but not past another person's title.
 * Invented people and places.
 */
const kb = knowledgeBaseOfTexts({
  'strike.md': documentText(
    [
      'Забастовка докеров в Лорине',
      '«Мы не получили всего, чего хотели», — сказал журналистам председатель Профсоюза портовых рабочих Лорина Хадар Исмаил Вендтов.',
      'The strike was suspended on 26 July after mediation by the mayor of Lorin, Abdiqani Muse Kestov.',
      'Judge Ostrel Varnel freed activist Ilya Orvik on 3 August.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-08-12' },
  ),
});
const now = new Date('2026-12-01');

describe('a title and its holder', () => {
  it.each([
    ["Who chairs the Lorin Port Workers' Union?", /Вендтов/, /Kestov/],
    ['Кто председатель профсоюза портовых рабочих Лорина?', /Вендтов/, /Kestov/],
    ['Which judge freed Ilya Orvik?', /Varnel/, /Orvik/],
  ])('%s', (question, expected, other) => {
    expectStated(kb.answer(question, { now }), expected, other);
  });
});
