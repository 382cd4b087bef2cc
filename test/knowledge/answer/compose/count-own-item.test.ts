import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * A figure counts its own noun: "seven vehicles, mobile phones and laptops" gives no number of phones,
 * and a sum from a sentence about the club is not the fine of the player the question names, when the
 * best figure's sentence names him and gives no sum.
 */
const kb = knowledgeBaseOfTexts({
  'wire.md': documentText(
    [
      'Investigators seized 380,000 euros in cash, seven vehicles, mobile phones and laptops in the raids on Tuesday.',
      'Officers also seized 12 laptops at the club’s training ground.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-04-15' },
  ),
  'ruling.md': documentText(
    [
      'По решению Дисциплинарного совета трое футболистов — вратарь Нуну Варела, защитник Иву Кештов и капитан Диогу Лорин — отстранены от игр.',
      'Клуб вратаря, «Алвердеш», по решению Дисциплинарного совета оштрафован: штраф — 60 тысяч евро.',
      'Защитник Иву Кештов оштрафован на 15 тысяч евро.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-10-07' },
  ),
});

const answer = (question: string) => kb.answer(question, { now: new Date('2026-12-01') });

describe('a figure counts its own item of a list', () => {
  it('is no count of the next item', () => {
    const a = answer('How many mobile phones did investigators seize in the raids on Tuesday?');
    expect(a.answered, a.text).toBe(false);
  });

  it('counts the item it stands before', () => {
    const a = answer('How many laptops were seized at the training ground?');
    expect(a.text.split('\n')[0], a.text).toContain('12');
  });
});

describe('a sum of the person asked', () => {
  it('is not a sum of a sentence naming someone else', () => {
    const a = answer('Какой штраф получил вратарь Нуну Варела по решению Дисциплинарного совета?');
    expect(a.answered, a.text).toBe(false);
  });

  it('is the sum of the sentence naming him', () => {
    const a = answer('Какой штраф получил защитник Иву Кештов?');
    expect(a.text.split('\n')[0], a.text).toContain('15 тысяч евро');
  });
});
