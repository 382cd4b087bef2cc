import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * "How many people live in the enclave?" asks a population: a count of people detained there is none.
 * Invented enclave and border service.
 */
const WIRE = documentText(
  [
    'Seventeen villagers freed at the Varnel enclave',
    'Kestovian border guards released all 17 residents of the Varnel enclave detained last week.',
    'All 17 people were taken to Lorin, where doctors examined them.',
  ].join('\n\n'),
  { lang: 'en', published: '2026-03-12' },
);
const now = new Date('2026-12-01');

describe('a population asked', () => {
  it('is not answered by a count of people who are not its inhabitants', () => {
    const kb = knowledgeBaseOfTexts({ 'wire.md': WIRE });
    expect(kb.answer('How many people live in the Varnel enclave?', { now }).answered).toBe(false);
  });

  it('is answered by a sentence that says who lives there', () => {
    const kb = knowledgeBaseOfTexts({
      'wire.md': WIRE,
      'profile.md': documentText(
        ['The Varnel enclave', 'About 4,300 people live in the Varnel enclave, most of them farmers.'].join('\n\n'),
        { lang: 'en', published: '2026-03-20' },
      ),
    });
    expect(kb.answer('How many people live in the Varnel enclave?', { now }).summary).toMatch(/4,300/);
  });
});
