import { describe, expect, it } from 'vitest';
import { isBackgroundDate, isCountDay, namesNoun } from '../../../src/knowledge/extract/date-roles.ts';

/** Whether a date in a sentence dates its event or only sets the background, on invented sentences. */
describe('isBackgroundDate', () => {
  const at = (text: string, date: string) => isBackgroundDate(text, text.indexOf(date));

  it.each([
    ['По состоянию на 31 августа в заключении оставались 1 068 человек.', '31 августа'],
    ['As of 31 August, 1,068 people remained in prison.', '31 August'],
    ['Он снял санкции, введённые в 2021 году.', '2021'],
    ['The mayor, who was detained in 2021, was freed on Monday.', '2021'],
    ['Lorin, an engineer who joined the commission on 2 February, met the mayor on Wednesday.', '2 February'],
    ['Встреча стала первой на таком уровне с февраля 2020 года.', 'с февраля 2020'],
    // The end of a period counted over is no event's day.
    ['С 1 января по 31 августа Инициатива признала ещё 117 человек.', '31 августа'],
    ['From 1 January through 31 August the group counted 117 more.', '31 August'],
    ['Between 3 March and 5 April 2026 four rounds were held.', '5 April'],
    // A relative clause of "whose", "чьи": the date is of what it tells about the person.
    ['Среди освобождённых — блогер Анна Варнел, чьи ролики в январе набрали миллион просмотров.', 'в январе'],
    ['Among those freed was Anna Varnel, whose videos in January drew a million views.', 'January'],
    // An earlier event, in the pluperfect.
    ['The two had been detained by the Kestov police on November 27, 2025.', 'November 27'],
    ['Vendt had taken over the mission in March.', 'March'],
    // A participle before its noun: the date is of what the participle tells.
    ['В пятницу открылся корпус C — второй этап переселения жильцов сгоревшей в марте башни.', 'в марте'],
    ['Семьям погибших в феврале горняков выплатили компенсации.', 'в феврале'],
    ['Суд оштрафовал водителя, задержавшего в мае паром.', 'в мае'],
  ])('%s: "%s" is background', (text, date) => {
    expect(at(text, date)).toBe(true);
  });

  it.each([
    ['31 августа в Варнеле освободили 12 человек.', '31 августа'],
    // A meeting "held" on a day: the day is of the meeting itself, which the sentence tells of.
    ['Делегация отсутствовала на прошедшем 19 февраля в Вашингтоне заседании.', '19 февраля'],
    ['Стороны подтвердили итоги состоявшейся 3 марта встречи.', '3 марта'],
    // A word in -ш- that is no participle: "большей".
    ['В большей части города воду дали 6 апреля.', '6 апреля'],
    ['The talks were held on 14 May in Northgate.', '14 May'],
    ['Переговоры перенесли с 3 марта на 14 мая.', '14 мая'],
    // After a change the second date is the new one: the answer, not a period's end.
    ['The deadline was extended from 30 June to 31 August.', '31 August'],
    ['Срок продлили с 30 июня до 31 августа.', '31 августа'],
    // "Had" of possession, and a pluperfect ended before the date: the date is the event's.
    ['Kestov had talks with Varnel on 14 May.', '14 May'],
    // The relative clause has ended at its comma: the main clause's date.
    ['Lorin, an engineer who joined the commission on 2 February, met the mayor on 25 March.', '25 March'],
    ['After the talks had ended, the envoy left on 14 May.', '14 May'],
  ])('%s: "%s" dates the event', (text, date) => {
    expect(at(text, date)).toBe(false);
  });
});

describe('namesNoun: a date that names the noun after it', () => {
  const at = (text: string, date: string) => namesNoun(text, text.indexOf(date), text.indexOf(date) + date.length);
  it.each([
    ['Vendt, organiser of the 28 February rally, was released.', '28 February', true],
    ['What did it owe for the February deliveries?', 'February', true],
    ['The rally took place on 28 February in Kestov.', '28 February', false],
    ['By the 2 June deadline, Kestov had paid.', '2 June', true],
    ['They met on the 2nd of June.', '2nd of June', false],
  ])('%s: "%s" → %s', (text, date, expected) => {
    expect(at(text, date)).toBe(expected);
  });
});

describe('isCountDay: the day a count is given for (its span may begin with the preposition)', () => {
  it.each([
    ['С 1 января по 31 августа 2026 года Инициатива признала ещё 117 человек.', 'по 31 августа', true],
    ['По данным Инициативы, на 31 августа 2026 года в заключении оставались 1 068 человек.', 'на 31 августа', true],
    ['По состоянию на 31 августа в заключении были 1 068 человек.', 'на 31 августа', true],
    ['As of 31 August, 1,068 people remained in prison.', '31 August', true],
    ['Переговоры перенесли на 14 мая.', 'на 14 мая', false],
    ['Встречу назначили на 14 мая, делегации остаются в Кештове.', 'на 14 мая', false],
    ['The talks were held on 14 May.', 'on 14 May', false],
  ])('%s: "%s" → %s', (text, span, expected) => {
    expect(isCountDay(text, text.indexOf(span))).toBe(expected);
  });
});
