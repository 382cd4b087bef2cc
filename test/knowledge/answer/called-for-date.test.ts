import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "the walkout it had called for late April": a strike's dates as called are its plan, in the question
 * as in the documents; asked when it was put off, they are no answer. Invented union and airline.
 */
const now = new Date('2026-12-01');
const kb = knowledgeBaseOfTexts({
  'wire.md': documentText(
    'The walkout of the Lorvane pilots had originally been called for 23-26 April before the union agreed to postpone it.',
    { lang: 'en', published: '2026-05-16' },
  ),
  'chronicle.md': documentText(
    '• 21 апреля (вторник) — по просьбе посредника профсоюз пилотов Lorvane перенёс забастовку на 14–17 мая.',
    {
      lang: 'ru',
      published: '2026-09-30',
    },
  ),
});

describe('dates a strike was called for', () => {
  it('are not when it was put off', () => {
    const a = kb.answer('When did the Lorvane pilots agree to put off the walkout they had called for late April?', {
      now,
    });
    expect(a.summary, a.text).toMatch(/21 April/);
  });
});
