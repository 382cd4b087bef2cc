import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

function answerFrom(lang: 'en' | 'ru', sentence: string, question: string): string {
  const text = documentText(`Invented report\n\n${sentence}`, {
    title: 'Invented report',
    published: '2026-03-11',
    lang,
  });
  const kb = knowledgeBaseOfTexts({ 'doc.md': text });
  return kb.answer(question, { now: new Date('2026-12-01T00:00:00Z') }).summary;
}

/** A count of a country's people, rendered in the other language, names the people, not the country. */
describe('a count of nationals in the asker language', () => {
  it.each([
    [
      'en',
      'The Kestov migration directorate said it had deported 19,870 Haitians in February.',
      'Сколько гаитян Кестов депортировал в феврале?',
      /19\s?870 гаитян/,
    ],
    [
      'ru',
      'Миграционная служба Кестова депортировала в феврале 1 240 иранцев.',
      'How many Iranians did Kestov deport in February?',
      /1\s?240 Iranians/,
    ],
  ])('%s: %s', (lang, sentence, question, expected) => {
    expect(answerFrom(lang as 'en' | 'ru', sentence, question)).toMatch(expected);
  });
});

/** An adjective is no counted thing: "11,500 older people" is not «11500 старых» in Russian. */
describe('a count whose last word is an adjective, in the other language', () => {
  it('names no adjective alone', () => {
    const summary = answerFrom(
      'en',
      'The head of the Lorin city administration said social workers had visited about 11,500 older people living alone since the start of the emergency.',
      'Сколько пожилых людей посетили социальные работники в Лорине?',
    );
    expect(summary).toMatch(/11\s?500/);
    expect(summary).not.toMatch(/стар/);
  });
});
