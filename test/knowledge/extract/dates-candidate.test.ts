/**
 * runRules walks each rule's matches with exec on the rule's own pattern (not matchAll, which copies
 * the pattern per call): it must find what matchAll finds, empty matches and astral characters included.
 */
import { describe, expect, it } from 'vitest';
import { afterEmptyMatch, type DateRule, runRules } from '../../../src/knowledge/extract/dates-candidate.ts';

describe('afterEmptyMatch', () => {
  it.each([
    ['abc', 0, 1],
    ['abc', 2, 3],
    ['a😀b', 1, 3],
    ['😀', 0, 2],
    ['', 0, 1],
  ])('in %j after an empty match at %i resumes at %i', (text, at, expected) => {
    expect(afterEmptyMatch(text, at)).toBe(expected);
  });
});

/** A rule whose candidates are its matches' spans, so the walk itself is what is compared. */
function spanRule(source: string): DateRule {
  return {
    name: source,
    pattern: new RegExp(source, 'giu'),
    build: (m) => [
      {
        start: m.index,
        end: m.index + m[0].length,
        date: { precision: 'year' },
        resolution: { kind: 'as-written' },
        lang: 'en',
      },
    ],
  };
}

describe('runRules', () => {
  it.each([
    ['\\d{4}', 'in 2020 and 2021, not 20'],
    ['x*', 'axxb😀xc'],
    ['(?<![\\p{L}])\\d*', '12 a😀 34'],
    ['y', ''],
  ])('finds with %j in %j what matchAll finds', (source, text) => {
    const rule = spanRule(source);
    const expected = [...text.matchAll(new RegExp(source, 'giu'))].map((m) => [m.index, m.index + m[0].length]);
    expect(runRules(text, [rule]).map((c) => [c.start, c.end])).toEqual(expected);
    // Twice in a row: the pattern's lastIndex left by the first run does not leak into the second.
    expect(runRules(text, [rule]).map((c) => [c.start, c.end])).toEqual(expected);
  });
});
