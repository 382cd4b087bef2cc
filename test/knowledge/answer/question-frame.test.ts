import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../../src/knowledge/answer/answer-types.ts';
import { withoutPoliteFrame } from '../../../src/knowledge/answer/question-frame.ts';

/** Polite and indirect frames of invented questions: blanked, so that the question inside is what is read. */
describe('withoutPoliteFrame', () => {
  it.each<[string, string]>([
    ['Do you know when Vendt arrived in Kestov?', 'when Vendt arrived in Kestov?'],
    ['Could you tell me who chaired the talks?', 'who chaired the talks?'],
    ['Can you please tell us how many drivers were freed?', 'how many drivers were freed?'],
    ["I'd like to know where the talks took place.", 'where the talks took place.'],
    ['Hi, do you happen to know which sanctions were lifted?', 'which sanctions were lifted?'],
    ['Подскажите, пожалуйста, когда Вендт прибыл в Кештов?', 'когда Вендт прибыл в Кештов?'],
    ['Не подскажете, сколько водителей освободили?', 'сколько водителей освободили?'],
    ['Вы не знаете, кто возглавлял делегацию?', 'кто возглавлял делегацию?'],
    ['Интересно, почему переговоры отложили?', 'почему переговоры отложили?'],
    ['Здравствуйте! Скажите, где прошла встреча?', 'где прошла встреча?'],
  ])('%s', (question, asked) => {
    const out = withoutPoliteFrame(question);
    expect(out.trim()).toBe(asked);
    // Blanked, not cut: offsets of what follows stay.
    expect(out).toHaveLength(question.length);
  });

  it.each([
    // A yes/no question is not framed: "do you know if" asks yes or no.
    'Do you know if Vendt was released?',
    // The frame must be followed by a question word.
    'Tell me about the talks in Kestov.',
    'Скажите что-нибудь о переговорах.',
    // Words of the frame inside a question are the question's own.
    'When did Vendt tell the press who would lead the talks?',
    'Когда Вендт сказал, кто возглавит делегацию?',
  ])('leaves %s as it is', (question) => {
    expect(withoutPoliteFrame(question)).toBe(question);
  });

  it('lets the question inside decide the answer type', () => {
    expect(answerTypeOf(withoutPoliteFrame('Do you know when Vendt arrived in Kestov?'), 'en')).toBe('date');
    expect(answerTypeOf(withoutPoliteFrame('Не знаете, сколько водителей освободили?'), 'ru')).toBe('count');
  });
});
