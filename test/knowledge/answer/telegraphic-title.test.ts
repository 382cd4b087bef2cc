import { describe, expect, it } from 'vitest';
import { answerTypeOf, asksRoleHolder } from '../../../src/knowledge/answer/answer-types.ts';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const langOf = (q: string) => (/[а-яё]/i.test(q) ? 'ru' : 'en');

/** A title asked as a bare noun phrase, as in a chat: who holds it. Negatives: the title is not the phrase's head. */
describe('a bare title asks who holds it', () => {
  it.each([
    'Northgate Energy CEO?',
    'us ambassador to varnelia?',
    'halden coast guard chief?',
    'Movement for Lorin Freedom leader?',
    "vendt's predecessor at the OSCE mission?",
    'finnish district prosecutor, marlin case?',
    'глава миссии ОБСЕ в Кештове?',
    'Американский посол в Варнелии?',
  ])('%s → person', (question) => {
    expect(asksRoleHolder(question)).toBe(true);
    expect(answerTypeOf(question, langOf(question))).toBe('person');
  });

  it.each([
    // A possessive title, then what is asked of him.
    "varnelian FM's reaction to the EU mission?",
    // Not in the nominative: whether a country is among them.
    'Варнелия всё ещё среди учредителей Совета?',
    // A title a company holds as often as a person.
    'Northgate Star owner and manager?',
    // A verb: asked of an act.
    'Kestov подозревают в порче кабелей?',
    'telm released — charges dropped?',
    // Another slot named: a date, a count.
    'Прокурор Вендт — дата обвинения?',
    'Из скольких офицеров состоит группа наблюдателей?',
    // A question word.
    'Who did the envoy meet?',
  ])('%s is not a bare title', (question) => {
    expect(asksRoleHolder(question)).toBe(false);
  });
});

const REPORT = `---
title: Northgate Energy resumes drilling
published: 2026-06-10
lang: en
---
Northgate Energy chief executive Lena Varnel said drilling would resume in June.

The licence was signed in Kestov by Deputy Minister Arvid Telm and Olga Brenn of the Halden Institute.

Maritime law expert Arne Lorin of the Halden Maritime Security Centre said the case could set a precedent.
`;

describe('a bare title is answered by its holder, or not at all', () => {
  const kb = knowledgeBaseOfTexts({ report: REPORT });
  const ask = (q: string) => kb.answer(q, { now: new Date('2026-12-01T00:00:00Z') });

  it('names the holder a document titles so', () => {
    const a = ask('Northgate Energy CEO?');
    expect(a.answered, a.text).toBe(true);
    expect(a.summary).toContain('Lena Varnel');
  });

  it.each(['Halden Institute director?', 'Kestov port captain?', 'halden coast guard chief?'])(
    '%s: nobody the documents title so, so no name near',
    (question) => {
      const a = ask(question);
      expect(a.answered, a.text).toBe(false);
    },
  );
});
