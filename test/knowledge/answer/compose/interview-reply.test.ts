import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * An interviewer puts a claim ("— Вопрос: Писали, что сгорела лиственница.") and the one interviewed
 * answers "Нет" or "Да": that is the yes or the no, though the claim ends in a full stop. Invented park.
 */
describe('a yes or a no said in an interview', () => {
  const now = new Date('2026-12-01');
  const kb = knowledgeBaseOfTexts({
    'interview.md': documentText(
      [
        'Директор парка Лорин: «Лес вернётся»',
        '— Вопрос: В соцсетях писали, что сгорела знаменитая лиственница над Варнелом.',
        '— Ответ: Нет, это неправда. Пожарные отстояли её, дерево живо.',
        '— Вопрос: Сгорел ли мост у Кестова?',
        '— Ответ: Да, мост сгорел полностью.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-09-21' },
    ),
    'wire.md': documentText(
      [
        'Fire in Lorin park contained',
        'The fire in Lorin park started on 25 July above Varnel and burned for nine days.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-08-05' },
    ),
  });

  it.each([
    ['Did the famous larch above Varnel burn in the Lorin park fire?', /^No/],
    ['Did the bridge near Kestov burn?', /^Yes/],
  ])('%s', (question, expected) => {
    const a = kb.answer(question, { now });
    expect(a.text, a.text).toMatch(expected);
  });
});
