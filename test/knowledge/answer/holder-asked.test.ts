import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const now = new Date('2026-12-01T00:00:00Z');

function docOf(lang: 'en' | 'ru', ...sentences: string[]): string {
  return `---\ntitle: Kestov case\npublished: 2026-06-05\nlang: ${lang}\n---\nKestov case\n\n${sentences.join(' ')}\n`;
}

const JUDGE_ONLY_RU = docOf(
  'ru',
  '27 мая следственный судья Лорина Махамат Вендт распорядился освободить Кестова.',
  'Посольство Варнелии добивалось консульского доступа к задержанному.',
);
const JUDGE_ONLY_EN = docOf(
  'en',
  'On 27 May an investigating judge in Lorin, Mahamat Vendt, ordered Kestov released.',
  'The Varnel embassy had repeatedly asked for consular access to Kestov.',
);
const AMBASSADOR_NAMED = docOf(
  'en',
  'Varnel ambassador Otto Linde had repeatedly asked for consular access to Kestov.',
  'On 27 May an investigating judge in Lorin, Mahamat Vendt, ordered Kestov released.',
);

/** "Как зовут посла …?" asks the holder of a post, as "who is the ambassador" does: a judge is no answer. */
describe('a post asked by name: only a sentence naming the post answers', () => {
  it.each([
    ['Как зовут посла Варнелии, добивавшегося консульского доступа к Кестову?', JUDGE_ONLY_RU],
    ['What is the name of the Varnel ambassador who sought consular access to Kestov?', JUDGE_ONLY_EN],
    ['Who was the Varnel ambassador who sought consular access to Kestov?', JUDGE_ONLY_EN],
  ])('none for "%s"', (question, doc) => {
    const a = knowledgeBaseOfTexts({ 'case.md': doc }).answer(question, { now });
    expect(a.answered, a.text).toBe(false);
  });

  it.each([
    'What is the name of the Varnel ambassador who sought consular access to Kestov?',
    'Как зовут посла Варнелии, добивавшегося консульского доступа к Кестову?',
  ])('the ambassador named answers "%s"', (question) => {
    const a = knowledgeBaseOfTexts({ 'case.md': AMBASSADOR_NAMED }).answer(question, { now });
    expect(a.summary).toMatch(/Linde|Линде/);
  });
});

const CITIZEN_ARRESTED = docOf(
  'en',
  'On 14 April police in Madrid arrested Andrei Kestov, a 33-year-old Romanian citizen, at the request of Lorin prosecutors.',
  'He is suspected of running the servers used in the attack.',
);

/** "Who is the Romanian man …?" asks a person, not a post: "man" need not be said of him ("a Romanian citizen"). */
describe('a person asked as a man or a woman holds no post', () => {
  it.each(['Who is the Romanian man arrested in Madrid in April?', 'Who was the Romanian man arrested in Madrid?'])(
    'the one arrested answers "%s"',
    (question) => {
      const a = knowledgeBaseOfTexts({ 'case.md': CITIZEN_ARRESTED }).answer(question, { now });
      expect(a.summary).toMatch(/Kestov/);
    },
  );
});

/**
 * "The name of the helicopter pilot": "of the" and a word describing the title leave it the title asked;
 * no document speaks of a pilot, so whoever is near (a lawyer) is no answer.
 */
describe('a title the documents never use, asked after "the name of the …"', () => {
  const kb = knowledgeBaseOfTexts({
    'case.md': docOf(
      'ru',
      '21 февраля утром профилактический подрыв склона Кестов с вертолёта не состоялся.',
      'Адвокат Вендта Сабина Лорина заявила, что подрыв склона Кестов 21 февраля должен был провести вертолёт.',
    ),
  });
  it('is not stated', () => {
    const a = kb.answer(
      'What is the name of the helicopter pilot who was supposed to carry out the blast on the Kestov slope on 21 February?',
      { now },
    );
    expect(a.answered, a.text).toBe(false);
  });
});

/**
 * "What is the name of the teenage shop assistant …?": the title stands past the five words of "what is
 * the name of", as it does after "who is the"; a sentence naming the title answers. Invented people.
 */
describe('a title asked after "what is the name of"', () => {
  const doc = docOf(
    'ru',
    '25 мая, через 19 часов после обрушения, из-под завалов извлечена живой 17-летняя продавщица Эльза Вардекова.',
    'Спасатель Томаш Лорик сказал, что ночью поиски не прекращались.',
  );
  it('is answered by the sentence naming a shop assistant', () => {
    const a = knowledgeBaseOfTexts({ 'case.md': doc }).answer(
      'What is the name of the teenage shop assistant who was rescued 19 hours after the collapse?',
      { now },
    );
    expect(a.answered, a.text).toBe(true);
    expect(a.text.split('\n')[0]).toMatch(/Вардеков/);
  });
});
