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

/**
 * A rough figure in words ("more than a thousand trucks") is no disagreement with "1,150 trucks" when
 * another source gives one in digits ("около 1 700 фур"): that one is the other figure.
 */
const rough = knowledgeBaseOfTexts({
  'wire.md': documentText(
    'By Thursday morning about 1,150 trucks were stranded on both sides of the Lorin crossing, the hauliers said.',
    { lang: 'en', published: '2026-04-16' },
  ),
  'timeline.md': documentText('More than a thousand trucks are stranded; figures reported by hauliers differ.', {
    lang: 'en',
    published: '2026-10-05',
  }),
  'interview.md': documentText('— Водители вели списки, и по этим спискам на обеих сторонах стояло около 1 700 фур.', {
    lang: 'ru',
    published: '2026-05-14',
  }),
});

describe('the other figure, in words or in digits', () => {
  it('is the one in digits', () => {
    const a = rough.answer('How many trucks were stranded at the Lorin crossing? Do the sources agree?', {
      now: new Date('2026-12-01'),
    });
    expect(a.text, a.text).toMatch(/1,150 trucks/);
    expect(a.text.split('\n')[0], a.text).toMatch(/1700 trucks/);
  });
});
