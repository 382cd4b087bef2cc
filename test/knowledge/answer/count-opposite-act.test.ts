import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const now = new Date('2026-12-01T00:00:00Z');

/** How many were reconnected is no count of the disconnected, nor the other way round. */
const REPORT = documentText(
  `Gas returns to Lorin

The first households to be reconnected to gas were in Lorin and Vendt, said Ivan Kestov, head of the regional gas distributor Lorgaz.

About 72,000 households had been disconnected from the gas network in early December, when pressure fell below safe levels, he told reporters in Lorin.`,
  { title: 'Gas returns to Lorin', published: '2026-01-21', lang: 'en' },
);

describe('a count of the act asked, not of its undoing', () => {
  const kb = knowledgeBaseOfTexts({ 'report.md': REPORT });
  it('does not answer the reconnected with the disconnected', () => {
    const a = kb.answer('How many households in Lorin and Vendt were reconnected to gas on the first day?', { now });
    expect(a.summary).not.toMatch(/72/);
  });
  it('answers the disconnected', () => {
    const a = kb.answer('How many households were disconnected from the gas network in December?', { now });
    expect(a.summary).toMatch(/72,?000/);
  });
});
