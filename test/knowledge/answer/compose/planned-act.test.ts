import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * «должен был начаться 1 июля» tells a plan, not a start: asked when a stage actually began, the answer
 * is the day it did begin. Invented company and recall.
 */
const kb = knowledgeBaseOfTexts({
  'analysis.md': documentText(
    [
      'Хрупкий каркас: отзыв клапанов Кестрал',
      'Третий этап отзыва клапанов Кестрал — томография у 9 000 пациентов — должен был начаться 1 июля. В конце июня его перенесли.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-08-20' },
  ),
  'timeline.md': documentText(
    ['Timeline: the Kestral valve recall', '14 Sep (Mon) - Stage three of the Kestral recall begins.'].join('\n\n'),
    { lang: 'en', published: '2026-10-09' },
  ),
});

describe('a start only planned', () => {
  it('is not when the stage began', () => {
    const a = kb.answer('Когда фактически начался третий этап отзыва клапанов Кестрал?', {
      now: new Date('2026-12-01'),
    });
    expect(a.summary, a.text).toMatch(/14 сентября/);
  });
});
