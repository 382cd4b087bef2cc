import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "When will he visit Northgate again?": a date of going somewhere else ("is due to fly to Warsaw on
 * Thursday") is no answer, though the sentence names the asked place in passing.
 */
const kb = knowledgeBaseOfTexts({
  'wire.md': documentText(
    [
      'NORTHGATE, April 22 (Varnel Wire) - Deputy Secretary Lorin held talks in Northgate on Wednesday.',
      'Lorin, the most senior official to visit Northgate since 2020, is due to fly to Warsaw on Thursday for talks with Polish officials.',
    ].join(' '),
    { lang: 'en', published: '2026-04-22' },
  ),
});
const first = (question: string) => kb.answer(question, { now: new Date('2026-12-01') });

describe('the date of going to the asked place', () => {
  it('is not a date of going elsewhere', () => {
    const a = first('When will Lorin visit Northgate again?');
    expect(a.answered, a.text).toBe(false);
  });

  it('is the date of going there', () => {
    const a = first('When was Lorin due to arrive in Warsaw after his visit to Northgate?');
    expect(a.text.split('\n')[0], a.text).toMatch(/23 April/);
  });
});
