import { describe, expect, it } from 'vitest';
import { type AnswerType, answerTypeOf } from '../../../src/knowledge/answer/answer-types.ts';

/** The expected answer type of invented questions in both languages, negatives included. */
describe('answerTypeOf', () => {
  it.each<[string, AnswerType]>([
    ['When did the minister arrive in Astana?', 'date'],
    // Asked as a noun phrase, as in a chat.
    ['Vendt visit date?', 'date'],
    ['Release date of the drivers', 'date'],
    ['Дата визита Вендта?', 'date'],
    ['Number of drivers freed in May?', 'count'],
    ['Число освобождённых в мае?', 'count'],
    ['Количество задержанных судов?', 'count'],
    ['Place of the signing?', 'place'],
    ['Место встречи министров?', 'place'],
    ['Reason for the delay?', 'reason'],
    ['Причина отсрочки саммита?', 'reason'],
    // A date named in another question is not what it asks.
    ['What was agreed on that date?', 'event'],
    ['How many were freed on the date of the visit?', 'count'],
    ['On what date was the protocol signed?', 'date'],
    ['What was the original deadline for the tender?', 'date'],
    ['Какого числа подписали соглашение?', 'date'],
    ['До какой даты продлили мандат?', 'date'],
    ['How many drivers were released?', 'count'],
    ['How much did the bridge cost?', 'count'],
    ['Сколько человек освободили?', 'count'],
    ['На какую сумму заключён контракт?', 'count'],
    ['Какой ежемесячный объём газа согласовали?', 'count'],
    ['What price did the buyers offer for the plant?', 'count'],
    ['What fine did the court impose?', 'count'],
    ['Who chaired the working group?', 'person'],
    ['Which analyst explained the delay?', 'person'],
    ['Which Yerevan analyst explained the delay?', 'person'],
    ['Какой американский журналист взял интервью?', 'person'],
    // The head noun is the topics, not the leaders who discussed them.
    ['Какие темы обсуждали лидеры двух стран?', 'list'],
    ['Какой адвокат рассказал об освобождении?', 'person'],
    // A preposition before the question word: the role noun still asks for people.
    ['С какими политиками встречался посланник Варнела?', 'person'],
    ['Какому министру вручили приглашение?', 'person'],
    ['With which ministers did the envoy meet?', 'person'],
    ['С какими темами выступил министр?', 'about'],
    ['Кто возглавил делегацию?', 'person'],
    ['What position does Vendt hold?', 'role'],
    // "Who is <a name>?" asks a role; "Who is the envoy?" and "Who is Vendt's envoy?" ask a person.
    ['Who is Anna Varnel?', 'role'],
    ['who is anna varnel', 'role'],
    ['Who is the special envoy?', 'person'],
    ["Who is Vendt's special envoy?", 'person'],
    ['Where did the talks take place?', 'place'],
    ['Through which checkpoint did the convoy pass?', 'place'],
    ['Где находится штаб миссии?', 'place'],
    ['Why was the summit postponed?', 'reason'],
    ['Что вызвало протесты?', 'reason'],
    ['Чем совет объяснил сокращение миссии?', 'reason'],
    ['Did the envoy meet the president?', 'yesno'],
    ['When it announced the delay, did the ministry name a new date?', 'yesno'],
    ['Был ли он на свободе, когда давал интервью?', 'yesno'],
    ['List the rounds of talks in chronological order.', 'timeline'],
    ['Как менялась дата выборов?', 'timeline'],
    ["On which dates was Kestov's foreign minister in Northgate?", 'timeline'],
    ['В какие дни министр был в Кештове?', 'timeline'],
    ['On which date did the minister arrive?', 'date'],
    // A prison term and a mandate's length are durations; asked with "when" first, a date.
    ['К какому сроку суд приговорил Вендта?', 'count'],
    ['На какой срок продлили мандат миссии?', 'count'],
    ['What prison sentence did Vendt receive?', 'count'],
    ['Когда и на какой срок суд приговорил Вендта?', 'date'],
    ['What happened in Astana on 28 May?', 'event'],
    ['Что произошло 15 августа?', 'event'],
    ['Which companies won the contracts?', 'list'],
    ['Какие базы закроются?', 'list'],
  ])('%s → %s', (question, type) => {
    expect(answerTypeOf(question, /[а-яё]/i.test(question) ? 'ru' : 'en')).toBe(type);
  });

  it.each([
    ['Подписали ли протокол какого-либо участка?', 'person'],
    ['Whoever wins, what happens next?', 'person'],
  ])('a word inside another word is no cue: "%s" is not %s', (question, type) => {
    expect(answerTypeOf(question, /[а-яё]/i.test(question) ? 'ru' : 'en')).not.toBe(type);
  });
});

describe('an emphasis after the question word is no head noun', () => {
  it.each([
    ['С какими именно сенаторами встречался Вендт?', 'person'],
    ['Which exactly officials met Vendt?', 'person'],
  ])('%s → %s', (question, type) => {
    expect(answerTypeOf(question, /[а-я]/i.test(question) ? 'ru' : 'en')).toBe(type);
  });
});
