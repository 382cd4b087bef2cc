import { describe, expect, it } from 'vitest';
import type { AnswerType } from '../../../src/knowledge/answer/answer-types.ts';
import { saysWithheld } from '../../../src/knowledge/answer/withheld.ts';

/** A sentence saying the asked kind of detail was kept back; invented sentences, negatives included. */
describe('saysWithheld', () => {
  it.each<[AnswerType, string, boolean]>([
    ['person', 'Среди задержанных — инженер Ян Ковальчик. Имена двух других не раскрываются.', true],
    ['person', 'Его имя по понятным причинам мы не называем.', true],
    ['person', 'The ministry declined to name the other two detainees.', true],
    ['count', 'The terminal held enough crude for "a limited period", without giving a figure.', true],
    ['count', 'Vendt promised a grid package but declined to give a figure.', true],
    ['count', 'The ministry did not say how many were freed.', true],
    ['count', 'Сумма сделки не раскрывается.', true],
    ['date', 'Vendt visits Kestov for talks; the dates of the visit were not disclosed.', true],
    ['date', 'Vendt did not say when the talks would resume.', true],
    ['date', 'Сроки открытия перехода МИД не уточняет.', true],
    ['place', 'Officials would not disclose the location of the talks.', true],
    ['place', 'Куда и когда его переведут для отбывания наказания, посольству пока не сообщили.', true],
    ['person', 'The court did not make public what Vendt was accused of passing on, or to whom.', true],
    ['person', 'Кто возглавлял делегацию Кестова в этот раз, нам так и не сказали.', true],
    ['date', 'Когда возобновятся переговоры, в министерстве не говорят.', true],
    ['person', 'Кто возглавил делегацию, не сказано: известно лишь, что переговоры шли два дня.', true],
    ['count', 'Сколько задержанных освободили, Вендт не сказал, но переговоры назвал успешными.', true],
    ['reason', 'Officials did not say why the Lorin crossing was closed.', true],
    // Not known to the source.
    ['reason', 'It was not immediately clear why Vendt was travelling to Kestov.', true],
    ['reason', 'Пока неясно, почему Вендт летел в Кестов.', true],
    ['date', 'It remains unknown when the Lorin crossing will reopen.', true],
    ['reason', 'Причины закрытия перехода в Кестове МИД не называет.', true],
    ['count', 'The number of workers who have accepted the Kestov packages has not been published.', true],
    ['count', 'The ministry has not yet disclosed the total.', true],
    ['count', 'Сумма компенсаций работникам Кестова пока не опубликована.', true],
    ['date', 'Дата нового заседания не объявлена.', true],
    ['count', 'Оценку финансовых потерь компания Lorin Ports не приводит.', true],
    ['count', 'The ministry gave no estimate; Vendt did not give an estimate of the losses.', true],
    // What is given is no detail kept back; another kind of detail kept back is not the asked one.
    [
      'reason',
      'The crossing was closed because of the Varnel floods; officials did not say when it would reopen.',
      false,
    ],
    ['person', 'The talks were led by Deputy Minister Ilkin Vendt.', false],
    ['person', 'Vendt declined to give a figure for the loan.', false],
    ['count', 'Vendt did not say when the talks would resume.', false],
    ['count', 'Rights groups counted 52 released prisoners, a figure the ministry confirmed.', false],
    ['date', 'The talks in Kestov were held on 14 May and not disclosed to the press until June.', false],
    ['person', 'Three prisoners were freed, among them an unnamed US citizen and Anna Varga.', false],
    ['person', 'Вендт сказал, что делегацию возглавит замминистра Лорин.', false],
    ['event', 'Vendt declined to say what had been offered in return.', false],
    // Whether a given value holds is kept back, not the value.
    [
      'date',
      'Сезон планировалось закрыть 19 апреля; о том, сохранится ли эта дата, в компании пока не говорят.',
      false,
    ],
    ['count', 'Lorin Ports did not say whether the figure of 40 jobs would change.', false],
  ])('%s: %s → %s', (type, text, expected) => {
    expect(saysWithheld(type, text)).toBe(expected);
  });
});
