import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * «Ожидавшийся в среду визит министра в Варнель так и не состоялся», "the minister's visit to Varnel did
 * not take place": the act's noun, the words naming whose and where, then its taking place denied. Asked
 * when the visit was, the documents say it did not happen, though another source announced its day. A
 * denied verb of another act ("the deal signed in May was not ratified") leaves the signing dated.
 */
const kb = knowledgeBaseOfTexts({
  'wire.md': documentText(
    [
      'A ministry spokeswoman, Ilze Varro, said the transport minister would visit Varnel on Wednesday and meet the families.',
      'The supply deal signed in Kestov on 12 May was not ratified by parliament.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-03-18' },
  ),
  'report.md': documentText(
    [
      'Похороны погибших пройдут во вторник, 24 марта, в Варнеле.',
      'Ожидавшийся в среду визит министра транспорта в Варнель так и не состоялся.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-03-22' },
  ),
});

const answer = (question: string) => kb.answer(question, { now: new Date('2026-12-01') });

describe('an act whose taking place is denied after its noun', () => {
  it.each(['On what date did the transport minister visit Varnel?', 'Когда министр транспорта посетил Варнель?'])(
    'is not dated: %s',
    (question) => {
      expect(answer(question).answered).toBe(false);
    },
  );

  it('is not another act denied after the noun', () => {
    const a = answer('When was the supply deal signed in Kestov?');
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(/12 May/);
  });
});
