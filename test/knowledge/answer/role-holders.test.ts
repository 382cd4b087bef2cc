import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A person asked about by role: one document titles him ("US Special Envoy for Trade Thomas Vendt"),
 * another names him by surname alone, in the other script. The role reaches him, and he is who the
 * question is about, not its answer.
 */
const TIMELINE = `---
title: "Timeline: Varnel and Kestov, January-June 2026"
published: 2026-06-30
lang: en
---
27 May - US Special Envoy for Trade Thomas Vendt meets President Ilona Marsk in Northgate.

28 May - Vendt meets Arseny Polter in Kestov.

2 June - Trade talks resume in Northgate.
`;
const INTERVIEW = `---
title: "Интервью: двери открыты"
published: 2026-04-28
lang: ru
---
— Ответ: Мы ожидаем, что специальный посланник США по торговле Томас Вендт может приехать в Нортгейт в конце мая.
`;
const kb = createKnowledgeBase(
  ingestDocuments([
    { file: 'timeline.md', bytes: new TextEncoder().encode(TIMELINE) },
    { file: 'interview.md', bytes: new TextEncoder().encode(INTERVIEW) },
  ]).data,
);
const ask = (q: string) => kb.answer(q, { now: new Date('2026-12-01T00:00:00Z') });

describe('a role in the question reaches the person a document titles with it', () => {
  it.each([
    ['Who did the American envoy meet in Kestov?', 'Polter'],
    ['С кем американский посланник встретился в Кестове?', 'Polter'],
  ])('%s → %s', (question, name) => {
    const a = ask(question);
    expect(a.answered, a.text).toBe(true);
    expect(a.summary).toContain(name);
    expect(a.summary).not.toContain('Vendt');
  });
});

/** "Which judge …?": the answer holds the asked title; a person holding another is no answer. */
const COURT = `---
title: Kestov court frees protesters
published: 2026-03-16
lang: en
---
Judge Marta Ostrel of the Kestov district court ordered the release of nine protesters on Monday.

Trade union activist Ilkin Vendt, who organised the rally, remains in custody.

"The decision was a political one," says Olga Brenn, a senior fellow at the Northgate Institute.
`;
const court = createKnowledgeBase(ingestDocuments([{ file: 'court.md', bytes: new TextEncoder().encode(COURT) }]).data);
const askCourt = (q: string) => court.answer(q, { now: new Date('2026-12-01T00:00:00Z') });

describe('a question asking a title takes a person who holds it', () => {
  it.each([
    ['Which judge ordered the release of the protesters?', 'Ostrel'],
    ['Which activist remains in custody?', 'Vendt'],
    // An expert asked: a fellow of an institute is one.
    ['Кто из экспертов назвал решение политическим?', 'Brenn'],
  ])('%s → %s', (question, name) => {
    const a = askCourt(question);
    expect(a.answered, a.text).toBe(true);
    expect(a.summary).toContain(name);
  });

  it.each([
    // No document speaks of a prosecutor, a senator or a predecessor: nobody named is one.
    'Which prosecutor ordered the release of the protesters?',
    'С какими именно сенаторами встречался Вендт?',
    "Who was Ostrel's predecessor at the district court?",
    // Far from the question word, a possessive still makes "predecessor" a title, and no document has one.
    "Who replaced the trade union activist Vendt's predecessor at the rally?",
    // "The name of the prosecutor" asks a prosecutor's name.
    'What is the name of the prosecutor in the case of the nine protesters?',
    'Как зовут прокурора по делу девяти протестующих?',
  ])('abstains on a title no document uses: %s', (question) => {
    const a = askCourt(question);
    expect(a.answered, a.text).toBe(false);
  });

  it.each([
    // A kind of title is held by its members (a fellow is an expert).
    ['Which expert called the decision political?', 'Brenn'],
    // News calls any think-tank expert an analyst: a fellow is one too.
    ['Which analyst called the decision political?', 'Brenn'],
    ['Какой аналитик назвал решение политическим?', 'Brenn'],
    ['What is the name of the judge who ordered the release of the protesters?', 'Ostrel'],
  ])('still answers %s', (question, name) => {
    const a = askCourt(question);
    expect(a.answered, a.text).toBe(true);
    expect(a.summary).toContain(name);
  });

  it('names no activist as the judge', () => {
    const a = askCourt('Which judge organised the rally?');
    expect(a.summary).not.toContain('Vendt');
  });
});

describe('a list of people names each once, whatever the script', () => {
  const doc = (file: string, lang: string, body: string) => ({
    file,
    bytes: new TextEncoder().encode(`---\ntitle: ${file}\npublished: 2026-05-20\nlang: ${lang}\n---\n${body}\n`),
  });
  const both = createKnowledgeBase(
    ingestDocuments([
      doc('en.md', 'en', 'Trade minister Ilkin Vendt met the Kestov delegation on Monday.'),
      doc('ru.md', 'ru', 'Министр торговли Илкин Вендт встретился с делегацией Кестова в понедельник.'),
    ]).data,
  );
  it('gives "Ilkin Vendt" and "Илкин Вендт" as one person', () => {
    const a = both.answer('Which ministers met the Kestov delegation?', { now: new Date('2026-12-01T00:00:00Z') });
    const first = a.text.split('\n')[0] ?? '';
    expect(first).toMatch(/Vendt|Вендт/);
    expect(first.split(';').filter((n) => /Vendt|Вендт/.test(n))).toHaveLength(1);
  });
});

describe('a passive "by" and a possessive', () => {
  const kb = knowledgeBaseOfTexts({
    'visit.md': documentText(
      "Deputy Secretary Olga Brenn arrived in Kestov on Wednesday. She was accompanied by Anna Varnel, President Ilkin Vendt's special envoy for Kestov.",
      { lang: 'en', published: '2026-04-22' },
    ),
  });
  const first = (q: string) => kb.answer(q, { now: new Date('2026-12-01') }).summary.split(';')[0];
  it.each([
    // "accompanied by Anna Varnel" is no byline: she is who accompanied.
    ['Who accompanied Brenn to Kestov?', 'Anna Varnel'],
    // "Vendt's special envoy" is Varnel, not Vendt; and "President" after her comma is his title, not her name.
    ['Which special envoy accompanied the deputy secretary to Kestov?', 'Anna Varnel'],
  ])('%s → %s', (question, name) => {
    expect(first(question)).toBe(name);
  });
});

describe('"who is <name>" names the person as the documents write the name', () => {
  const kb = knowledgeBaseOfTexts({
    'en.md': documentText('Special envoy Ilkin Vendt arrived in Kestov on Monday.', { lang: 'en' }),
    'ru.md': documentText('В понедельник в Кештов прибыл спецпосланник Анна Варнел.', { lang: 'ru' }),
  });
  it.each([
    ['Who is Ilkin Vendt?', 'Ilkin Vendt — special envoy'],
    // Spelt otherwise in the question: as the documents write it.
    ['Who is Ilkin Wendt?', 'Ilkin Vendt — special envoy'],
    // Typed in lower case, the name of a Russian document: capitalised.
    ['who is anna varnel?', 'Anna Varnel — special envoy'],
  ])('%s → %s', (question, summary) => {
    expect(kb.answer(question, { now: new Date('2026-12-01') }).summary).toBe(summary);
  });
});

/**
 * "Кто из командования …", "which commander": an officer of any rank answers (a brigadier, a colonel),
 * as "кто из экспертов" is answered by an analyst; "Кто командует …", a verb, asks the commander
 * himself, and where no document names one, the documents do not say.
 */
describe('a command asked about as a kind', () => {
  const command = knowledgeBaseOfTexts({
    'patrols.md': documentText(
      [
        'Начальник штаба Сил обороны Кештова бригадир Ян Галден обещает усилить патрулирование у моста.',
        'Миротворцы и полиция на месте, обстановка спокойная.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-03-20' },
    ),
  });
  const now = { now: new Date('2026-12-01T00:00:00Z') };

  it('is answered by an officer of any rank', () => {
    const a = command.answer('Кто из командования Сил обороны Кештова пообещал усилить патрулирование?', now);
    expect(a.answered, a.text).toBe(true);
    expect(a.summary).toMatch(/Галден/);
  });

  it('asked by a verb, is not answered by whoever is near', () => {
    const a = command.answer('Кто командует миротворцами?', now);
    expect(a.answered, a.text).toBe(false);
  });
});
