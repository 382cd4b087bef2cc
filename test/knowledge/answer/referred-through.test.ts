import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * An interview answer that names two men once and then says "they": the figure two sentences on is
 * theirs, through the sentence between that refers to them too (and not that of a man named after one
 * of them elsewhere).
 */
const INTERVIEW = documentText(
  [
    'Условия содержания были далеки от идеальных. Двое мужчин — Ион Вардан и Пётр Луск — вернулись домой 9 апреля. Их передали на мосту у Телма в присутствии наблюдателей. В общей сложности они провели под стражей 28 дней.',
    '',
    'Олег Брандт, задержанный позже Вардана, провёл под стражей 11 дней.',
    '',
    'Проверка шла всё лето. Инспектор Ян Кештов провёл в Хальдене 12 дней. Мост через Телм закрыли на ремонт. Всего ремонт занял 40 дней.',
  ].join('\n'),
  { title: 'Интервью: мосты и люди', published: '2026-06-05', lang: 'ru' },
);

describe('a sentence refers back two sentences through a pronoun', () => {
  const kb = knowledgeBaseOfTexts({ 'interview.md': INTERVIEW });
  it.each([
    ['How many days did Ion Vardan and Petr Lusk spend in custody?', /\b28\b/],
    ['Сколько дней Ион Вардан и Пётр Луск провели под стражей?', /\b28\b/],
  ])('%s', (question, expected) => {
    const a = kb.answer(question);
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(expected);
    expect(a.summary).not.toMatch(/\b11\b/);
  });

  // The sentence between names no one by a pronoun: the repair's 40 days are not the inspector's.
  it('not through a sentence that does not refer back', () => {
    const a = kb.answer('How many days did inspector Jan Kestov spend on repairs?');
    expect(a.summary).not.toMatch(/\b40\b/);
  });
});
