/**
 * Ordinal numbers in text, both languages: "second", "3rd", "16th", "второй", "16-е", "14-го".
 * A question asking for "the second call" must not be answered by "the first call".
 */
import { lookupNumberWord } from '../extract/numerals.ts';
import type { Token } from './tokens.ts';

const EN: Record<string, number> = {
  first: 1,
  firstly: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};

/** Russian ordinal stems: the ending varies with case and gender. */
const RU: Array<[RegExp, number]> = [
  [/^перв/, 1],
  [/^впервые$/, 1],
  [/^втор(?!ник)/, 2],
  [/^трет(ий|ья|ье|ьего|ьей|ью|ьем|ьи|ьих)$/, 3],
  [/^четв[её]рт(?!ь)/, 4],
  [/^пят(ый|ая|ое|ого|ой|ую|ом|ые|ых)$/, 5],
  [/^шест(ой|ая|ое|ого|ую|ом|ые|ых)$/, 6],
  [/^седьм/, 7],
  [/^восьм(ой|ая|ое|ого|ую|ом)$/, 8],
  [/^девят(ый|ая|ое|ого|ой|ую|ом)$/, 9],
  [/^десят(ый|ая|ое|ого|ой|ую|ом)$/, 10],
];

/** Tokens that can start an ordinal: a digit or the first letters of one (checked first: most words are not). */
const MAY_BE_ORDINAL =
  /^(\d|fir|seco|thi|fou|fif|six|sev|eig|nin|ten|ele|twe|пер|вто|тре|чет|пят|шес|сед|вос|дев|дес|впе)/;

/** The ordinal a token writes, if any. */
export function ordinalOf(t: Token, next?: Token, gap = ''): number | undefined {
  const n = t.norm;
  if (!MAY_BE_ORDINAL.test(n)) return undefined;
  if (EN[n] !== undefined) return EN[n];
  const digits = n.match(/^(\d{1,3})(st|nd|rd|th)$/);
  if (digits) return Number(digits[1]);
  // "16-е заседание", "14-го раунда": a number joined by a hyphen to a short case ending.
  const ru = n.match(/^(\d{1,3})-(е|й|я|го|му|м|ю|ое|ый|ая|ой|ого|ом)$/);
  if (ru) return Number(ru[1]);
  if (/^\d{1,3}$/.test(n) && next && /^-?$/.test(gap) && /^(е|й|я|го|му|м|ю)$/.test(next.norm)) return Number(n);
  for (const [re, value] of RU) if (re.test(n)) return value;
  return undefined;
}

/**
 * A part of a year after an ordinal: "the second half", "первый квартал", "второе полугодие" name a
 * period, not the second of some events.
 */
const PART_OF_YEAR = /^(half|halves|half-year|quarter|quarters|semester|полугод\p{L}*|квартал\p{L}*)$/u;

/** Every ordinal in a token list with its position (but one of a part of a year). */
export function ordinalsIn(tokens: readonly Token[], text: string): Array<{ value: number; at: number }> {
  const out: Array<{ value: number; at: number }> = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const value = ordinalOf(t, next, next ? text.slice(t.end, next.start) : '');
    if (value !== undefined && !PART_OF_YEAR.test(next?.norm ?? '')) out.push({ value, at: i });
    // "cluster 6", "Article 8", "статья 8": a number after a noun that numbers things is its ordinal.
    else if (value === undefined && numbered(tokens, text, i)) out.push({ value: numberOf(t.norm), at: i });
  });
  return out;
}

/**
 * Every ordinal with the positions of the noun it orders: the noun before a number that numbers it
 * ("Stage 2"), else the next word or the one after it ("first stage", "второго контейнерного причала").
 */
export function orderedNouns(tokens: readonly Token[], text: string): Array<{ value: number; nouns: number[] }> {
  return ordinalsIn(tokens, text).map(({ value, at }) => ({
    value,
    nouns: numbered(tokens, text, at) ? [at - 1] : [at + 1, at + 2].filter((k) => k < tokens.length),
  }));
}

/** Whether token i is a number that numbers the noun right before it ("cluster 6", not "раундов «1+1»"). */
function numbered(tokens: readonly Token[], text: string, i: number): boolean {
  const t = tokens[i] as Token;
  const noun = tokens[i - 1];
  if (!noun || !(/^\d{1,2}$/.test(t.norm) || numberWord(t.norm) !== undefined) || !NUMBERING_NOUN.test(noun.norm))
    return false;
  return /^\s+$/.test(text.slice(noun.end, t.start)) && !/^\s*[+\-–/.,]\s*\d/.test(text.slice(t.end));
}

/**
 * "Stage two", "round three": an English number word up to twelve after a numbering noun numbers it as a
 * digit does (read by the numeral dictionary).
 */
function numberWord(norm: string): number | undefined {
  const word = /^[a-z]+$/.test(norm) ? lookupNumberWord(norm) : undefined;
  return word && word.value <= 12 ? word.value : undefined;
}

function numberOf(norm: string): number {
  return numberWord(norm) ?? Number(norm);
}

/** Nouns a number after them numbers: "cluster 6", "chapter 31", "round 3", "кластер 6", "статья 8". */
const NUMBERING_NOUN =
  /^(clusters?|chapters?|articles?|rounds?|phases?|stages?|sessions?|tranches?|sections?|кластер\p{L}*|глав[аыеуо]й?|стать[яиеюей]|статьей|раунд\p{L}*|этап\p{L}*|фаз[аыеуо]й?|транш\p{L}*|раздел\p{L}*|сесси[яиейю])$/u;
