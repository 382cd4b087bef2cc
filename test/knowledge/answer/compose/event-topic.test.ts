import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * Talks and meetings are dated where their parties are named; a name after the event and a word of its
 * topic ("talks on taking over the Orlen fund") is what the talks were about, no party a sentence must
 * name. Invented companies.
 */
const kb = knowledgeBaseOfTexts({
  'report.md': documentText(
    [
      'Pension fund takeover falls through',
      'Velmar Invest pulled out of the talks with the administrator on 14 April, because the value of the assets could not be assessed.',
      'The administrator of the Orlen fund said clients would be repaid in stages.',
      'On 2 March Velmar Invest met the Brindle group in Zagreb.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-04-20' },
  ),
});

const now = new Date('2026-12-01');

describe('the topic of talks is no party to them', () => {
  it.each([
    ['When did Velmar Invest pull out of the talks on taking over the Orlen fund?', /14 April/],
    ['When did Velmar Invest withdraw from talks about the Orlen fund?', /14 April/],
  ])('%s', (question, date) => {
    const a = kb.answer(question, { now });
    expect(a.summary, a.text).toMatch(date);
  });

  it('a party named with "with" must still be named: Velmar Invest and Kastel never met', () => {
    const a = kb.answer('When did Velmar Invest meet Kastel Holdings?', { now });
    expect(a.summary ?? '', a.text).not.toMatch(/2 March/);
  });
});
