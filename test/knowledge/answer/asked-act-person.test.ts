import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A stronger sentence names the agreement and a minister; a weaker one says who signed it. */
const REPORT = documentText(
  [
    'Министр финансов Ян Вендт представил парламенту соглашение о займе с Банком развития Варнеля на 200 млн долларов.',
    'Соглашение о займе подписал посол Олег Кештов.',
  ].join('\n\n'),
  { lang: 'ru', published: '2026-05-20' },
);

describe('the name of a sentence saying the asked act', () => {
  const kb = knowledgeBaseOfTexts({ 'report.md': REPORT });
  it.each([
    ['Кто подписал соглашение о займе с Банком развития Варнеля?', /Кештов/, /Вендт/],
    ['Who signed the loan agreement with the Varnel Development Bank?', /Kestov|Кештов/, /Vendt|Вендт/],
    ['Кто представил парламенту соглашение о займе?', /Вендт/, /Кештов/],
  ])('%s', (question, expected, other) => {
    const a = kb.answer(question);
    expect(a.summary).toMatch(expected);
    expect(a.summary).not.toMatch(other);
  });
});
