import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "The first stage of the second berth": "Stage 2 of Berth 2" says the second berth and another stage;
 * "the fourth round, the first outside Kestov" says the first round after all. Invented port and talks.
 */
const kb = knowledgeBaseOfTexts({
  'update.md': documentText(
    [
      'Lorin port update',
      'Berth 2 has been delivered in two stages. Stage 1 entered service on 2 June 2026 with two cranes.',
      'Stage 2 of Berth 2 at Lorin was commissioned on 14 October 2026, adding 230 metres of quay.',
      'The fourth round of Vendt–Orvik talks, the first outside Kestov, was held in Varnel on 9 July.',
      'The first three rounds of Vendt–Orvik talks were held in Kestov.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-10-20' },
  ),
});
const now = new Date('2026-12-01');

describe('an ordinal paired with what it orders', () => {
  it('dates the asked stage, not another stage of the asked berth', () => {
    const a = kb.answer("When did the first stage of Lorin's second berth go into operation?", { now });
    expect(a.summary, a.text).toMatch(/2 June/);
  });

  it('keeps a sentence that says the asked ordinal of the thing elliptically', () => {
    const a = kb.answer('Where was the first round of Vendt–Orvik talks outside Kestov held?', { now });
    expect(a.summary, a.text).toMatch(/Varnel/);
  });
});
