import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "When did the crossing open for the first time after the 2022 clashes?": 2022 dates the clashes the
 * asked event follows. It is no period the answer must lie in, and an answer before it is another event's.
 */
describe('a date of the event the asked one follows', () => {
  const now = new Date('2026-12-01');
  const kb = knowledgeBaseOfTexts({
    'report.md': documentText(
      [
        'Orsk crossing reopens',
        'The Orsk crossing opened for the first time on 3 June 1998, when the border was drawn after clashes.',
        'The Orsk crossing between Varnelia and Kestovia was closed in September 2022 after border clashes.',
        'In October 2022 the two governments agreed to keep the Orsk crossing shut until the border was marked.',
        'On 18 May 2026 the Orsk crossing opened for the first time since the 2022 clashes, for pedestrians only.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-05-20' },
    ),
  });

  it.each([
    ['When did the Orsk crossing open for the first time after the clashes of 2022?', /18 May 2026/],
    ['Когда пункт пропуска Орск впервые открылся после столкновений 2022 года?', /18 мая 2026/],
  ])('%s', (question, date) => {
    const a = kb.answer(question, { now });
    expect(a.text.split('\n')[0]).toMatch(date);
  });

  it('keeps a date that names the period asked', () => {
    const a = kb.answer('When was the Orsk crossing closed in 2022?', { now });
    expect(a.text.split('\n')[0]).toMatch(/September 2022/);
  });
});

/** "Before the summer" asks a time earlier than the summer: a warning in March answers, a July blackout does not. */
describe('a date the asked time lies before', () => {
  const kb = knowledgeBaseOfTexts({
    'wire.md': documentText(
      [
        'Lorin blackouts',
        'In its outlook published in March, the Kestov grid operator warned that Lorin could be short of up to 900 MW during a severe heatwave.',
        'For eleven evenings in July, tens of thousands of homes in Lorin had their electricity switched off in turns.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-07-20' },
    ),
  });
  it('is no period the answer lies in', () => {
    const a = kb.answer('What did the grid operator warn about before the summer?', { now: new Date('2026-12-01') });
    expect(a.text.split('»')[0]).toMatch(/warned/);
  });
});
