import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** The protests told in Russian only; an English document names the town otherwise. */
const kb = knowledgeBaseOfTexts({
  'ru.txt': documentText('Протесты\n\nПротесты прошли 28 февраля в Лорине и закончились задержаниями.', {
    title: 'Протесты',
    published: '2026-03-02',
    lang: 'ru',
  }),
  'en.txt': documentText('Mayor resigns\n\nThe mayor of Lorin resigned in May.', {
    title: 'Mayor resigns',
    published: '2026-05-20',
    lang: 'en',
  }),
});

describe('a place found in the other script', () => {
  it('is named to an English asker as the English document spells it', () => {
    const a = kb.answer('Where were the 28 February protests held?', { now: new Date('2026-12-01') });
    expect(a.summary).toMatch(/^Lorin/);
  });
});

/** A Russian list of countries, asked about in English. */
const listKb = knowledgeBaseOfTexts({
  'ru.txt': documentText(
    'Помилование\n\n11 сентября помиловали 14 иностранцев: граждан Литвы, Латвии, Польши, Германии, Франции и Великобритании.',
    { title: 'Помилование', published: '2026-09-12', lang: 'ru' },
  ),
});

describe('countries listed in a Russian sentence', () => {
  it('are each named in English, Lithuania and Latvia apart though their stems sound alike', () => {
    const a = listKb.answer('Which countries were the foreigners pardoned on 11 September from?', {
      now: new Date('2026-12-01'),
    });
    for (const country of ['Lithuania', 'Latvia', 'Poland', 'Germany', 'France', 'United Kingdom'])
      expect(a.summary).toMatch(country);
    expect(a.summary.split('\n')[0]).not.toMatch(/[а-яё]/i);
  });
});
