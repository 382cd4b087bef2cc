import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const now = new Date('2026-12-01T00:00:00Z');

/**
 * "What did the commission decide in Lorin?" when the best sentence sets that session for later: the
 * documents cannot tell what came of it yet. Once a sentence tells the decision, it answers.
 */
describe('what came of an event the documents set for later', () => {
  it.each([
    [
      '• 3 сентября — министерство сообщило, что XIV заседание совместной комиссии Кестова и Варнела по рекам пройдёт 20–21 октября в Лорине.',
      'Какие решения приняла совместная комиссия по рекам на заседании в Лорине?',
      false,
    ],
    [
      'The Kestov–Varnel commission is due to meet again in Lorin in October to set fishing quotas for 2027.',
      'What decisions did the Kestov–Varnel commission take in Lorin?',
      false,
    ],
    [
      'Coming up: 23 Oct - 15th Kestov-Varnel joint cabinet, Lorin.',
      'What agreements did Kestov and Varnel sign at the joint cabinet in Lorin?',
      false,
    ],
    [
      'On 21 October the Kestov–Varnel commission decided in Lorin to raise the fishing quota by 10 percent.',
      'What decisions did the Kestov–Varnel commission take in Lorin?',
      true,
    ],
  ])('%s / %s', (sentence, question, answered) => {
    const lang = /[а-яё]/i.test(sentence) ? 'ru' : 'en';
    const kb = knowledgeBaseOfTexts({ 'note.md': documentText(sentence, { lang, published: '2026-10-05' }) });
    const a = kb.answer(question, { now });
    expect(a.answered, a.text).toBe(answered);
  });
});
