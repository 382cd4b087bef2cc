import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const now = { now: new Date('2026-12-01') };

/**
 * "получил лишь 18 тыс. из 120 тыс. запрошенных доз": the part counts what its whole counts, though an
 * abbreviation's dot stands before "из", and though the question itself gives the whole.
 */
describe('a part of a whole counts the whole’s unit', () => {
  const kb = knowledgeBaseOfTexts({
    'brief.md': documentText(
      'В середине марта начальник департамента здравоохранения Орска Ц. Вендт заявил, что город получил лишь 18 тыс. из 120 тыс. запрошенных доз вакцины.',
      { lang: 'ru', published: '2026-07-06' },
    ),
  });

  it.each([
    'Сколько доз вакцины получил Орск?',
    'Сколько доз вакцины получил Орск из 120 тысяч запрошенных?',
    'How many vaccine doses did Orsk receive out of the 120,000 it requested?',
  ])('"%s" is answered by the part', (question) => {
    const a = kb.answer(question, now);
    expect(a.summary, a.text).toMatch(/^18\b/);
  });
});
