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

/**
 * A spokesperson and a press secretary are one title by two names: «пресс-секретарь министерства» is the
 * ministry's spokesperson, and the reverse. Invented people and bodies.
 */
const spokespeople = knowledgeBaseOfTexts({
  'river.md': documentText(
    [
      'Varnel river fines',
      'The Ministry of Water and Forests said it would enforce the court order in full.',
      'Ministry spokesperson Orvin Kestal Darrow said the fines would be set by June.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-04-24' },
  ),
  'port.md': documentText(
    [
      'Порт Лорин',
      'Портовое управление Лорина объявило о закрытии причала.',
      'Пресс-секретарь управления Ильда Вестрова сообщила, что причал откроют в мае.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-05-02' },
  ),
});

describe('a spokesperson is a press secretary', () => {
  it.each([
    ['Как зовут пресс-секретаря министерства водных ресурсов и лесов?', /Darrow/, /Вестров/],
    ['Who is the spokesperson of the Lorin port authority?', /Вестров|Vestrov/, /Darrow/],
  ])('%s', (question, expected, other) => {
    expectStated(spokespeople.answer(question, { now }), expected, other);
  });
});
