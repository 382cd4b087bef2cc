import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * "Who chairs the committee?" asks who heads it: a sentence saying so by "во главе с" names him, though
 * it calls him a deputy, not a chairman. Invented deputy, state and committee.
 */
const kb = knowledgeBaseOfTexts({
  'wire.md': documentText(
    [
      'Metro flood in Vardena',
      'Opposition state deputy Anselmo Varnel said he was collecting signatures to set up a parliamentary inquiry committee (CPI) in the state legislative assembly.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-02-12' },
  ),
  'chronicle.md': documentText(
    [
      'Хроника: затопление метро в Вардене',
      '• 24 февраля (вторник) — в законодательном собрании штата создана комиссия по расследованию (CPI) во главе с депутатом Ансельму Варнелом.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-09-30' },
  ),
});
const now = new Date('2026-12-01');

describe('a verb of heading asked', () => {
  it('is answered by whoever a sentence says heads it, whatever his title', () => {
    const a = kb.answer("Who chairs the state assembly's inquiry committee on the metro flood?", { now });
    expect(a.answered, a.text).toBe(true);
    expect(a.summary, a.text).toMatch(/Varnel/);
  });
});

/** "the Varnel-brokered meeting": a word describing the meeting by who brokered it asks no broker. */
describe('a title inside a describing word', () => {
  const talks = knowledgeBaseOfTexts({
    'brief.md': documentText(
      [
        'Lorin talks',
        'The release followed a Varnel-brokered meeting in Lorin on 18 April between the two foreign ministers.',
        'The meeting was chaired by the special envoy of Varnel, former foreign minister Marcia Kestova.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-07-10' },
    ),
  });
  it('is no title the answer must hold', () => {
    const a = talks.answer('Who chaired the Varnel-brokered ministerial meeting in Lorin?', { now });
    expect(a.summary, a.text).toMatch(/Marcia Kestova/);
  });
});
