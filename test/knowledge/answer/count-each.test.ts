import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const now = { now: new Date('2026-12-01') };

/** "€180,000 each" is what each family gets, not the fund's size; asked what each gets, it answers. */
describe('a figure each one gets', () => {
  const kb = knowledgeBaseOfTexts({
    'deal.md': documentText(
      [
        'Families of the 13 people killed in the Kestovo train crash will receive €180,000 each under a compensation agreement signed in Orsk on Tuesday.',
        'The deal creates a fund of €4.2 million.',
      ].join(' '),
      { lang: 'en', published: '2026-07-15' },
    ),
    'chronicle.md': documentText(
      'По соглашению о компенсациях семьи погибших при крушении у Лорина получат по 150 тыс. евро на каждую семью, а общий фонд составит 3,1 млн евро.',
      { lang: 'ru', published: '2026-08-01' },
    ),
  });

  it.each([
    ['How big is the compensation fund for the victims of the Kestovo train crash?', /4\.2 million/],
    ['How much will each family of the Kestovo crash victims receive?', /180,000/],
    ['Сколько составит фонд компенсаций жертвам крушения у Лорина?', /3,1 млн/],
  ])('"%s"', (question, expected) => {
    const a = kb.answer(question, now);
    expect(a.summary, a.text).toMatch(expected);
  });
});
