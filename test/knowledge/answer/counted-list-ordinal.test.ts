import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "in two batches: about 300 GB on 17 February … and about 600 GB on 9 March": a sentence that counts
 * its events and dates each in turn numbers them by their order. Invented group and hospital.
 */
const now = new Date('2026-12-01');
const kb = knowledgeBaseOfTexts({
  'brief.md': documentText(
    'Lorwick then published the stolen Kestov hospital data in two batches: about 300 GB on 17 February, mostly discharge letters, and about 600 GB on 9 March, including staff files.',
    { lang: 'en', published: '2026-06-15' },
  ),
});

describe('the order of a counted list', () => {
  it.each([
    ['When did the hackers publish the second batch of stolen Kestov hospital files?', /^9 March/],
    ['When did the hackers publish the first batch of stolen Kestov hospital files?', /^17 February/],
  ])('%s', (question, expected) => {
    const a = kb.answer(question, { now });
    expect(a.summary, a.text).toMatch(expected);
  });
});
