import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../../src/knowledge/answer/analyze.ts';
import { askedPredicate } from '../../../../src/knowledge/answer/compose/negation.ts';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * A title before a name ("the wire supplier Kestral", "the production head Talvik") belongs to the name:
 * the act asked is the verb after the name, and its date is the date of that act, not of a sentence that
 * only repeats the title. Invented companies and people.
 */
const kb = knowledgeBaseOfTexts({
  'timeline.md': documentText(
    [
      'Timeline: the Lorin valve recall',
      '18 Jun (Thu) - Oren Talvik, former head of production at the wire supplier Kestral Drahtwerke, is detained in Varnel.',
      '17 Aug (Mon) - Kestral files for insolvency.',
      '22 Jun (Mon) - Talvik resigns from the board of Kestral.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-10-09' },
  ),
});
const now = new Date('2026-12-01');

describe('a title before a name is no verb', () => {
  it.each([
    ['When did the wire supplier Kestral file for insolvency?', 'file'],
    ['When did the production head Talvik resign?', 'resign'],
  ])('%s asks %s', (question, predicate) => {
    expect(askedPredicate(analyzeQuestion(question, kb.index))?.raw).toBe(predicate);
  });

  it('dates the act, not the sentence repeating the title', () => {
    const a = kb.answer('When did the wire supplier Kestral file for insolvency?', { now });
    expect(a.summary, a.text).toMatch(/17 August/);
  });
});
