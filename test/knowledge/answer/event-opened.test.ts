import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "When did the trial open?": the sentence dating the trial ("19–21 мая — процесс по делу …") says its
 * opening, on the span's first day; the verdict's stronger sentence names the court, not the opening.
 */
const kb = knowledgeBaseOfTexts({
  'chronology.md': documentText(
    [
      '• 19–21 мая — процесс по делу Nordvik Star в окружном суде в Лорине.',
      '• 4 июня (четверг) — окружной суд в Лорине признал капитана траулера Nordvik Star виновным в незаконном промысле краба.',
    ].join('\n'),
    { lang: 'ru', published: '2026-09-30' },
  ),
  // The question's verbs, said elsewhere of other things (a word no document uses is no verb to date).
  'wire.md': documentText(
    '• 3 марта — начался сезон промысла краба. The Halden court will open an appeal hearing in November.',
    {
      lang: 'en',
      published: '2026-09-30',
    },
  ),
});

describe('an event asked when it opened', () => {
  it.each([
    'On what date did the Nordvik Star trial open at the district court in Lorin?',
    'Когда начался процесс по делу Nordvik Star в окружном суде в Лорине?',
  ])('%s', (question) => {
    const a = kb.answer(question, { now: new Date('2026-12-01') });
    expect(a.summary, a.text).toMatch(/^(19 May|19 мая)/);
    expect(a.summary, a.text).not.toMatch(/21|June|июня/);
  });
});
