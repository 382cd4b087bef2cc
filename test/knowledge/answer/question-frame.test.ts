import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../../src/knowledge/answer/answer-types.ts';
import {
  withoutGuess,
  withoutHearsay,
  withoutPoliteFrame,
  withoutPostFrame,
} from '../../../src/knowledge/answer/question-frame.ts';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** Polite and indirect frames of invented questions: blanked, so that the question inside is what is read. */
describe('withoutPoliteFrame', () => {
  it.each<[string, string]>([
    ['Do you know when Vendt arrived in Kestov?', 'when Vendt arrived in Kestov?'],
    ['Could you tell me who chaired the talks?', 'who chaired the talks?'],
    ['Can you please tell us how many drivers were freed?', 'how many drivers were freed?'],
    ["I'd like to know where the talks took place.", 'where the talks took place.'],
    ['Hi, do you happen to know which sanctions were lifted?', 'which sanctions were lifted?'],
    ['Подскажите, пожалуйста, когда Вендт прибыл в Кештов?', 'когда Вендт прибыл в Кештов?'],
    ['Не подскажете, сколько водителей освободили?', 'сколько водителей освободили?'],
    ['Вы не знаете, кто возглавлял делегацию?', 'кто возглавлял делегацию?'],
    ['Интересно, почему переговоры отложили?', 'почему переговоры отложили?'],
    ['Здравствуйте! Скажите, где прошла встреча?', 'где прошла встреча?'],
  ])('%s', (question, asked) => {
    const out = withoutPoliteFrame(question);
    expect(out.trim()).toBe(asked);
    // Blanked, not cut: offsets of what follows stay.
    expect(out).toHaveLength(question.length);
  });

  it.each([
    // A yes/no question is not framed: "do you know if" asks yes or no.
    'Do you know if Vendt was released?',
    // The frame must be followed by a question word.
    'Tell me about the talks in Kestov.',
    'Скажите что-нибудь о переговорах.',
    // Words of the frame inside a question are the question's own.
    'When did Vendt tell the press who would lead the talks?',
    'Когда Вендт сказал, кто возглавит делегацию?',
  ])('leaves %s as it is', (question) => {
    expect(withoutPoliteFrame(question)).toBe(question);
  });

  it('lets the question inside decide the answer type', () => {
    expect(answerTypeOf(withoutPoliteFrame('Do you know when Vendt arrived in Kestov?'), 'en')).toBe('date');
    expect(answerTypeOf(withoutPoliteFrame('Не знаете, сколько водителей освободили?'), 'ru')).toBe('count');
  });
});

/** Hearsay around the question's verb is no word a sentence must share: the question is read without it. */
describe('withoutHearsay', () => {
  it.each<[string, string]>([
    ['Who is believed to have led the smuggling ring?', 'Who led the smuggling ring?'],
    ['Who is thought to be the leader of the ring?', 'Who is the leader of the ring?'],
    ['How many people are said to have crossed at Kestov?', 'How many people crossed at Kestov?'],
    ['Who reportedly paid the fine?', 'Who paid the fine?'],
    ['Кто, предположительно, руководил сетью?', 'Кто руководил сетью?'],
    ['Сколько человек, по имеющимся данным, пересекли границу?', 'Сколько человек пересекли границу?'],
    // Suspicion asked as such is what the question is about.
    ['Who was suspected of smuggling?', 'Who was suspected of smuggling?'],
  ])('%s', (question, asked) => {
    expect(withoutHearsay(question)).toBe(asked);
  });

  it('answers a hedged "who" from the sentence that names the one who did it', () => {
    const kb = knowledgeBaseOfTexts({
      'k.md': documentText(
        'The smuggling ring broken up at Kestov in May moved goods across the bridge with forged documents. On Wednesday a judge in Kestov, Lorin Halden, ordered the suspects held. The alleged leader of the ring, a businessman named Osvar Vendt, is being held in Kestov pending trial.',
        { lang: 'en' },
      ),
    });
    const a = kb.answer('Who is believed to have led the smuggling ring broken up in Kestov?', {
      now: new Date('2026-12-01'),
    });
    expect(a.summary).toMatch(/Vendt/);
  });
});

/** A post's frame asks who holds the title: the question reads as asking who is it. */
describe('withoutPostFrame', () => {
  it.each<[string, string]>([
    ['Кто занимает пост министра рыболовства Кестова?', 'Кто является министра рыболовства Кестова?'],
    ['Кто занимал должность мэра Нортгейта в марте?', 'Кто был мэра Нортгейта в марте?'],
    ['Who holds the post of fisheries minister?', 'Who is fisheries minister?'],
    ['Who held the office of mayor in March?', 'Who was mayor in March?'],
    ['Where was the post office opened?', 'Where was the post office opened?'],
  ])('%s', (question, asked) => {
    expect(withoutPostFrame(question)).toBe(asked);
  });

  it('answers by the title, not by a sentence about a post', () => {
    const kb = knowledgeBaseOfTexts({
      'wire.md': documentText(
        'Varnel Foreign Minister Osvar Lindqvist said the case had been handled strictly in accordance with the law. Oceans and Fisheries Minister Park Sang-hoon told reporters in Kestov that the boats would return.',
        { lang: 'en' },
      ),
    });
    const a = kb.answer('Кто занимает пост министра океанов и рыболовства?', { now: new Date('2026-12-01') });
    expect(a.summary).toMatch(/^Park Sang-hoon|^Пак Сан/);
  });
});

/** A name the asker guesses after the question is no word of it: invented names and bodies. */
describe('withoutGuess', () => {
  it.each<[string, string]>([
    ['Who chaired the Kestov talks - was it a Mr Varnelo?', 'Who chaired the Kestov talks?'],
    ['Who heads the Lorin port authority? Vendtmann or something like that?', 'Who heads the Lorin port authority?'],
    ['Who led the inspection team? Maybe Dr Osterhal?', 'Who led the inspection team?'],
    ['Кто возглавлял миссию в Кештове? Кажется, Вендтман?', 'Кто возглавлял миссию в Кештове?'],
    ['Кто был посредником — вроде бы господин Сарво?', 'Кто был посредником?'],
  ])('%s', (question, asked) => {
    expect(withoutGuess(question)).toBe(asked);
  });

  it.each([
    // A question of its own is no guess.
    'Was it Vendt?',
    'When was the deal signed - was it ratified?',
    'Who met Vendt in Kestov?',
    'Кто возглавлял делегацию США?',
  ])('leaves %s as it is', (question) => {
    expect(withoutGuess(question)).toBe(question);
  });
});

describe('a guessed name after a who-question', () => {
  const kb = knowledgeBaseOfTexts({
    'brief.md': documentText(
      'The dispute went to mediation. The mediator, Joaquim Sarvento, whom the labour ministry appointed in March, chaired six rounds of talks in Lorin.',
      { lang: 'en', published: '2026-07-20' },
    ),
  });
  const now = new Date('2026-12-01');

  it('answers with the name the asker misspelt', () => {
    const a = kb.answer('Who was the mediator in the Lorin dispute - was it a Mr Sarviento?', { now });
    expect(a.answered, a.text).toBe(true);
    expect(a.summary, a.text).toMatch(/Sarvento/);
  });
});
