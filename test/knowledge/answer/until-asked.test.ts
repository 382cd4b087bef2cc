import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "Until what date was the airport expected to stay closed?": of "closed on Wednesday … will stay closed at
 * least until Saturday", the date after "until" (Saturday, 14 February), not the closing. Invented airport.
 */
const kb = knowledgeBaseOfTexts({
  'wire.md': documentText(
    [
      'Kerel airport shut by ash',
      'Lorin Airport was closed on Wednesday morning and will stay closed at least until Saturday, the airport operator said.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-02-12' },
  ),
});
const now = new Date('2026-12-01');

describe('the end of a stretch asked', () => {
  it('is the date said after "until"', () => {
    const a = kb.answer('When Lorin Airport was shut, until what date was it initially expected to stay closed?', {
      now,
    });
    expect(a.summary, a.text).toMatch(/14 February/);
  });

  it('when it was shut is still the closing', () => {
    const a = kb.answer('When was Lorin Airport shut?', { now });
    expect(a.summary, a.text).toMatch(/11 February/);
  });
});
