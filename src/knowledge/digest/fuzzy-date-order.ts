import { MONTH_NAMES } from '../extract/months.ts';
import type { FuzzyDate, Lang, MonthPart, Season } from '../types.ts';

/**
 * A number that orders fuzzy dates: a coarse date sorts at the middle of what it covers,
 * so "September 2025" sits between "2 September" and "28 September". Undated facts get -Infinity
 * (they sort last when newest comes first).
 */
export function fuzzyDateSortKey(date: FuzzyDate | undefined): number {
  if (!date || date.year === undefined) return Number.NEGATIVE_INFINITY;
  const month = date.month ?? (date.season ? SEASON_MIDDLE_MONTH[date.season] : 7);
  const day = date.day ?? (date.part ? PART_MIDDLE_DAY[date.part] : 15);
  return date.year * 10_000 + month * 100 + day;
}

const SEASON_MIDDLE_MONTH: Readonly<Record<Season, number>> = { winter: 1, spring: 4, summer: 7, autumn: 10 };
const PART_MIDDLE_DAY: Readonly<Record<MonthPart, number>> = { early: 5, mid: 15, late: 25 };

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: ['янв.', 'февр.', 'марта', 'апр.', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
};
const PARTS: Readonly<Record<Lang, Readonly<Record<MonthPart, string>>>> = {
  en: { early: 'early', mid: 'mid', late: 'late' },
  ru: { early: 'начало', mid: 'середина', late: 'конец' },
};
const SEASONS: Readonly<Record<Lang, Readonly<Record<Season, string>>>> = {
  en: { winter: 'winter', spring: 'spring', summer: 'summer', autumn: 'autumn' },
  ru: { winter: 'зима', spring: 'весна', summer: 'лето', autumn: 'осень' },
};

/** A fuzzy date as precisely as it is known, never more ("early Sep 2025", "осень 2025"). */
export function formatFuzzyDate(date: FuzzyDate | undefined, lang: Lang): string | undefined {
  if (!date) return undefined;
  const year = date.year === undefined ? '' : String(date.year);
  const monthIndex = date.month === undefined ? undefined : date.month - 1;
  const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ') || undefined;
  switch (date.precision) {
    case 'day':
      if (monthIndex === undefined || date.day === undefined) return joined(year);
      return joined(String(date.day), MONTHS[lang][monthIndex], year);
    case 'part-of-month':
      if (monthIndex === undefined) return joined(year);
      if (lang === 'ru') return joined(date.part ? PARTS.ru[date.part] : undefined, MONTHS.ru[monthIndex], year);
      return joined(date.part ? PARTS.en[date.part] : undefined, MONTHS.en[monthIndex], year);
    case 'month':
      if (monthIndex === undefined) return joined(year);
      return joined(lang === 'ru' ? MONTH_NAMES.ruNominative[monthIndex] : MONTHS.en[monthIndex], year);
    case 'season':
      return joined(date.season ? SEASONS[lang][date.season] : undefined, year);
    case 'year':
      return joined(year);
  }
}
