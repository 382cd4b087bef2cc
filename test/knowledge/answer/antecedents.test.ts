import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A paragraph that names its person once, then speaks of her by pronouns only. */
const PARAGRAPH = documentText(
  [
    'Фонд Кестова выплатил компенсации 212 бывшим рабочим.',
    'Самый известный случай — госпожа Ирма Вендт. Ей 96 лет, в 1944 году её отправили на авиационный завод Lorin в Варнеле. Она говорит, что деньги должны заплатить те, кто её туда отправил.',
  ].join('\n\n'),
  { lang: 'ru', published: '2026-07-01' },
);

describe('a "who" answered by a sentence that names its person by a pronoun', () => {
  it.each([
    ['Which 96-year-old former worker, sent to the Lorin aircraft plant in Varnel in 1944, refuses the money?'],
    ['Кого в 1944 году отправили на авиационный завод Lorin в Варнеле?'],
  ])('quotes the sentence before, which names her: %s', (question) => {
    const a = knowledgeBaseOfTexts({ 'a.md': PARAGRAPH }).answer(question, { now: new Date('2026-12-01') });
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toMatch(/Ирма Вендт/);
  });
});
