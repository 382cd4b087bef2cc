/**
 * Month, season and weekday vocabulary for the date rules, in Russian and English:
 * regex sources (to build the rules) and lookups (to turn a matched word into a number).
 * Regex sources are meant for the flags `iu`; they carry no boundaries of their own.
 */

import { LETTERS } from '../text/letters.ts';
import { remembered } from '../text/remembered.ts';
import type { Season } from '../types.ts';

/** Not preceded by a letter or digit: `\b` does not work for Cyrillic. */
export const WORD_START = `(?<![${LETTERS}\\p{N}])`;
/** Not followed by a letter or digit. */
export const WORD_END = `(?![${LETTERS}\\p{N}])`;
/** A year we accept as a calendar year in running text; counts like 1300 or 2533 fall outside. */
export const YEAR_NUMBER = '(?:1[89]\\d\\d|20\\d\\d)(?!\\d)';
/**
 * A day of month, optionally written with an English ordinal suffix; not a count's first digits ("July
 * 1,350" in a table is no 1 July).
 */
export const DAY_NUMBER = `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![${LETTERS}\\p{N}]|\\+\\d|[,.]\\d{3}(?!\\d))`;
/**
 * After a month that labels a table's row, the row's values and nothing else: "July 1,350",
 * "Март 86 400 12%", "June ........ 14" (a dot leader between). A chronology line's month is followed by a dash or a colon instead.
 */
const ROW_VALUES_AFTER = '(?:\\s*(?:\\.{4,}|…{2,}))?(?:\\s+[-+−]?\\d[\\d,.]*%?)+\\s*$';
/**
 * A place between a month that heads a post and its colon: "Сентябрь на Варнельском мосту: 21 090 грузовиков",
 * "August at the Kestov crossing: …" (a capitalised name, or one word after "the").
 */
const PLACE_BEFORE_COLON = String.raw`\s+(?:на|в|во|у|at|in|on)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?\s*:\s`;
/** What may open a chronology line or a post before its month: a bullet, a list's dash, or a post's emoji ("📦 Сентябрь — …", "- April: …"). */
const LINE_MARK = String.raw`[•*·]\s*|[-–—]\s+|\p{Extended_Pictographic}\uFE0F?\s*`;
/** An aside between a chronology line's month and its dash: "Апрель (точная дата не сообщается) — …". */
const ASIDE_BEFORE_DASH = '(?:\\s*\\([^()]{1,60}\\))?';
/** Before a month that heads a chronology line, a post or a table's row: the line's start and its mark. */
export const MONTH_HEADING_BEFORE = `(?<=^\\s*(?:${LINE_MARK})?)`;
/** After it: a dash or a colon (an aside or the post's place between), or the row's values. */
export const MONTH_HEADING_AFTER = `(?=${ASIDE_BEFORE_DASH}\\s*[-–—:]\\s|${ROW_VALUES_AFTER}|${PLACE_BEFORE_COLON})`;

// Russian month names in every case (январь, января, январе, январю, январём), ё or е.
const RU_SOFT_ENDING = '(?:ь|я|е|ю|ем|ём)';
export const RU_MONTH_WORD =
  `(?:январ${RU_SOFT_ENDING}|феврал${RU_SOFT_ENDING}|март(?:а|е|у|ом)?|апрел${RU_SOFT_ENDING}|` +
  `ма(?:й|я|е|ю|ем|ём)|июн${RU_SOFT_ENDING}|июл${RU_SOFT_ENDING}|август(?:а|е|у|ом)?|` +
  `сентябр${RU_SOFT_ENDING}|октябр${RU_SOFT_ENDING}|ноябр${RU_SOFT_ENDING}|декабр${RU_SOFT_ENDING})`;
/**
 * Russian abbreviations. Only used right after a day number ("19 мар.", "5 сент"), because alone
 * they collide with names ("Мар-а-Лаго", "Марк").
 */
export const RU_MONTH_ABBREVIATION = '(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\\.?';

export const EN_MONTH_WORD =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/** English abbreviations; like the Russian ones they need a number next to them ("Sept 11", "Aug. 2025"). */
export const EN_MONTH_ABBREVIATION = '(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';

/**
 * Whether a word is a month's name or abbreviation in either language: "March", "мая", "Sept". A name
 * that only starts like one ("Marit", "Мамедов", "Junta") is none.
 */
export function isMonthWord(word: string): boolean {
  return MONTH_WORD.test(foldRussian(word));
}
const MONTH_WORD = new RegExp(
  `^(?:${RU_MONTH_WORD}|${RU_MONTH_ABBREVIATION}|${EN_MONTH_WORD}|${EN_MONTH_ABBREVIATION})$`,
  'u',
);

// Longest prefixes first, so "март" is not read as "ма(й)".
const RU_MONTH_PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['янв', 1],
  ['фев', 2],
  ['мар', 3],
  ['апр', 4],
  ['июн', 6],
  ['июл', 7],
  ['авг', 8],
  ['сен', 9],
  ['окт', 10],
  ['ноя', 11],
  ['дек', 12],
  ['ма', 5],
];
const EN_MONTH_PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['may', 5],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
];

/**
 * The month number of a matched month word or abbreviation, in either language. Remembered by the word
 * as written: the name rules and the index ask it of nearly every capitalised word, and there are few.
 */
export function monthNumber(word: string): number | undefined {
  return remembered(monthNumbers, MONTH_CACHE_SIZE, word, monthNumberOf);
}

function monthNumberOf(word: string): number | undefined {
  const folded = foldRussian(word);
  const table = /[а-я]/.test(folded) ? RU_MONTH_PREFIXES : EN_MONTH_PREFIXES;
  return table.find(([prefix]) => folded.startsWith(prefix))?.[1];
}

const monthNumbers = new Map<string, number | undefined>();
const MONTH_CACHE_SIZE = 50_000;

/** Lower case and ё→е: the only normalisation the rules' lookups need. */
export function foldRussian(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е');
}

/** Seasons, as adverbs ("осенью"), nouns in any case ("осени", "лета"), or English words. */
export const RU_SEASON_ADVERB = '(?:зимой|весной|летом|осенью)';
export const RU_SEASON_NOUN = '(?:зим[аыуе]|весн[аыуе]|лет[оауе]|осен[ьи])';
export const EN_SEASON_WORD = '(?:winter|spring|summer|autumn|fall)';

export function seasonFromWord(word: string): Season | undefined {
  const folded = foldRussian(word);
  if (folded.startsWith('зим') || folded === 'winter') return 'winter';
  if (folded.startsWith('весн') || folded === 'spring') return 'spring';
  if (folded.startsWith('лет') || folded === 'summer') return 'summer';
  if (folded.startsWith('осен') || folded === 'autumn' || folded === 'fall') return 'autumn';
  return undefined;
}

/** Weekdays in the accusative that follows "в/во" ("в среду"), and English names. */
export const RU_WEEKDAY_WORD = '(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)';
export const EN_WEEKDAY_WORD = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

/** Russian weekdays written short, as chronologies do: "(пн)", "(чт)". */
const SHORT_RU_WEEKDAY: Readonly<Record<string, number>> = { вс: 0, пн: 1, вт: 2, ср: 3, чт: 4, пт: 5, сб: 6 };

/** 0 = Sunday … 6 = Saturday, as `Date.getUTCDay` counts. */
export function weekdayNumber(word: string): number | undefined {
  const folded = foldRussian(word);
  const short = SHORT_RU_WEEKDAY[folded];
  if (short !== undefined) return short;
  const prefixes = ['вос|sun', 'пон|mon', 'вто|tue', 'сре|wed', 'чет|thu', 'пят|fri', 'суб|sat'];
  const index = prefixes.findIndex((pair) => pair.split('|').some((prefix) => folded.startsWith(prefix)));
  return index >= 0 ? index : undefined;
}

/** Names used to render dates for people. */
export const MONTH_NAMES = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  ruNominative: [
    'январь',
    'февраль',
    'март',
    'апрель',
    'май',
    'июнь',
    'июль',
    'август',
    'сентябрь',
    'октябрь',
    'ноябрь',
    'декабрь',
  ],
  ruGenitive: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
} as const;

export const SEASON_NAMES: Record<Season, { en: string; ru: string }> = {
  winter: { en: 'winter', ru: 'зима' },
  spring: { en: 'spring', ru: 'весна' },
  summer: { en: 'summer', ru: 'лето' },
  autumn: { en: 'autumn', ru: 'осень' },
};
