import { describe, it } from 'vitest';
import { documentText, expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "встретились с Торвиком Халландом": a given name the dictionary does not know, beside a surname in the
 * same case, is one person's name, not a second party the sentence must name.
 */
const INTERVIEW = documentText(
  `Back home after the exchange

Torvik Halland returned to Lorin in July. The Lorin Courier met Halland in his home on Monday.`,
  { title: 'Back home after the exchange', published: '2026-08-06', lang: 'en' },
);

describe('a name of two words is one party of a meeting', () => {
  const kb = knowledgeBaseOfTexts({ 'interview.md': INTERVIEW });
  it.each([['В какой день журналисты Lorin Courier встретились с Торвиком Халландом у него дома?', /3 августа/]])(
    '%s',
    (question, expected) => {
      expectStated(kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') }), expected);
    },
  );
});
