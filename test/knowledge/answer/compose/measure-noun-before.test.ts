import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * "How high did the ash column rise in the second eruption?": «столб пепла высотой около 6 км» gives the
 * height by its measure noun before the figure, as "14 km high" does after it. Invented volcano.
 */
const kb = knowledgeBaseOfTexts({
  'brief.md': documentText(
    [
      'Mount Kerel',
      'When Mount Kerel erupted on 11 February, it sent an ash column about 14 km high over the valley.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-06-15' },
  ),
  'chronicle.md': documentText(
    ['Хроника', '• 24 марта (вторник) — второе извержение вулкана Керель: столб пепла высотой около 6 км.'].join(
      '\n\n',
    ),
    { lang: 'ru', published: '2026-09-01' },
  ),
});
const now = new Date('2026-12-01');

describe('a measure noun before its figure', () => {
  it('binds the figure to the dimension asked', () => {
    const a = kb.answer('How high did the ash column of Mount Kerel rise during the second eruption?', { now });
    expect(a.summary, a.text).toMatch(/^6 kilomet/);
  });
});
