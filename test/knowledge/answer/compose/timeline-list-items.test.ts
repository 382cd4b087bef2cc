import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * "Движение через развязку восстанавливалось в три этапа:" and three dated items that repeat none of
 * the question's words: each item is a stage of the chronology asked.
 */
describe('the dated items of a list that answers a chronology', () => {
  const kb = knowledgeBaseOfTexts({
    'report.md': documentText(
      [
        'Крушение поезда у Кестово: итоговый отчёт бюро расследований.',
        'Движение через развязку Кестово восстанавливалось в три этапа:',
        '— 26 января — по одному пути, со скоростью 30 км/ч;',
        '— 23 февраля — по обоим путям, со скоростью 60 км/ч;',
        '— 13 апреля — в полном объёме, со скоростью 120 км/ч.',
      ].join('\n'),
      { lang: 'ru', published: '2026-07-01' },
    ),
    'wire.md': documentText(
      'The Kestovo junction stayed closed after the crash on 16 January, the operator said on Saturday.',
      { lang: 'en', published: '2026-01-18' },
    ),
  });

  it('gives every stage its date', () => {
    const a = kb.answer('List the stages in which traffic through the Kestovo junction was restored, with the dates.', {
      now: new Date('2026-12-01'),
    });
    expect(a.text).toMatch(/26 January/);
    expect(a.text).toMatch(/23 February/);
    expect(a.text).toMatch(/13 April/);
  });
});
