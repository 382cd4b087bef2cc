import { describe, expect, it } from 'vitest';
import { recordingDate } from '../../../src/knowledge/ingest/recorded-date.ts';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const published = { year: 2026, month: 6, day: 5 };

/** The day an interview says it was recorded, which its relative days are told from. */
describe('recordingDate', () => {
  it.each([
    ['Беседовала Анна Кест. Беседа записана в Варнеле 4 июня.', { year: 2026, month: 6, day: 4 }],
    ['Интервью записано 15 мая в Лорине.', { year: 2026, month: 5, day: 15 }],
    ['The interview was recorded on 2 June in Kestov.', { year: 2026, month: 6, day: 2 }],
    ['The interview was conducted in Varnel on June 3.', { year: 2026, month: 6, day: 3 }],
  ])('%s', (text, expected) => {
    expect(recordingDate(text, published)).toEqual(expected);
  });

  it.each([
    // No day: the publication date stands.
    ['Беседа записана в Варнеле. Текст согласован с собеседником.'],
    // A day after the publication, or a year before it, is no recording day of this text.
    ['Беседа записана 20 июня.'],
    ['The interview was recorded on 4 June 2025.'],
    // A talk the text reports is no note of its own recording.
    ['Министры провели переговоры 4 июня.'],
  ])('none in %s', (text) => {
    expect(recordingDate(text, published)).toBeUndefined();
  });
});

describe("an interview's yesterday is the day before it was recorded", () => {
  it('answers from the recording day', () => {
    const kb = knowledgeBaseOfTexts({
      'interview.md': documentText(
        [
          'Посланник Вендт: «Мосты снова станут мостами»',
          'Беседовала Анна Кест. Беседа записана в Варнеле 4 июня.',
          '— Вчера в Лорине мне подтвердили, что работы на мосту начнутся на следующей неделе.',
        ].join('\n\n'),
        { lang: 'ru', published: '2026-06-05' },
      ),
    });
    const a = kb.answer('Когда в Лорине подтвердили начало работ на мосту?', { now: new Date('2026-12-01') });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(/3 июня/);
  });
});

describe('the note of the recording is told from the day of publication', () => {
  it('dates "в прошлую пятницу" from the publication, not from itself', () => {
    const kb = knowledgeBaseOfTexts({
      'interview.md': documentText(
        [
          'Ивар Вендт: «Мы готовы искать решение»',
          'Беседовала Инга Кест. Интервью записано в Лорине в прошлую пятницу.',
        ].join('\n\n'),
        { lang: 'ru', published: '2026-04-22' },
      ),
    });
    const a = kb.answer('Когда было записано интервью в Лорине?', { now: new Date('2026-12-01') });
    expect(a.summary).toMatch(/17 апреля/);
  });
});
