import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A post that says its subject first and tells more of it a few sentences on: the signer's sentence
 * names only "the document", and the agreement is in the paragraph's first sentence.
 */
const POST = documentText(
  [
    '[28.05.2026 16:40]',
    'В Хальдене подписано соглашение о финансировании насосного проекта «Телм» в провинции Варнель. Фонд развития выделяет кредит на 240 млн долларов. Двенадцать насосных агрегатов, 150 тысяч гектаров орошаемых земель. С хальденской стороны документ подписал министр ирригации Олег Брандт.',
    '',
    '[29.05.2026 10:05]',
    'Министр транспорта Ян Кештов открыл новый мост через реку в провинции Варнель.',
  ].join('\n'),
  { title: 'Канал «Вода и политика»', published: '2026-06-01', lang: 'ru' },
);

describe('a sentence tells more of its paragraph’s first', () => {
  const kb = knowledgeBaseOfTexts({ 'post.md': POST });
  it.each([
    ['Which minister signed the financing agreement for the Telm pumping project?', /Brandt|Брандт/, /Кештов|Kestov/],
    ['Какой министр подписал соглашение о финансировании проекта «Телм»?', /Брандт/, /Кештов/],
  ])('%s', (question, expected, other) => {
    const a = kb.answer(question);
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(expected);
    expect(a.summary).not.toMatch(other);
  });

  it('does not reach past five sentences or into the next paragraph', () => {
    const a = kb.answer('Who opened the bridge financed by the Development Fund?');
    expect(a.summary).not.toMatch(/Брандт|Brandt/);
  });
});
