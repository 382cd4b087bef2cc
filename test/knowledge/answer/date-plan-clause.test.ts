import { describe, expect, it } from 'vitest';
import { documentText, expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "When did Varnel call off the exercise that had been planned for September?": the plan describes the
 * exercise, the act asked is the calling off; the planned days ("на 15–17 сентября") date the plan.
 */
const POSTS = documentText(
  `Канал «Северный ветер»

[21.08.2026 10:40]
❌ Варнел отменил совместные учения «Кестов-2026», которые планировались на 15–17 сентября к северу от Лорина.`,
  { title: 'Канал «Северный ветер»', published: '2026-10-02', lang: 'ru' },
);

const BRIEF = documentText(
  `Varnel and Kestov in the north

Kestov-2026, a joint exercise planned for 15-17 September north of Lorin, would have brought together about 180 personnel. On 21 August Varnel cancelled it.`,
  { title: 'Varnel and Kestov in the north', published: '2026-09-04', lang: 'en' },
);

describe('a plan word that describes what is asked about', () => {
  const kb = knowledgeBaseOfTexts({ 'posts.md': POSTS, 'brief.md': BRIEF });
  it.each([
    ['When did Varnel call off the joint exercise that had been planned for September?', /21 August|August 21/],
  ])('%s', (question, expected) => {
    expectStated(kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') }), expected);
  });
});

/** A year joined to a name by a hyphen names the thing ("Kestov-2026"): it dates nothing. */
describe('a year inside a name', () => {
  const kb = knowledgeBaseOfTexts({ 'posts.md': POSTS });
  it('is not the date of the calling off', () => {
    const answer = kb.answer('When did Varnel call off the Kestov exercise?', {
      now: new Date('2026-12-01T00:00:00Z'),
    });
    expect(answer.summary).not.toMatch(/^2026$/);
  });
});

/**
 * "договорились, что мост заработает к середине мая": a date after "к" is a deadline of the plan agreed,
 * not the day of the agreement; the chronicle's day answers.
 */
const TALK = documentText(
  `Интервью: мост через Лорин

— Когда стало ясно, что мост откроют?
— В конце апреля министры Кестова и Варнела поговорили по телефону и договорились, что мост заработает к середине мая.`,
  { title: 'Интервью: мост через Лорин', published: '2026-06-26', lang: 'ru' },
);
const CHRONICLE = documentText(
  `Хроника: мост через Лорин

• 29 апреля (среда) — разговор министров Кестова и Варнела.`,
  { title: 'Хроника: мост через Лорин', published: '2026-09-30', lang: 'ru' },
);

describe('a deadline after "к"', () => {
  const kb = knowledgeBaseOfTexts({ 'talk.md': TALK, 'chronicle.md': CHRONICLE });
  it('dates the plan, not the agreement', () => {
    expectStated(
      kb.answer('On what date did the Kestov and Varnel ministers agree by phone to open the bridge?', {
        now: new Date('2026-12-01T00:00:00Z'),
      }),
      /29 April|April 29/,
    );
  });
});

/** "объявили о переносе подписания с 16 февраля на 20 марта": the new date is the plan, not the announcement. */
const CONCESSION = documentText(
  `Хроника: концессия дороги Лорин — Кестов

• 11 февраля (среда) — министр транспорта и логистики Варнеля Ивар Лорин и министр транспорта Кестова Макар Вендт объявили о переносе подписания концессионного соглашения с 16 февраля на 20 марта. Причина — спор о пенсионном долге (около 64 млн долларов).
• 20 марта (пятница) — подписание снова отложено.`,
  { title: 'Хроника: концессия дороги Лорин — Кестов', published: '2026-10-30', lang: 'ru' },
);

const WIRE = documentText(
  `Varnel, Kestov delay rail concession signing

ORVIK, Feb 12 (Varnel Wire) - Varnel and Kestov said on Wednesday they had postponed the signing of a 30-year concession for the Lorin railway after the two governments failed to agree on who should pay the line's pension debts.`,
  { title: 'Varnel, Kestov delay rail concession signing', published: '2026-02-12', lang: 'en' },
);

describe('the new date of a change, after its old one', () => {
  const kb = knowledgeBaseOfTexts({ 'concession.md': CONCESSION, 'wire.md': WIRE });
  it('is not the day the change was announced', () => {
    const a = kb.answer(
      'В какой день Варнель и Кестов впервые объявили о переносе подписания концессии железной дороги Лорин?',
      {
        now: new Date('2026-12-01T00:00:00Z'),
      },
    );
    expect(a.summary).toMatch(/11 февраля/);
    expect(a.summary).not.toMatch(/20 марта/);
  });
});

/** "a new target of the end of April also slipped": a target's date is a plan's, not the day it was done. */
describe('a target date', () => {
  const kb = knowledgeBaseOfTexts({
    'brief.md': documentText(
      `Varnel Air and Orvik

The signing of the Varnel Air share sale was postponed in February, and a new target of the end of April also slipped.`,
      { lang: 'en', published: '2026-07-20' },
    ),
  });
  it('does not date the act done', () => {
    expect(
      kb.answer('When was the Varnel Air share sale completed?', { now: new Date('2026-12-01T00:00:00Z') }).summary,
    ).not.toMatch(/April/);
  });
});
