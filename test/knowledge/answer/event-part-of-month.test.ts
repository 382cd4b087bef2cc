import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** Asked what happened in mid-September: a day of it is of the period asked, "early September" is not. */
describe('what happened in a part of a month', () => {
  const now = new Date('2026-12-01');
  const kb = knowledgeBaseOfTexts({
    'brief.md': documentText(
      'Kestov bridge\n\nThe bridge dispute will come back to the Kestov commission when the 60-day suspension of the bridge contract expires in early September.',
      { lang: 'en', published: '2026-07-20' },
    ),
    'timeline.md': documentText(
      'Kestov timeline\n\n15 Sep (Tue) - The Kestov commission extends the suspension of the bridge contract by another 90 days.',
      { lang: 'en', published: '2026-10-05' },
    ),
  });
  it.each([
    ['What did the Kestov commission decide on the bridge contract in mid-September?'],
    ['Что решила кестовская комиссия по контракту на мост в середине сентября?'],
  ])('%s', (question) => {
    const a = kb.answer(question, { now });
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/90 days/);
  });
});
