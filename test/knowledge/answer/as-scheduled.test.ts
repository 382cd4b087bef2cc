import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const now = { now: new Date('2026-12-01') };

/**
 * "To what date was the school year postponed?" and the chronology says it began as scheduled: nothing
 * was put off, so no date answers; a postponement told elsewhere still does.
 */
describe('what happened as scheduled was not postponed', () => {
  const kb = knowledgeBaseOfTexts({
    'timeline.md': documentText(
      [
        '1 September (Tuesday) - The school year in Kestovo begins as scheduled.',
        '20 May (Wednesday) - The Orsk festival is postponed to 12 June because of the outbreak.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-09-04' },
    ),
  });

  it.each([
    'На какую дату перенесли начало учебного года в Кестово?',
    'To what date was the start of the school year in Kestovo postponed?',
  ])('none for "%s"', (question) => {
    const a = kb.answer(question, now);
    expect(a.answered, a.text).toBe(false);
  });

  it('a postponement told answers', () => {
    const a = kb.answer('To what date was the Orsk festival postponed?', now);
    expect(a.summary, a.text).toMatch(/12 June/);
  });
});
