import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A hospital is a place by its name: "в больницу соседнего графства Гленмор" answers where the ambulances
 * went, "died in hospital two days later" tells where no one was taken. Invented town and county.
 */
const kb = knowledgeBaseOfTexts({
  'chronicle.md': documentText(
    'Больница Варнела переходит на бумажный документооборот, машины скорой помощи перенаправляются в больницу соседнего графства Гленмор.',
    { lang: 'ru', published: '2026-09-11' },
  ),
  'report.md': documentText(
    'Rescuers from the Kestov Mine Rescue Station brought the miners out in three groups. One of the rescued miners died in hospital two days later.',
    { lang: 'en', published: '2026-03-01' },
  ),
});
const now = new Date('2026-12-01');

describe('a hospital as a place', () => {
  it('answers with a named hospital', () => {
    const a = kb.answer('Куда направляли машины скорой помощи больницы Варнела?', { now });
    expect(a.answered, a.text).toBe(true);
    expect(a.summary, a.text).toMatch(/в больницу соседнего графства Гленмор/);
  });

  it('does not answer with "in hospital"', () => {
    const a = kb.answer('Where were the rescued miners taken?', { now });
    expect(a.summary, a.text).not.toMatch(/^in hospital/);
  });
});
