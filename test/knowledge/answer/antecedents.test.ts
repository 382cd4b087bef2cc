import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A paragraph that names its person once, then speaks of her by pronouns only. */
const PARAGRAPH = documentText(
  [
    'Фонд Кестова выплатил компенсации 212 бывшим рабочим.',
    'Самый известный случай — госпожа Ирма Вендт. Ей 96 лет, в 1944 году её отправили на авиационный завод Lorin в Варнеле. Она говорит, что деньги должны заплатить те, кто её туда отправил.',
  ].join('\n\n'),
  { lang: 'ru', published: '2026-07-01' },
);

describe('a "who" answered by a sentence that names its person by a pronoun', () => {
  it.each([
    ['Which 96-year-old former worker, sent to the Lorin aircraft plant in Varnel in 1944, refuses the money?'],
    ['Кого в 1944 году отправили на авиационный завод Lorin в Варнеле?'],
  ])('quotes the sentence before, which names her: %s', (question) => {
    const a = knowledgeBaseOfTexts({ 'a.md': PARAGRAPH }).answer(question, { now: new Date('2026-12-01') });
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toMatch(/Ирма Вендт/);
  });
});

/**
 * A chronology's entry tells the event and names no one; its next sentence names who did it. An
 * interview's sentence naming the company's head, which outranks that next sentence, is no answer.
 */
const CHRONOLOGY = documentText(
  [
    'Хроника: Varnel Air',
    '• 9 июля (четверг) — в Лорине подписано соглашение о продаже 49% акций Varnel Air компании Orvik Aviation Holding за 145 млн долларов. Документ подписали министр транспорта Кестов Вендт и председатель холдинга Марат аль-Лоринов в присутствии специального посланника президента Абдул Сеиду.',
    '• 14 июля (вторник) — перечислен второй транш господдержки Varnel Air.',
  ].join('\n\n'),
  { lang: 'ru', published: '2026-10-30' },
);
const INTERVIEW = documentText(
  [
    'Интервью',
    'О продаже доли Varnel Air компании Orvik, забастовке пилотов и долгах мы поговорили с генеральным директором Varnel Air Даниэлом Сомовым.',
  ].join('\n\n'),
  { lang: 'ru', published: '2026-08-12' },
);

/** Other signings, which make a word of signing common. */
const BRIEF = documentText(
  [
    'Brief',
    'The lessor signed a lease for four aircraft in May.',
    'Pilots signed a new contract in June.',
    'The ministry signed a loan guarantee in March.',
    'Unions signed a wage deal in April.',
    'The airport signed a fuel contract in August.',
  ].join('\n\n'),
  { lang: 'en', published: '2026-09-01' },
);

describe('a "who" answered by the sentence after the best one', () => {
  it('names who signed, from the next sentence of the entry', () => {
    const kb = knowledgeBaseOfTexts({ 'chronology.md': CHRONOLOGY, 'interview.md': INTERVIEW, 'brief.md': BRIEF });
    const a = kb.answer('Who signed the Varnel Air share-sale agreement on 9 July on behalf of Varnel and of Orvik?', {
      now: new Date('2026-12-01'),
    });
    expect(a.answered, a.text).toBe(true);
    expect(a.summary).toMatch(/Vendt|Вендт/);
    expect(a.summary).not.toMatch(/Somov|Сомов/);
  });
});

/**
 * «Именно этим объясняется то, что …»: the sentence that says most of a why-question tells its cause by
 * "this"; the sentence before it, in its paragraph, is the cause and is quoted too.
 */
describe('a "why" answered by the sentence before the best one', () => {
  const kb = knowledgeBaseOfTexts({
    'analysis.md': documentText(
      [
        'Анализ',
        'По словам микробиолога Ирмы Лориной, бактерия распределяется в продукте неравномерно, очагами, и выборочная проверка партии её не замечает. Именно этим, по её мнению, объясняется то, что заводская лаборатория не обнаружила бактерию до вспышки.',
        'Завод в Варнеле остановлен с 3 апреля.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-06-18' },
    ),
  });

  it('quotes the cause told before', () => {
    const a = kb.answer('Почему заводская лаборатория не обнаружила бактерию до вспышки?', {
      now: new Date('2026-12-01'),
    });
    expect(a.answered, a.text).toBe(true);
    expect(a.text, a.text).toContain('неравномерно');
  });
});
