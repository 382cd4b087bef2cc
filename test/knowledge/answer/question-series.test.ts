import { describe, expect, it } from 'vitest';
import { splitSeries } from '../../../src/knowledge/answer/compound.ts';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

describe('splitSeries: the questions of a series after a lead', () => {
  it.each([
    [
      'Trace the Kestov talks in 2026: when was the commission first due to meet, when did it actually meet, and when did the new committee first convene?',
      'Trace the Kestov talks in 2026',
      [
        'when was the commission first due to meet?',
        'when did it actually meet?',
        'when did the new committee first convene?',
      ],
    ],
    [
      'Give the timeline of the Vendt-1 well: when drilling was suspended, when it resumed and when a discovery was announced.',
      'Give the timeline of the Vendt-1 well',
      ['when drilling was suspended?', 'when it resumed?', 'when a discovery was announced?'],
    ],
    [
      'Дело Вендта: когда его задержали и когда освободили?',
      'Дело Вендта',
      ['когда его задержали?', 'когда освободили?'],
    ],
    // Three questions need no lead.
    [
      'Когда задержали Вендта, когда его освободили и когда он вернулся домой?',
      '',
      ['Когда задержали Вендта?', 'когда его освободили?', 'когда он вернулся домой?'],
    ],
  ])('%s', (question, lead, questions) => {
    expect(splitSeries(question)).toEqual({ lead, questions });
  });

  it.each([
    'When did the envoy arrive in Kestov, and from where?',
    'Which ministers of Varnelia and Kestov met in May?',
    'Put in order, with dates: the signing, the exchange and the award of the contracts.',
    'Восстановите хронологию дела Вендта: задержание, приговор, освобождение.',
  ])('none in "%s"', (question) => {
    expect(splitSeries(question)).toBeUndefined();
  });
});

/** Detention in one report, release and return in another, in the other language. */
const DETAINED = `---
title: Northgate police detain Kestov engineer near dam
published: 2026-04-10
lang: en
---
Northgate police detain Kestov engineer near dam

The engineer Lorin Varnel was detained by police in Northgate on Thursday while photographing the dam, his editor said.

Varnel writes for the weekly Kestov Observer.
`;

const RETURNED = `---
title: Варнел вернулся домой
published: 2026-06-05
lang: ru
---
Варнел вернулся домой

Инженера Лорина Варнела освободили без предъявления обвинений 2 июня.

Через день, 3 июня, он прилетел в Кестов, где его встретила семья.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('a series of questions: the first line answers each of them', () => {
  it.each([
    [
      "Trace Lorin Varnel's ordeal in order: when was he detained, when was he freed, and when did he arrive in Kestov?",
      [/9 April/, /2 June/, /3 June/],
    ],
    [
      'Проследите дело Варнела по порядку: когда его задержали, когда освободили, когда он прилетел в Кестов?',
      [/9 апреля/, /2 июня/, /3 июня/],
    ],
  ])('%s', (question, days) => {
    const a = knowledgeBaseOfTexts({ 'detained.md': DETAINED, 'returned.md': RETURNED }).answer(question, { now });
    for (const day of days) expect(a.summary).toMatch(day);
  });
});
