import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** "The preliminary report" is not "the final report": a date of the one does not date the other. */
const kb = knowledgeBaseOfTexts({
  'brief.md': documentText(
    [
      'The Kestov derailment inquiry',
      '',
      'The preliminary report of the joint inquiry board chaired by Ilkin Vendt, published on 10 July, attributed the Kestov derailment to a fractured rail.',
      'The final report has not yet been published.',
    ].join('\n'),
    { lang: 'en', published: '2026-09-28' },
  ),
});
const now = { now: new Date('2026-12-01') };

describe('a stage of a thing asked', () => {
  it('is not dated by the other stage', () => {
    const a = kb.answer('When was the final report of the Vendt inquiry into the Kestov derailment published?', now);
    expect(a.answered, a.text).toBe(false);
  });

  it('is dated by its own', () => {
    const a = kb.answer(
      'When was the preliminary report of the Vendt inquiry into the Kestov derailment published?',
      now,
    );
    expect(a.summary, a.text).toMatch(/10 July/);
  });
});
