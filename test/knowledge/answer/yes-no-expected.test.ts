import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** Asked whether something has happened, a sentence saying it is only promised or planned answers no. */
const REPORT = `---
title: Kestov rail link
published: 2026-09-18
lang: ru
---
Kestov rail link

Коммерческие грузовые перевозки по линии Кестов — Марпорт обещают с января 2027 года.

Пробный поезд прошёл по линии Кестов — Марпорт 17 сентября.

Пассажирское движение между Кестовом и Варной, которое ожидалось с весны, началось 5 мая.
`;
const kb = knowledgeBaseOfTexts({ 'report.md': REPORT });
const ask = (question: string) => kb.answer(question, { now: new Date('2026-12-01') }).summary;

describe('an event only expected has not happened', () => {
  it.each([
    ['Начались ли уже коммерческие грузовые перевозки по линии Кестов — Марпорт?', 'Нет.'],
    ['Have commercial freight services on the Kestov-Marport line begun?', 'No.'],
    // Said to have happened, though once expected.
    ['Началось ли пассажирское движение между Кестовом и Варной?', 'Да.'],
    ['Has the passenger service between Kestov and Varna started?', 'Yes.'],
    ['Прошёл ли пробный поезд по линии Кестов — Марпорт?', 'Да.'],
  ])('%s → %s', (question, answer) => {
    expect(ask(question)).toBe(answer);
  });
});
