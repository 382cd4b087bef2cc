import type { Lang } from '../types.ts';
import { DOT_LEADER } from './blocks.ts';

/** A sentence of a block's clean text: [start, end) in clean coordinates. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** Sentences longer than this are cut at a word boundary: a run-on blob is not one quotable claim. */
export const MAX_SENTENCE_CHARS = 800;

// Endings after which a period does not end the sentence.
const ABBREVIATIONS = new Set([
  // Russian
  'г',
  'гг',
  'т.е',
  'т.к',
  'т.д',
  'т.п',
  'т.н',
  'др',
  'пр',
  'см',
  'ст',
  'им',
  'ул',
  'д',
  'тыс',
  'млн',
  'млрд',
  'руб',
  'долл',
  'коп',
  'с',
  'н.э',
  'т',
  'е',
  'напр',
  'зам',
  'пред',
  'оз',
  'обл',
  'р-н',
  'пос',
  'проф',
  'акад',
  'ген',
  'гос',
  'янв',
  'февр',
  'авг',
  'сент',
  'окт',
  'нояб',
  'дек',
  // English
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  // Titles before a name: "Sen. Ana Varnel", "Gov. Kestov", "Amb. Vendt".
  'sen',
  'rep',
  'gov',
  'capt',
  'maj',
  'adm',
  'cmdr',
  'amb',
  'pres',
  'rev',
  'hon',
  'atty',
  'supt',
  'mt',
  'ft',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'e.g',
  'i.e',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'fig',
  'p',
  'pp',
  'vol',
]);

/** Abbreviations of a sum ("14,6 млн."): what goes on after one is its currency, in lower case. */
const AMOUNT_ABBREVIATIONS = new Set(['тыс', 'млн', 'млрд', 'руб', 'долл', 'коп']);

const segmenters = new Map<Lang, Intl.Segmenter>();
function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** Splits clean text into sentences: Intl.Segmenter, then merge rules for abbreviations, initials and numbers. */
export function splitSentences(text: string, lang: Lang): SentenceSpan[] {
  // The segments merged as they come (a segment's text is its slice of the text).
  const merged: { start: number; end: number }[] = [];
  for (const seg of segmenter(lang).segment(text)) {
    const end = seg.index + seg.segment.length;
    const prev = merged[merged.length - 1];
    if (prev && !endsSentence(text.slice(prev.start, prev.end), seg.segment)) prev.end = end;
    else merged.push({ start: seg.index, end });
  }
  keepFootnoteMarks(text, merged);
  const out: SentenceSpan[] = [];
  for (const m of splitAtTickerMarks(text, splitBeforeNumbers(text, merged)))
    for (const piece of cutLong(text, m.start, m.end)) out.push(piece);
  return out;
}

/** The mark a news ticker sets between its items: "+++". */
const TICKER_MARK = /\s\+{3,}\s/gu;

/**
 * "TICKER: parliament to debate ratification "in October" +++ Gas deliveries due on 1 October": each item
 * of a ticker is a sentence of its own, so that no item's date is read as another's.
 */
function splitAtTickerMarks(text: string, spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const span of spans) {
    let start = span.start;
    for (const m of text.slice(span.start, span.end).matchAll(TICKER_MARK)) {
      const at = span.start + (m.index ?? 0);
      if (at > start) out.push({ start, end: at });
      start = at + m[0].length;
    }
    if (start < span.end) out.push({ start, end: span.end });
  }
  return out;
}

/**
 * "… for the talks.[7] The session is …": the segmenter ends the sentence after the bracket (a closing
 * mark to it) and starts the next with "7]". The footnote's mark is the first sentence's.
 */
function keepFootnoteMarks(text: string, spans: { start: number; end: number }[]): void {
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i] as { start: number; end: number };
    const prev = spans[i - 1] as { start: number; end: number };
    const mark = /^\d{1,3}\]\s*/.exec(text.slice(span.start, span.end));
    if (!mark || !text.slice(prev.start, prev.end).trimEnd().endsWith('[')) continue;
    prev.end = span.start + mark[0].length;
    span.start = prev.end;
    if (span.start >= span.end) spans.splice(i--, 1);
  }
}

/**
 * Intl.Segmenter keeps "успешно. 52 человека вышли" together (a digit is not a capital letter);
 * a sentence end followed by a number and a word starts a new sentence unless an abbreviation ends the first.
 */
function splitBeforeNumbers(text: string, spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const span of spans) {
    let start = span.start;
    const piece = text.slice(span.start, span.end);
    for (const m of piece.matchAll(/[.!?…][»"”)]?\s+(?=\d{1,4}\s+\p{L})/gu)) {
      const cut = span.start + (m.index ?? 0) + m[0].length;
      const before = text.slice(start, span.start + (m.index ?? 0) + 1);
      const lastWord = /(\S+)$/.exec(before)?.[1] ?? '';
      const word = lastWord.slice(0, -1).toLowerCase();
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word) || /\d$/.test(word)) continue;
      out.push({ start, end: cut });
      start = cut;
    }
    out.push({ start, end: span.end });
  }
  return out;
}

const ENDS_IN_DOT_LEADER = new RegExp(`${DOT_LEADER}$`, 'u');

/**
 * A chronology line's head, its date and its place alone: "12.05 — Northgate.", "14–16.04 — Norden, Kest.",
 * "3 March — Varnel district (closed since 2020).". The place is the event's, not a sentence of its own:
 * split from it, the event would lose its date. At most five words outside brackets, so a line whose event
 * follows the dash ("01.06 — The border crossing reopened to traffic.") stays a sentence.
 */
const CHRONOLOGY_LINE_HEAD =
  /^(?:[•*·]\s*)?(?:\d{1,2}\s*[-–]\s*)?(?:\d{1,2}\.\d{2}\.?(?:\d{2,4})?|\d{1,2}\s+\p{L}+\.?(?:\s+\d{4})?|\p{L}+\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*[-–—]\s+(?<place>[^.!?]+)\.$/u;

function isChronologyLineHead(sentence: string): boolean {
  const place = CHRONOLOGY_LINE_HEAD.exec(sentence)?.groups?.place;
  if (place === undefined) return false;
  const words = place.replace(/\([^)]*\)/g, ' ').match(/[\p{L}\p{N}«»"-]+/gu) ?? [];
  return words.length >= 1 && words.length <= 5 && /^[\p{Lu}«"]/u.test(place);
}

function endsSentence(prev: string, next: string): boolean {
  const p = prev.trimEnd();
  const n = next.trimStart();
  if (n === '') return false;
  // The next piece starts in lower case: the split was wrong ("U.S. officials", "т.е. в марте").
  if (/^\p{Ll}/u.test(n)) return false;
  // A dot leader runs from a table row's label to its value: "Deported, 2025 ......... 2,310".
  if (ENDS_IN_DOT_LEADER.test(p)) return false;
  if (isChronologyLineHead(p)) return false;
  const lastWord = /(\S+)$/.exec(p)?.[1] ?? '';
  if (!lastWord.endsWith('.')) return true;
  const word = lastWord
    .slice(0, -1)
    .replace(/^[«"“(]+/, '')
    .toLowerCase();
  // An initial: "А. Лукашенко", "J. Smith".
  if (/^\p{Lu}$/u.test(lastWord.slice(0, -1))) return false;
  if (ABBREVIATIONS.has(word)) {
    // "из 14,6 млн. Суд признал …": a sum's abbreviation goes on with its currency in lower case, so a
    // capitalised word after it starts the next sentence.
    if (AMOUNT_ABBREVIATIONS.has(word) && /^\p{Lu}\p{Ll}/u.test(n)) return true;
    // "в 2025 г. Минск ..." is ambiguous; a year before "г." usually continues the sentence.
    return false;
  }
  return true;
}

function cutLong(text: string, start: number, end: number): SentenceSpan[] {
  const pieces: SentenceSpan[] = [];
  let s = start;
  while (s < end) {
    while (s < end && /\s/.test(text[s] as string)) s++;
    if (s >= end) break;
    let e = Math.min(end, s + MAX_SENTENCE_CHARS);
    if (e < end) {
      const space = text.lastIndexOf(' ', e);
      if (space > s + MAX_SENTENCE_CHARS / 2) e = space;
    }
    let t = e;
    while (t > s && /\s/.test(text[t - 1] as string)) t--;
    pieces.push({ start: s, end: t, text: text.slice(s, t) });
    s = e;
  }
  return pieces;
}
