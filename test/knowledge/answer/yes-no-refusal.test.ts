import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/knowledge/answer/analyze.ts';
import { askedPredicate } from '../../../src/knowledge/answer/compose/negation.ts';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A refusal says an act was not done ("refused to pay", «платить отказалось»), and a deadline to do it
 * ("seven days to pay") says only that it was asked for. "End up paying" asks the paying.
 */
const WIRE = documentText(
  `Varnel refuses ransom as port systems stay down

The hackers demanded USD 9 million in bitcoin and gave the Lorin port authority seven days to pay.

The government refused to pay, the transport minister said on Monday.`,
  { title: 'Varnel refuses ransom as port systems stay down', published: '2026-02-17', lang: 'en' },
);
const BRIEF = documentText(
  `Атака на порт Лорин: ущерб и уроки

Вымогатели потребовали 9 млн долларов и дали администрации порта семь дней на оплату.

Правительство Варнела платить отказалось.`,
  { title: 'Атака на порт Лорин: ущерб и уроки', published: '2026-07-20', lang: 'ru' },
);

describe('asked whether a demand was met, a refusal says no', () => {
  const kb = knowledgeBaseOfTexts({ 'wire.md': WIRE, 'brief.md': BRIEF });
  it.each([
    ['Did Varnel end up paying the hackers to get the Lorin port running again?', /^No/],
    ['Did the government pay the ransom?', /^No/],
    ['Заплатило ли правительство Варнела вымогателям?', /^Нет/],
  ])('%s', (question, expected) => {
    const answer = kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') });
    expect(answer.answered).toBe(true);
    expect(answer.summary).toMatch(expected);
  });
});

describe('a verb that leads to the act asked', () => {
  const kb = knowledgeBaseOfTexts({ 'wire.md': WIRE, 'brief.md': BRIEF });
  it.each([
    ['Did Varnel end up paying the hackers?', 'paying'],
    ['Did the government manage to pay the hackers?', 'pay'],
    ['Did the government refuse to pay the hackers?', 'refuse'],
  ])('%s asks %s', (question, predicate) => {
    expect(askedPredicate(analyzeQuestion(question, kb.index))?.raw).toBe(predicate);
  });
});

describe('asked whether someone is there, "absent" says no', () => {
  const kb = knowledgeBaseOfTexts({
    'court.md': documentText(
      `В Кестове начался суд над руководством банка «Варнел»

Основной акционер банка Лорин Вендт на скамье подсудимых отсутствует: он объявлен в международный розыск.`,
      { title: 'В Кестове начался суд над руководством банка «Варнел»', published: '2026-07-15', lang: 'ru' },
    ),
  });
  it('answers no', () => {
    const answer = kb.answer('Is Lorin Vendt among the defendants in the courtroom?', {
      now: new Date('2026-12-01T00:00:00Z'),
    });
    expect(answer.answered).toBe(true);
    expect(answer.summary).toMatch(/^No/);
  });
});

/** Asked whether someone got what they sought, a sentence turning their appeal down says no. */
describe('asked whether an appeal succeeded, its rejection says no', () => {
  const kb = knowledgeBaseOfTexts({
    'interview.md': documentText(
      `Маркус Вендт: «Мы не просили особого отношения»

Накануне губернатор фюльке Лорин Анна Кестова отклонила жалобу круизной компании Varnel Cruises на предписание главного врача коммуны Орск.`,
      { title: 'Маркус Вендт: «Мы не просили особого отношения»', published: '2026-06-12', lang: 'ru' },
    ),
  });
  it.each([
    ['Удалось ли Varnel Cruises добиться отмены предписания главного врача у губернатора фюльке?', /^Нет/],
    ['Did Varnel Cruises manage to get the order overturned by the county governor?', /^No/],
  ])('%s', (question, expected) => {
    const answer = kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') });
    expect(answer.summary, answer.text).toMatch(expected);
  });
});

/** Asked whether all of them did it, a sentence telling that only some did says no. */
describe('asked whether all did it, a part says no', () => {
  const kb = knowledgeBaseOfTexts({
    'chronicle.md': documentText(
      `Хроника: обмен заключёнными между Варнелом и Кестовом

• 20 июня — в Варнеле помилованы пятеро граждан Кестова: трое вернулись на родину через Лорин, двое остались в Варнеле.

• 14 июля — суд в Орске предъявил двум из трёх задержанных обвинения в пособничестве; третий освобождён.`,
      { title: 'Хроника: обмен заключёнными между Варнелом и Кестовом', published: '2026-09-30', lang: 'ru' },
    ),
  });
  it.each([
    ['Все ли помилованные в Варнеле граждане Кестова вернулись на родину?', /^Нет/],
    ['Were all three men detained in Orsk charged by the court?', /^No/],
  ])('%s', (question, expected) => {
    const answer = kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') });
    expect(answer.summary, answer.text).toMatch(expected);
  });
});

/**
 * "суд отказал Вендригу в освобождении под залог", "refused his request for release on bail": what the
 * refused request asked for was not done, so it has no date. Invented defendants and court.
 */
describe('a request refused', () => {
  const kb = knowledgeBaseOfTexts({
    'chronicle.md': documentText(
      ['Хроника', '• 30 июня (вторник) — суд Кештова отказал Ларсу Вендригу в освобождении под залог.'].join('\n\n'),
      { lang: 'ru', published: '2026-09-14' },
    ),
    'report.md': documentText(
      ['Lorin case', "On 2 July the Lorin court refused Anna Talmi's request for release on bail."].join('\n\n'),
      { lang: 'en', published: '2026-08-24' },
    ),
  });
  it.each(['Когда Ларса Вендрига освободили под залог?', 'On what date was Anna Talmi released on bail?'])(
    '%s: not stated',
    (question) => {
      const answer = kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') });
      expect(answer.answered, answer.text).toBe(false);
    },
  );
});
