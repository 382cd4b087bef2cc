// The eval CLI reads the shared scorer's stdout; these pin the lines it depends on.
import { describe, expect, it } from 'vitest';
import { formatTable, parseScoreOutput } from '../../src/cli/eval.ts';

const SAMPLE = [
  'eval: test/eval/own.jsonl (92 items); corpus: 8 docs [000, 001]',
  "command: npm run -s ask -- --jsonl --db tmp/eval-facts.json",
  'run: exit 0; wall 1.20 s; 76.7 questions/s',
  'WARNING: ANSWER COUNT MISMATCH: 90 JSON answers for 92 questions; the last 2 are scored wrong (no-answer)',
  'overall: 61/92 = 66.3%',
  'by lang: en 35/48 72.9% | ru 26/44 59.1%',
  'by kind: abstain 12/15 80.0% | when 15/21 71.4%',
  'failures: no-answer 2, false-answer 3, false-abstain 9, missing-fact 10, forbidden-fact 0, no-citation 0, citation-fabricated 4, wrong-source 5',
  'first 1 failures:',
  '#1 fx-x (ru/when): missing-fact',
  '  question: q',
  'accuracy: 66.3%',
].join('\n');

describe('eval CLI', () => {
  it('parses the scorer summary lines', () => {
    const s = parseScoreOutput(SAMPLE);
    expect(s).toMatchObject({ correct: 61, total: 92, accuracy: 66.3 });
    expect(s.byLang).toEqual({ en: { correct: 35, total: 48 }, ru: { correct: 26, total: 44 } });
    expect(s.failures['citation-fabricated']).toBe(4);
    expect(s.failures['false-abstain']).toBe(9);
    expect(s.warnings).toHaveLength(1);
    expect(s.details).toEqual(['first 1 failures:', '#1 fx-x (ru/when): missing-fact', '  question: q']);
  });

  it('rejects output without an overall line', () => {
    expect(() => parseScoreOutput('score: cannot read corpus')).toThrow(/overall/);
  });

  it('prints one row per eval set', () => {
    const table = formatTable([{ set: 'own', summary: parseScoreOutput(SAMPLE) }]).split('\n');
    expect(table).toHaveLength(2);
    expect(table[0]).toMatch(/^eval set\s+items\s+accuracy\s+fabricated\s+en\s+ru$/);
    expect(table[1]).toMatch(/^own\s+92\s+66\.3%\s+4\s+72\.9% \(35\/48\)\s+59\.1% \(26\/44\)$/);
  });
});
