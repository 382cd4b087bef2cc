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

/**
 * A Cyrillic name whose stem is a vocabulary word's ("Досо" / "досье", "Семе" / "семья") is still a name
 * mid-sentence: a Latin spelling finds it.
 */
describe('a place name sharing its stem with a common word', () => {
  const stemKb = knowledgeBaseOfTexts({
    'ru.txt': documentText(
      'Взрыв на нефтепроводе\n\nВзрыв повредил нефтепровод Варнель — Кестов в регионе Досо 12 марта; прокачку остановили.',
      { title: 'Взрыв на нефтепроводе', published: '2026-03-13', lang: 'ru' },
    ),
  });
  it('is found by its Latin spelling', () => {
    expect(
      stemKb.answer('When was the pipeline damaged in the Dosso region?', { now: new Date('2026-12-01') }).summary,
    ).toMatch(/12 March/);
  });
});
