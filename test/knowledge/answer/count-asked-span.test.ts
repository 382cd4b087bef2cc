import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const now = new Date('2026-12-01T00:00:00Z');

/**
 * A figure given for a span of months the question asks ("за январь — август 2026 года — 38,4 млн
 * долларов"): the span beside it ties it to the question, though the question's words stand further off.
 */
const CHRONICLE = documentText(
  `Хроника: Кестов и Варнель

• 12 марта (четверг) — в Лорине открыт новый пункт пропуска на границе Кестова и Варнеля.
• Товарооборот Кестова и Варнеля за январь — август 2026 года — 38,4 млн долларов (за тот же период 2025 года — 3 млн).
• 20 сентября — в Лорине прошло заседание межправительственной комиссии.`,
  { title: 'Хроника: Кестов и Варнель', published: '2026-10-30', lang: 'ru' },
);

describe('a sum for the span of months asked', () => {
  const kb = knowledgeBaseOfTexts({ 'chronicle.md': CHRONICLE });
  it('answers with the span figure, the last year comparison no rival', () => {
    const a = kb.answer('What was the value of Kestov-Varnel trade in January-August 2026?', { now });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(/38[.,]4 million/);
    expect(a.summary).not.toMatch(/differ|3 million/);
  });
  it('does not answer for another span', () => {
    const a = kb.answer('What was the value of Kestov-Varnel trade in the first quarter of 2026?', { now });
    expect(a.summary).not.toMatch(/38[.,]4/);
  });
});

/** A running total "by the end of August", beside the days of its parts. */
const BRIEF = documentText(
  `Made in Lorin

The regulator of Kestov approved the Varnelvax vaccine on 19 June.

That allowed the first deliveries: 480,000 doses to the national store on 7 July and 150,000 doses to Vendtia on 21 July, a total of 630,000 doses shipped by the end of August.

On 24 August the ministry and the company began a joint count of the doses.`,
  { title: 'Made in Lorin', published: '2026-09-02', lang: 'en' },
);

describe('a total asked by the end of a month', () => {
  const kb = knowledgeBaseOfTexts({ 'brief.md': BRIEF });
  it.each([
    ['Сколько всего доз вакцины Varnelvax отгрузили к концу августа?', /630/],
    ['How many doses of Varnelvax were shipped in total by the end of August?', /630/],
  ])('%s', (question, expected) => {
    const a = kb.answer(question, { now });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(expected);
  });
  it('a day of that month asked is still another day', () => {
    const a = kb.answer('Сколько доз отгрузили 24 августа?', { now });
    expect(a.summary).not.toMatch(/480|630/);
  });
});
