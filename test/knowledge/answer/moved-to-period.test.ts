import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "В какой день она заявила, что обзор переносится на сентябрь?": the month a plan is moved to is what
 * was said, not the period the statement is asked in. Invented fund spokeswoman and country.
 */
const kb = knowledgeBaseOfTexts({
  'wire.md': documentText(
    [
      'Varnel review slips to September',
      "In Washington, fund spokeswoman Anna Kestova told reporters on Tuesday that the first review of Varnel's programme would now be considered in September.",
    ].join('\n\n'),
    { lang: 'en', published: '2026-06-12' },
  ),
  'chronicle.md': documentText(
    ['Хроника: Варнел', '• 4 сентября (пятница) — соглашение на уровне персонала по первому обзору программы.'].join(
      '\n\n',
    ),
    { lang: 'ru', published: '2026-10-30' },
  ),
});
const now = new Date('2026-12-01');

describe('a date a plan is moved to, in a when-question', () => {
  it('is no period the answer must fall in', () => {
    const a = kb.answer('В какой день Анна Кестова заявила, что первый обзор программы переносится на сентябрь?', {
      now,
    });
    expect(a.summary, a.text).toMatch(/9 июня/);
  });
});
