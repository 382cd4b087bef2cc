import { describe, expect, it } from 'vitest';
import { chronology } from '../../../src/knowledge/digest/chronology.ts';
import type { FuzzyDate } from '../../../src/knowledge/types.ts';
import { day, kbOf, lifted, release, stated, visit, year } from './chronology-fixture.ts';

describe('chronology', () => {
  it('lists events oldest first, one line each: what happened (who, how many), with the quote', () => {
    const events = chronology(kbOf([release, lifted, visit]), { lang: 'en' });
    expect(events.map((e) => `${e.dateText} — ${e.line}`)).toEqual([
      '21 Jun 2025 — Visit (Keith Kellogg)',
      '11 Sep 2025 — Prisoner release (52 people)',
      // Sanctions name their targets, never the people who announced them.
      'Mar 2026 — Sanctions lifted (Belavia)',
    ]);
    expect(events[0]?.citation.quote).toBe('On 21 June 2025 Kellogg visited Minsk.');
  });

  it('orders newest first on request, and speaks the reader’s language', () => {
    const events = chronology(kbOf([release, lifted, visit]), { lang: 'ru', order: 'newest' });
    expect(events.map((e) => `${e.dateText} — ${e.line}`)).toEqual([
      'март 2026 — Санкции сняты (Белавиа)',
      '11 сент. 2025 — Освобождение заключённых (52 чел.)',
      '21 июня 2025 — Визит (Кит Келлог)',
    ]);
  });

  it('keeps only the events of a topic', () => {
    const events = chronology(kbOf([release, lifted, visit]), { lang: 'en', topics: ['e:person:kellogg'] });
    expect(events.map((e) => e.type)).toEqual(['visit']);
  });

  it('leaves out background dates, vague events, plans, and dates taken from the context', () => {
    const items = [
      visit,
      // Decades before the document (published 2025): history recalled as context.
      stated('bg', 'After Lukashenko came to power in 1994, relations soured.', {
        type: 'meeting',
        date: year(1994),
      }),
      // A date inside a participial phrase dates something else.
      stated('rel', 'США сняли санкции, введённые в 2021 году.', {
        type: 'sanctions',
        date: year(2021),
      }),
      stated('other', 'In July 2025 things changed.', {
        type: 'other',
        date: { year: 2025, month: 7, precision: 'month' },
      }),
      stated('plan', 'In July 2025 Kellogg may visit Minsk.', {
        type: 'visit',
        hedged: true,
        date: { year: 2025, month: 7, precision: 'month' },
      }),
      stated(
        'ctx',
        'The talks helped the dynamics.',
        { type: 'meeting', date: day(2025, 6, 21) },
        { dates: [], dateContextual: true },
      ),
    ];
    const events = chronology(kbOf(items), { lang: 'en' });
    expect(events.map((e) => e.key)).toEqual([expect.stringMatching(/^visit\|/)]);
  });

  it('keeps a context-dated fact that counts people', () => {
    const counted = stated(
      'ctx2',
      'Minsk released 250 people.',
      {
        type: 'release',
        date: day(2025, 6, 21),
        counts: [{ value: 250, noun: 'people', concept: 'person', text: '250 people', start: 0, end: 0 }],
      },
      { dates: [], dateContextual: true },
    );
    expect(chronology(kbOf([counted]), { lang: 'en' }).map((e) => e.line)).toEqual(['Prisoner release (250 people)']);
  });

  it('tells one event once when several sentences report it', () => {
    const again = stated('v2', 'Kellogg arrived in Minsk on 21 June 2025.', {
      type: 'visit',
      date: day(2025, 6, 21),
      participants: ['person:kellogg', 'person:lukashenko'],
    });
    const events = chronology(kbOf([visit, again]), { lang: 'en' });
    expect(events).toHaveLength(1);
    expect(events[0]?.line).toBe('Visit (Keith Kellogg, Alexander Lukashenko)');
    expect(events[0]?.factIds).toEqual(['v', 'v2']);
  });

  it('folds "in August" into "on 15 August" of the same kind, but not into one of two candidates', () => {
    const call = (id: string, text: string, date: FuzzyDate) => stated(id, text, { type: 'call', date });
    const month = call('m', 'In August 2025 the presidents spoke by phone.', {
      year: 2025,
      month: 8,
      precision: 'month',
    });
    const exact = call('d', 'On 15 August 2025 the presidents spoke by phone.', day(2025, 8, 15));
    expect(chronology(kbOf([month, exact]), { lang: 'en' }).map((e) => [e.dateText, e.factIds])).toEqual([
      ['15 Aug 2025', ['d', 'm']],
    ]);
    const another = call('d2', 'On 20 August 2025 they spoke again.', day(2025, 8, 20));
    expect(chronology(kbOf([month, exact, another]), { lang: 'en' })).toHaveLength(3);
  });
});
