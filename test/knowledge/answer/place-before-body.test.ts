import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** "the Dublin company": a city of the world before a body's noun says where the body is. Invented company. */
const kb = knowledgeBaseOfTexts({
  'wire.md': documentText(
    [
      'The hospital in Lorin was fined €4.6 million over the cyberattack.',
      'Varnel Clinical Systems Ltd, the Dublin company whose remote-support account the attackers used, was fined a further €1.75 million.',
    ].join(' '),
    { lang: 'en', published: '2026-07-23' },
  ),
});

describe('a city before a body', () => {
  it('is where the body is based', () => {
    const a = kb.answer('In which city is Varnel Clinical Systems?', {
      now: new Date('2026-12-01'),
    });
    expect(a.summary, a.text).toMatch(/Dublin/);
  });
});
