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
      '3 Mar (Tue) - Deputy Mayor for Transport Ivo Brandt proposes a fund for the injured.',
      '11 Feb (Wed) - The consul from Lorin visits the detained driver in Varnel.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-10-09' },
  ),
});
const now = new Date('2026-12-01');

describe('a title before a name is no verb', () => {
  it.each([
    ['When did the wire supplier Kestral file for insolvency?', 'file'],
    ['When did the production head Talvik resign?', 'resign'],
    // A title before "for" or "of" is a noun; a word before its object's article is the verb.
    ['When did the deputy mayor for transport propose the fund?', 'propose'],
    ['On which day did the consul from Lorin visit the detained driver?', 'visit'],
  ])('%s asks %s', (question, predicate) => {
    expect(askedPredicate(analyzeQuestion(question, kb.index))?.raw).toBe(predicate);
  });

  it('dates the act, not the sentence repeating the title', () => {
    const a = kb.answer('When did the wire supplier Kestral file for insolvency?', { now });
    expect(a.summary, a.text).toMatch(/17 August/);
  });
});
