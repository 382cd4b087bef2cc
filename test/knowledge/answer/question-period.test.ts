import { describe, expect, it } from 'vitest';
import { periodMonths } from '../../../src/knowledge/answer/question-period.ts';

const months = (q: string) => periodMonths(q).map((d) => `${d.date.year ?? '*'}-${d.date.month}`);

/** A question's two-month period becomes every month of it, on invented questions. */
describe('periodMonths', () => {
  it.each([
    ['List the meetings held between March and July 2026.', ['2026-3', '2026-4', '2026-5', '2026-6', '2026-7']],
    ['Какие решения принимали с марта по май 2026 года?', ['2026-3', '2026-4', '2026-5']],
    ['What happened from November 2025 to February 2026?', ['2025-11', '2025-12', '2026-1', '2026-2']],
    ['Что происходило с января по март?', ['*-1', '*-2', '*-3']],
    // Two months joined by a dash, as in a chat; a dash between two countries before them is no period.
    ['Раунды в Кештове, январь–март 2026, даты?', ['2026-1', '2026-2', '2026-3']],
    ['Varnel–Kestov meetings Mar–May 2026: dates?', ['2026-3', '2026-4', '2026-5']],
    ['Exports were 6.3 million dollars in April to June.', ['*-4', '*-5', '*-6']],
  ])('%s → %j', (q, expected) => {
    expect(months(q)).toEqual(expected);
  });

  it.each([
    'When did the march from the square to the embassy start?',
    'Who met between the talks and the signing?',
    'Когда встретились в Минске 12 мая?',
    'Varnel–Kestov talks: when?',
    // Two months, not a period: "in" opens one only before "to".
    'How many trucks crossed in March and July?',
  ])('finds no period in: %s', (q) => {
    expect(periodMonths(q)).toEqual([]);
  });
});
