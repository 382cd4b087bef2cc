import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * "Fourteen of his supporters were arrested": a part named through its owner ("of his") counts the noun
 * after the owner. Invented deputy and town.
 */
const kb = knowledgeBaseOfTexts({
  'wire.md': documentText(
    [
      'Varnel opposition MP charged after mine rally',
      'Opposition MP Ilmar Kestov was arrested at his home in Lorin on May 22.',
      'Fourteen of his supporters were arrested in the market square on May 23 and released the following day.',
      'He was detained at Lorin Central Police Station and released on bail by Magistrate Anna Vendt.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-08-18' },
  ),
});
const now = new Date('2026-12-01');

describe('a part counted through its owner', () => {
  it('counts the noun after "of his"', () => {
    const a = kb.answer('How many of Kestov’s supporters were arrested on May 23?', { now });
    expect(a.summary, a.text).toMatch(/fourteen|14/i);
  });

  it('answers the same in the other language', () => {
    const a = kb.answer('Сколько сторонников Кестова задержали 23 мая?', { now });
    expect(a.summary, a.text).toMatch(/14|четырнадцат/i);
  });
});

describe('a police station asked after a place preposition', () => {
  it('is a place answer', () => {
    const a = kb.answer('В каком полицейском участке содержали Кестова после ареста?', { now });
    expect(a.summary, a.text).toMatch(/Lorin Central Police Station/);
  });
});
