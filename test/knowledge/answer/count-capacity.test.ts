import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const now = new Date('2026-12-01T00:00:00Z');

/**
 * What a terminal can handle is no count of what it handled; a figure for nine months, given on a day of
 * October, is no count of October. Invented port.
 */
const kb = knowledgeBaseOfTexts({
  'update.md': documentText(
    [
      'Lorin terminal update',
      "With both stages in operation, the Lorin terminal's annual design capacity has risen from 250,000 TEU to 600,000 TEU.",
      '• 22 октября (четверг) — Vendt Ports сообщила, что за девять месяцев 2026 года терминал в Лорине обработал 151 600 TEU.',
      'При нынешней мощности терминала каждый причал — это примерно 40 миллионов долларов в год.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-10-30' },
  ),
});

describe('a capacity and a span of months', () => {
  it('does not count October by a capacity or by nine months', () => {
    const a = kb.answer('How many TEU did the Lorin terminal handle in October 2026?', { now });
    expect(a.answered, a.text).toBe(false);
  });

  it('answers with a capacity when a capacity is asked', () => {
    const a = kb.answer('What is the annual design capacity of the Lorin terminal in TEU?', { now });
    expect(a.summary, a.text).toMatch(/250,000|600,000/);
  });

  it('answers the nine months when they are asked', () => {
    const a = kb.answer('Сколько TEU обработал терминал в Лорине за девять месяцев 2026 года?', { now });
    expect(a.summary, a.text).toMatch(/151 ?600/);
  });

  it('reads a capacity of another clause as no capacity of the figure', () => {
    const a = kb.answer('How much is each berth worth per year at the Lorin terminal?', { now });
    expect(a.summary, a.text).toMatch(/40/);
  });
});
