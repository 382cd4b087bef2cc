import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const now = new Date('2026-12-01');

/**
 * A document dated by its month only ("2026-10") gives days of that month as done, not as plans: a post
 * of 6 October telling what happened "on Sunday" dates it 4 October.
 */
const channel = knowledgeBaseOfTexts({
  'channel.md': documentText(
    '[06.10.2026 09:10]\nFirst repayment cargo: on Sunday the tanker Varnel Dawn loaded 600,000 barrels at Halden.',
    { lang: 'en', published: '2026-10' },
  ),
});

/**
 * An act told only as meant to happen ("the summit at which they were to sign the treaty") or as still
 * pending ("which has yet to ratify the loan") is not dated by its sentence's dates.
 */
const plans = knowledgeBaseOfTexts({
  'plans.md': documentText(
    [
      'On 19 August the ministry announced that the summit at which Vendt and Kestova were to sign the Lorin treaty would be postponed.',
      'The Varnel parliament, which has yet to ratify the loan agreement, met on 25 June.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-09-01' },
  ),
});

describe('an act done, planned or pending', () => {
  it('a day of a month-dated document is done', () => {
    const a = channel.answer('В какой день танкер Varnel Dawn принял 600 000 баррелей в Халдене?', { now });
    expect(a.summary, a.text).toMatch(/4 октября/);
  });
  it.each([
    'On what date did Vendt and Kestova sign the Lorin treaty?',
    'When did the Varnel parliament ratify the loan agreement?',
  ])('%s → not stated', (question) => {
    expect(plans.answer(question, { now }).answered).toBe(false);
  });
});
