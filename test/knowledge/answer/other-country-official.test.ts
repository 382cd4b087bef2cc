import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "министр сельского хозяйства Алжира" is not "министр сельского хозяйства Марокко": a country after the
 * noun (in the genitive, or after "of") qualifies it as one before it does. An adjective after a noun
 * qualifies the next one ("основа американских санкций"). Invented people.
 */
const now = new Date('2026-12-01');
const kb = knowledgeBaseOfTexts({
  'chronicle.md': documentText(
    [
      '• 2 марта (понедельник) — министр сельского хозяйства Марокко Идрис Ламрахи объявил в Рабате о начале экстренной кампании против саранчи.',
      '• 9 марта — Алжир объявил чрезвычайное положение в трёх вилайетах.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-09-30' },
  ),
});

describe("another country's official", () => {
  it.each([
    'Как зовут министра сельского хозяйства Алжира, отвечающего за борьбу с саранчой?',
    'Who is the agriculture minister of Algeria in charge of the locust campaign?',
  ])('is no answer: %s', (question) => {
    const a = kb.answer(question, { now });
    expect(a.summary, a.text).not.toMatch(/Ламрахи|Lamrakhi|Lamrahi/);
  });

  it("still answers for the country's own", () => {
    const a = kb.answer('Как зовут министра сельского хозяйства Марокко?', { now });
    expect(a.summary, a.text).toMatch(/Ламрахи/);
  });
});
