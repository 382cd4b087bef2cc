import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** "Was it done on the promised date?" and the sources say it was put off: no. */
const CHRONICLE = documentText(
  `Хроника: Варнел и Кестов, январь — сентябрь 2026 года

• 30 июня — АО «Лорин Транзит» объявило, что запуск первого поезда по переходу Дельта — Орвик, намеченный на 1 июля, откладывается.

• 12 августа — по переходу Дельта — Орвик прошёл первый грузовой поезд.`,
  { title: 'Хроника: Варнел и Кестов, январь — сентябрь 2026 года', published: '2026-09-18', lang: 'ru' },
);

/** "By the original deadline": a deadline the report was due by, then moved. */
const REPORT = documentText(
  `Пожар в башне «Орск»: расследование

Промежуточный доклад комиссии должен был выйти к 30 июня.

• 25 июня (четверг) — комиссия профессора Варнел перенесла срок промежуточного доклада с 30 июня на 15 сентября.`,
  { title: 'Пожар в башне «Орск»: расследование', published: '2026-10-20', lang: 'ru' },
);

describe('asked whether something happened on time, a postponement says no', () => {
  const chronicle = knowledgeBaseOfTexts({ 'chronicle.md': CHRONICLE });
  const report = knowledgeBaseOfTexts({ 'report.md': REPORT });
  it.each([
    [chronicle, 'Удалось ли пустить первый поезд по переходу Дельта — Орвик в обещанный срок?', /^Нет/],
    [chronicle, 'Did the first train through the Delta-Orvik crossing run on time?', /^No/],
    [report, 'Вышел ли промежуточный доклад комиссии к первоначальному сроку, 30 июня?', /^Нет/],
    [report, "Was the commission's interim report published by the original deadline of 30 June?", /^No/],
  ])('%#: %s', (kb, question, expected) => {
    const answer = kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') });
    expect(answer.answered, answer.text).toBe(true);
    expect(answer.summary, answer.text).toMatch(expected);
  });
});

/** "Did it open on 24 August as planned?" and the best sentence is only the plan: it tells nothing of what came of it. */
const WIRE = documentText(
  `Varnel opposition MP to stand trial

The trial of opposition MP Ilmar Kestov is due to open at the Lorin Magistrate's Court on August 24.

His party has called the charges politically motivated.`,
  { title: 'Varnel opposition MP to stand trial', published: '2026-08-10', lang: 'en' },
);
const LATER = documentText(
  `Хроника: дело Кестова

• 24 августа (понедельник) — начало процесса над Кестовым в магистратском суде Лорина отложено до 5 октября: обвинение не готово.`,
  { title: 'Хроника: дело Кестова', published: '2026-10-30', lang: 'ru' },
);

describe('asked whether something happened as planned, the plan alone is no yes', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const question = "Did Ilmar Kestov's trial open on 24 August as planned?";

  it('says no where a later source puts it off', () => {
    const kb = knowledgeBaseOfTexts({ 'wire.md': WIRE, 'chronicle.md': LATER });
    expect(kb.answer(question, { now }).summary).toMatch(/^No/);
  });

  it('does not say yes where only the plan is told', () => {
    const kb = knowledgeBaseOfTexts({ 'wire.md': WIRE });
    expect(kb.answer(question, { now }).summary).not.toMatch(/^Yes/);
  });
});
