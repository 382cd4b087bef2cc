import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "Which information …?" is kept back by a sentence saying it did not make public *what information*;
 * the same sentence keeps back nothing of "Which court …?", though it speaks of the court.
 */
describe('a list kept back by "did not say what …"', () => {
  const now = new Date('2026-12-01');
  const kb = knowledgeBaseOfTexts({
    'trial.md': documentText(
      [
        'Kestov court jails Varnel trader',
        'The Kestov City Court sentenced Ilkin Vendt to seven years on 14 May.',
        'The court did not make public what information Vendt was accused of passing on, or to whom.',
        'Vendt was tried behind closed doors at the Kestov City Court.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-05-15' },
    ),
  });

  it('abstains for the information kept back', () => {
    const a = kb.answer('What information was Vendt accused of passing on?', { now });
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/not disclosed/);
  });

  it('answers for another thing the sentence names', () => {
    const a = kb.answer('Which court tried Vendt?', { now });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Kestov City Court/);
  });
});
