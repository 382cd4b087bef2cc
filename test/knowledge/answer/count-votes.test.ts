import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "Сколько депутатов проголосовали за … и сколько против?": a vote's figures ("by 142 votes to 97") count
 * those who voted, and the second number asked in Russian ("и сколько") is given too.
 */
describe('the figures of a vote', () => {
  const kb = knowledgeBaseOfTexts({
    'wire.md': documentText(
      [
        'Varnel parliament backs the Orvik deal',
        'Lawmakers approved the Orvik deal last Tuesday by 142 votes to 97, after a six-hour debate.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-08-04' },
    ),
  });
  const now = new Date('2026-12-01');

  it.each([
    ['Сколько депутатов проголосовали за сделку с Orvik и сколько против?'],
    ['How many lawmakers voted for the Orvik deal and how many against?'],
  ])('%s', (question) => {
    const a = kb.answer(question, { now });
    expect(a.answered, a.text).toBe(true);
    expect(a.summary).toMatch(/142/);
    expect(a.summary).toMatch(/97/);
  });
});

/** «… и в скольких из них нашли нарушения?»: the second number asked with a preposition is given too. */
describe('a second number asked with a preposition', () => {
  const kb = knowledgeBaseOfTexts({
    'report.md': documentText(
      [
        'Inspection of Varnel boiler houses',
        'The first stage covered 312 municipal boiler houses; violations were found at 74 of them.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-06-10' },
    ),
  });

  it('gives both figures', () => {
    const a = kb.answer('Сколько котельных проверили на первом этапе и в скольких из них нашли нарушения?', {
      now: new Date('2026-12-01'),
    });
    expect(a.answered, a.text).toBe(true);
    expect(a.summary).toMatch(/312/);
    expect(a.summary).toMatch(/74/);
  });
});
