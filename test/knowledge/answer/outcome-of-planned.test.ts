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
      '• 2 сентября — МИД сообщил, что очередное заседание комиссии Кестова и Варнела по водным ресурсам состоится в ноябре в Лорине.',
      'Какие решения приняла комиссия по водным ресурсам на заседании в Лорине?',
      false,
    ],
    [
      'The next session of the Kestov–Varnel fisheries board will be held in Lorin in the autumn.',
      'What decisions did the Kestov–Varnel fisheries board take in Lorin?',
      false,
    ],
    [
      'Coming up: 14 Nov - Kestov-Varnel joint government session, Lorin.',
      'What agreements did Kestov and Varnel sign at the joint government session in Lorin?',
      false,
    ],
    [
      'On 14 November the Kestov–Varnel fisheries board decided in Lorin to cut the herring limit by a fifth.',
      'What decisions did the Kestov–Varnel fisheries board take in Lorin?',
      true,
    ],
  ])('%s / %s', (sentence, question, answered) => {
    const lang = /[а-яё]/i.test(sentence) ? 'ru' : 'en';
    const kb = knowledgeBaseOfTexts({ 'note.md': documentText(sentence, { lang, published: '2026-10-05' }) });
    const a = kb.answer(question, { now });
    expect(a.answered, a.text).toBe(answered);
  });
});
