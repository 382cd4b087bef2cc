import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "задержала у Шпицбергена", "seized off Lorin": near a place is where a thing at sea happens, and a
 * better answer than the town a weaker sentence names the owner's company after.
 */
const kb = knowledgeBaseOfTexts({
  'interview.md': documentText(
    [
      'Почти два месяца назад береговая охрана Кестова задержала у Шпицбергена траулер Nordvik Star, который ловил краба.',
      'Суд оставил в силе штраф для судовладельца Nordvik Fishing из Лорина.',
    ].join(' '),
    { lang: 'ru', published: '2026-04-22' },
  ),
  'wire.md': documentText('The Kestov coast guard seized the Varnel trawler Marlow Bay off Halden on Monday.', {
    lang: 'en',
    published: '2026-03-04',
  }),
});

describe('a place said by "у", "off"', () => {
  it.each([
    ['Where was the Nordvik Star detained?', /Svalbard|Шпицберген/],
    ['Где задержали траулер Marlow Bay?', /Халден|Halden/],
  ])('%s', (question, expected) => {
    const a = kb.answer(question, { now: new Date('2026-12-01') });
    expect(a.summary, a.text).toMatch(expected);
  });
});
