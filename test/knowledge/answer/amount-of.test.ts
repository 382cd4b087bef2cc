import { describe, it } from 'vitest';
import { documentText, expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** "штраф в размере 50 тысяч юаней": the sum after "в размере" is the amount of the fine the question asks. */
const CHRONICLE = documentText(
  `Хроника: Кестов и Лорин, 2026 год

• 26 марта — совет банка одобрил финансирование первой очереди Орвикской ГЭС-1 на сумму 1,1 млрд долларов.

• 2 апреля — стоимость строительства Орвикской ГЭС-1 теперь оценивается в 6,4 млрд долларов.

• 14 мая — суд в Лорине признал водителя из Кестова Ерлана Вендта виновным в контрабанде и назначил ему штраф в размере 50 тысяч юаней.`,
  { title: 'Хроника: Кестов и Лорин, 2026 год', published: '2026-09-18', lang: 'ru' },
);

describe('the sum of a thing after "в размере"', () => {
  const kb = knowledgeBaseOfTexts({ 'chronicle.md': CHRONICLE });
  it.each([
    ['How large was the fine the court in Lorin imposed on the Kestov trucker?', /50 thousand/],
    ['Какой штраф назначил суд водителю из Кестова?', /50 тысяч|50 тыс/],
    // A name before "на сумму" is what the sum is spent on, not what costs it.
    ['Во сколько сейчас оценивается строительство Орвикской ГЭС-1?', /6,4/],
  ])('%s', (question, expected) => {
    expectStated(kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') }), expected);
  });
});
