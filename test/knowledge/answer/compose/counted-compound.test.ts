import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * How a figure is counted or summed, from invented sentences: an English compound unit counted by its
 * head ("beehives" by "hives"), "in total" as no unit, and a change asked "by how much" told by its share.
 */
const kb = knowledgeBaseOfTexts({
  'brief.md': documentText(
    [
      'Karim Outalla, head of the Varnel Honey Cooperative, said members had lost 1,240 hives since aerial spraying began.',
      'The company had ordered eleven warships from the Lorin yard before the dispute.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-07-14' },
  ),
  'review.md': documentText(
    'Соглашение предусматривает повышение зарплат пилотов Lorvane Air на 12,5% в три этапа до 2028 года и набор 90 новых пилотов.',
    { lang: 'ru', published: '2026-08-01' },
  ),
});
const now = new Date('2026-12-01');

describe('figures counted by what the question asks', () => {
  it('counts a compound noun by its head', () => {
    const a = kb.answer('How many beehives did the Varnel beekeepers say they had lost to the spraying?', { now });
    expect(a.answered, a.text).toBe(true);
    expect(a.summary, a.text).toMatch(/1,240/);
  });

  it('reads "in total" as no unit, and a share as the size of a change', () => {
    const a = kb.answer("By how much in total will Lorvane Air pilots' pay rise under the new agreement?", { now });
    expect(a.answered, a.text).toBe(true);
    expect(a.summary, a.text).toMatch(/12,5\s?%/);
  });
});

describe('an owner before its noun', () => {
  const owners = knowledgeBaseOfTexts({
    'brief.md': documentText(
      'Between March and June the carrier Lorvane Air lost six days of flying to two pilots’ strikes and cut its summer schedule.',
      { lang: 'en', published: '2026-07-20' },
    ),
  });

  it('is not what the number counts: "two pilots’ strikes" counts strikes', () => {
    const a = owners.answer('How many pilots of Lorvane Air went on strike between March and June?', { now });
    expect(a.summary, a.text).not.toMatch(/two pilots/);
  });
});
