import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * A Russian collective numeral counts people by itself («пятеро госпитализированы»): it answers a count
 * of people of any kind, and an English answer renders it as people, not as the verb after it. Followed
 * by a noun («трое суток») it counts that noun. Invented town and company.
 */
const kb = knowledgeBaseOfTexts({
  'ru.md': documentText(
    [
      'Столкновение автобусов в Верхнеречье',
      'Утром 4 марта у автовокзала Верхнеречья столкнулись два рейсовых автобуса компании «Ловран-Транс».',
      'Пострадали 17 человек, пятеро госпитализированы.',
      'Водителей автобусов допрашивали трое суток, после чего отпустили.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-03-06' },
  ),
});

const now = new Date('2026-12-01');

describe('a collective numeral counted', () => {
  it.each([
    ['Сколько пострадавших госпитализировали после столкновения автобусов?', /^пятеро/],
    ['How many of the injured in the bus crash were hospitalised?', /^5 people$/],
  ])('counts the people it stands for: %s', (question, expected) => {
    const a = kb.answer(question, { now });
    expect(a.answered, a.text).toBe(true);
    expect(a.summary).toMatch(expected);
  });

  it('counts no people when a noun follows it («трое суток»)', () => {
    const a = kb.answer('Сколько водителей допрашивали после столкновения автобусов?', { now });
    expect(a.answered, a.text).toBe(false);
  });
});
