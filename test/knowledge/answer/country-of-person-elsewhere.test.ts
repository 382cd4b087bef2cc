import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "Who headed the Sudanese delegation?" and the sentence naming the round's chair says no country beside
 * him: another sentence ties him to another country ("the former Tanzanian foreign minister Ilkin Vendt"),
 * so he is no Sudanese delegate, and nobody the documents name is. Asked who chairs, he still answers.
 */
const kb = knowledgeBaseOfTexts({
  'talks.md': documentText(
    [
      'The panel is chaired by the former Tanzanian foreign minister Ilkin Vendt.',
      'The fourth round of talks opened in Addis Ababa on 14 September, with panel chair Ilkin Vendt in the chair as usual; the Sudanese delegation came from Port Sudan.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-10-01' },
  ),
});

describe('a person tied to another country in another sentence', () => {
  it('does not answer for the asked country', () => {
    const a = kb.answer('Who headed the Sudanese delegation at the fourth round of talks in Addis Ababa?', {
      now: new Date('2026-12-01'),
    });
    expect(a.answered, a.text).toBe(false);
  });
  it('still answers for what he holds', () => {
    const a = kb.answer('Who chairs the panel?', { now: new Date('2026-12-01') });
    expect(a.summary, a.text).toMatch(/Vendt/);
  });
});

/**
 * "Who co-chaired for Varnelia?" and the best sentence names both co-chairs: the second name is left out
 * when another sentence ties him to another country, as the first name would be.
 */
describe('a second name tied to another country in another sentence', () => {
  const kb = knowledgeBaseOfTexts({
    'talks.md': documentText(
      [
        'The commission met in Kestov on 14 May, co-chaired by Ilkin Vendt and Tomas Lorin.',
        "Kenya's deputy trade minister Tomas Lorin has co-chaired the commission since 2024.",
        "Sudan's deputy trade minister Ilkin Vendt joined the commission in March.",
      ].join('\n\n'),
      { lang: 'en', published: '2026-06-01' },
    ),
  });
  it('names the co-chair of the asked country alone', () => {
    const a = kb.answer('Who was the Sudanese co-chair of the commission in Kestov?', { now: new Date('2026-12-01') });
    expect(a.summary, a.text).toMatch(/Vendt/);
    expect(a.summary, a.text).not.toMatch(/Lorin/);
  });
});
