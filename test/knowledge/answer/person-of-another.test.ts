import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "Who was the captain of the trawler Marlow Bay?": a sentence naming another trawler and not the asked
 * one ("the trawler Lorin Star and its captain Anton Vendt") tells another trawler's captain.
 */
describe('a person of another thing of the asked kind', () => {
  const kb = knowledgeBaseOfTexts({
    'radio.md': documentText(
      'All through February the news led with the trawler Lorin Star and its captain Anton Vendt. The trawler Marlow Bay was held in March with 20 crew on board.',
      { lang: 'en', published: '2026-10-05', title: 'Barents fishing' },
    ),
  });
  const now = new Date('2026-12-01');

  it('is no answer for the asked one', () => {
    const a = kb.answer('Who was the captain of the trawler Marlow Bay?', { now });
    expect(a.answered, a.text).toBe(false);
  });

  it('answers for the thing it is named with', () => {
    const a = kb.answer('Who was the captain of the trawler Lorin Star?', { now });
    expect(a.summary).toContain('Anton Vendt');
  });
});
