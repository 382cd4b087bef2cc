import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * «прораб Ильдар Сабитов»: a surname the dictionary reads only as a genitive plural (of the given name
 * «Сабит») is one name with the given name before it, not a second person. Invented people.
 */
const kb = knowledgeBaseOfTexts({
  'site.md': documentText(
    [
      'Стройку в Лорине остановили',
      'Стройку остановил прораб Ильдар Сабитов.',
      'Склад опечатал инспектор Павел Кравцов из Лорина.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-05-18' },
  ),
});
const now = new Date('2026-12-01');

describe('a given name and a surname in -ов read as a genitive plural', () => {
  it.each([
    ['Who stopped the construction?', 'Ильдар Сабитов'],
    ['Кто остановил стройку?', 'Ильдар Сабитов'],
    ['Who sealed the warehouse?', 'Павел Кравцов'],
  ])('%s → %s as one name', (question, name) => {
    const a = kb.answer(question, { now });
    const first = a.text.split('\n')[0] ?? '';
    expect(first).toContain(name);
    expect(first).not.toContain(';');
  });
});
