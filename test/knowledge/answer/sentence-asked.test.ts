import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** Asked what someone was sentenced to, only a sentence that sentences them answers. */
const now = new Date('2026-12-01');
const notSentenced = knowledgeBaseOfTexts({
  'post.md': documentText(
    'Судья Лорин Халден разрешила инженеру Итайпу Освару Вендту выехать в Варнел. Дело не закрыто: он обязан являться по первому вызову прокуратуры. Напомним, Вендта задержали ещё в марте.',
    { lang: 'ru', published: '2026-08-25' },
  ),
});
const sentenced = knowledgeBaseOfTexts({
  'wire.md': documentText('The Kestov court sentenced the engineer Osvar Vendt to two years in prison on 3 May.', {
    lang: 'en',
    published: '2026-05-04',
  }),
});

describe('a sentence asked', () => {
  it.each([
    'К какому наказанию суд приговорил инженера Вендта?',
    'What sentence did the court give the engineer Vendt?',
  ])('is not stated by a passage about the case: %s', (question) => {
    expect(notSentenced.answer(question, { now }).answered).toBe(false);
  });
  it('is stated by the sentence that sentences him', () => {
    const a = sentenced.answer('What sentence did the court give the engineer Vendt?', { now });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/two years/);
  });
});
