import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A loan given by its sum only, a reservoir by its level and volume; a second dam by its height and a rate. */
const RUSSIAN = `---
title: Насосный проект Тельм
published: 2026-06-05
lang: ru
---
Насосный проект Тельм

Фонд Хальдена выделяет на проект Тельм кредит в 240 млн долларов.

Уровень водохранилища Варнель достиг 608 метров над уровнем моря, объём составил 52 млрд кубометров.
`;
const ENGLISH = `---
title: Northgate dam completed
published: 2026-07-01
lang: en
---
Northgate dam completed

The Northgate dam on the Lorin river is 145 metres high and holds 3 billion cubic metres.

The Brandt Bank lends to the Northgate operator at 4.5 per cent, a spokesman said on Monday.

The Kestov border post lies 40 km from Northgate.
`;

function knowledgeBase(...texts: string[]): KnowledgeBase {
  return knowledgeBaseOfTexts(Object.fromEntries(texts.map((text, i) => [`doc${i}.md`, text])));
}
const now = new Date('2026-12-01T00:00:00Z');

describe('a count question asking a measure of a kind', () => {
  it.each([
    // A share asked: a sum of money is no interest rate.
    ['Под какой процент Фонд Хальдена кредитует проект Тельм?'],
    ['What percentage does the Halden Fund charge on the Telm loan?'],
    ['What is the interest rate of the Halden Fund loan for the Telm project?'],
    // A height asked: a reservoir's level above the sea is no dam's height, nor its volume.
    ['Какова высота плотины водохранилища Варнель?'],
    ['How high is the Varnel reservoir dam?'],
  ])('abstains when no figure of that kind is given: %s', (question) => {
    const a = knowledgeBase(RUSSIAN).answer(question, { now });
    expect(a.answered).toBe(false);
  });

  it.each([
    ['Какова высота плотины Нортгейт?', /145/],
    ['How high is the Northgate dam?', /145/],
    ['Под какой процент Brandt Bank кредитует оператора Northgate?', /4[.,]5/],
    ['At what percentage does the Brandt Bank lend to the Northgate operator?', /4[.,]5/],
    ['How far is the Kestov border post from Northgate?', /40/],
  ])('answers with the figure of that kind: %s', (question, expected) => {
    const a = knowledgeBase(RUSSIAN, ENGLISH).answer(question, { now });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(expected);
  });
});

describe('a count question asking two figures, one of them a share', () => {
  it('gives the first figure though it is no share', () => {
    const a = knowledgeBase(RUSSIAN, ENGLISH).answer(
      'Northgate dam: how many cubic metres and what percentage of the Lorin flow?',
      { now },
    );
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(/3 billion/);
  });
});

const LEVEL = `---
title: Водохранилище Варнель
published: 2026-06-20
lang: ru
---
Водохранилище Варнель

Специалисты министерства водного хозяйства оценивают, что канал уже забирает до 17 процентов воды водохранилища Варнель.

Замминистра водного хозяйства: уровень воды в водохранилище Варнель — 2,18 м.
`;

describe('a water level asked', () => {
  it('is a level in metres, not a share', () => {
    const a = knowledgeBase(LEVEL).answer('What water level in the Varnel reservoir did the water ministry report?', {
      now,
    });
    expect(a.summary).toMatch(/2[.,]18/);
  });
});

const BAIL = `---
title: Kestov activist bailed
published: 2026-06-20
lang: en
---
Kestov activist bailed

On 19 June the court in Varnel released Ilya Vendt on bail of 3 million dinars after 77 days in custody.
`;

describe('"how high" of a sum of money', () => {
  it.each([['How high was the bail for Ilya Vendt?'], ["How high was Vendt's bail?"]])(
    'asks the sum, not a dimension: %s',
    (question) => {
      const a = knowledgeBase(BAIL).answer(question, { now });
      expect(a.answered).toBe(true);
      expect(a.summary).toMatch(/3 million/);
    },
  );
});

const STAKE = `---
title: Revised Kestov deal
published: 2026-09-30
lang: en
---
Revised Kestov deal

Varnel Telecom yesterday signed a revised agreement to buy 76% of the mobile operator Kestov Mobile for $365 million.
`;

describe('a share the question gives with its figure', () => {
  it.each([
    ['За какую сумму Varnel Telecom покупает 76% Kestov Mobile по пересмотренному соглашению?'],
    ['For how much is Varnel Telecom buying 76 percent of Kestov Mobile?'],
  ])('is no percentage asked: %s', (question) => {
    const a = knowledgeBase(STAKE).answer(question, { now });
    expect(a.answered, a.text).toBe(true);
    expect(a.summary).toMatch(/365/);
  });
});
