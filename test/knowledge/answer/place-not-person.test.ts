import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** "Who heads the rescue centre?" is not answered by a sea: a name ending in a kind of place names a place. */
const BRIEF = documentText(
  `Rescue cooperation in the north

Kestov-2026, a joint exercise planned for September in the Telm Sea north of Lorin, would have brought together ships from the Joint Rescue Coordination Centre of Varnel and the Lorin Maritime Rescue Coordination Centre.`,
  { title: 'Rescue cooperation in the north', published: '2026-09-04', lang: 'en' },
);

describe('a place is no person', () => {
  const kb = knowledgeBaseOfTexts({ 'brief.md': BRIEF });
  it.each([
    ['Who heads the Lorin Maritime Rescue Coordination Centre?'],
    ['Кто руководит Морским спасательно-координационным центром Лорина?'],
  ])('%s', (question) => {
    const answer = kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') });
    expect(answer.answered ? answer.summary : '').not.toMatch(/Telm Sea/);
  });
});
