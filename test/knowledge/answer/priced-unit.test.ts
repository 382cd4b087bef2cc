import { describe, it } from 'vitest';
import { documentText, expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** "Сколько теперь стоит киловатт-час …": a price per the unit the question prices, in cents too. */
const CHRONOLOGY = documentText(
  `Хроника: Кестов и Варнел, 2026 год

• 26 февраля — «Кестовэнерго» подписала контракт на поставку в Варнел 2,4 млрд кВт·ч электроэнергии в 2026 году.

• 1 июля — цена кестовской электроэнергии для Варнела выросла с 5 до 5,8 цента за кВт·ч.`,
  { title: 'Хроника: Кестов и Варнел, 2026 год', published: '2026-10-31', lang: 'ru' },
);

const now = new Date('2026-12-01T00:00:00Z');

describe('a unit priced as the thing asked', () => {
  const kb = knowledgeBaseOfTexts({ 'chronology.md': CHRONOLOGY });
  it.each([
    ['Сколько теперь стоит киловатт-час кестовской электроэнергии для Варнела?', /5,8 цента/],
    ['How much does a kilowatt-hour of electricity cost Varnel now?', /5[.,]8/],
  ])('%s', (question, expected) => {
    expectStated(kb.answer(question, { now }), expected);
  });
});
