/**
 * The anchor pre-check of the date rules (DATE_ANCHORS) only skips work: on every sentence of the
 * table, the rules with their anchors find the same candidates as the same rules run without them.
 * Invented sentences of each class an anchor guards (a year, a part of a period, a relative word, a
 * month, a season, a weekday), in both languages and in capitals, and sentences an anchor lets through
 * that hold no date.
 */
import { describe, expect, it } from 'vitest';
import { type DateRule, runRules } from '../../../src/knowledge/extract/dates-candidate.ts';
import { ENGLISH_DATE_RULES } from '../../../src/knowledge/extract/dates-en.ts';
import { numericDateRules } from '../../../src/knowledge/extract/dates-numeric.ts';
import { RUSSIAN_DATE_RULES } from '../../../src/knowledge/extract/dates-ru.ts';

const SENTENCES = [
  // a year, alone or in a period
  'Соглашение подписали в 2022 году в столице.',
  'Переговоры идут с 2006-го, а в 2025-м их возобновили.',
  'The committee has met since 2006 and again in 2020.',
  'Tariffs applied throughout 2015-2020 and in 2020–2021 годах.',
  'The decree of 19.02.2026 entered into force on 2025-06-21.',
  // the part of a year or month
  'В конце 2024 года делегация вернулась, а в начале прошлого года уехала.',
  'В середине ноября и в конце января 2025 года прошли консультации.',
  'Talks resumed in late 2024 and again in mid-2025.',
  'By the end of last year the envoy had left; at the beginning of 2023 he came back.',
  'IN EARLY FEBRUARY 2020 THE MISSION OPENED; LATE 2019 IT WAS PLANNED.',
  'Mid-June and the end of January were quiet.',
  // one anchor word each, so that an anchor missing a word fails here
  'Talks resumed in late 2024.',
  'Prices fell in early 2023.',
  'At the end of 2022 the office closed.',
  'Ties were cut late last year.',
  'В конце 2024 года связи прервались.',
  'В начале прошлого года связи восстановили.',
  'В середине 2021 года офис закрыли.',
  // relative words, months, seasons, weekdays
  'В прошлом году и на прошлой неделе министр не приезжал; вчера он прибыл.',
  'Last year the port closed; last week it reopened, and yesterday ships came.',
  'Осенью 2025 года и прошлой весной цены росли; в четверг они упали.',
  'In the fall of 2020 and last summer the line was shut; on Thursday it opened.',
  'В сентябре и с февраля 2020 года действует режим.',
  'On June 21, 2025 and 21 June 2025 the minister spoke; June 14-15 were busy.',
  '21 июня 2025 года и 14–15 августа прошли встречи.',
  // day ranges however written, and days in words, one each
  'Встречи прошли 14 – 15 августа.',
  'Встречи прошли с 1 по 5 марта 2025 года.',
  'ВСТРЕЧИ ПРОШЛИ С 3 ПО 7 МАЯ.',
  'Talks ran June 14 — 15.',
  'Talks ran on 14th-15th June 2025.',
  'Talks ran 3rd – 5th of May.',
  'Семнадцатого мая 2024 года прошли выборы.',
  'Выборы прошли первое сентября.',
  'Выборы прошли двадцать второго июня.',
  'ТРЕТЬЕ ОКТЯБРЯ делегация была в пути.',
  'Четвёртого ноября делегация была в пути.',
  // words the anchors read without the Unicode flag: a long s the rules read as "s", "ago" in capitals
  'At the ſtart of 2024 the line closed.',
  'THREE DAYS AGO THE LINE CLOSED.',
  // anchors present, no date (or not one the rule takes)
  'В мае пришли 14 - 15 человек, а по 5 в день; пятого не было.',
  'Освободили 52 человека и ещё 14 иностранцев.',
  'Around 1900 people and 2000 troops took part; room 2019b was closed.',
  'The end of the talks was not a start; the middle ground was lost amid late-night calls.',
  'Концерт начался, середина зала пустовала, конец был скучным.',
  'Этот доклад и текущие события обсуждались; следующий шаг неясен.',
  'May I ask whether the march will go on?',
  'Летописи и летчики, зимовье и осенние листья.',
  // no anchor at all
  'Делегация выразила надежду на продолжение диалога.',
  'The delegation hoped the dialogue would continue.',
];

const RULE_SETS: Record<string, readonly DateRule[]> = {
  ru: [...numericDateRules('ru'), ...RUSSIAN_DATE_RULES, ...ENGLISH_DATE_RULES],
  en: [...numericDateRules('en'), ...ENGLISH_DATE_RULES, ...RUSSIAN_DATE_RULES],
};

/** A candidate as data: the resolution of a relative day is a function, so only its kind is compared. */
function found(text: string, rules: readonly DateRule[]) {
  return runRules(text, rules).map((c) => ({ ...c, resolution: c.resolution.kind }));
}

describe('date anchors: the rules find the same candidates with and without their anchors', () => {
  for (const [lang, rules] of Object.entries(RULE_SETS)) {
    const unanchored = rules.map(({ anchors: _anchors, ...rule }) => rule);
    it.each(SENTENCES)(`${lang}: %s`, (text) => {
      expect(found(text, rules)).toEqual(found(text, unanchored));
    });
  }

  it('the table exercises the rules the anchors guard (it finds dates, and sentences without any)', () => {
    const counts = SENTENCES.map((text) => found(text, RULE_SETS.ru as DateRule[]).length);
    expect(counts.filter((n) => n > 0).length).toBeGreaterThan(15);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(3);
  });
});
