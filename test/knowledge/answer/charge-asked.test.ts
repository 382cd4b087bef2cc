import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "В чём обвиняли …?", "What was he charged with?" asks a charge: a passage that names the person
 * among the freed but states no charge does not answer it; one that states the charge does.
 */
const kb = knowledgeBaseOfTexts({
  'release.md': documentText(
    [
      'Среди освобождённых — блогер из Халдена Ирина Телм и студент Ян Ковальчик.',
      'Митинг в Нортгейте 28 февраля собрал около двух тысяч человек.',
      'Организатору митинга Антону Лорину предъявлено обвинение в «публичных призывах к экстремистской деятельности».',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-03-17' },
  ),
});
const ask = (question: string) => kb.answer(question, { now: new Date('2026-12-01') });

describe('a question asking a charge', () => {
  it.each([
    'В чём обвиняли студента Яна Ковальчика?',
    'Студент Ян Ковальчик — за что его обвиняли?',
    'What was the student Jan Kowalczyk charged with?',
  ])('is not answered by a passage stating no charge: %s', (question) => {
    expect(ask(question).answered, ask(question).text).toBe(false);
  });

  it('is answered where the charge is stated', () => {
    const a = ask('В чём обвиняют организатора митинга Антона Лорина?');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('экстремистской деятельности');
  });
});

/** «Какая статья договора …?» asks an article of a treaty, not the article of a criminal code a person is charged under. */
describe('an article of a treaty', () => {
  const treaty = knowledgeBaseOfTexts({
    'treaty.md': documentText(
      [
        'Мирный договор Кестова и Варнеля',
        'Подписание мирного договора Кестова и Варнеля отложили из-за спора о статье 8, которая запрещает размещать третьи войска у границы.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-06-01' },
    ),
  });

  it('is answered with the article', () => {
    const a = treaty.answer('Какая статья мирного договора Кестова и Варнеля стала камнем преткновения?', {
      now: new Date('2026-12-01'),
    });
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toMatch(/статье 8/);
  });
});
