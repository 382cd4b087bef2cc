import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * "обязана выплатить 11,2 млн крон из 14,6 млн": the part names its currency and the whole leaves it
 * unsaid; asked how much money, the part is money all the same. Invented company and town.
 */
const kb = knowledgeBaseOfTexts({
  'chronicle.md': documentText(
    [
      'Хроника: спор компании Lorvane Cruises с коммуной Вестдал',
      '• 22 сентября (вторник) — суд вынес решение по части иска, касающейся счёта: Lorvane Cruises обязана выплатить коммуне Вестдал 11,2 млн крон из 14,6 млн. Суд признал, что часть расходов коммуна должна нести сама.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-09-30' },
  ),
});
const now = new Date('2026-12-01');

describe('a sum that is a part of a larger one', () => {
  it('answers how much money with the part that names its currency', () => {
    const a = kb.answer('Сколько денег Lorvane должна заплатить Вестдалу по решению суда от 22 сентября?', { now });
    expect(a.answered, a.text).toBe(true);
    expect(a.summary, a.text).toMatch(/11,2 млн крон/);
  });
});

/** "Сколько денег …?" is asked in money: tonnes of a crop lost are no sum, however near. Invented figures. */
describe('money asked', () => {
  const kb = knowledgeBaseOfTexts({
    'brief.md': documentText(
      [
        'The Varnel commission estimates what the farmers lost to the locusts at 41,000 tonnes of crops.',
        'Aid to the farmers of Varnel was paid from the provincial budget.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-07-14' },
    ),
  });

  it.each([
    'How much money did the farmers of Varnel lose to the locusts?',
    'Сколько денег потеряли фермеры Варнела из-за саранчи?',
  ])('is not answered by a weight: %s', (question) => {
    const a = kb.answer(question, { now });
    expect(a.summary, a.text).not.toMatch(/41[,\s]?000/);
  });
});
