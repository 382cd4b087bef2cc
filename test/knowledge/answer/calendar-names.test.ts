import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/knowledge/answer/analyze.ts';
import { placeCandidates } from '../../../src/knowledge/answer/candidates.ts';
import { type RankedSentence, rankSentences } from '../../../src/knowledge/answer/retrieve.ts';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A year joined to a name names the thing, and a span of months in a title is no place. */
const BRIEF = documentText(
  `Cod and Cables: Varnel and Kestov in the Telm Sea, February-August 2026 NORTHERN POLICY CENTRE

Kestov-2026, a joint exercise of the two coast guards, was cancelled in August.`,
  { title: 'Varnel and Kestov in the Telm Sea, February-August 2026', published: '2026-09-04', lang: 'en' },
);

describe('calendar words inside names', () => {
  const kb = knowledgeBaseOfTexts({ 'brief.md': BRIEF });
  it('a title\'s "February-August" is no place listed after the sea', () => {
    const q = analyzeQuestion('Where did the two coast guards meet?', kb.index);
    const title = rankSentences(q, kb.index).find((r) => r.entry.sentence.text.includes('February-August'));
    const places = placeCandidates(q, title as RankedSentence).map((c) => c.text);
    expect(places).toContain('Telm Sea');
    expect(places).not.toContain('February-August');
  });
  it.each([['Где должны были пройти учения «Кестов-2026»?'], ['When was Kestov-2026 cancelled?']])(
    '%s: the year of the name is no date asked',
    (question) => {
      expect(analyzeQuestion(question, kb.index).dates).toEqual([]);
    },
  );
});
