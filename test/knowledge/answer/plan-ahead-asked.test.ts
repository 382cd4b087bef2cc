import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "When is the trial due to open?", «Когда должно начаться рассмотрение?»: asked in the present, a plan is
 * still ahead of its document; a past day of the case (the custody hearing) is no answer, and where no
 * date lies ahead the documents do not say. Invented case.
 */
const kb = knowledgeBaseOfTexts({
  'wire.md': documentText(
    [
      'Kestov registry case',
      'On 30 March the Kestov district court, which will hear the criminal trial of Arno Quist, remanded him in custody.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-10-12' },
  ),
  'chronicle.md': documentText(
    [
      'Хроника: дело Ларса Вендта',
      '• 30 марта (понедельник) — суд Кештова, где будет рассматриваться уголовное дело Ларса Вендта, заключил его под стражу.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-10-09' },
  ),
});
const now = new Date('2026-12-01');

describe('a plan asked in the present', () => {
  it.each([
    ['When is the criminal trial of Arno Quist due to open?'],
    ['Когда должно начаться рассмотрение уголовного дела Ларса Вендта?'],
  ])('is no past day of the case: %s', (question) => {
    const a = kb.answer(question, { now });
    expect(a.summary, a.text).not.toMatch(/30 (March|марта)/);
  });
});
