import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/knowledge/extract/dates.ts';
import { daysApartMentions, shiftedDayMention } from '../../../src/knowledge/extract/day-shift.ts';
import type { FuzzyDate } from '../../../src/knowledge/types.ts';

const SIXTH_OF_FEBRUARY: FuzzyDate = { year: 2026, month: 2, day: 6, precision: 'day' };

describe('shiftedDayMention: a day told from the one before', () => {
  it.each([
    ['Накануне окружной суд Кештова отказался продлить арест судна.', 'Накануне', '2026-02-05'],
    ['А на следующий день Варнел передал Кештову двух полицейских.', 'на следующий день', '2026-02-07'],
    ['The next day the court in Kestov released them.', 'The next day', '2026-02-07'],
    ['Через три дня делегация вернулась в Кештов.', 'Через три дня', '2026-02-09'],
    ['Two days later the envoy left Varnel.', 'Two days later', '2026-02-08'],
  ])('%s → %s = %s', (text, phrase, iso) => {
    const m = shiftedDayMention(text, SIXTH_OF_FEBRUARY);
    expect(m?.text).toBe(phrase);
    expect(text.slice(m?.start, m?.end)).toBe(phrase);
    const d = m?.date;
    expect(`${d?.year}-${String(d?.month).padStart(2, '0')}-${String(d?.day).padStart(2, '0')}`).toBe(iso);
  });

  it.each([
    // Not at the sentence's start: the phrase may date something else.
    ['Суд, как и накануне, отказался продлить арест.', SIXTH_OF_FEBRUARY],
    // No day to count from.
    ['Накануне суд отказался продлить арест.', { year: 2026, month: 2, precision: 'month' } as FuzzyDate],
    ['Накануне суд отказался продлить арест.', undefined],
  ])('%s: none', (text, anchor) => {
    expect(shiftedDayMention(text, anchor)).toBeUndefined();
  });
});

describe('daysApartMentions: an event dated from the clause a comma sets it off from', () => {
  const iso = (d: FuzzyDate | undefined) =>
    `${d?.year}-${String(d?.month).padStart(2, '0')}-${String(d?.day).padStart(2, '0')}`;
  const mentions = (text: string, lang: 'en' | 'ru') =>
    daysApartMentions(text, extractDates(text, lang, { docDate: { year: 2026, month: 8, day: 1 } }));

  it.each([
    [
      'The operator stopped pumping on 14 February 2026, two days after gunmen overran the Kestov station.',
      'en',
      'two days after',
      '2026-02-12',
    ],
    [
      'On 16 June 2026, two days before the ceremony in Varnel, the minister called.',
      'en',
      'two days before',
      '2026-06-18',
    ],
    ['It was released on 14 July 2026, a week after the signing in Lorin.', 'en', 'a week after', '2026-07-07'],
    [
      '29 мая 2026 года, за три дня до вступления пошлины в силу, Кештов её отложил.',
      'ru',
      'за три дня до',
      '2026-06-01',
    ],
    [
      'Консула пустили к нему 9 марта 2026 года, через четыре дня после задержания.',
      'ru',
      'через четыре дня после',
      '2026-03-05',
    ],
  ] as const)('%s → %s = %s', (text, lang, phrase, day) => {
    const [m] = mentions(text, lang);
    expect(m?.text).toBe(phrase);
    expect(text.slice(m?.start, m?.end)).toBe(phrase);
    expect(iso(m?.date)).toBe(day);
  });

  it.each([
    // Another clause: "but two days before the ceremony the minister withdrew" dates the withdrawal.
    [
      'The deal was due to be signed in Varnel on 18 June 2026, but two days before the ceremony the minister withdrew.',
      'en',
    ],
    // "до этого" points back: it dates nothing new.
    ['Встречу назначили на 18 марта 2026 года, а за два дня до этого Кештов попросил отсрочку.', 'ru'],
    // No day in the sentence to count from.
    ['The closure came four days after customs at Lorin detained the drivers.', 'en'],
    ['Most were released within two or three days after paying fines in March 2026.', 'en'],
  ] as const)('%s: none', (text, lang) => {
    expect(mentions(text, lang)).toEqual([]);
  });
});

describe('an event dated from the clause it is set off from, answered', () => {
  it('answers the day counted back, not the clause’s own day', async () => {
    const { documentText, knowledgeBaseOfTexts } = await import('../../support/knowledge-base.ts');
    const kb = knowledgeBaseOfTexts({
      'wire.md': documentText(
        [
          'Kestov agency halts work in the north',
          'The Lorin Relief agency said on Thursday it had suspended all its work in the north, two days after gunmen abducted four of its staff near Varnel.',
        ].join('\n\n'),
        { lang: 'en', published: '2026-02-12' },
      ),
    });
    const answer = kb.answer('When were the Lorin Relief staff abducted near Varnel?', { now: new Date('2026-12-01') });
    expect(answer.summary).toMatch(/10 February 2026/);
  });
});
