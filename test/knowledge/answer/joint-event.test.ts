import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A meeting asked about by one named party ("When did General Vendt meet the president of Benin?") is
 * dated only by a sentence that has that party, in it or told of just before ("he met"); someone
 * else's meeting with a Beninese official is no answer.
 */
const wire = documentText(
  [
    "Kestov's head of state, General Harald Vendt, received the four technicians on Monday evening, state television reported.",
    'A summit between General Harald Vendt and the Beninese president has been mentioned in the press but is not under active preparation.',
  ].join('\n\n'),
  { lang: 'en', published: '2026-08-25' },
);

const others = knowledgeBaseOfTexts({
  'chronology.md': documentText(
    '27 Jul (Mon) - Northgate vice-president Lorin Brandt meets Colonel Telm in Kestov; on 29 Jul he meets Beninese Foreign Minister Jan Halden in Cotonou.',
    { lang: 'en', published: '2026-10-30' },
  ),
  'wire.md': wire,
});

const told = knowledgeBaseOfTexts({
  'visit.md': documentText(
    [
      'General Harald Vendt arrived in Cotonou on Tuesday for two days of talks.',
      'On 8 April he met the president of Benin at the presidential palace.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-04-10' },
  ),
  'wire.md': wire,
});

const now = { now: new Date('2026-12-01') };

describe('a meeting asked about by one named party', () => {
  it('is not dated by another person meeting an official of the same country', () => {
    const a = others.answer('On what date did General Vendt meet the president of Benin?', now);
    expect(a.answered, a.text).toBe(false);
  });

  it('is dated by a sentence that names the party in the sentence before', () => {
    const a = told.answer('On what date did General Vendt meet the president of Benin?', now);
    expect(a.answered, a.text).toBe(true);
    expect(a.text.split('\n')[0], a.text).toContain('8 April');
  });
});

/** A name a facility's noun follows ("the Lorin plant") names a place in the question, not a party to meet. */
describe('a meeting asked about by roles, one of them described by a plant it owns', () => {
  const planned = knowledgeBaseOfTexts({
    'brief.md': documentText(
      [
        'Nordvik, which owns the Lorin plant, asked Kestov for state guarantees on payments.',
        'A meeting between Nordvik chief Otto Linde and Kestov Energy Minister Harald Vendt was scheduled for 12 March in Istanbul. On 10 March the Kestov side cancelled it.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-03-16' },
    ),
  });

  it.each([
    "For what date was the Istanbul meeting between Kestov's energy minister and the head of the company that owns the Lorin plant scheduled?",
    'На какое число была назначена встреча министра энергетики Кестова с главой компании, владеющей Лоринской ГРЭС, в Стамбуле?',
  ])('%s', (question) => {
    const a = planned.answer(question, now);
    expect(a.answered, a.text).toBe(true);
    expect(a.summary).toMatch(/12 March|12 марта/);
  });
});
