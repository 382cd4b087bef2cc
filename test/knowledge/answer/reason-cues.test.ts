import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * What tells a reason and what only looks like one, from invented wire copy: "was due to board" is a
 * plan, not a cause; "It was not immediately clear why …" keeps the reason back; ", saying …" gives one.
 */
const now = new Date('2026-12-01');
const kb = knowledgeBaseOfTexts({
  'wire.md': documentText(
    [
      "Police detained Vendtoglu on Wednesday at Lorin airport shortly before he was due to board a flight to Tbilisi, the prosecutor's office said. It was not immediately clear why he was travelling to Georgia. Prosecutors will ask a court on Saturday to arrest him.",
      'The signing of the Kestov rail agreement was set for 18 June, but two days before the ceremony the foreign ministry announced a postponement, saying additional technical consultations were needed.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-07-24' },
  ),
  'chronicle.md': documentText(
    [
      '• 16 June (Tuesday) - The signing of the Kestov rail agreement, scheduled for 18 June, is postponed.',
      '• 2 July - The Kestov rail agreement is signed in Lorin.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-10-01' },
  ),
});

describe('reason cues', () => {
  it('does not take a plan ("was due to board") for a cause, and says the reason was kept back', () => {
    const a = kb.answer('Why was Vendtoglu flying to Tbilisi when the police picked him up?', { now });
    expect(a.text).toMatch(/not immediately clear/);
    expect(a.summary, a.text).not.toMatch(/^The sources give this reason/);
  });

  it('reads ", saying …" after an act as its reason', () => {
    const a = kb.answer('Why was the signing of the Kestov rail agreement postponed?', { now });
    expect(a.answered, a.text).toBe(true);
    expect(a.citations[0]?.quote, a.text).toMatch(/technical consultations/);
  });
});
