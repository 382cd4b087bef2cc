import { describe, it } from 'vitest';
import { documentText, expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "From 2 March to 20 April the crossing was closed": its closing is the span's first date and its
 * reopening the last; a span closed to freight tells nothing of passengers; "no date for reopening"
 * leaves the closing's date standing.
 */
const BRIEF = documentText(
  `Orvik crossing brief

For most of the spring, Kestov and Varnel measured their relations in trucks. From 2 March to 20 April the Orvik crossing was closed to freight, and queues on the Varnel side reached 900 vehicles. The two governments still signed a transit memorandum in May.`,
  { title: 'Orvik crossing brief', published: '2026-06-10', lang: 'en' },
);

const NOTE = documentText(
  `Записка о пункте пропуска «Орвик»

• Закрытие пункта пропуска «Орвик» кестовской стороной с 2 марта по 20 апреля 2026 года (49 дней для грузового транспорта) стало самым долгим перерывом в торговле за десятилетие.

• Пассажирское сообщение возобновлено 28 апреля.`,
  { title: 'Записка о пункте пропуска «Орвик»', published: '2026-09-21', lang: 'ru' },
);

const WIRE = documentText(
  `Trucks back up at Dellin

Kestov shut the Dellin crossing to all traffic on 4 June. Its customs service gave no date for reopening the crossing.`,
  { title: 'Trucks back up at Dellin', published: '2026-06-12', lang: 'en' },
);

const now = new Date('2026-12-01T00:00:00Z');

describe('a span of days: the closing is its first date, the reopening its last', () => {
  const kb = knowledgeBaseOfTexts({ 'brief.md': BRIEF, 'note.md': NOTE });
  it.each([
    ['On what date did Kestov shut the Orvik crossing?', /2 March|March 2/, /20 April|April 20/],
    ['Когда закрыли пункт пропуска «Орвик»?', /2 марта/, /20 апреля/],
    ['When was the Orvik crossing reopened to freight?', /20 April|April 20/, /2 March|March 2/],
  ])('%s', (question, expected, other) => {
    expectStated(kb.answer(question, { now }), expected, other);
  });
});

describe('a sentence of freight traffic does not date the passengers', () => {
  const kb = knowledgeBaseOfTexts({ 'brief.md': BRIEF, 'note.md': NOTE });
  it.each([
    ['From what date were passengers allowed through the Orvik crossing again?', /28 April|April 28/, /20 April/],
    ['С какого числа через «Орвик» снова пропускают пассажиров?', /28 апреля/, /20 апреля/],
  ])('%s', (question, expected, other) => {
    expectStated(kb.answer(question, { now }), expected, other);
  });
});

describe('no date for the reopening leaves the closing dated', () => {
  const kb = knowledgeBaseOfTexts({ 'wire.md': WIRE });
  it.each([['When did Kestov shut the Dellin crossing?', /4 June|June 4/]])('%s', (question, expected) => {
    expectStated(kb.answer(question, { now }), expected);
  });
});
