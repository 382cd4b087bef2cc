import { describe, expect, it } from 'vitest';
import { innerDateQuestion, innerEventOf, withInnerDate } from '../../../src/knowledge/answer/inner-event.ts';

describe('innerEventOf: the event a question anchors its day on', () => {
  it.each([
    ["How many were freed on the day of the envoy's visit?", "the envoy's visit"],
    ['Who spoke on the same day as the handover of the detainees?', 'the handover of the detainees'],
    ['How many trucks crossed the day when the bridge at Northgate opened?', 'the bridge at Northgate opened'],
    ['Сколько человек вышли на свободу в день визита замгоссекретаря в Кештов?', 'визита замгоссекретаря в Кештов'],
    [
      'Сколько военнослужащих передали в тот день, когда посланник во второй раз прилетел в Варнель?',
      'посланник во второй раз прилетел в Варнель',
    ],
    ['Кто выступил в тот же день, что и министр Вендт?', 'что и министр Вендт'],
    // A named event ends where the outer question's verb begins.
    [
      'Какой министр вечером в день задержания танкера Vendt Star заявил журналистам о нарушении?',
      'задержания танкера Vendt Star',
    ],
  ])('%s → %s', (question, event) => {
    expect(innerEventOf(question)?.event).toBe(event);
  });

  it.each([
    'When did the envoy visit Kestov?',
    'What did she do when she was offered a pardon?',
    'Сколько человек освободили в сентябре?',
    'Что произошло в день?',
    'Был ли он на свободе, когда министр давал интервью?',
  ])('none in "%s"', (question) => {
    expect(innerEventOf(question)).toBeUndefined();
  });
});

describe('the inner date question and the outer question with the date', () => {
  it('asks when it happened, in the language of the question', () => {
    expect(innerDateQuestion("the envoy's visit", 'en')).toBe("When was the envoy's visit?");
    expect(innerDateQuestion('визита посланника', 'ru')).toBe('Когда было визита посланника?');
  });

  it('puts the date where the phrase was', () => {
    const q = "How many were freed on the day of the envoy's visit?";
    const inner = innerEventOf(q);
    if (!inner) throw new Error('no inner event found');
    expect(withInnerDate(q, inner, '22 April 2026')).toBe('How many were freed 22 April 2026 ?');
  });
});
