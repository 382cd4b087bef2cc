import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';

/**
 * A chronology's line is dated by its leading date ("2 Jun - … is released"), and a date naming
 * the noun after it ("the 28 February rally") is not when the line's event happened.
 */
const DOC = `---
title: Timeline: Kestov, January-June 2026
published: 2026-06-30
lang: en
---
Timeline: Kestov, January-June 2026

28 Feb - Protesters rally in Kestov against gas prices; 23 are detained.

2 Jun - Union activist Ilkin Vendt, organiser of the 28 February rally in Kestov, is released after 94 days in custody.
`;
const kb = createKnowledgeBase(ingestDocuments([{ file: 'timeline.md', bytes: new TextEncoder().encode(DOC) }]).data);

describe('dates of a chronology line', () => {
  it('takes the leading date of the line that tells the event', () => {
    const a = kb.answer('When was the organiser of the Kestov rally released?', {
      now: new Date('2026-12-01T00:00:00Z'),
    });
    expect(a.summary).toContain('2 June');
  });
});

/**
 * Asked the day in a month, and the line that tells the event is headed by that month alone: the day is
 * not given, and a day of the same month on a line about something else is no answer.
 */
const MONTHS = `---
title: Timeline: Kestov grain, September 2026
published: 2026-09-30
lang: en
---
Timeline: Kestov grain, September 2026

8 Sep (Tue) - Kestov's customs service announces the third stage of the grain reopening: two more provinces may ship from 1 October.

Sep - Kestov's grain exports for January-August exceed 2 million tonnes, according to farm ministry estimates.
`;
const months = createKnowledgeBase(
  ingestDocuments([{ file: 'grain.md', bytes: new TextEncoder().encode(MONTHS) }]).data,
);

describe('a chronology line headed by its month alone', () => {
  const now = { now: new Date('2026-12-01T00:00:00Z') };

  it('gives no day, and another line of that month does not lend its own', () => {
    const a = months.answer("On what day in September did Kestov's grain exports pass 2 million tonnes?", now);
    expect(a.answered, a.text).toBe(false);
  });

  it('leaves the line with its own day to answer what it tells', () => {
    const a = months.answer(
      'On what day in September did the customs service announce the third stage of the reopening?',
      now,
    );
    expect(a.answered, a.text).toBe(true);
    expect(a.summary).toContain('8 September');
  });
});

/**
 * "8 июля — встреча с президентом, 9 июля — с премьер-министром": each date heads its own part of the
 * line; the part that says the question's words is the one asked, though the verb is said once.
 */
const PARTS = `---
title: Визит посланника в Кестов
published: 2026-07-30
lang: ru
---
Визит посланника в Кестов

Программа визита: 8 июля — встреча с президентом во дворце Варнель, 9 июля — с премьер-министром и представителями оппозиции.
`;
const parts = createKnowledgeBase(ingestDocuments([{ file: 'visit.md', bytes: new TextEncoder().encode(PARTS) }]).data);

describe('a chronology line of several dated parts', () => {
  it.each([
    ['When did the envoy meet the prime minister?', '9 July'],
    ['Когда посланник встретился с президентом?', '8 июля'],
  ])('%s', (question, expected) => {
    expect(parts.answer(question, { now: new Date('2026-12-01T00:00:00Z') }).summary).toContain(expected);
  });
});

/**
 * Clauses between semicolons, each with its date: the clause of the asked act dates it, though the
 * names the question gives stand in another clause.
 */
const CLAUSES = `---
title: Kestov brief
published: 2026-09-30
lang: en
---
Kestov brief

On 30 July the Varnel Department of Commerce issued the export licence for the turbines Varnel Petroleum needs at the offshore Lorin Tolkar field; on 12 August Northgate Gas and the Kestov state company signed an addendum resuming the contract; and on 2 September the Varnel Commerce Department removed the state airline Kestair from its Entity List.
`;
const clauses = createKnowledgeBase(
  ingestDocuments([{ file: 'brief.md', bytes: new TextEncoder().encode(CLAUSES) }]).data,
);

describe('a sentence of dated clauses', () => {
  it.each([
    ['When was Kestair taken off the Varnel Commerce Department’s Entity List?', '2 September'],
    ['Какого числа подписали допсоглашение о возобновлении контракта по месторождению Лорин Толкар?', '12 августа'],
  ])('%s', (question, expected) => {
    expect(clauses.answer(question, { now: new Date('2026-12-01T00:00:00Z') }).summary).toContain(expected);
  });
});
