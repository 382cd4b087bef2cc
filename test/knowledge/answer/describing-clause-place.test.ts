import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const now = { now: new Date('2026-12-01') };

/**
 * "When was the driver of the train that derailed at Kestovo detained?": Kestovo is where the train
 * derailed, not where the driver was detained; a sentence naming Kestovo does not date the detention.
 */
describe('a place in a clause describing a noun is not where the asked act happened', () => {
  const kb = knowledgeBaseOfTexts({
    'wire.md': documentText(
      [
        'Prosecutors in Orsk on 17 January detained the driver of the passenger train that derailed on Friday evening.',
        'The rail operator said on 16 January that the signals at Kestovo junction had worked properly.',
      ].join(' '),
      { lang: 'en', published: '2026-01-18' },
    ),
  });

  it.each([
    'When was the driver of the train that derailed at Kestovo detained?',
    'Когда задержали машиниста поезда, сошедшего с рельсов у Кестово?',
    'Когда задержали машиниста поезда, который сошёл с рельсов у Кестово?',
  ])('"%s" is dated by the detention', (question) => {
    const a = kb.answer(question, now);
    expect(a.summary, a.text).toMatch(/17 (January|января)/);
  });
});
