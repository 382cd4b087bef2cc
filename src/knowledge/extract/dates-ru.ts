/**
 * Russian date rules: "21 июня 2025 года", "в начале ноября", "в августе прошлого года",
 * "осенью", "в 2022-м", "на прошлой неделе", "в четверг".
 * A span starts at its preposition when the rule read one ("в сентябре", "с февраля 2020 года").
 */

import { LETTERS } from '../text/letters.ts';
import type { FuzzyDate, MonthPart } from '../types.ts';
import {
  DATE_ANCHORS as A,
  candidateFromMatch,
  type DateCandidate,
  type DateRule,
  groupSpan,
  isValidDay,
  labelsNumber,
  monthHeadingCandidates,
  type Resolution,
  relativeDays,
  rulePattern,
  speaksOfFuture,
  withoutUndefined,
} from './dates-candidate.ts';
import {
  foldRussian,
  MONTH_HEADING_AFTER,
  MONTH_HEADING_BEFORE,
  monthNumber,
  RU_MONTH_ABBREVIATION,
  RU_MONTH_WORD,
  RU_SEASON_ADVERB,
  RU_SEASON_NOUN,
  RU_WEEKDAY_WORD,
  seasonFromWord,
  WORD_END,
  WORD_START,
  weekdayNumber,
  YEAR_NUMBER,
} from './months.ts';
import { lookupNumberWord } from './numerals.ts';

/** Prepositions that put a month, season or year in time: "в", "с" (since), "до", "к", "после"... */
const PREPOSITION = '(?:(?<prep>в|во|с|со|до|к|ко|по|после|от|около|на|за|между)\\s+)?';
/** What marks a number as a year: "году", "года", "г.", "гг.", "2022-м", "2025-го". */
const YEAR_WORD = `(?:\\s*-(?:го|м|й|ом)${WORD_END}|\\s*гг?\\.|\\s*г${WORD_END}|\\s+год(?:а|у|ом|ах|ов)?${WORD_END})`;
const RELATIVE_YEAR_WORD = '(?<relYear>прошлого|позапрошлого|этого|текущего|следующего|будущего)';
/** The year after a month, day or season: explicit ("2025 года") or relative ("прошлого года"). */
const YEAR_TAIL = `(?:\\s+(?:(?<year>${YEAR_NUMBER})(?:${YEAR_WORD})?|${RELATIVE_YEAR_WORD}\\s+года${WORD_END}))?`;
/** A month name, not glued to a following word or hyphenated name ("Мар-дель-Плата"). */
const MONTH_END = `(?![${LETTERS}\\p{N}]|-[${LETTERS}])`;

/** Ordinal day stems, first to twentieth and thirtieth, before the case ending ("семнадцат|ого"). */
const ORDINAL_DAYS: ReadonlyArray<readonly [string, number]> = [
  ['перв', 1],
  ['втор', 2],
  ['трет', 3],
  ['четв[её]рт', 4],
  ['пят', 5],
  ['шест', 6],
  ['седьм', 7],
  ['восьм', 8],
  ['девят', 9],
  ['десят', 10],
  ['одиннадцат', 11],
  ['двенадцат', 12],
  ['тринадцат', 13],
  ['четырнадцат', 14],
  ['пятнадцат', 15],
  ['шестнадцат', 16],
  ['семнадцат', 17],
  ['восемнадцат', 18],
  ['девятнадцат', 19],
  ['двадцат', 20],
  ['тридцат', 30],
];
const ORDINAL_DAY_STEMS = ORDINAL_DAYS.map(([stem]) => stem).join('|');
/** The anchor of the rule for days in words: an ordinal day with its ending, then a space ("семнадцатого "). */
const ORDINAL_DAY_ANCHOR = new RegExp(`(?:${ORDINAL_DAY_STEMS})(?:ого|ое|ье|ьего)\\s`, 'iu');

/** "двадцать второго" is 22, "тридцатого" 30: the tens word, if any, plus the ordinal's value. */
function dayInWords(tens: string | undefined, unit: string): number | undefined {
  const folded = unit.toLowerCase().replace('ё', 'е');
  const value = ORDINAL_DAYS.find(([stem]) => new RegExp(`^${stem}$`, 'u').test(folded))?.[1];
  if (value === undefined) return undefined;
  if (!tens) return value;
  // Only a unit follows a tens word: "двадцать второго", not "двадцать двенадцатого".
  if (value > 9) return undefined;
  return (/^тридцать/i.test(tens) ? 30 : 20) + value;
}

export const RUSSIAN_DATE_RULES: readonly DateRule[] = [
  {
    name: 'day month [year] (21 июня 2025 года, 19 мар.)',
    anchors: [A.digit, A.ruMonth],
    pattern: rulePattern(
      `${WORD_START}${PREPOSITION}(?<day>\\d{1,2})(?:-?го)?\\s+(?<month>${RU_MONTH_WORD}|${RU_MONTH_ABBREVIATION})${MONTH_END}${YEAR_TAIL}`,
    ),
    build: (match) => {
      const groups = match.groups ?? {};
      const month = monthNumber(groups.month ?? '');
      const day = Number(groups.day);
      const year = groups.year ? Number(groups.year) : undefined;
      if (month === undefined || !isValidDay(day, month, year)) return [];
      return [candidate(match, { year, month, day, precision: 'day' }, yearResolution(groups.relYear))];
    },
  },
  {
    // Spoken and written out in interviews: "Семнадцатого мая 2024 года", "двадцать второго апреля".
    name: 'day in words, month [year] (семнадцатого мая 2024 года, первое сентября)',
    anchors: [A.ruMonth, ORDINAL_DAY_ANCHOR],
    pattern: rulePattern(
      `${WORD_START}${PREPOSITION}(?<dayWord>(?:двадцать|тридцать)\\s+)?(?<unit>${ORDINAL_DAY_STEMS})(?:ого|ое|ье|ьего)\\s+(?<month>${RU_MONTH_WORD})${MONTH_END}${YEAR_TAIL}`,
    ),
    build: (match) => {
      const groups = match.groups ?? {};
      const month = monthNumber(groups.month ?? '');
      const day = dayInWords(groups.dayWord, groups.unit ?? '');
      const year = groups.year ? Number(groups.year) : undefined;
      if (month === undefined || day === undefined || !isValidDay(day, month, year)) return [];
      return [candidate(match, { year, month, day, precision: 'day' }, yearResolution(groups.relYear))];
    },
  },
  {
    // Two days of one month: each day becomes its own mention ("14" and "15 августа"), so a question
    // about either day finds the sentence.
    name: 'day range in one month (14–15 августа, с 1 по 5 марта 2025 года, 3 и 5 апреля)',
    anchors: [A.digit, A.ruMonth, A.dayRange],
    pattern: rulePattern(
      `${WORD_START}(?:(?:с|со|между)\\s+)?(?<firstDay>\\d{1,2})(?:\\s*[-–—]\\s*|\\s+(?:по|до|и)\\s+)(?<day>\\d{1,2})\\s+(?<month>${RU_MONTH_WORD}|${RU_MONTH_ABBREVIATION})${MONTH_END}${YEAR_TAIL}`,
      { groupIndices: true },
    ),
    build: (match) => {
      const groups = match.groups ?? {};
      const month = monthNumber(groups.month ?? '');
      const firstDay = Number(groups.firstDay);
      const lastDay = Number(groups.day);
      const year = optionalYear(groups.year);
      const firstSpan = groupSpan(match, 'firstDay');
      const lastSpan = groupSpan(match, 'day');
      if (month === undefined || !firstSpan || !lastSpan || firstDay >= lastDay || !isValidDay(lastDay, month, year))
        return [];
      if (labelsNumber(match)) return [];
      const resolution = yearResolution(groups.relYear);
      return [
        {
          start: match.index,
          end: firstSpan.end,
          date: withoutUndefined({ year, month, day: firstDay, precision: 'day' }),
          resolution,
          lang: 'ru',
        },
        {
          start: lastSpan.start,
          end: match.index + match[0].length,
          date: withoutUndefined({ year, month, day: lastDay, precision: 'day' }),
          resolution,
          lang: 'ru',
        },
      ];
    },
  },
  {
    name: 'start/middle/end of a month (в начале ноября, в конце января 2025 года)',
    anchors: [A.ruMonth],
    pattern: rulePattern(
      `${WORD_START}${PREPOSITION}(?<part>начал[еоауы]|середин[еыуа]|конц[еау]|конец|перв(?:ой|ую)\\s+половин[еыу]|втор(?:ой|ую)\\s+половин[еыу])\\s+(?<month>${RU_MONTH_WORD})${MONTH_END}${YEAR_TAIL}`,
    ),
    build: (match) => {
      const groups = match.groups ?? {};
      const month = monthNumber(groups.month ?? '');
      if (month === undefined) return [];
      const date: FuzzyDate = {
        year: optionalYear(groups.year),
        month,
        part: monthPart(groups.part ?? ''),
        precision: 'part-of-month',
      };
      return [candidate(match, date, yearResolution(groups.relYear))];
    },
  },
  {
    name: 'start/middle/end of a year (в конце 2024 года, в конце прошлого года)',
    anchors: [A.ruPart, A.yearOrRuRelative],
    pattern: rulePattern(
      `${WORD_START}${PREPOSITION}(?<part>начал[еоауы]|середин[еыуа]|конц[еау]|конец|перв(?:ой|ую)\\s+половин[еыу]|втор(?:ой|ую)\\s+половин[еыу]|(?:перв(?:ом|ое|ого)|втор(?:ом|ое|ого)|[12]-?(?:м|е|го)?)\\s+полугоди[иеяю])\\s+` +
        `(?:(?<year>${YEAR_NUMBER})(?:${YEAR_WORD})?|${RELATIVE_YEAR_WORD}\\s+года${WORD_END})`,
    ),
    build: (match) => {
      const groups = match.groups ?? {};
      const date: FuzzyDate = {
        year: optionalYear(groups.year),
        part: monthPart(groups.part ?? ''),
        precision: 'year',
      };
      return [candidate(match, date, yearResolution(groups.relYear))];
    },
  },
  {
    // A chronology line headed by its month alone: "Сентябрь — экспорт превысил …", "Июль 2026: …".
    name: 'month heading a chronology line (Сентябрь — …, Июль 2026: …)',
    anchors: [A.ruMonth],
    pattern: rulePattern(
      `${MONTH_HEADING_BEFORE}(?<month>${RU_MONTH_WORD})${MONTH_END}${YEAR_TAIL}${MONTH_HEADING_AFTER}`,
    ),
    build: (match) => monthHeadingCandidates(match, yearResolution(match.groups?.relYear), 'ru'),
  },
  {
    // A month alone is a date only with a preposition or a year: "Сентября 2025", "в сентябре".
    name: 'month with a preposition or a year (в сентябре, с февраля 2020 года, в августе прошлого года)',
    anchors: [A.ruMonth],
    pattern: rulePattern(`${WORD_START}${PREPOSITION}(?<month>${RU_MONTH_WORD})${MONTH_END}${YEAR_TAIL}`),
    build: (match) => {
      const groups = match.groups ?? {};
      const month = monthNumber(groups.month ?? '');
      if (month === undefined || !(groups.prep || groups.year || groups.relYear)) return [];
      return [
        candidate(
          match,
          { year: optionalYear(groups.year), month, precision: 'month' },
          yearResolution(groups.relYear),
        ),
      ];
    },
  },
  {
    name: 'last/this season (прошлой осенью, этим летом)',
    anchors: [A.season],
    pattern: rulePattern(
      `${WORD_START}(?<rel>прошл(?:ой|ым|ою)|эт(?:ой|им|ою))\\s+(?<season>${RU_SEASON_ADVERB})${WORD_END}`,
    ),
    build: (match) => {
      const groups = match.groups ?? {};
      const season = seasonFromWord(groups.season ?? '');
      if (!season) return [];
      const resolution: Resolution = foldRussian(groups.rel ?? '').startsWith('прошл')
        ? { kind: 'last-occurrence' }
        : { kind: 'year-offset', offset: 0 };
      return [candidate(match, { season, precision: 'season' }, resolution)];
    },
  },
  {
    name: 'season adverb [year] (осенью, весной 2025 года, летом прошлого года)',
    anchors: [A.season],
    pattern: rulePattern(`${WORD_START}(?<season>${RU_SEASON_ADVERB})${WORD_END}${YEAR_TAIL}`),
    build: (match) => seasonCandidate(match),
  },
  {
    // A bare "лета" or "осени" is too ambiguous ("лета" is also "years"); after a preposition
    // ("с осени", "к весне") or before a year it is a season.
    name: 'season noun with a preposition or a year (с осени, с лета 2020 года, осени прошлого года)',
    anchors: [A.season],
    pattern: rulePattern(`${WORD_START}${PREPOSITION}(?<season>${RU_SEASON_NOUN})${WORD_END}${YEAR_TAIL}`),
    build: (match) => {
      const groups = match.groups ?? {};
      return groups.prep || groups.year || groups.relYear ? seasonCandidate(match) : [];
    },
  },
  {
    name: 'year (в 2022 году, в 2025-м, 2020 года, с 2006)',
    anchors: [A.year],
    pattern: rulePattern(`${WORD_START}${PREPOSITION}(?<year>${YEAR_NUMBER})(?<yearWord>${YEAR_WORD})?`),
    build: (match, text) => {
      const groups = match.groups ?? {};
      if (!groups.yearWord && !bareYearLooksLikeYear(text, match, Boolean(groups.prep))) return [];
      return [candidate(match, { year: Number(groups.year), precision: 'year' }, { kind: 'as-written' })];
    },
  },
  {
    name: 'relative year (в прошлом году, в этом году)',
    anchors: [A.ruRelative],
    pattern: rulePattern(
      `${WORD_START}(?:(?:в|во)\\s+)?(?<rel>прошлом|позапрошлом|этом|текущем|следующем|будущем)\\s+году${WORD_END}`,
    ),
    build: (match) => [candidate(match, { precision: 'year' }, yearResolution(match.groups?.rel))],
  },
  {
    name: 'relative year, genitive (прошлого года, с прошлого года)',
    anchors: [A.ruRelative],
    pattern: rulePattern(`${WORD_START}(?:(?:с|со|до|от|после|для|к)\\s+)?${RELATIVE_YEAR_WORD}\\s+года${WORD_END}`),
    build: (match) => [candidate(match, { precision: 'year' }, yearResolution(match.groups?.relYear))],
  },
  {
    name: 'relative week or month (на прошлой неделе, в этом месяце)',
    anchors: [A.ruRelative],
    pattern: rulePattern(
      `${WORD_START}(?:(?:на|в)\\s+)?(?<rel>прошлой|этой|текущей|прошлом|этом|текущем)\\s+(?<unit>неделе|месяце)${WORD_END}`,
    ),
    build: (match) => {
      const groups = match.groups ?? {};
      const previous = foldRussian(groups.rel ?? '').startsWith('прошл');
      const week = foldRussian(groups.unit ?? '').startsWith('недел');
      const fromDocument = week
        ? previous
          ? relativeDays.previousWeek
          : relativeDays.thisWeek
        : previous
          ? relativeDays.previousMonth
          : relativeDays.thisMonth;
      return [candidate(match, { precision: 'day' }, { kind: 'days', fromDocument })];
    },
  },
  {
    name: 'days ago (три дня назад, 10 дней назад)',
    anchors: [A.ruAgo],
    pattern: rulePattern(`${WORD_START}(?<n>\\d{1,2}|[а-яё]+)\\s+(?:день|дня|дней)\\s+назад${WORD_END}`),
    build: (match) => {
      const word = match.groups?.n ?? '';
      const n = /^\d/.test(word) ? Number(word) : lookupNumberWord(word)?.value;
      if (n === undefined || n < 1 || n > 31) return [];
      return [candidate(match, { precision: 'day' }, { kind: 'days', fromDocument: relativeDays.shift(-n) })];
    },
  },
  {
    name: 'today, yesterday, tomorrow (сегодня, вчера, позавчера, завтра, послезавтра)',
    anchors: [A.ruRelative],
    // "С сегодняшнего дня", "вчерашнего дня": the day as an adjective says the same day.
    pattern: rulePattern(
      `${WORD_START}(?:(?<word>сегодня|вчера|позавчера|завтра|послезавтра)|(?<day>сегодня|вчера|завтра)шн\\p{L}*\\s+(?:день|дня|дню|днём|днем))${WORD_END}`,
    ),
    build: (match) => {
      const offsets: Record<string, number> = { сегодня: 0, вчера: -1, позавчера: -2, завтра: 1, послезавтра: 2 };
      const offset = offsets[foldRussian(match.groups?.word ?? match.groups?.day ?? '')] ?? 0;
      return [candidate(match, { precision: 'day' }, { kind: 'days', fromDocument: relativeDays.shift(offset) })];
    },
  },
  {
    // "Траулер накануне вечером покинул порт" in a report of 26 February left on the 25th: inside a
    // sentence, before a time of day, a past verb or the clause's end (a place may come between: "накануне
    // в Варнеле подписали"), "накануне" is the day before the report. Not
    // "накануне визита" (on the eve of a named event), nor at a sentence's start, where it is the day
    // before the entry above it (day-shift.ts).
    name: 'the day before the document (накануне вечером покинул)',
    anchors: [A.ruRelative],
    pattern: rulePattern(
      `(?<=\\p{L}[,»"]?\\s+)накануне(?=\\s*[,.;)]|\\s+(?:(?:в|во|на)\\s+\\p{L}+\\s+)?(?:вечером|утром|днём|днем|ночью|поздно|\\p{L}+(?:л|ла|ли|ло|лся|лась|лись|лось))(?![\\p{L}]))`,
    ),
    build: (match) => [candidate(match, { precision: 'day' }, { kind: 'days', fromDocument: relativeDays.shift(-1) })],
  },
  {
    // Needs "в/во": "среда" alone is also "environment". ("В ночь на субботу" is Saturday's small hours.)
    name: 'weekday (в четверг, в прошлую пятницу)',
    anchors: [A.ruWeekday],
    pattern: rulePattern(
      `${WORD_START}(?:(?<weekBefore>на\\s+прошлой\\s+неделе),?\\s+)?(?:в|во|в\\s+ночь\\s+(?:с\\s+\\p{L}+\\s+)?на)\\s+(?:(?<last>прошл(?:ый|ую|ое)|минувш(?:ий|ую|ее)|прошедш(?:ий|ую|ее))\\s+)?(?<weekday>${RU_WEEKDAY_WORD})(?:\\s+(?<weekAfter>на\\s+прошлой\\s+неделе))?${WORD_END}`,
    ),
    build: (match) => {
      const groups = match.groups ?? {};
      const weekday = weekdayNumber(groups.weekday ?? '');
      if (weekday === undefined) return [];
      // "в прошлый четверг" said on a Thursday is last week's: look from the day before.
      const shift = groups.last ? -1 : 0;
      const onOrBefore =
        !groups.last && speaksOfFuture(match)
          ? relativeDays.weekdayOnOrAfter(weekday)
          : relativeDays.weekdayOnOrBefore(weekday);
      return [
        candidate(
          match,
          { precision: 'day' },
          {
            kind: 'days',
            // "Last week, on Wednesday" said on a Thursday is not the day before.
            fromDocument:
              groups.weekBefore || groups.weekAfter
                ? relativeDays.weekdayOfPreviousWeek(weekday)
                : (days) => onOrBefore(relativeDays.shift(shift)(days)),
          },
        ),
      ];
    },
  },
];

function candidate(match: RegExpExecArray, date: FuzzyDate, resolution: Resolution): DateCandidate {
  return candidateFromMatch(match, date, resolution, 'ru');
}

function seasonCandidate(match: RegExpExecArray): DateCandidate[] {
  const groups = match.groups ?? {};
  const season = seasonFromWord(groups.season ?? '');
  if (!season) return [];
  return [
    candidate(match, { year: optionalYear(groups.year), season, precision: 'season' }, yearResolution(groups.relYear)),
  ];
}

/** "прошлого/прошлом" → -1, "позапрошлого" → -2, "этого/текущего" → 0, "следующего/будущего" → +1; none → as written. */
function yearResolution(word: string | undefined): Resolution {
  if (!word) return { kind: 'as-written' };
  const folded = foldRussian(word);
  if (folded.startsWith('позапрошл')) return { kind: 'year-offset', offset: -2 };
  if (folded.startsWith('прошл')) return { kind: 'year-offset', offset: -1 };
  if (folded.startsWith('следующ') || folded.startsWith('будущ')) return { kind: 'year-offset', offset: 1 };
  return { kind: 'year-offset', offset: 0 };
}

function monthPart(word: string): MonthPart {
  const folded = foldRussian(word);
  if (folded.startsWith('начал') || folded.startsWith('перв') || folded.startsWith('1')) return 'early';
  if (folded.startsWith('серед')) return 'mid';
  return 'late';
}

function optionalYear(value: string | undefined): number | undefined {
  return value ? Number(value) : undefined;
}

/**
 * A four-digit number without "год" is a year only when nothing suggests a count:
 * after a preposition and not followed by a lowercase word ("до 2000 человек" is a count),
 * or standing alone at the end of a phrase ("2021.", a question that is just "2026").
 */
function bareYearLooksLikeYear(text: string, match: RegExpExecArray, hasPreposition: boolean): boolean {
  const end = match.index + match[0].length;
  const after = text.slice(end, end + 24);
  if (/^\s*(?:[:.,]\d|%|\d)/u.test(after)) return false; // a time, a decimal, a percentage
  if (/^(?:\p{L}|['’]s|-[хеx])/u.test(after)) return false; // a decade ("1990s", "2020-х") or a code ("2025see")
  const nextWord = /^\s+(?<word>\p{L}+)/u.exec(after)?.groups?.word;
  if (hasPreposition) {
    if (!nextWord) return true;
    // A conjunction continues a list of years ("в 2020 и 2021 годах"); a lowercase word starts a count.
    return /^(?:и|или|по|до|—|–)$/u.test(nextWord) || nextWord[0] !== nextWord[0]?.toLowerCase();
  }
  return /^\s*(?:$|[.,;!?)»"”])/u.test(after);
}
