import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "Сколько голосов получила …?" asks a number of votes: "53,7% действительных голосов" is a share of
 * them, which answers only a question for a share.
 */
describe('a share is no count of what it is a share of', () => {
  const now = new Date('2026-12-01');
  const kb = knowledgeBaseOfTexts({
    'result.md': documentText(
      [
        'Итоги выборов в Варнеле',
        'Победу одержала кандидат оппозиции Марта Вендт, набравшая 53,7% действительных голосов.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-07-20' },
    ),
  });

  it('does not answer a count with the share', () => {
    const a = kb.answer('Сколько голосов набрала Марта Вендт?', { now });
    expect(a.text.split('\n')[0]).not.toMatch(/53,7/);
  });

  it('answers a share with it', () => {
    const a = kb.answer('Какую долю голосов набрала Марта Вендт?', { now });
    expect(a.text.split('\n')[0]).toMatch(/53,7/);
  });
});
