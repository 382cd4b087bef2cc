import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "The chairman said on Tuesday that the second stage would go ahead" dates the statement, not the
 * stage; and a sentence that does not number the asked stage ("On 17 March the foundation paid …") dates
 * another one, no disagreement with the sentence that does.
 */
const kb = knowledgeBaseOfTexts({
  'wire.md': documentText(
    'On March 17 the Kestov foundation paid 4.1 billion won to 21 former workers.\n\nThe foundation\'s chairman, Lorin Halden, said on Tuesday that the second stage of compensation payments to former wartime labourers, planned for June, would go ahead "if donations arrive on time".',
    { lang: 'en', published: '2026-04-16' },
  ),
  'interview.md': documentText(
    'В понедельник южнокорейский Фонд поддержки жертв принудительной трудовой мобилизации провёл второй этап выплат бывшим подневольным рабочим и их семьям.',
    {
      lang: 'ru',
      published: '2026-07-24',
    },
  ),
});
const now = new Date('2026-12-01');

describe('the date of a statement about an event', () => {
  it('is not the date of the event', () => {
    const a = kb.answer(
      'On what date was the second stage of compensation payments to former wartime labourers actually made?',
      { now },
    );
    expect(a.summary, a.text).toMatch(/20 July/);
    expect(a.summary, a.text).not.toMatch(/14 April|17 March/);
  });
  it('answers when the statement is asked', () => {
    const a = kb.answer('When did Halden say that the second stage of payments would go ahead?', { now });
    expect(a.summary, a.text).toMatch(/14 April/);
  });
});
