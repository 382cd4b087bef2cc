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
