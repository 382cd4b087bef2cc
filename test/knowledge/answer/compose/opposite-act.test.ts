import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * "When did crude flow again?" is not answered by the day the flow was halted: the sentence telling of
 * the resumption dates it, though the halt's sentence repeats more of the question.
 */
const kb = knowledgeBaseOfTexts({
  'chronology.md': documentText(
    [
      'Kestov and Varnel: a chronology',
      '18 Nov 2025 - Crude flows through the Lorin pipeline are halted after a leak is found on the Kestov section of the line.',
      '6 Apr (Mon) - Pumping through the Lorin pipeline resumes at about 120,000 barrels per day.',
      '2 May (Sat) - Kestov border guards detain two Varnel drivers at the Lorin crossing.',
      '9 May (Sat) - The drivers are released.',
      '12 May (Tue) - Tariff talks begin in Lorin; trucks are moving freely again.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-10-01' },
  ),
});

describe('an act and the act that undoes it', () => {
  it.each([
    ['On what date did crude begin moving through the Lorin pipeline again?', /6 April|April 6/],
    ['When was crude flowing through the Lorin pipeline resumed?', /6 April|April 6/],
  ])('%s', (question, expected) => {
    const a = kb.answer(question, { now: new Date('2026-12-01') });
    expect(a.summary, a.text).toMatch(expected);
  });
});

/** The day a fence went up dates no taking down: with nothing said of its removal, there is no date. */
describe('an act told only by its undoing', () => {
  const fence = (lines: string[]) =>
    knowledgeBaseOfTexts({
      'brief.md': documentText(['The Varnel line', ...lines].join('\n\n'), { lang: 'en', published: '2026-10-01' }),
    });
  const putUp =
    'On 19 January Kestov border guards installed new signs and about 500 metres of barbed-wire fence near the village of Lorin.';
  const question = 'When did Kestov border guards take down the Lorin fence?';

  it('is not dated by the day it went up', () => {
    const a = fence([putUp]).answer(question, { now: new Date('2026-12-01') });
    expect(a.answered, a.text).toBe(false);
  });

  it('is dated by a sentence of the removal', () => {
    const a = fence([putUp, 'On 3 August the border guards removed the fence near Lorin.']).answer(question, {
      now: new Date('2026-12-01'),
    });
    expect(a.summary, a.text).toMatch(/3 August|August 3/);
  });
});

/** A refusal is not what an authorisation was: the day a court allowed something dates no refusal of it. */
describe('a refusal told only by an authorisation', () => {
  const kb = knowledgeBaseOfTexts({
    'wire.md': documentText(
      [
        'Ilkin Vendt flown home from Lorin',
        'On 12 May the Lorin Court of Appeal authorised the extradition of the businessman Ilkin Vendt to Kestov.',
        'He was handed over to Kestov police on 9 June.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-06-10' },
    ),
  });
  it('is not dated', () => {
    const a = kb.answer('When did the Lorin court refuse to extradite Vendt?', { now: new Date('2026-12-01') });
    expect(a.answered, a.text).toBe(false);
  });
  it('still dates the authorisation', () => {
    const a = kb.answer('When did the Lorin court authorise the extradition of Vendt?', {
      now: new Date('2026-12-01'),
    });
    expect(a.summary, a.text).toMatch(/12 May|May 12/);
  });
});

/** The day a contract was signed dates no termination of it; the day it was terminated does. */
describe('a termination told only by the signing', () => {
  const contract = (lines: string[]) =>
    knowledgeBaseOfTexts({
      'chronology.md': documentText(
        [
          'Хроника: дело о строительстве корпуса больницы в Лорине',
          ...lines,
          '• 3 февраля 2026 года — задержан директор больницы Арунас Вайткус.',
          'Депутаты не раз требовали расторгнуть контракт.',
        ].join('\n\n'),
        { lang: 'ru', published: '2026-10-31' },
      ),
    });
  const signed = '• 18 сентября 2024 года — больница и ЗАО «Кестов Строй» подписали контракт на 48,6 млн евро.';
  const question = 'Когда больница расторгла контракт?';

  it('is not dated by the signing', () => {
    const a = contract([signed]).answer(question, { now: new Date('2026-12-01') });
    expect(a.answered, a.text).toBe(false);
  });

  it('is dated by a sentence of the termination', () => {
    const a = contract([signed, '• 3 августа 2026 года — больница расторгла контракт с ЗАО «Кестов Строй».']).answer(
      question,
      { now: new Date('2026-12-01') },
    );
    expect(a.summary, a.text).toMatch(/3 августа/);
  });
});
