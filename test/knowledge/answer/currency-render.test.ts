import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

function answerFrom(lang: 'en' | 'ru', sentence: string, question: string): string {
  const text = documentText(`Invented report\n\n${sentence}`, {
    title: 'Invented report',
    published: '2026-05-04',
    lang,
  });
  const kb = knowledgeBaseOfTexts({ 'doc.md': text });
  return kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') }).summary;
}

/**
 * A sum in the other language's currency is named as that currency: the class of all money units is no
 * currency of its own ("злотых" once came out as "dollars"), and a concept is one meaning ("драм" is no lari).
 */
describe('a sum rendered in the asker language keeps its currency', () => {
  it.each([
    [
      'ru',
      'Залог для водителя Тараса Климчука составил 30 тысяч злотых.',
      'How much bail was set for Taras Klimchuk?',
      /zlot/i,
    ],
    [
      'ru',
      'Суд оштрафовал компанию «Северлес» на 400 тысяч армянских драмов.',
      'How much was the fine imposed on Severles?',
      /dram/i,
    ],
    [
      'ru',
      'Залог за капитана Орхана Бекирова составил 50 тысяч турецких лир.',
      'How much was the bail for Orhan Bekirov?',
      /lira/i,
    ],
    [
      'en',
      'The court fined the operator Harlow Tankers 80,000 francs on Tuesday.',
      'На какую сумму суд оштрафовал Harlow Tankers?',
      /франк/i,
    ],
    [
      'en',
      'The ministry paid the contractor Delmar 2 million rupees for the survey.',
      'На какую сумму министерство заплатило подрядчику Delmar?',
      /рупи/i,
    ],
  ] as const)('%s: %s', (lang, sentence, question, currency) => {
    const summary = answerFrom(lang, sentence, question);
    expect(summary).toMatch(currency);
    expect(summary).not.toMatch(/dollar|доллар/i);
  });
});

/**
 * A currency too short or too like other words to stem ("седи", like «седые») is still money, and where no
 * dictionary translates it the figure as written follows the translated one: the unit is never dropped.
 */
describe('a sum in a currency no dictionary translates', () => {
  it.each([
    [
      'ru',
      'Высокий суд в Лорине освободил Кестова под залог в 10 млн седи.',
      'How much was the bail set for Kestov?',
      /10 million \(10 млн седи\)/,
    ],
    [
      'ru',
      'Суд в Лорине освободил Вендта под залог в 250 тысяч седи.',
      'How much was the bail for Vendt?',
      /250 thousand \(250 тысяч седи\)/,
    ],
  ] as const)('%s: %s', (lang, sentence, question, expected) => {
    expect(answerFrom(lang, sentence, question)).toMatch(expected);
  });
});
