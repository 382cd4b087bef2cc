import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A head of state of the world gazetteer is named by his office ("the presidents of the United States
 * and Belarus"); "the second call" is not answered from a sentence that numbers no call.
 */
const kb = knowledgeBaseOfTexts({
  'call.md': documentText(
    [
      'Relations thawed over the summer, and Trump later praised Lukashenko as a strong leader.',
      'On 15 August, hours before the summit in Kestov, the presidents of the United States and Belarus spoke by phone.',
    ].join(' '),
    { lang: 'en', published: '2025-09-01' },
  ),
  'call-ru.md': documentText(
    '15 августа, за несколько часов до встречи в Кештове, состоялся телефонный разговор президентов США и Беларуси.',
    { lang: 'ru', published: '2025-09-02' },
  ),
});

const ask = (question: string) => kb.answer(question, { now: new Date('2026-12-01') });

describe('heads of state named by their office', () => {
  it.each([
    'When did Trump and Lukashenko talk by phone for the first time?',
    'Когда Трамп и Лукашенко поговорили по телефону?',
  ])('%s', (question) => {
    const a = ask(question);
    expect(a.answered, a.text).toBe(true);
    expect(a.text.split('\n')[0], a.text).toMatch(/^15 (August|августа)/);
  });

  it('a head of state the office does not name is not in the sentence', () => {
    const a = ask('When did Trump and Zelensky talk by phone?');
    expect(a.answered, a.text).toBe(false);
  });
});

describe('a numbered event no sentence numbers', () => {
  it.each([
    'When did Trump and Lukashenko have their second phone call?',
    'Когда состоялся второй телефонный разговор Трампа и Лукашенко?',
  ])('%s is not answered from the one call told', (question) => {
    const a = ask(question);
    expect(a.answered, a.text).toBe(false);
  });
});
