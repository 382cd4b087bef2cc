import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const now = new Date('2026-12-01T00:00:00Z');

/** A figure set as a goal answers what the goal is, not how many were reached. */
const REPORT = documentText(
  `Lorin vaccination campaign

The health ministry of Kestov plans to start a vaccination campaign in Lorin next Monday. The campaign targets 230,000 people in districts that reported cholera cases this spring.

«Если бы завод в Лорине действительно выпустил 2,4 млн доз, люди работали бы круглосуточно», — сказал Ивар Вендт.`,
  { title: 'Lorin vaccination campaign', published: '2026-07-08', lang: 'en' },
);

describe('a target, and a figure of another clause', () => {
  const kb = knowledgeBaseOfTexts({ 'report.md': REPORT });
  it.each([
    'How many people were actually vaccinated in the Lorin campaign?',
    'Сколько человек фактически привили в ходе кампании в Лорине?',
  ])('%s: the goal is no count of the vaccinated', (question) => {
    expect(kb.answer(question, { now }).summary).not.toMatch(/230|2[.,]4/);
  });
  it('answers the goal when the goal is asked', () => {
    expect(kb.answer('How many people does the Lorin campaign target?', { now }).summary).toMatch(/230,?000/);
  });
});
