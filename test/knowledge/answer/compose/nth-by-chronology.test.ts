import { describe, expect, it } from 'vitest';
import { documentText, expectStated, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * "The second person arrested" when no sentence numbers the arrests: each arrest is told with its day,
 * and the second is the second of those days. A third asked of two is not told.
 */
const now = new Date('2026-12-01T00:00:00Z');

describe('the nth event by its day, when no sentence numbers it', () => {
  const kb = knowledgeBaseOfTexts({
    'brief.md': documentText(
      [
        'Who pays for the Lorin collapse',
        'On 3 March prosecutors arrested Ostap Vendt, the site manager of Kestov Build, over the collapse of the Lorin embankment.',
        'On 18 March prosecutors arrested Ilkin Marov, the maintenance chief of Lorin Water, a person the residents had warned.',
        'Five days later a judge refused to send Marov to trial, and he was released the same day.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-06-24' },
    ),
    'chronicle.md': documentText(
      [
        'Хроника: провал в Лорине',
        '• 3 марта (вторник) — задержан подозреваемый по делу о провале набережной, руководитель участка Kestov Build Остап Вендт.',
        '• 18 марта (среда) — задержан по делу о провале набережной начальник службы эксплуатации Lorin Water Илкин Маров.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-09-30' },
    ),
  });
  it.each([
    ['When was the second person detained over the collapse arrested?', /18 March/, /3 March/],
    ['Когда задержали второго подозреваемого по делу о провале?', /18 марта/, /3 марта/],
  ])('gives the second day the act is told on: %s', (question, expected, other) => {
    expectStated(kb.answer(question, { now }), expected, other);
  });
  it('does not give a third day of two', () => {
    const a = kb.answer('When was the third person detained over the collapse arrested?', { now });
    expect(a.answered).toBe(false);
  });
});
