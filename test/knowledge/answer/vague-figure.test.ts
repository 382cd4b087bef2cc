import { describe, it } from 'vitest';
import { documentText, expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** "several million" said early, "about 9 million" said later: the exact figure answers how much. */
const WIRE = documentText(
  `Trucks back up at Orvik

LORIN, March 3 (Varnel Wire) - The hauliers' association said its members had already lost "several million dollars" in penalties and spoiled cargo since Kestov shut the Orvik crossing.`,
  { title: 'Trucks back up at Orvik', published: '2026-03-03', lang: 'en' },
);

const INTERVIEW = documentText(
  `Интервью: «Очередь стояла сорок дней»

— Вопрос: Во сколько обошлось закрытие «Орвика» перевозчикам?

— Ответ: По нашим подсчётам, прямые потери членов ассоциации — около 9 миллионов долларов: штрафы, испорченный груз, простой.`,
  { title: 'Интервью: «Очередь стояла сорок дней»', published: '2026-07-10', lang: 'ru' },
);

describe('a rough figure gives way to an exact one of the same', () => {
  const kb = knowledgeBaseOfTexts({ 'wire.md': WIRE, 'interview.md': INTERVIEW });
  it.each([
    ['How much did the hauliers association estimate its members lost because of the Orvik closure?', /9 million/],
    ['Сколько, по оценке ассоциации перевозчиков, потеряли её члены из-за закрытия «Орвика»?', /9 млн|9 миллион/],
  ])('%s', (question, expected) => {
    expectStated(kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') }), expected);
  });
});
