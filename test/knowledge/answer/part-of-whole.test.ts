import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "21 of the train's 40 wagons", "24 of its 40 wagons": the part is the count asked, its whole is not,
 * and two sources' parts dispute each other (a part counts what its whole counts).
 */
const kb = knowledgeBaseOfTexts({
  'wire.md': documentText(
    "Kestov rail accident\n\nTwenty-one of the train's 40 wagons left the track near Varnel, and several fell down the embankment.",
    { lang: 'en', published: '2026-07-14' },
  ),
  'brief.md': documentText(
    'The Kestov line after the accident\n\nOn 16 June a copper train derailed near Varnel: 24 of its 40 wagons left the track.',
    { lang: 'en', published: '2026-09-28' },
  ),
});
const now = { now: new Date('2026-12-01') };

describe('a part of a whole', () => {
  it('is the count asked, and another source’s part disputes it', () => {
    const a = kb.answer('How many wagons of the train derailed near Varnel? Do the sources agree?', now);
    expect(a.summary, a.text).toMatch(/24/);
    expect(a.summary, a.text).toMatch(/21|Twenty-one/i);
  });
});

/** "Из 42 тепловозов … исправны были одиннадцать": the whole said first, the part last and bare. */
const depot = knowledgeBaseOfTexts({
  'interview.md': documentText(
    'Интервью о дороге Кестов\n\nПриведу цифру: из 42 магистральных тепловозов, которые числились на балансе управления, к моменту передачи были исправны одиннадцать.',
    { lang: 'ru', published: '2026-06-24' },
  ),
});

describe('a part said after its whole', () => {
  it.each([
    ['Сколько тепловозов были исправны к моменту передачи?', /одиннадцать|11/],
    ['How many of the mainline locomotives were in working order at the handover?', /11|eleven|одиннадцать/],
  ])('%s', (question, expected) => {
    const a = depot.answer(question, now);
    expect(a.summary, a.text).toMatch(expected);
    expect(a.summary, a.text).not.toMatch(/42/);
  });
});
