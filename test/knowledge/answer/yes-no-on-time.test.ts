import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** "Was it done on the promised date?" and the sources say it was put off: no. */
const CHRONICLE = documentText(
  `Хроника: Варнел и Кестов, январь — сентябрь 2026 года

• 30 июня — АО «Лорин Транзит» объявило, что запуск первого поезда по переходу Дельта — Орвик, намеченный на 1 июля, откладывается.

• 12 августа — по переходу Дельта — Орвик прошёл первый грузовой поезд.`,
  { title: 'Хроника: Варнел и Кестов, январь — сентябрь 2026 года', published: '2026-09-18', lang: 'ru' },
);

describe('asked whether something happened on time, a postponement says no', () => {
  const kb = knowledgeBaseOfTexts({ 'chronicle.md': CHRONICLE });
  it.each([
    ['Удалось ли пустить первый поезд по переходу Дельта — Орвик в обещанный срок?', /^Нет/],
    ['Did the first train through the Delta-Orvik crossing run on time?', /^No/],
  ])('%s', (question, expected) => {
    const answer = kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') });
    expect(answer.answered).toBe(true);
    expect(answer.summary).toMatch(expected);
  });
});
