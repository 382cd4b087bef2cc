import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../../src/knowledge/answer/compound.ts';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

describe('splitCompound: the two questions of a compound one', () => {
  it.each([
    ['When did the envoy arrive in Kestov, and from where?', 'When did the envoy arrive in Kestov?', 'from where?'],
    [
      'Who heads Northgate Chemicals, and what did he say after the delisting?',
      'Who heads Northgate Chemicals?',
      'what did he say after the delisting?',
    ],
    ['Was Ilkin Vendt released, and when?', 'Was Ilkin Vendt released?', 'when?'],
    ['В какой день посланник прилетел в Кештов и откуда?', 'В какой день посланник прилетел в Кештов?', 'откуда?'],
    [
      'Что министр Вендт передал послу и как тот отреагировал?',
      'Что министр Вендт передал послу?',
      'как тот отреагировал?',
    ],
    [
      'Сколько водителей освободили в мае, а также какие у них были грузы?',
      'Сколько водителей освободили в мае?',
      'какие у них были грузы?',
    ],
    // A phrase setting the scene before the first question word.
    [
      'Under the second stage of the deal, what combined tonnage may Varnel vessels catch, and how many vessels at most?',
      'Under the second stage of the deal, what combined tonnage may Varnel vessels catch?',
      'how many vessels at most?',
    ],
    // Two slots of one event: each asked of the rest.
    ['Кто и когда подписал соглашение?', 'Кто подписал соглашение?', 'когда подписал соглашение?'],
    [
      'When and where was the first round of the Varnel–Kestov dialogue held?',
      'When was the first round of the Varnel–Kestov dialogue held?',
      'where was the first round of the Varnel–Kestov dialogue held?',
    ],
    [
      'Когда и на какой срок суд приговорил Вендта?',
      'Когда суд приговорил Вендта?',
      'на какой срок суд приговорил Вендта?',
    ],
    // Two counts of one event: the first borrows what follows the second's counted noun.
    [
      'Сколько военнослужащих и сколько гражданских лиц было среди задержанных, которых Кестов передал 5 марта?',
      'Сколько военнослужащих было среди задержанных, которых Кестов передал 5 марта?',
      'сколько гражданских лиц было среди задержанных, которых Кестов передал 5 марта?',
    ],
    [
      'How many soldiers and how many civilians were returned at Northgate on 5 March?',
      'How many soldiers were returned at Northgate on 5 March?',
      'how many civilians were returned at Northgate on 5 March?',
    ],
    [
      'Сколько человек погибло и сколько ранено при обстреле Кестова?',
      'Сколько человек погибло при обстреле Кестова?',
      'сколько ранено при обстреле Кестова?',
    ],
    // A first count with words of its own keeps them.
    [
      'How many trucks crossed at Kestov in May and how many in June?',
      'How many trucks crossed at Kestov in May?',
      'how many in June?',
    ],
  ])('%s', (question, first, second) => {
    expect(splitCompound(question)).toEqual({ first, second });
  });

  it.each([
    'When did the envoy visit Kestov?',
    // The conjunction joins two subjects, not two questions.
    'Which ministers of Varnelia and Kestov met in May?',
    'Перечислите по порядку освобождения и сколько человек выходило каждый раз.',
    'Министр сказал, что ждёт ответа, и что дальше?',
  ])('none in "%s"', (question) => {
    expect(splitCompound(question)).toBeUndefined();
  });
});

describe('splitCompound: a second question that opens with a preposition', () => {
  it.each([
    [
      'How big is the Kestov Bank loan for the first section, and over what term?',
      'How big is the Kestov Bank loan for the first section?',
      'over what term?',
    ],
    [
      'Какая компания получила контракт на мост через Варнель и на какую сумму?',
      'Какая компания получила контракт на мост через Варнель?',
      'на какую сумму?',
    ],
    [
      'How many Varnel sailors were freed in May, and on how many flights?',
      'How many Varnel sailors were freed in May?',
      'on how many flights?',
    ],
  ])('%s', (question, first, second) => {
    expect(splitCompound(question)).toEqual({ first, second });
  });

  it.each([
    'What information was Vendt accused of passing on to Kestov?',
    'Which ministers of Varnelia and of Kestov met in May?',
  ])('none in "%s"', (question) => {
    expect(splitCompound(question)).toBeUndefined();
  });
});

describe('a compound question whose second part opens with a preposition, answered', () => {
  it('gives the company and the sum', () => {
    const kb = knowledgeBaseOfTexts({
      'bridge.md': documentText(
        [
          'Мост через Варнель',
          'Контракт на строительство моста через Варнель получила компания «Кестов Строй».',
          'Контракт подписан сегодня в Лорине, сумма — 46,8 млн евро.',
        ].join('\n\n'),
        { lang: 'ru', published: '2026-09-15' },
      ),
    });
    const a = kb.answer('Какая компания получила контракт на строительство моста через Варнель и на какую сумму?');
    expect(a.text).toMatch(/Кестов Строй/);
    expect(a.text).toMatch(/46,8 млн евро/);
  });
});

/** "what combined tonnage …, and how many vessels?": a tonnage in tonnes, the vessels counted apart, no dispute between them. */
describe('a tonnage and a count of vessels asked together', () => {
  const kb = knowledgeBaseOfTexts({
    'bulletin.md': documentText(
      '- Second stage (Lorin, 8 July): Kestov licenses up to 10 Varnel vessels for a combined 1,200 tonnes of snow crab.',
      { lang: 'en', published: '2026-10-01' },
    ),
    'chronology.md': documentText(
      '• 8 июля — второй этап: Кестов выдаёт лицензии не более чем 10 судам Варнела на общий улов 1200 тонн краба.',
      { lang: 'ru', published: '2026-09-30' },
    ),
  });

  it('gives the tonnage and the vessels, not a disagreement', () => {
    const a = kb.answer(
      'Under the second stage of the deal, what combined tonnage may Varnel vessels catch, and how many vessels at most?',
      { now: new Date('2026-12-01') },
    );
    expect(a.summary, a.text).toMatch(/1[ ,]?200 tonnes/);
    expect(a.summary, a.text).toMatch(/10\b/);
    expect(a.text, a.text).not.toMatch(/sources differ/i);
  });
});
