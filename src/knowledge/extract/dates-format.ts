/**
 * Renders a fuzzy date for a person, saying exactly as much as is known.
 * Russian uses the nominative throughout ("сентябрь 2025 г.", "начало ноября 2025 г."), so the
 * phrase reads the same in a list, a heading or after a dash; a day takes the genitive ("21 июня").
 */
import type { FuzzyDate, Lang, MonthPart } from '../types.ts';
import { MONTH_NAMES, SEASON_NAMES } from './months.ts';

const RU_MONTH_PART: Record<MonthPart, string> = { early: 'начало', mid: 'середина', late: 'конец' };

export function formatDate(date: FuzzyDate, lang: Lang): string {
  return lang === 'ru' ? formatRussian(date) : formatEnglish(date);
}

/** "18", or "18–19" for a span of days. */
function dayText(date: FuzzyDate): string {
  const day = String(date.day ?? '?');
  return date.lastDay ? `${day}–${date.lastDay}` : day;
}

function formatEnglish(date: FuzzyDate): string {
  const year = date.year === undefined ? '' : String(date.year);
  const month = date.month === undefined ? undefined : MONTH_NAMES.en[date.month - 1];
  const withPart = (part: MonthPart | undefined, what: string): string =>
    !part ? what : part === 'mid' ? `mid-${what}` : `${part} ${what}`;
  switch (date.precision) {
    case 'day':
      return join(dayText(date), month ?? '?', year);
    case 'part-of-month':
      return withPart(date.part, join(month ?? '?', year));
    case 'month':
      return join(month ?? '?', year);
    case 'season':
      return join(date.season ? SEASON_NAMES[date.season].en : 'season', year);
    case 'year':
      return year ? withPart(date.part, year) : 'unknown year';
  }
}

function formatRussian(date: FuzzyDate): string {
  const year = date.year === undefined ? '' : `${date.year} г.`;
  const index = (date.month ?? 0) - 1;
  switch (date.precision) {
    case 'day':
      return join(dayText(date), MONTH_NAMES.ruGenitive[index] ?? '?', year);
    case 'part-of-month':
      return join(RU_MONTH_PART[date.part ?? 'mid'], MONTH_NAMES.ruGenitive[index] ?? '?', year);
    case 'month':
      return join(MONTH_NAMES.ruNominative[index] ?? '?', year);
    case 'season':
      return join(date.season ? SEASON_NAMES[date.season].ru : 'сезон', year);
    case 'year':
      if (!year) return 'год неизвестен';
      return date.part ? `${RU_MONTH_PART[date.part]} ${year}` : year;
  }
}

function join(...parts: string[]): string {
  return parts.filter((part) => part !== '').join(' ');
}
