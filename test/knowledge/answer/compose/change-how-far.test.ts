import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/** "How far did the rate rise?" asks the size of a change, told by where it started and where it reached. Invented district. */
const BULLETIN = documentText(
  [
    'Округ Кестово: итоги полугодия',
    '• Доля острого недоедания среди детей до пяти лет в округе Кестово выросла с 11,2 % (ноябрь 2025 года) до 14,8 % (июнь 2026 года).',
  ].join('\n\n'),
  { lang: 'ru', published: '2026-07-10' },
);
const now = new Date('2026-12-01');

describe('how far a figure changed', () => {
  it('is no distance: both figures answer', () => {
    const kb = knowledgeBaseOfTexts({ 'bulletin.md': BULLETIN });
    const answer = kb.answer('How far did the acute malnutrition rate in the Kestovo district rise?', { now });
    expect(answer.answered).toBe(true);
    expect(answer.summary).toMatch(/11,2 %.*14,8 %/);
  });

  it('still asks a distance when nothing changes', () => {
    const kb = knowledgeBaseOfTexts({ 'bulletin.md': BULLETIN });
    expect(kb.answer('How far is the Kestovo district from the capital?', { now }).answered).toBe(false);
  });
});
