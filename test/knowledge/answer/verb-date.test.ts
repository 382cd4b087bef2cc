import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** One sentence, two days of a trip: the day of each act is the one next to its verb. */
const ENGLISH = `---
title: Envoy Varnel presses pipeline plan in Kestov
published: 2026-03-26
lang: en
---
Envoy Varnel presses pipeline plan in Kestov

The envoy Mark Varnel arrived in Kestov on Tuesday evening from Lorin, where on Monday he met energy officials of the region.
`;

const RUSSIAN = `---
title: Посланник Варнел в Кештове
published: 2026-03-26
lang: ru
---
Посланник Варнел в Кештове

Посланник Марк Варнел прибыл в Кештов во вторник вечером из Лорина, где в понедельник встретился с энергетиками региона.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('of two dates in a sentence, the one by the asked verb', () => {
  it.each([
    [
      'en doc',
      'On what day did Varnel meet energy officials in Lorin before he flew to Kestov?',
      ENGLISH,
      /23 March/,
      /24 March/,
    ],
    [
      'en doc',
      'В какой день Варнел встречался в Лорине с энергетиками перед тем, как отправиться в Кештов?',
      ENGLISH,
      /23 марта/,
      /24 марта/,
    ],
    [
      'ru doc',
      'В какой день Варнел встречался в Лорине с энергетиками перед тем, как отправиться в Кештов?',
      RUSSIAN,
      /23 марта/,
      /24 марта/,
    ],
    ['ru doc', 'When did Varnel meet the energy officials in Lorin?', RUSSIAN, /23 March/, /24 March/],
  ])('%s: %s', (_doc, question, text, expected, other) => {
    const a = knowledgeBaseOfTexts({ 'doc.md': text }).answer(question, { now });
    expect(a.summary).toMatch(expected);
    expect(a.summary).not.toMatch(other);
  });
});
