import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * Asked whether the sources agree, the other source's figure may be an interview's answer that repeats
 * few of the question's words and writes its number in words ("больше тысячи семисот фур"): it is found
 * far down the ranking, counts the same trucks, and is shown as 1700, not as "1700 thousand".
 */
const filler = Array.from(
  { length: 60 },
  (_, i) =>
    `Trucks stuck in the queue at the Lorin crossing on the Varnel side during the closure, report ${String.fromCharCode(65 + (i % 26))}.`,
);
const kb = knowledgeBaseOfTexts({
  'wire.md': documentText(
    [
      'Some 1,400 trucks queue at the Lorin crossing on the Varnel side during the closure, drivers say.',
      ...filler,
    ].join('\n\n'),
    { lang: 'en', published: '2026-02-11' },
  ),
  'interview.md': documentText('— Ответ: На пике, в середине февраля, у нас стояло больше тысячи семисот фур.', {
    lang: 'ru',
    published: '2026-05-22',
  }),
});

describe('the other figure, asked whether the sources agree', () => {
  it('is found however far down, and rendered as its value', () => {
    const a = kb.answer(
      'How many trucks were stuck in the queue at the Lorin crossing on the Varnel side during the closure? Do the sources agree?',
      { now: new Date('2026-12-01') },
    );
    expect(a.text, a.text).toMatch(/1,400 trucks/);
    expect(a.text, a.text).toMatch(/1700 trucks/);
  });
});
