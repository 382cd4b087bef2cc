import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/knowledge/answer/analyze.ts';
import { type Candidate, numberCandidates } from '../../../src/knowledge/answer/candidates.ts';
import { countsForOtherPeriod } from '../../../src/knowledge/answer/compose/count-period.ts';
import { type RankedSentence, rankSentences } from '../../../src/knowledge/answer/retrieve.ts';
import { documentText, expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A figure dated by its sentence: it answers for that time, not for another one the question asks. */
const ENGLISH = `---
title: Northgate airline grounded
published: 2026-09-10
lang: en
---
Northgate airline grounded

In July 2026, fourteen of the Northgate airline's aircraft were grounded for lack of spare parts.

The Varnel port handled 412 ships in 2025.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('a count asked for a time its sentence does not give', () => {
  const kb = knowledgeBaseOfTexts({ 'doc.md': ENGLISH });
  it.each([
    ["How many of the Northgate airline's aircraft were grounded in July 2026?", /14|fourteen/],
    ['How many ships did the Varnel port handle in 2025?', /412/],
  ])('answers for the time the sentence gives: %s', (question, expected) => {
    expectStated(kb.answer(question, { now }), expected);
  });

  it.each([
    ["How many of the Northgate airline's aircraft were grounded in October 2026?"],
    ['How many ships did the Varnel port handle in 2024?'],
  ])('does not give the figure of another time: %s', (question) => {
    const a = kb.answer(question, { now });
    expect(a.answered).toBe(false);
  });
});

/** A figure for a span of months (a half-year, a quarter, nine months) is not the figure of one month. */
const SPANS = `---
title: Транзит через Варнель
published: 2026-07-20
lang: ru
---
Транзит через Варнель

За первое полугодие транзит кештовского зерна через порт Варнель составил 2,4 млн тонн.

In the first quarter, the Northgate terminal handled 180 tankers.

В мае через порт Лорин прошло 300 тысяч тонн кештовского угля, а за первое полугодие — 1,5 млн тонн.
`;

describe('a count asked for one month', () => {
  const kb = knowledgeBaseOfTexts({ 'doc.md': SPANS });
  it.each([
    ['Сколько тонн кештовского зерна прошло через порт Варнель в июне?'],
    ['How many tankers did the Northgate terminal handle in February?'],
  ])('is not answered by the figure of a half-year or a quarter: %s', (question) => {
    const a = kb.answer(question, { now });
    expect(a.answered).toBe(false);
  });

  it.each([
    ['Сколько тонн кештовского зерна прошло через порт Варнель за первое полугодие?', /2,4 млн/],
    ['How many tankers did the Northgate terminal handle in the first quarter?', /180/],
    ['Сколько тонн кештовского угля прошло через порт Лорин в мае?', /300/],
  ])('is answered where the sentence names that span or that month: %s', (question, expected) => {
    expectStated(kb.answer(question, { now }), expected);
  });
});

/** "1.2 million tonnes for July-December 2026": a figure for months its sentence names after "for". */
const QUOTA = `---
title: Kestov grain licences
published: 2026-09-15
lang: en
---
Kestov grain licences

Import licences are issued by the Varnel licensing office within an overall quota of 1.2 million tonnes for July-December 2026.
`;

describe('a figure for a period named after "for"', () => {
  const kb = knowledgeBaseOfTexts({ 'doc.md': QUOTA });
  it('does not answer for a month outside it', () => {
    expect(
      kb.answer('How many tonnes did the overall quota of the Varnel licensing office allow in June?', { now })
        .answered,
    ).toBe(false);
  });
  it('answers for the period itself', () => {
    expectStated(
      kb.answer('How many tonnes does the overall quota of the Varnel licensing office allow for July-December 2026?', {
        now,
      }),
      /1\.2 million/,
    );
  });
});

/** A figure followed by the year it is of ("2.4 billion kWh in 2026") is that year's, not another's. */
const CONTRACT = `---
title: Varnel power exports
published: 2026-09-14
lang: en
---
Varnel power exports

On 26 February Varnel and the Kestov grid company signed a contract for the supply of 2.4 billion kWh of electricity in 2026 at 5.0 US cents per kWh.
`;

describe('a figure of the year after it', () => {
  const kb = knowledgeBaseOfTexts({ 'doc.md': CONTRACT });
  const figureFor = (question: string) => {
    const q = analyzeQuestion(question, kb.index);
    const r = rankSentences(q, kb.index)[0] as RankedSentence;
    const c = numberCandidates(q, r).find((n) => n.text.startsWith('2.4')) as Candidate;
    return countsForOtherPeriod(q, c, r);
  };
  it.each([
    ['How many kWh of electricity will Varnel supply to Kestov in 2027?', true],
    ['Сколько киловатт-часов электроэнергии Варнел поставит в Кестов в 2027 году?', true],
    ['How many kWh of electricity will Varnel supply to Kestov in 2026?', false],
  ])('%s → counts for another period: %s', (question, other) => {
    expect(figureFor(question)).toBe(other);
  });
});

/** A figure of one numbered part of the year ("the first quarter") does not answer for another ("Q2"). */
describe('a figure of another quarter or half of the year', () => {
  const kb = knowledgeBaseOfTexts({
    'brief.md': documentText(
      'Varnel imports of high-purity hydrogen fluoride from Kestov fell 38 percent in the first quarter of 2026.\n\nВ первом полугодии 2026 года Кестов получил 1,2 млн тонн варнельского угля.',
      { lang: 'en', published: '2026-09-11' },
    ),
  });
  it.each([
    [
      'By what percentage did Varnel imports of hydrogen fluoride from Kestov change in the first quarter of 2026?',
      /38/,
    ],
    ['Сколько угля Кестов получил из Варнела в первом полугодии 2026 года?', /1,2|1\.2/],
  ])('answers for the part the sentence gives: %s', (question, expected) => {
    expectStated(kb.answer(question, { now }), expected);
  });
  it.each([
    ['By what percentage did Varnel imports of hydrogen fluoride from Kestov change in the second quarter of 2026?'],
    ['By how much did Varnel hydrogen fluoride imports from Kestov fall in Q2 2026?'],
    ['Сколько угля Кестов получил из Варнела во втором полугодии 2026 года?'],
    // A half is no quarter: the first half's coal is not the first quarter's.
    ['Сколько угля Кестов получил из Варнела в первом квартале 2026 года?'],
    ['How much Varnel coal did Kestov receive in Q1 2026?'],
  ])('does not give the figure of another part: %s', (question) => {
    expect(kb.answer(question, { now }).answered).toBe(false);
  });
});

/** The sentence saying most of the question gives another quarter's figure: a weaker one's figure is not the asked quarter's. */
describe('a figure of another quarter in the best sentence, another figure in a weaker one', () => {
  const kb = knowledgeBaseOfTexts({
    'brief.md': documentText(
      'Varnel imports of high-purity hydrogen fluoride from Kestov fell 38 percent in the first quarter of 2026.\n\nTrade was weaker: bilateral trade between Varnel and Kestov fell 2.6 percent to $38.7 billion.',
      { lang: 'en', published: '2026-09-11' },
    ),
  });
  it('is not given for the quarter asked', () => {
    const a = kb.answer(
      'By what percentage did Varnel imports of hydrogen fluoride from Kestov change in the second quarter of 2026?',
      { now },
    );
    expect(a.answered, a.text).toBe(false);
  });
  it('is given from the weaker sentence when it names the part asked', () => {
    const named = knowledgeBaseOfTexts({
      'brief.md': documentText(
        'По данным министерства торговли Варнела, в первом квартале 2026 года приграничная торговля с Кестовом сократилась на 34%.\n\nBorder trade in the second quarter fell by 41 per cent year on year.',
        { lang: 'ru', published: '2026-09-11' },
      ),
    });
    const a = named.answer(
      'На сколько процентов сократилась приграничная торговля Варнела и Кестова во втором квартале 2026 года?',
      { now },
    );
    expectStated(a, /41/);
  });
});
