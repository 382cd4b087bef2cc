import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';

/** Freed prisoners taken abroad, told in Russian: a list of countries asked in either language. */
const DOC = `---
title: Освобождённых вывезли из Кештова
published: 2026-08-15
lang: ru
---
Освобождённых вывезли из Кештова

В пятницу в Кештове освободили 40 политических заключённых. Тридцать освобождённых заключённых вывезли в Литву. Остальных освобождённых доставили в Польшу на следующий день.
`;
const kb = createKnowledgeBase(ingestDocuments([{ file: 'freed.md', bytes: new TextEncoder().encode(DOC) }]).data);
const now = new Date('2026-12-01T00:00:00Z');

describe('a list of countries', () => {
  it('names them first, as the asker names them', () => {
    const a = kb.answer('To which countries were the freed prisoners taken?', { now });
    const first = a.text.split('\n')[0] ?? '';
    expect(first).toMatch(/Lithuania/);
    expect(first).toMatch(/Poland/);
    expect(first).not.toMatch(/\p{Script=Cyrillic}/u);
  });

  it('answers in Russian with the nominative', () => {
    const first = kb.answer('В какие страны вывезли освобождённых?', { now }).text.split('\n')[0] ?? '';
    expect(first).toMatch(/Литва/);
    expect(first).toMatch(/Польша/);
  });
});

/** A list under its intro: seven items, more than a list answer quotes passages. */
const LISTED = `---
title: Kestov frees seven Varnel sailors
published: 2026-07-18
lang: en
---
Kestov frees seven Varnel sailors

Kestov on Saturday freed seven Varnel sailors held since the spring, the ministry said.

Those freed were six deckhands and the ship's cook:
- Arvo Lindqvist, 34, a deckhand from Northgate;
- Tomas Eberle, 58, a deckhand from Southport;
- Elena Marsh-Hollis, 41, a deckhand from Eastbay;
- Kevin Orlov, 27, a deckhand from Westfield;
- Brian Tallow, 45, a deckhand from Ridgeport;
- Luis Ferrand, 52, a deckhand from Lowmoor;
- Peter Quill, 60, the cook.

The ministry did not say what the sailors had been charged with.
`;
const listedKb = createKnowledgeBase(
  ingestDocuments([{ file: 'sailors.md', bytes: new TextEncoder().encode(LISTED) }]).data,
);

describe('a list under its intro', () => {
  it.each([
    'Which Varnel sailors were freed?',
    'Which sailors did Kestov free?',
    'Какие моряки из Варнела были освобождены?',
  ])('%s quotes the intro and every item', (question) => {
    const text = listedKb.answer(question, { now }).text;
    for (const name of ['Lindqvist', 'Eberle', 'Marsh-Hollis', 'Orlov', 'Tallow', 'Ferrand', 'Quill'])
      expect(text).toContain(name);
    expect(text).toContain('Those freed were six deckhands');
  });

  it('answers one asked item ("which US city") without the list', () => {
    const text = listedKb.answer('After the release, the freed sailors were flown to which US city?', { now }).text;
    for (const name of ['Ferrand', 'Quill']) expect(text).not.toContain(name);
  });
});

/** Items lettered or numbered in brackets, each broken over lines as a PDF's text is. */
const LETTERED = `---
title: Kestov and Varnel border forces agree
published: 2026-09-08
lang: en
---
Kestov and Varnel border forces agree

The record signed on the last day of the Northgate conference commits the two border forces to:
(a) coordinated patrols along 14 stretches of the border identi-
fied as vulnerable;
(b) the use of non-lethal weapons "to the maximum extent possible";
(c) a flag meeting within 24 hours of any death on the border.

Протокол, подписанный в последний день конференции в Нортгейте, обязывает стороны:
1) открыть два новых пункта пропуска;
2) обмениваться списками задержанных рыбаков;
iii) проводить совместные учения раз в год.
`;
const letteredKb = createKnowledgeBase(
  ingestDocuments([{ file: 'record.md', bytes: new TextEncoder().encode(LETTERED) }]).data,
);

describe('a list of lettered items', () => {
  it.each([
    [
      'Which commitments does the record signed at the Northgate conference set out?',
      ['patrols', 'non-lethal', 'flag meeting'],
    ],
    [
      'Какие обязательства зафиксированы в протоколе, подписанном на конференции в Нортгейте?',
      ['пункта пропуска', 'рыбаков', 'учения'],
    ],
  ])('%s quotes every item', (question, items) => {
    const text = letteredKb.answer(question, { now }).text;
    for (const item of items) expect(text).toContain(item);
  });
});
