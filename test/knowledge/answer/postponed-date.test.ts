import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * Asked when something is now to happen, a date it was put off from is no answer, and a source saying
 * no (new) date is set says that the documents do not give one; asked the original date, it answers.
 */
const now = new Date('2026-12-01');

const postponedNoNewDate = knowledgeBaseOfTexts({
  'chronology.md': documentText(
    [
      '• 2 июля — объявлено, что саммит Варнела и Кештова пройдёт 10 сентября в Нортгейте.',
      '• 19 августа — Варнел объявил о переносе саммита Варнела и Кештова, запланированного на 10 сентября. Новая дата не названа.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-09-01' },
  ),
  'brief.md': documentText(
    'The Northgate summit of Varnel and Kestov, pencilled in for 10 September, was postponed in August without naming a new date.',
    { lang: 'en', published: '2026-08-28' },
  ),
});

const postponedToNewDate = knowledgeBaseOfTexts({
  'timeline.md': documentText(
    [
      '14 Jun - Originally scheduled date of the Kestov local elections (postponed, see 20 May).',
      '20 May - The Kestov council postpones the local elections to 27 September, citing the energy emergency.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-06-30' },
  ),
});

const noDateSet = knowledgeBaseOfTexts({
  'timeline.md': documentText(
    [
      'They agree to resume the high-level economic dialogue of Varnel and Kestov within the year.',
      '- High-level economic dialogue of Varnel and Kestov: "within the year", no date.',
      'On 22 April the Varnel coast guard detained the captain of a Kestov trawler in the economic zone.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-09-30' },
  ),
});

describe('the date something was put off to', () => {
  const sources = { postponedNoNewDate, noDateSet };
  it.each([
    ['postponedNoNewDate', 'On what date will the postponed Northgate summit of Varnel and Kestov now take place?'],
    ['postponedNoNewDate', 'На какое число перенесли саммит Варнела и Кештова?'],
    ['noDateSet', 'On what date is the high-level economic dialogue of Varnel and Kestov scheduled?'],
  ] as const)('is not stated (%s): %s', (name, question) => {
    const a = sources[name].answer(question, { now });
    expect(a.answered, a.text).toBe(false);
  });

  it('is the date after "postponed ... to", not the one it was put off from', () => {
    const a = postponedToNewDate.answer('To what date were the Kestov local elections postponed in the end?', { now });
    expect(a.text.split('\n')[0], a.text).toMatch(/27 September/);
  });

  it('leaves the original date to a question asking for it', () => {
    const a = postponedNoNewDate.answer('On what date was the Varnel and Kestov summit originally planned?', { now });
    expect(a.text.split('\n')[0], a.text).toMatch(/10 September/);
  });
});

/** A date the question gives as a plan's ("the session scheduled for 28 May") is neither the period asked nor the answer. */
describe('a planned date named by the question', () => {
  const kb = knowledgeBaseOfTexts({
    'interview.md': documentText(
      '— На прошлой неделе, в среду, правительства Кестова и Варнела объявили, что совместное заседание, запланированное на 28 мая, переносится.',
      { lang: 'ru', published: '2026-05-14' },
    ),
  });
  it.each([
    ['В какой день объявили о переносе совместного заседания, намеченного на 28 мая?', /6 мая/],
    ['On what day did Kestov and Varnel announce that the joint session scheduled for 28 May was put off?', /6 May/],
  ])('%s', (question, expected) => {
    const a = kb.answer(question, { now });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(expected);
    expect(a.summary).not.toMatch(/28/);
  });
});

/** A date in what the question says was said ("told parliament that the line would open in July") is the plan told of. */
describe('a planned date inside a reported clause of the question', () => {
  const kb = knowledgeBaseOfTexts({
    'wire.md': documentText(
      'On 26 February Transport Minister Lorin Vendt told parliament that the Kestov line would open in July. The Kestov line finally opened on 3 July, with two trains a day.',
      { lang: 'en', published: '2026-07-10' },
    ),
  });
  it.each([
    ['On what date did the transport minister tell parliament that the Kestov line would open in July?', /26 February/],
    ['Какого числа министр транспорта сообщил парламенту, что линия Кестов будет открыта в июле?', /26 февраля/],
  ])('%s', (question, expected) => {
    const a = kb.answer(question, { now });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(expected);
    expect(a.summary).not.toMatch(/3 (July|июля)/);
  });
});

/** A date after the postponement that the event was held at, or before "прошёл перенесённый раунд", is when it happened. */
describe('the date a postponed event was held at in the end', () => {
  const heldAfter = knowledgeBaseOfTexts({
    'brief.md': documentText(
      'The review opened in Northgate on 23-24 February. The second round, scheduled for Kestov on 25-26 March 2026, was postponed by Varnel after the detention of an engineer on 10 March, and eventually took place in Kestov on 21-22 April 2026.',
      { lang: 'en', published: '2026-07-27' },
    ),
  });
  const heldBefore = knowledgeBaseOfTexts({
    'chronology.md': documentText(
      [
        '• 12 марта (четверг) — Варнел отложил второй раунд переговоров, назначенный на 25–26 марта в Кестове.',
        '• 21–22 апреля — в Кестове прошёл перенесённый второй раунд.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-10-30' },
    ),
  });
  const sources = { heldAfter, heldBefore };
  it.each([
    ['heldAfter', 'When did the postponed second round eventually take place?', /21([–-]22)? April/],
    ['heldBefore', 'Когда в итоге состоялся отложенный второй раунд переговоров?', /21[–-]22 апреля/],
  ] as const)('%s: %s', (name, question, expected) => {
    const a = sources[name].answer(question, { now });
    expect(a.answered, a.text).toBe(true);
    expect(a.text.split('\n')[0], a.text).toMatch(expected);
  });
});

/** "…signed on Friday, five months after the first ceremony was called off": the putting off is of what came before. */
describe('a date before the clause of an earlier putting off', () => {
  const signedAfter = knowledgeBaseOfTexts({
    'report.md': documentText(
      [
        'Varnel and Kestov on Friday signed a border treaty in Northgate, five months after the first signing ceremony was called off at the last minute.',
        'Варнел и Кестов в пятницу подписали пограничный договор в Нортгейте — через пять месяцев после того, как первую церемонию отменили.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-09-19' },
    ),
  });
  it.each([
    ['On what date was the border treaty finally signed in Northgate?', /18 September/],
    ['Когда в итоге подписали пограничный договор в Нортгейте?', /18 сентября/],
  ])('%s', (question, expected) => {
    const a = signedAfter.answer(question, { now });
    expect(a.answered, a.text).toBe(true);
    expect(a.text.split('\n')[0], a.text).toMatch(expected);
  });
});

/** Asked when an event was finally held, two sources' dates are the plan and the event: the later answers. */
describe('the date an event was finally held, two sources giving two dates', () => {
  const twoSources = knowledgeBaseOfTexts({
    'early.md': documentText(
      'The 12th session of the Varnel and Kestov border commissions was held in Northgate on 7 May.',
      {
        lang: 'en',
        published: '2026-05-01',
      },
    ),
    'late.md': documentText(
      'The 12th session of the Varnel and Kestov border commissions was held in Northgate on 9 July.',
      {
        lang: 'en',
        published: '2026-07-14',
      },
    ),
  });
  it.each([
    [
      'On what date was the 12th session of the Varnel and Kestov border commissions finally held in Northgate?',
      /9 July/,
    ],
    ['When was the 12th session of the Varnel and Kestov border commissions eventually held in Northgate?', /9 July/],
  ])('%s', (question, expected) => {
    const a = twoSources.answer(question, { now });
    expect(a.answered, a.text).toBe(true);
    expect(a.text.split('\n')[0], a.text).toMatch(expected);
    expect(a.text.split('\n')[0], a.text).not.toMatch(/7 (May|мая)/);
  });
});

/**
 * "Отложено повторно, новая дата не названа": the new date is kept back, the day of the postponing is
 * told by the line's own date.
 */
describe('postponed again without a new date', () => {
  const chronology = knowledgeBaseOfTexts({
    'chronology.md': documentText(
      'Хроника концессии Кестов\n\n• 18 марта (среда) — подписание концессии Кестов, назначенное на 20 марта, отложено повторно, новая дата не названа.',
      { lang: 'ru', published: '2026-10-30' },
    ),
  });
  // "Повторно" is the second time, though it says no number.
  it.each([
    ['On what date was the Kestov concession signing planned for 20 March postponed?'],
    ['On what date was the Kestov concession signing postponed for a second time?'],
  ])('dates the postponing: %s', (question) => {
    expect(chronology.answer(question, { now }).summary).toMatch(/18 March/);
  });
  it('keeps back the new date', () => {
    const a = chronology.answer('To what date was the Kestov concession signing postponed?', { now });
    expect(a.answered, a.text).toBe(false);
  });
});

describe('a date one source gives up and another moves the event to', () => {
  // The chronology's aside ("due to begin on 6 April, to 11 May") and the summary ("the second - after a
  // postponement - on 11 May") read as giving 11 May up; the brief moves the stage to it.
  const sources = knowledgeBaseOfTexts({
    'timeline.md': documentText(
      [
        '- 1 April (Wednesday): The Kestov fund postpones the second stage of payouts, due to begin on 6 April, to 11 May.',
        '- 11 May (Monday): The second stage of payouts begins.',
        'The first stage began on 2 March 2026, the second - after a postponement - on 11 May 2026, and the third on 15 June 2026.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-08-31' },
    ),
    'brief.md': documentText('Второй этап выплат фонда Кестова был перенесён с 6 апреля на 11 мая.', {
      lang: 'ru',
      published: '2026-06-10',
    }),
  });

  it('is the date the event was held at', () => {
    const answer = sources.answer('After the postponement, on what date did the second payout stage finally start?', {
      now,
    });
    expect(answer.answered).toBe(true);
    expect(answer.summary).toMatch(/11 May/);
  });
});
