/**
 * Typed candidate answers inside a ranked sentence: dates, numbers, names and places, each with its
 * distance (in tokens) to the question's words found there. A candidate the question itself
 * contains is never one ("When did X visit on 21 June" is not answered "21 June").
 */
import { parseNumberToken } from '../extract/counts.ts';
import { isBackgroundDate, isCountDay, isSinceDate, isYearOfName, namesNoun } from '../extract/date-roles.ts';
import { datesCompatible } from '../extract/dates.ts';
import {
  EN_MONTH_ABBREVIATION,
  EN_MONTH_WORD,
  EN_WEEKDAY_WORD,
  RU_MONTH_WORD,
  RU_WEEKDAY_WORD,
} from '../extract/months.ts';
import { SERIES_LABEL_WORDS } from '../extract/series-labels.ts';
import { DOT_LEADER } from '../ingest/blocks.ts';
import { GIVEN_NAME_STEMS } from '../lexicon/first-names.ts';
import { NAMED_PLACE_NOUN_CONCEPTS, PLACE_NOUN_CONCEPTS } from '../lexicon/place-nouns.ts';
import { STOPWORDS } from '../lexicon/stopwords.ts';
import { conceptsOfTokens, isCommonWord } from '../lexicon/vocabulary.ts';
import { dictionaryPartOfSpeech, mayShareCase, partOfSpeech } from '../text/morphology.ts';
import { type Token, tokenize } from '../text/tokens.ts';
import type { DateMention, FuzzyDate } from '../types.ts';
import { type AnalyzedQuestion, isPlaceTerm } from './analyze.ts';
import type { RankedSentence } from './retrieve.ts';
import { nameKeyOf } from './sentence-features.ts';
import { TUNING } from './tuning.ts';

/** Kinds of natural place a name may end in: "Sea", "River". */
const NATURAL_PLACE = /^(trn_sea|nrg_river)$/;

/** Given names by stem, so "Николом" is known as "Никол". */

export interface Candidate {
  kind: 'date' | 'number' | 'name' | 'place';
  /** As written in the sentence. */
  text: string;
  /** Token span [from, to) in the sentence. */
  from: number;
  to: number;
  /** A date's characters [start, end) in the sentence, where a token may hold two dates ("14-15"). */
  start?: number;
  end?: number;
  /** Tokens between the candidate and the nearest matched question word. */
  distance: number;
  date?: FuzzyDate;
  value?: number;
  /** Carried from the sentence before (no date of its own). */
  carried?: boolean;
  /** A carried date that is its post's own stamp. */
  stamped?: boolean;
  /** A since-date or a date in a relative clause: background to the sentence's event. */
  background?: boolean;
  /** A name in «quotes»: in news that is a company, an outlet or a title, not a person. */
  quoted?: boolean;
  /** A building's name ("Дом приёмов"): a place whatever precedes it. */
  building?: boolean;
  /** A place said by a common noun with its preposition ("на пограничном мосту"): shown as written. */
  phrase?: boolean;
  /** The value of a table row, after its label's dot leader ("Deported, 2025 ...... 2,310"). */
  rowValue?: boolean;
}

function tokenAt(tokens: readonly Token[], charStart: number): number {
  const i = tokens.findIndex((t) => t.end > charStart);
  return i < 0 ? tokens.length : i;
}

/** The tokens [from, to) a mention of the characters [start, end) covers: one at least. */
export function mentionTokens(tokens: readonly Token[], start: number, end: number): { from: number; to: number } {
  const from = tokenAt(tokens, start);
  return { from, to: Math.max(from + 1, tokenAt(tokens, end - 1) + 1) };
}

/** How many tokens position p stands from the span [from, to): 0 inside it. */
export function tokensApart(from: number, to: number, p: number): number {
  return p < from ? from - p : p >= to ? p - to + 1 : 0;
}

/** How many tokens stand between two spans [from, to): 0 when they touch or overlap. */
export function spansApart(a: { from: number; to: number }, b: { from: number; to: number }): number {
  return a.to <= b.from ? b.from - a.to : b.to <= a.from ? a.from - b.to : 0;
}

/**
 * How far a candidate is from the question's words in the sentence: the mean distance to the two
 * nearest different matched words, so a number next to one stray word does not beat one inside the
 * phrase the question describes.
 */
function distanceTo(r: RankedSentence, from: number, to: number): number {
  const nearest: number[] = [];
  for (const m of r.matches) {
    let best = Number.POSITIVE_INFINITY;
    for (const p of m.positions) {
      const d = tokensApart(from, to, p);
      if (d < best) best = d;
    }
    if (best !== Number.POSITIVE_INFINITY) nearest.push(best);
  }
  if (!nearest.length) return 30;
  nearest.sort((a, b) => a - b);
  const two = nearest.slice(0, 2);
  return two.reduce((a, b) => a + b, 0) / two.length;
}

/** Words that open place names before a saint's or a person's name: "San Antonio", "Fort William", "Сан-Паулу". */
const PLACE_NAME_OPENER =
  /^(san|santa|santo|são|sao|saint|sainte|st|ste|fort|port|porto|puerto|cape|mount|lake|сан|санта|санто|сент|санкт|форт|порт)$/u;

/** The rest of a unit joined by a middle dot: "кВт·ч", "kW⋅h". */
const UNIT_JOINED = /^[·⋅]\p{L}{1,3}(?![\p{L}])/u;

/** What ends a table row's label: its value follows ("Deported, 2025 ...... 2,310"). */
const ROW_VALUE = new RegExp(String.raw`${DOT_LEADER}\s*$`, 'u');

/** A chronology line's leading date ("2 Jun - …") is as close to its event as a word of the line can be. */
const CHRONOLOGY_LINE_DISTANCE = 2;

/**
 * "NORTHGATE/KESTOV, April 22 (Varnel Wire) - …", "LORIN, Kestovia, May 3 (Varnel Press) - …", "КЕШТОВ,
 * 14 мая. …": a wire report's dateline dates the report, not the event its sentence tells ("flew in on
 * Tuesday").
 */
const DATELINE_PLACE = /^\s*\p{Lu}[\p{Lu}\p{L}.'’\-/ ]{1,40},\s*$/u;
/** "LORIN, Kestovia, ": the city in capitals, then its country or state as written. */
const DATELINE_CITY_REGION = /^\s*(\p{Lu}[\p{Lu}.'’\-/ ]{1,40}),\s*\p{Lu}[\p{L}.'’\- ]{1,30},\s*$/u;
const DATELINE_END = /^\s*(\([^)]{1,40}\)\s*)?([-–—]\s|\.\s)/u;
export function isDateline(text: string, start: number, end: number): boolean {
  const place = text.slice(0, start);
  const inCapitals = (words: string) =>
    words
      .trim()
      .split(/[\s/]+/)
      .every((w) => w === w.toUpperCase());
  const city = DATELINE_CITY_REGION.exec(place)?.[1];
  return (
    ((DATELINE_PLACE.test(place) && inCapitals(place)) || (city !== undefined && inCapitals(city))) &&
    DATELINE_END.test(text.slice(end))
  );
}

/**
 * "[9] Briefing of the Ministry of Foreign Affairs, 29 May 2026.": a note that names a source ends with
 * the day the source was published, not the day of any event. A note that tells an event dates it by a
 * preposition ("[2] Passenger traffic resumed on 2 March"), not after a comma at its end.
 */
export function isCitationDate(text: string, start: number, end: number): boolean {
  return (
    NOTE_MARK.test(text) && /,\s*$/.test(text.slice(0, start)) && /^(\s*(г\.|года))?[\s.;)]*$/u.test(text.slice(end))
  );
}

/**
 * "26.02.2026, 11:20 | Обновлено: 26.02.2026, 14:05 | Автор: …": a web page's line of fields dates the page
 * (its publication, its update), not an event of the sentence it runs into.
 */
export function isFieldDate(text: string, start: number, end: number): boolean {
  return FIELD_AFTER.test(text.slice(end, end + 12)) || FIELD_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** After a field's date: its time, then the bar that ends the field. */
const FIELD_AFTER = /^(,?\s*\d{1,2}:\d{2})?\s*\|/;
/** Before it: the bar of the field before, and the field's label ("Обновлено:", "Updated:"). */
const FIELD_BEFORE = /\|\s*([\p{L} ]{1,16}:\s*)?$/u;

/** A note's mark at the start of its line: "[9]", "9.", "9)". */
const NOTE_MARK = /^\s*(\[\d{1,3}\]|\d{1,3}[.)])\s+\S/;

/** A date the question gives ("When did X visit on 21 June" is not answered "21 June"). */
/** A date the question states: "in May" is no answer to "what happened in May", but "from March to July" asks its months. */
function givenByQuestion(q: AnalyzedQuestion, date: FuzzyDate): boolean {
  return [...q.dates, ...(q.plannedDates ?? [])].some(
    (d) => !d.ofPeriod && d.date.precision === date.precision && datesCompatible(d.date, date),
  );
}

/**
 * Whether dateCandidates finds a date of the sentence's own (not one carried from before): any of its
 * dates the question does not give. Without tokenising the sentence.
 */
export function hasOwnDateCandidate(q: AnalyzedQuestion, r: RankedSentence): boolean {
  return r.entry.annotation.dates.some((m) => !givenByQuestion(q, m.date));
}

/** A date that heads what follows it: "8 июля — встреча …", "2 Jun (Tue) - Vendt is released". */
const HEADS_SEGMENT = /^\s*(\([^)]{1,20}\)\s*)?[-–—:]\s/u;

/** A date mention of a sentence with the tokens it covers. */
type DateSpan = DateMention & { from: number; to: number };

/**
 * The parts of a sentence starting at token `starts`, headed by dates ("8 июля — встреча с президентом,
 * 9 июля — с премьер-министром") or clauses between semicolons: each dated part is its own event, and the part saying most of the weight of the question's words (not
 * its names) is the one asked (a shared verb said once, in the first part, is weighed in none).
 */
function datedParts(r: RankedSentence, starts: readonly number[]): { asked: number; bounds: number[] } {
  const bounds = [...starts, Number.POSITIVE_INFINITY];
  const weights = starts.map((_, i) =>
    r.matches
      .filter(
        (m) =>
          // The event's words tell the part; a name may be the setting every part shares.
          !m.term.name &&
          !isPlaceTerm(m.term) &&
          m.positions.length &&
          m.positions.every((p) => p >= (bounds[i] as number) && p < (bounds[i + 1] as number)),
      )
      .reduce((sum, m) => sum + m.term.weight, 0),
  );
  const asked = weights.indexOf(Math.max(...weights));
  return { asked, bounds };
}

/**
 * "On 30 July Commerce issued the licence; on 12 August the two signed an addendum; and on 2 September BIS
 * removed the airline from the list": clauses between semicolons, each with its own date, are parts too.
 */
function datedClauses(r: RankedSentence, spans: readonly DateSpan[]): { asked: number; bounds: number[] } | undefined {
  const text = r.entry.sentence.text;
  if (!text.includes(';')) return undefined;
  const { tokens } = r.entry;
  const starts = [0];
  for (let at = text.indexOf(';'); at >= 0; at = text.indexOf(';', at + 1)) {
    const next = tokens.findIndex((t) => t.start > at);
    if (next > (starts[starts.length - 1] as number)) starts.push(next);
  }
  const dated = new Set(spans.map((m) => starts.findLastIndex((s) => s <= m.from)));
  return dated.size >= 2 ? datedParts(r, starts) : undefined;
}

export function dateCandidates(q: AnalyzedQuestion, r: RankedSentence): Candidate[] {
  const tokens = r.entry.tokens;
  const out: Candidate[] = [];
  const text = r.entry.sentence.text;
  const spans: DateSpan[] = r.entry.annotation.dates.map((m) => ({ ...m, ...mentionTokens(tokens, m.start, m.end) }));
  const heads = spans.filter((m) => HEADS_SEGMENT.test(text.slice(m.end)));
  const parts =
    heads.length >= 2
      ? datedParts(
          r,
          heads.map((h) => h.from),
        )
      : datedClauses(r, spans);
  /** The part a mention at token `from` is in, when the line has several. */
  const partOf = (from: number) =>
    parts ? parts.bounds.findIndex((b, i) => from >= b && from < (parts.bounds[i + 1] as number)) : -1;
  for (const m of spans) {
    if (givenByQuestion(q, m.date)) continue;
    if (isYearOfName(r.entry.sentence.text, m)) continue;
    const { from, to } = m;
    // A since-date or a date in a relative clause sets background; it does not date the event asked,
    // unless the question asks exactly that ("since when", "с какого времени").
    const since = isSinceDate(text, m.start);
    const background = since
      ? !q.asksSince
      : isBackgroundDate(text, m.start) ||
        namesNoun(text, m.start, m.end) ||
        isCountDay(text, m.start) ||
        isDateline(text, m.start, m.end) ||
        isCitationDate(text, m.start, m.end) ||
        isFieldDate(text, m.start, m.end);
    // "2 Jun - Vendt is released": a chronology line's leading date is its event's; of a line of several
    // dated parts, the date heading the part asked.
    const part = partOf(from);
    const otherPart = parts !== undefined && part >= 0 && part !== parts.asked;
    const heading = parts
      ? !otherPart && heads.some((h) => h.start === m.start)
      : m.start <= 2 && /^\s*[-–—:]\s/.test(text.slice(m.end));
    out.push({
      kind: 'date',
      ...(background ? { background: true } : {}),
      text: m.text,
      from,
      to,
      start: m.start,
      end: m.end,
      distance: heading
        ? Math.min(CHRONOLOGY_LINE_DISTANCE, distanceTo(r, from, to))
        : Math.max(0, distanceTo(r, from, to) + (background || otherPart ? 8 : 0) - (since && q.asksSince ? 4 : 0)),
      date: m.date,
    });
  }
  // No date of its own: the date it stands under (the sentence before, or a dated post's header).
  const date = out.length === 0 ? dateStoodUnder(r) : undefined;
  if (date) {
    if (!givenByQuestion(q, date)) {
      // The sentence before in its paragraph tells the same event; a date from paragraphs back may not.
      // The first sentences of a channel's post, before it names any date, are dated by its stamp as by
      // their own: "📅 11.06.2026 / Посты демонтированы." tells what happened that day.
      const stamped = r.entry.annotation.dateStamped === true;
      const distance =
        r.entry.annotation.dateContextual && !stamped ? TUNING.carriedDateDistance : TUNING.sameParagraphDateDistance;
      out.push({
        kind: 'date',
        text: '',
        from: 0,
        to: 0,
        distance,
        date,
        carried: true,
        ...(stamped ? { stamped } : {}),
      });
    }
  }
  return out;
}

/** The date a sentence stands under, carried from the sentence before or a dated post's header, if any. */
export function dateStoodUnder(r: RankedSentence): FuzzyDate | undefined {
  const { date, dateFrom, dateContextual } = r.entry.annotation;
  return date && (dateFrom || dateContextual) ? date : undefined;
}

/** A number of members written as one word: "14-member", "40-strong". */
export const MEMBER_COUNT = /^\d+[-‐](member|strong|person|man|woman)$/u;

const MAGNITUDE =
  /^(million|millions|billion|billions|thousand|thousands|trillion|crores?|lakhs?|млн|млрд|тыс|миллион\p{L}*|миллиард\p{L}*|тысяч\p{L}*|трлн)$/iu;

/** More Latin letters than Cyrillic ones: an English sentence, though it may quote a Russian name. */
function mostlyLatin(text: string): boolean {
  return (text.match(/[A-Za-z]/g)?.length ?? 0) > (text.match(/[\u0400-\u04FF]/g)?.length ?? 0);
}

/** "thousand" standing alone, which counts only with the numeral after it. */
const THOUSAND_WORD = /^(тысяч\p{L}*|thousand)$/u;

/** Nouns a number after which labels one of a series ("Round 5", "Terminal 2", "этап 3"). */
const LABEL_NOUN = new RegExp(`^(${SERIES_LABEL_WORDS})$`);

/** A number sign before a figure: "№ 1", "No. 4", "#3". */
const NUMBER_SIGN = /(№|(?<![\p{L}])No\.|#)\s*$/u;

/** A pictograph right before a figure ("👁 8,8K"): a post's counter of views or reactions. */
const TALLY_MARK = /\p{Extended_Pictographic}\uFE0F?\s?$/u;

/**
 * The figures of a sentence, those the question gives left out (it asks something else); `withAsked` keeps
 * them, for a part and its whole the question gives ("получил из 120 тысяч запрошенных").
 */
export function numberCandidates(q: AnalyzedQuestion, r: RankedSentence, withAsked = false): Candidate[] {
  const tokens = r.entry.tokens;
  const text = r.entry.sentence.text;
  // Read once: each read of a sentence's annotation is a lookup in the question's cache.
  const { dates } = r.entry.annotation;
  // A token reaching into a date is of it: "15-16 September" is one token over the dates "15" and "16 September".
  const inDate = (t: Token) => dates.some((d) => t.start < d.end && t.end > d.start);
  // Counted over the whole sentence at its first number, not again at each.
  let latin: boolean | undefined;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (inDate(t)) continue;
    let value: number | undefined;
    let end = i + 1;
    if (/^\d/.test(t.norm)) {
      // "1 068", "38.6", "38,6": digits split by a space, a point or a comma are one number; in English a
      // comma before three digits groups thousands ("1,100", "2,300,000"), in Russian it is a decimal one.
      let raw = t.norm;
      latin ??= mostlyLatin(text);
      const commaGroups = latin;
      while (end < tokens.length) {
        const n = tokens[end] as Token;
        const gap = text.slice((tokens[end - 1] as Token).end, n.start);
        if (
          /^\d{3}$/.test(n.norm) &&
          (/^[\s\u00A0\u202F]$/.test(gap) || (commaGroups && gap === ',' && !raw.includes('.')))
        )
          raw += n.norm;
        else if (/^\d+$/.test(n.norm) && /^[.,]$/.test(gap)) raw += `.${n.norm}`;
        else break;
        end++;
      }
      value = Number(raw.replace(/-.*$/, ''));
      if (!Number.isFinite(value)) continue;
      // Years and ordinal article numbers are not counts ("in 2028", "ст. 361").
      if (/^(19|20)\d\d$/.test(raw) && !MAGNITUDE.test(tokens[end]?.norm ?? '')) continue;
      // "Round 5", "Pump Station 6", "блок 4": a number after a label noun names one of a series.
      if (i > 0 && LABEL_NOUN.test((tokens[i - 1] as Token).norm)) continue;
      // "кабина № 1", "pylon No. 4", "#3": a number after a number sign names one, it counts nothing.
      if (NUMBER_SIGN.test(text.slice(Math.max(0, t.start - 5), t.start))) continue;
      // A number with a leading zero names, it does not count: "the trawler Varnel Star 02188".
      if (/^0\d/.test(raw)) continue;
      // "👁 41 209", "🔥 301": a page's tally of views or reactions, after its pictograph, counts no one.
      if (TALLY_MARK.test(text.slice(Math.max(0, t.start - 3), t.start))) {
        i = end - 1;
        continue;
      }
      // "[7]", "[2] EUMM press release, …": a footnote's number points to a note, it counts nothing.
      if (text[t.start - 1] === '[' && text[(tokens[end - 1] as Token).end] === ']') continue;
    } else {
      // "the Two Rivers Road": a capitalised numeral inside a sentence, before a capitalised word, names.
      if (i > 0 && t.capitalized && tokens[i + 1]?.capitalized) continue;
      let parsed = parseNumberToken(t.norm);
      let words = t.norm;
      // "тысячи семисот фур": a bare "thousand" begins a numeral the next word completes.
      if (parsed === undefined && THOUSAND_WORD.test(t.norm) && end < tokens.length) {
        const next = (tokens[end] as Token).norm;
        const joined = parseNumberToken(`${t.norm} ${next}`);
        if (joined !== undefined && /^\s+$/.test(text.slice(t.end, (tokens[end] as Token).start))) {
          parsed = joined;
          words = `${t.norm} ${next}`;
          end++;
        }
      }
      // "Двадцать девять", "сто двадцать": a numeral of several words is one number.
      while (
        parsed !== undefined &&
        end < tokens.length &&
        /^\s+$/.test(text.slice((tokens[end - 1] as Token).end, (tokens[end] as Token).start))
      ) {
        // "a hundred and forty-two": "and" joins the words of one numeral.
        const joined = (tokens[end] as Token).norm === 'and' && end + 1 < tokens.length ? 1 : 0;
        const word = (tokens[end + joined] as Token).norm;
        const longer = parseNumberToken(`${words} ${word}`);
        if (longer === undefined || longer <= parsed) break;
        words = `${words} ${word}`;
        parsed = longer;
        end += 1 + joined;
      }
      // "One" is rarely a count worth answering, except of a duration ("extended by one year", "на один год").
      if (parsed === undefined || (parsed < 2 && !(parsed === 1 && DURATION_UNIT.test(tokens[i + 1]?.norm ?? ''))))
        continue;
      value = parsed;
    }
    if (!withAsked && q.numbers.includes(value)) continue;
    if (end < tokens.length && MAGNITUDE.test((tokens[end] as Token).norm)) end++;
    // The counted thing: the next word (two when the first is a magnitude).
    // (A unit of time is a stop word when it stands alone, not after a number: "one year".)
    const next = tokens[end]?.norm ?? '';
    // A punctuation mark ends the count: "put the number at 15, counting ..." counts nothing named.
    const gap = end < tokens.length ? text.slice((tokens[end - 1] as Token).end, (tokens[end] as Token).start) : '';
    // "410,3 тыс. тонн": the point of an abbreviated magnitude ends no count.
    const abbreviated = /^\.\s+$/.test(gap) && /^(тыс|млн|млрд|трлн)$/.test(tokens[end - 1]?.norm ?? '');
    // "The 14-member delegation": the number counts members, not delegations.
    // "fell 38% year on year": the sign is what the number counts; the word after it is not.
    const percentSign = /^\s?%/.exec(gap)?.[0].length ?? 0;
    let unit =
      end < tokens.length &&
      !percentSign &&
      (abbreviated || !/[,;:.!?)—–]/.test(gap)) &&
      (!STOPWORDS.has(next) || DURATION_UNIT.test(next)) &&
      !CONJUNCTION.test(next) &&
      !MEMBER_COUNT.test(t.norm)
        ? end + 1
        : end;
    // "четыре государственных предприятия", "thirteen Armenian detainees": the counted noun after its adjective.
    // ("Двое освобождённых — мужчины": not across a dash or any other mark.)
    // "28 Venezuelan political prisoners": two adjectives before it.
    while (
      unit > end &&
      unit - end <= COUNTED_NOUN_MODIFIERS &&
      unit < tokens.length &&
      /^\s+$/.test(text.slice((tokens[unit - 1] as Token).end, (tokens[unit] as Token).start)) &&
      modifiesNext(tokens[unit - 1] as Token, tokens[unit] as Token)
    )
      unit++;
    // "$76", "EUR 76": a currency written before the figure is part of it.
    const before = tokens[i - 1];
    const codeBefore =
      before !== undefined &&
      /^[A-Z]{3}$/.test(before.raw) &&
      text.slice(before.end, t.start) === ' ' &&
      isMoneyUnit(before);
    const startChar = codeBefore
      ? before.start
      : t.start > 0 && /\p{Sc}/u.test(text[t.start - 1] ?? '')
        ? t.start - 1
        : t.start;
    // "1,6 млрд кВт·ч", "kW·h": a unit joined by a middle dot is one unit.
    const unitEnd = (tokens[unit - 1] as Token).end;
    const joined = UNIT_JOINED.exec(text.slice(unitEnd))?.[0].length ?? 0;
    const shown = text.slice(startChar, unitEnd + (unit === end ? percentSign : 0) + joined);
    // A sentence opening with a count is about that count ("Twenty-nine of them were driven to ..."):
    // it is as close to the sentence's words as any.
    // So is a table row's value: "Venezuelan migrants registered (as of 30 June 2026) ...... 26,300".
    // And so is any figure of the answer to an interviewer's question: the question holds its words.
    const rowValue = ROW_VALUE.test(text.slice(0, startChar));
    const opening = i === 0 || r.answersQuestion === true || rowValue;
    const distance = opening ? Math.min(distanceTo(r, i, unit), 2) : distanceTo(r, i, unit);
    out.push({ kind: 'number', text: shown, from: i, to: unit, distance, value, ...(rowValue ? { rowValue } : {}) });
    i = end - 1;
  }
  return out;
}

/** A word opening a clause, which no number counts: "NOK 120,000 because he had acted in good faith". */
const CONJUNCTION =
  /^(because|since|after|before|when|while|if|unless|until|although|though|whereas|whether|потому|поскольку|если|когда|хотя|чтобы|пока)$/u;

/** Adjectives a counted noun may stand after: "28 Venezuelan political prisoners". */
const COUNTED_NOUN_MODIFIERS = 2;

function isMoneyUnit(t: Token): boolean {
  return conceptsOfTokens([t]).some((h) => h.concept === 'eco_money_unit');
}

/**
 * An adjective before the noun it qualifies: by the dictionary in Russian; in English by a capital, an
 * adjective ending, or a singular noun before a plural one.
 */
function modifiesNext(word: Token, next: Token): boolean {
  if (STOPWORDS.has(next.norm) || !/^\p{Ll}/u.test(next.raw)) return false;
  if (/^[а-яё]+$/.test(word.norm)) {
    const pos = partOfSpeech(word.norm);
    // A currency is a noun whatever the dictionary guesses of it ("армянских драмов").
    return (pos === 'ADJF' || pos === 'PRTF') && (partOfSpeech(next.norm) === 'NOUN' || isMoneyUnit(next));
  }
  if (!/^[a-z]/.test(next.norm)) return false;
  // "14 border incidents", "40 coal wagons": a singular noun before the plural one it qualifies.
  const compound = /^[a-z]+$/.test(word.norm) && !/s$/.test(word.norm) && /[^s]s$/.test(next.norm);
  return word.capitalized || ENGLISH_ADJECTIVE.test(word.norm) || compound;
}

/**
 * "Задержан Береговой охраной Швеции": a Russian adjective the dictionary knows, capitalised as the
 * first word of an organisation's name, before the lowercase noun it agrees with: no person's name.
 */
function capitalisedAdjective(word: Token, next: Token | undefined): boolean {
  if (!next || !/^[а-яё]+$/.test(word.norm)) return false;
  const pos = dictionaryPartOfSpeech(word.norm);
  return (pos === 'ADJF' || pos === 'PRTF') && modifiesNext(word, next) && mayShareCase(word.norm, next.norm);
}

const ENGLISH_ADJECTIVE = /(?:al|ian|ish|ese|ic|ive|ous|ary|ful|less|ern|-owned|-based)$/;

/** Units of time, in both languages: "one year" is a count, "3 дня" a duration. */
const DURATION_WORDS =
  'days?|weeks?|months?|years?|hours?|minutes?|день|дн\\p{L}*|недел\\p{L}*|месяц\\p{L}*|год\\p{L}*|лет|час\\p{L}*|минут\\p{L}*';
const DURATION_UNIT = new RegExp(`^(${DURATION_WORDS})$`, 'u');
/** A unit of time inside a candidate's text ("94 days", "два года"). */
export const DURATION = new RegExp(`(?<![\\p{L}])(${DURATION_WORDS})(?![\\p{L}])`, 'iu');

function isQuestionWord(r: RankedSentence, i: number): boolean {
  return r.matches.some(
    (m) =>
      m.credit >= 0.8 &&
      m.positions.includes(i) &&
      (m.term.name ||
        // "brandt sister name?": a name typed in lower case is still the question's own.
        (Boolean(r.entry.tokens[i]?.capitalized) &&
          (!m.term.features.some((f) => f.startsWith('c:')) ||
            // "on the Amu Darya": a proper noun the vocabulary knows, capitalised in the question too (a
            // title is none: "Northgate Energy CEO?" asks the holder the sentence names by it).
            (m.term.position > 0 &&
              /^\p{Lu}/u.test(m.term.raw) &&
              !m.term.features.some((f) => f.startsWith('c:role_'))) ||
            // "белорусская сторона": a country asked by its adjective, lower case in Russian, as in English
            // by a capitalised "Belarusian".
            isPlaceTerm(m.term)))),
  );
}

/**
 * Name candidates: runs of capitalised words that are not vocabulary words (so "Foreign Minister" is
 * not a name but "Ilkin Vendt" is), with names in «quotes» or "quotes" kept whole.
 */
const BYLINE =
  /(?:^|[\s[(])(by|автор:?|авторы:?|author:?|authors:?|фото:?|photo:?|credits?:?)\s*([\p{L}.'’-]+\s*\/\s*)?(\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(,|and|и)\s*)?$/iu;

/** A wire story's credits: "(Reporting by Ana Kest in Varnel and Ivo Lorin in Kestov; Editing by Mia Holm)". */
const WIRE_CREDIT =
  /\((additional )?(reporting|writing|editing|compiled|translated) by [^()\n]*$|(?<![\p{L}])(редактор|редакторы|перевод|подготовил\p{L}*):\s[^()\n]*$/iu;

/**
 * Whether the name starting at `start` is a byline's or a wire story's credit: after "By" (capitalised, or first on its line) or
 * "Автор:". A lowercase "by" inside a sentence names the doer of a passive: "accompanied by Anna
 * Varnel", "signed by the minister".
 */
function isByline(text: string, start: number): boolean {
  if (WIRE_CREDIT.test(text.slice(Math.max(0, start - 120), start))) return true;
  const before = text.slice(Math.max(0, start - 50), start);
  const m = BYLINE.exec(before);
  if (!m) return false;
  if (m[1] !== 'by') return true;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const by = start - before.length + m.index + m[0].indexOf('by');
  return text.slice(lineStart, by).trim() === '';
}

/**
 * Words before a name that are no part of it ("господин Вендт" is Вендт): forms of address, and
 * military and police ranks written short ("Col. Vendt").
 */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'madam',
  'господин',
  'госпожа',
  'г-н',
  'г-жа',
  'col',
  'gen',
  'lt',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'adm',
  'brig',
  'cmdr',
]);

export function nameCandidates(_q: AnalyzedQuestion, r: RankedSentence): Candidate[] {
  const tokens = r.entry.tokens;
  const text = r.entry.sentence.text;
  const out: Candidate[] = [];
  // Words of a date ("14 Mar", "Feb") are not names.
  const { dates } = r.entry.annotation;
  const inDate = (t: Token) => dates.some((d) => t.start >= d.start && t.end <= d.end);
  // Token k follows the one before with nothing but spaces or a hyphen between: one run of words.
  const joinedToPrevious = (k: number) =>
    /^[\s-]*$/.test(text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start));
  const nameLike = (t: Token, i: number) =>
    t.capitalized &&
    !inDate(t) &&
    !HONORIFICS.has(t.norm) &&
    // A capitalised first word that the vocabulary knows starts the sentence, not a name ("Параллельно").
    !(i === 0 && !GIVEN_NAME_STEMS.has(t.stem) && (isCommonWord(t.norm) || STOPWORDS.has(t.norm))) &&
    t.raw.length > 1 &&
    !/^\d/.test(t.raw) &&
    !STOPWORDS.has(t.norm) &&
    (GIVEN_NAME_STEMS.has(t.stem) ||
      !isCommonWord(t.norm) ||
      // A common word is part of a name only right after one ("Ilkin Vendt Foundation"), not after a comma
      // ("Anna Varnel, President Ilkin Vendt's envoy": "President" is a title).
      (i > 0 &&
        (tokens[i - 1] as Token).capitalized &&
        !isCommonWord((tokens[i - 1] as Token).norm) &&
        joinedToPrevious(i)) ||
      // "Minister Park Sang-hoon": after a title, a common word opens the name it is joined to.
      titledNameStart(i)) &&
    !(t.raw.length > 1 && t.raw === t.raw.toUpperCase() && t.raw.length > 5) &&
    !capitalisedAdjective(t, tokens[i + 1]);
  function titledNameStart(i: number): boolean {
    const next = tokens[i + 1];
    const title = tokens[i - 1];
    const isTitle = (t: Token) => conceptsOfTokens([t]).some((h) => h.concept.startsWith('role_'));
    // The vocabulary lookups last: most capitalised common words are followed by no name.
    return (
      next !== undefined &&
      title !== undefined &&
      next.capitalized &&
      !isCommonWord(next.norm) &&
      joinedToPrevious(i + 1) &&
      joinedToPrevious(i) &&
      isTitle(title) &&
      // "Deputy Minister Ilkin Vendt": a title after a title is still the title.
      !isTitle(tokens[i] as Token)
    );
  }
  for (let i = 0; i < tokens.length; i++) {
    // "New York", "South Ossetia": a world name may start with a common word.
    const worldPair =
      i + 1 < tokens.length &&
      (tokens[i] as Token).capitalized &&
      (tokens[i + 1] as Token).capitalized &&
      // "из Литвы, Латвии": two world names a comma apart are two names.
      joinedToPrevious(i + 1) &&
      // "Washington By Jane Doe": a capitalised function word joins no name.
      !STOPWORDS.has((tokens[i + 1] as Token).norm) &&
      isWorldName(tokens.slice(i, i + 2));
    if (!worldPair && !nameLike(tokens[i] as Token, i)) continue;
    let j = i + 1;
    if (worldPair) j = i + 2;
    while (
      j < tokens.length &&
      nameLike(tokens[j] as Token, j) &&
      joinedToPrevious(j) &&
      // "в Минске Александр Лукашенко": a given name after a world name or the question's own name starts
      // a new name, unless a word that opens place names came before ("San Antonio", "Санкт-Петербург").
      // After a word of a name unknown to the gazetteer it goes on with it ("Abdirisaq Omar Farah").
      !(
        GIVEN_NAME_STEMS.has((tokens[j] as Token).stem) &&
        !GIVEN_NAME_STEMS.has((tokens[j - 1] as Token).stem) &&
        !PLACE_NAME_OPENER.test((tokens[j - 1] as Token).norm) &&
        j - 1 === i &&
        (isWorldName([tokens[j - 1] as Token]) || isQuestionWord(r, j - 1))
      ) &&
      // "созданного Ильёй Вендтом Совета Кештова": the words of one name share a case.
      mayShareCase((tokens[j - 1] as Token).raw, (tokens[j] as Token).raw)
    )
      j++;
    // "министр дорог Монголии Батбаяр Гантулга": a country before a name is not part of it.
    if (j - i >= 3 && isWorldName([tokens[i] as Token])) i++;
    // "Адвокат Миятовича Йелена Дробняк": the question's name before a full name of two words or more
    // is whose that person is, not part of the name.
    let asked = 0;
    while (i + asked < j && isQuestionWord(r, i + asked)) asked++;
    if (asked > 0 && j - i - asked >= 2) i += asked;
    const span = tokens.slice(i, j);
    // A name the question itself gives is not its answer ("С кем встретился Вендт?" is not "Илья Вендт").
    const fromQuestion = span.some((_, k) => isQuestionWord(r, i + k));
    const sentenceStart = i === 0 && j - i === 1;
    // "By Jane Doe", "By Jane Doe and John Roe", "Автор: Иван Петров": who wrote the piece, not who
    // did anything in it.
    const byline = isByline(text, (tokens[i] as Token).start);
    if (!fromQuestion && !sentenceStart && !byline) {
      const opensQuote = /[«"“„]$/.test(text.slice(0, (tokens[i] as Token).start));
      out.push({
        kind: 'name',
        text: text.slice((tokens[i] as Token).start, (tokens[j - 1] as Token).end),
        from: i,
        to: j,
        distance: distanceTo(r, i, j),
        ...(opensQuote ? { quoted: true } : {}),
      });
    }
    i = j - 1;
  }
  for (const m of text.matchAll(/[«"“]([^»"”]{2,60})[»"”]/g)) {
    const from = tokenAt(tokens, (m.index ?? 0) + 1);
    const to = tokenAt(tokens, (m.index ?? 0) + m[0].length - 1);
    if (to <= from) continue;
    const words = (m[1] as string).split(/\s+/);
    if (words.length > 5 || !/^\p{Lu}/u.test(m[1] as string)) continue;
    out.push({ kind: 'name', text: m[1] as string, from, to, distance: distanceTo(r, from, to), quoted: true });
  }
  return out;
}

/** People's names among name candidates: two or more words, or a known given name, or after a role word. */
export function isPersonLike(c: Candidate, r: RankedSentence): boolean {
  const tokens = r.entry.tokens.slice(c.from, c.to);
  if (tokens.some((t) => GIVEN_NAME_STEMS.has(t.stem))) return true;
  if (c.quoted || isWorldName(tokens)) return false;
  // "в Тирасполе", "in Northgate", "в Кештове и Варнеле": after a place preposition comes a place,
  // and so does the next name joined to it by "и", "and" or a comma.
  if (afterPlacePreposition(r.entry.tokens, c.from)) return false;
  // "ОАО «...»", "JSC ...": a company's legal form; an all-capital word is an abbreviation, not a person.
  const legalForm = r.entry.tokens[c.from - 1];
  if ((legalForm && LEGAL_FORM.test(legalForm.norm)) || tokens.some((t) => LEGAL_FORM.test(t.norm))) return false;
  if (tokens.some(isAbbreviation)) return false;
  // A surname alone ("22 Apr - Vendt visits the plant") that ingest knows as a person's.
  const people = r.entry.annotation.entities.filter((id) => id.startsWith('person:'));
  // A woman's id carries "-f" (name-discovery's personId): "Лейлой Варнеловой" has a "person:…-f" id.
  const known = (key: string) => people.includes(`person:${key}`) || people.includes(`person:${key}-f`);
  if (people.length && tokens.some((t) => known(nameKeyOf(t.norm)))) return true;
  const last = tokens[tokens.length - 1];
  // "Prime Minister", "Deputy Foreign Minister": a title ends in its role, a person's name in a surname;
  // "Maltese-flagged", "Kestov-based" describe, they name nobody.
  if (last && (conceptsOfTokens([last]).some((h) => h.concept.startsWith('role_')) || DESCRIBING.test(last.raw)))
    return false;
  // "the Telm Sea", "Varna River", "Kestov Airport": a name that ends in a kind of place names a place,
  // and so does one the kind follows, left out of the run ("Kotoka International Airport").
  const placeKind = (t: Token | undefined) =>
    t !== undefined &&
    conceptsOfTokens([t]).some((h) => PLACE_NOUN_CONCEPTS.includes(`c:${h.concept}`) || NATURAL_PLACE.test(h.concept));
  const next = r.entry.tokens[c.to];
  if (placeKind(last) || (next?.capitalized && placeKind(next))) return false;
  if ((last && ORGANISATION_WORD.test(last.norm)) || (next?.capitalized && ORGANISATION_WORD.test(next.norm)))
    return false;
  if (headedByOrganisationWord(r, c.from)) return false;
  // "the tanker Marlin Star", "сухогруз Amber Horizon", "the company Northgate Ltd": named after its kind.
  // "Minister of Public Works, Teodoro Núñez": a kind word before a comma is another phrase's end.
  const kind = r.entry.tokens[c.from - 1];
  const joined = kind !== undefined && !/[,;:()]/.test(r.entry.sentence.text.slice(kind.end, tokens[0]?.start));
  if (kind && joined && conceptsOfTokens([kind]).some((h) => THING_KIND.test(h.concept))) return false;
  const before = r.entry.tokens.slice(Math.max(0, c.from - 3), c.from);
  // "technicians at the Seme terminal": a role is the name's title only with no preposition between.
  const roleBefore = conceptsOfTokens(before).some(
    (h) => h.concept.startsWith('role_') && !before.slice(h.to).some((t) => BETWEEN_ROLE_AND_PLACE.test(t.norm)),
  );
  if (roleBefore) return true;
  return tokens.length >= 2 && tokens.length <= 4;
}

/** A word made an adjective by its hyphenated ending: "Maltese-flagged", "Kestov-based", "state-owned". */
export const DESCRIBING =
  /-(flagged|based|owned|registered|born|led|backed|made|built|controlled|funded|brokered|sponsored|mediated)$/i;

/** Kinds of things a name may follow (concepts by their last word): a vessel, a firm, a bank, a plant, a pipeline, an airline, an outlet, a party, a village or a town. */
const THING_KIND = /_(ship|vessel|tanker|company|bank|plant|pipeline|airline|magazine|party|agency|village|city)$/;

const PLACE_PREPOSITION = /^(в|во|из|in|from|near)$/;
/** Prepositions that put a place, not a person, after a role: "workers at the Northgate plant". */
const BETWEEN_ROLE_AND_PLACE = /^(at|in|on|near|from|inside|outside|в|во|на|у|из|под|около|возле)$/;
const COORDINATION = /^(и|или|and|or)$/;

function afterPlacePreposition(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1];
  if (!before) return false;
  if (PLACE_PREPOSITION.test(before.norm)) return true;
  if (!COORDINATION.test(before.norm)) return false;
  // Back over the first name of the pair (one or two capitalised words) to its preposition.
  for (let i = from - 2; i >= Math.max(0, from - 4); i--) {
    const t = tokens[i] as Token;
    if (PLACE_PREPOSITION.test(t.norm)) return i < from - 2;
    if (!t.capitalized) return false;
  }
  return false;
}

/** A company's legal form written before or in its name (Russian, Belarusian, Kazakh, Ukrainian and English abbreviations). */
export const LEGAL_FORM = /^(оао|зао|ооо|пао|ао|одо|руп|уп|чуп|тоо|тов|пат|jsc|ojsc|cjsc|llc|pjsc|llp)$/;

function isAbbreviation(t: Token): boolean {
  return t.raw.length >= 2 && t.raw === t.raw.toUpperCase() && /\p{L}{2}/u.test(t.raw);
}

/** The last word of an organisation's or outlet's name ("Northwind Partners", "Vendt Institute"). */
export const ORGANISATION_WORD =
  /^(guard|guards|navy|army|police|court|forces|command|customs|company|companies|corporation|corp|inc|ltd|plc|bv|gmbh|ag|sa|bank|institute|partners|group|holding|holdings|fund|foundation|agency|ministry|university|center|centre|council|commission|committee|party|union|service|mission|office|authority|plant|works|factory|association|wire|news|times|post|press|media|radio|tv|television|network|laboratory|forum|initiative|trust|consortium|alliance|coalition|movement|front|organisation|organization|federation|chamber|exchange|airlines?|airways|railways?|energy|gas|oil|gaz|neft|neftegaz|energo|avia|telecom|daily|herald|journal|tribune|gazette|review|observer|today|report|watch|research|analytics|consulting|capital|investments?|industries|systems|solutions|technologies|metals|mining|minerals|refining|refinery|petroleum|resources|logistics|shipping|trading|steel|motors|construction|engineering|pharma|foods|agro|chemicals|cement|power|electric|utilities)$/;

/**
 * Words that head an organisation's name where the kind comes first: "Instituto Técnico de Engenharia
 * Serrana", "Banco Central do Brasil", "Companhia do Metropolitano", "Université de …".
 */
const ORGANISATION_HEAD =
  /^(instituto|institut|istituto|banco|banca|banque|companhia|compañía|compania|compagnie|compagnia|empresa|sociedad|sociedade|société|societe|società|universidad|universidade|université|universite|università|centro|fundação|fundacao|fundación|fundacion|fondazione|fondation|ministerio|ministério|ministère|ministero|agencia|agência|agence|agenzia|comisión|comision|comissão|comissao|commissione|consejo|conselho|conseil|consiglio|tribunal|tribunale|juzgado|corte|cour|hospital|hôpital|ospedale|clínica|clinica|sindicato|syndicat|sindacato|partido|partito|parti|movimiento|movimento|mouvement|federación|federacion|federação|fédération|federazione|confederación|confederação|asociación|asociacion|associação|associacao|association|associazione|consorcio|consórcio|consorzio|grupo|gruppo|groupe|caja|caixa|cassa|secretaría|secretaria|prefeitura|ayuntamiento|municipalidad|câmara|camara|cámara|assembleia|asamblea|assemblée|policía|polícia|polizia|guardia|guarda|gendarmerie|armada|marinha|ejército|exército|escuela|escola|école|colegio|liceo|laboratorio|laboratório|laboratoire|observatorio|observatório|observatoire|defensoría|defensoria|procuraduría|procuradoria|fiscalía|fiscalia|superintendencia|superintendência)$/;

/** "… (ITES) … Instituto Técnico de Engenharia Serrana": a run of capitalised words and "de", "do", "da" back to an organisation's head word. */
function headedByOrganisationWord(r: RankedSentence, from: number): boolean {
  const tokens = r.entry.tokens;
  for (let i = from; i >= Math.max(0, from - 6); i--) {
    const t = tokens[i] as Token;
    if (ORGANISATION_HEAD.test(t.norm) && t.capitalized) return true;
    if (i === 0) return false;
    const before = tokens[i - 1] as Token;
    // The run ends at a mark ("Banco Central, Fabio Marsal") or a title ("Companhia do Metro CEO Fabio").
    if (!/^\s+$/.test(r.entry.sentence.text.slice(before.end, t.start))) return false;
    if (!before.capitalized && !NAME_PARTICLE.test(before.norm)) return false;
    if (conceptsOfTokens([before]).some((h) => h.concept.startsWith('role_'))) return false;
  }
  return false;
}

/** Particles inside a Romance name: "Banco Central do Brasil", "Luiz da Silva". */
const NAME_PARTICLE = /^(de|do|da|dos|das|del|della|di|du|des|la|le|y|e)$/;

/** A country, capital, city or international organisation of the world gazetteer: never a person. */
function isWorldName(tokens: readonly Token[]): boolean {
  const hits = conceptsOfTokens(tokens).filter((h) => h.concept.startsWith('geo_'));
  const covered = new Set(hits.flatMap((h) => Array.from({ length: h.to - h.from }, (_, k) => h.from + k)));
  return tokens.every((t, i) => covered.has(i) || STOPWORDS.has(t.norm) || namesWorldPair(t));
}

/** "Norway-Finland": each part of a hyphenated word a country or place of the gazetteer. */
function namesWorldPair(t: Token): boolean {
  const parts = t.norm.split('-');
  return (
    parts.length >= 2 && parts.every((p) => conceptsOfTokens(tokenize(p)).some((h) => h.concept.startsWith('geo_')))
  );
}

const LOCATIVE = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  // "off Svalbard", "у Шпицбергена", "близ Лорина": near a place, where a thing at sea or a border happens.
  'off',
  'outside',
  'у',
  'около',
  'возле',
  'близ',
  'в',
  'во',
  'на',
  'из',
  'под',
  'до',
  'через',
  'город',
  'городе',
  'посёлке',
  'поселке',
  'селе',
  'деревне',
  'столице',
  'town',
  'city',
  'village',
  'capital',
]);

/**
 * "во Дворце спорта", "в Доме приёмов": a Russian building's name is a capitalised common noun
 * and a word in lower case after a place preposition; the name runs leave it out as a common word.
 */
function buildingNames(r: RankedSentence): Candidate[] {
  const tokens = r.entry.tokens;
  const text = r.entry.sentence.text;
  const out: Candidate[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [prev, t, next] = [tokens[i - 1], tokens[i], tokens[i + 1]] as [Token, Token, Token];
    if (!/^(в|во|на)$/.test(prev.norm) || !t.capitalized || next.capitalized || !/^[а-яё]/.test(next.norm)) continue;
    if (!isCommonWord(t.norm) || STOPWORDS.has(next.norm) || partOfSpeech(next.norm) !== 'NOUN') continue;
    if (!/^\s+$/.test(text.slice(t.end, next.start))) continue;
    out.push({
      kind: 'place',
      text: text.slice(t.start, next.end),
      from: i,
      to: i + 2,
      distance: distanceTo(r, i, i + 2),
      building: true,
    });
  }
  return out;
}

/** Prepositions that put something at a place: "at the airport", "на мосту", "под Кештовом". */
const AT_PLACE = /^(in|at|on|near|inside|outside|to|into|в|во|на|под|у|возле|около|близ|к)$/;
/** A verb of sentencing: what follows its "to" / "к" is the penalty. */
const SENTENCED = /^(sentenced|condemned|jailed|приговор\p{L}*|осужд\p{L}*|осуд\p{L}*)$/u;
/** Words that join the rest of a place's description to it: "the bridge over the river", "здание таможни на границе". */
const PLACE_JOINER = /^(of|in|on|at|over|near|the|в|во|на|под|у|при|близ)$/;
/** Words a place's description ends before: a clause or another part of the sentence begins. */
const PLACE_END =
  /^(and|or|as|where|when|which|who|that|after|before|while|for|with|by|from|since|until|и|или|где|когда|котор\p{L}*|после|перед|чтобы|но|а|за|с|со|по|из|от|до|для|как)$/u;
/** Between two words of one description: spaces, «quotes», "№". */
const PLACE_GAP = /^[\s«»"“”№]*$/;
/** Words a place's description runs over at most after its main noun. */
const PLACE_TAIL = 6;

/**
 * "on the border bridge over the Telm river", "в здании таможни на границе": a place preposition,
 * up to three words and a place noun of the vocabulary, then what describes it, to the next
 * punctuation or clause. Shown with its preposition, as written.
 */
function placePhrases(r: RankedSentence): Candidate[] {
  const tokens = r.entry.tokens;
  const text = r.entry.sentence.text;
  const heads = new Set<number>();
  for (const id of PLACE_NOUN_CONCEPTS) for (const p of r.entry.features.get(id) ?? []) heads.add(p);
  if (!heads.size) return [];
  const namedOnly = new Set<number>();
  for (const id of NAMED_PLACE_NOUN_CONCEPTS) for (const p of r.entry.features.get(id) ?? []) namedOnly.add(p);
  const joined = (a: Token, b: Token) => PLACE_GAP.test(text.slice(a.end, b.start));
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!AT_PLACE.test((tokens[i] as Token).norm)) continue;
    // "sentenced to prison terms", "приговорили к лишению свободы в колонии": a penalty, not a place.
    if (SENTENCED.test(tokens[i - 1]?.norm ?? '')) continue;
    let head = -1;
    for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (!joined(tokens[k - 1] as Token, t) || PLACE_END.test(t.norm)) break;
      // "to seven years in prison" is a term, not a place: no number or preposition before the place noun.
      if (!heads.has(k) && (/^\d/.test(t.norm) || parseNumberToken(t.norm) !== undefined || AT_PLACE.test(t.norm)))
        break;
      if (heads.has(k)) {
        head = k;
        break;
      }
    }
    if (head < 0) continue;
    let end = head + 1;
    // "В Порт-Лорине подписано соглашение": a place noun inside a hyphenated name ends with the name
    // ("во Дворце спорта" goes on: its name is more than one word).
    const named = (tokens[head] as Token).capitalized && (tokens[head] as Token).norm.includes('-');
    while (!named && end < tokens.length && end <= head + PLACE_TAIL) {
      const t = tokens[end] as Token;
      if (!joined(tokens[end - 1] as Token, t) || PLACE_END.test(t.norm)) break;
      if (STOPWORDS.has(t.norm) && !PLACE_JOINER.test(t.norm)) break;
      if (/^[а-яё]/.test(t.norm) && /^(VERB|PRTS)$/.test(partOfSpeech(t.norm) ?? '')) break;
      // "На мосту в Кештове Иран освободил …": a name in another case than the name before it begins the
      // clause (its subject), while "в Нижнем Новгороде" is one name in one case.
      const prev = tokens[end - 1] as Token;
      if (t.capitalized && prev.capitalized && !mayShareCase(prev.raw, t.raw)) break;
      end++;
    }
    // A description does not end on a joining word: "the bridge over" is "the bridge".
    while (end > head + 1 && PLACE_JOINER.test((tokens[end - 1] as Token).norm)) end--;
    // "died in hospital two days later" says where one is as a patient, not which place: a hospital is a
    // place only by its name ("в больницу соседнего графства Гленмара").
    if (namedOnly.has(head) && !tokens.slice(i + 1, end).some((t) => t.capitalized)) continue;
    let shown = text.slice((tokens[i] as Token).start, (tokens[end - 1] as Token).end);
    if (shown.includes('«') && !shown.includes('»') && text[(tokens[end - 1] as Token).end] === '»') shown += '»';
    out.push({ kind: 'place', text: shown, from: i, to: end, distance: distanceTo(r, i, end), phrase: true });
    i = end - 1;
  }
  return out;
}

/** A weekday or a month as written alone, in English or Russian ("Fri", "Tuesday", "Aug", "пятница"). */
const CALENDAR_WORD = new RegExp(
  `^(?:${EN_WEEKDAY_WORD}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|${EN_MONTH_WORD}|${EN_MONTH_ABBREVIATION}|${RU_MONTH_WORD}|${RU_WEEKDAY_WORD}|понедельник|среда|пятница|суббота)\\.?$`,
  'iu',
);

/**
 * "about 40 nautical miles southeast of Hopen island", «в 40 милях к юго-востоку от острова Хопен»: a
 * distance and a bearing from a place locate a point exactly, by that place.
 */
const BEARING_BEFORE =
  /(?:miles?|km|kilomet(?:re|er)s?|милях|миль|км|километр\p{L}*)\s+(?:(?:to the\s+)?(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+(?:of|from)|к\s+(?:северу|югу|востоку|западу|северо-востоку|северо-западу|юго-востоку|юго-западу)\s+от|от)\s+(?:the\s+)?(?:(?:island|town|city|village|port|cape)\s+of\s+|(?:острова|города|села|деревни|порта|мыса)\s+)?$/iu;

export function bearingBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const bearing = BEARING_BEFORE.exec(before);
  if (!bearing) return false;
  // "moved to Nadjame, 18 km east of Adré": the bearing places the name before it, from this one.
  const ahead = before.slice(0, bearing.index).replace(/[\d\s.]+$/u, ' ');
  return !DESCRIBED_NAME.test(ahead);
}

/** A name and a comma right before a distance: "Nadjame, 18 km east of", «Наджаме, в 18 км к востоку от». */
const DESCRIBED_NAME = /\p{Lu}[\p{L}-]*\s*,\s*(?:(?:about|some|around|около|примерно|в)\s+)*$/u;

/**
 * Place candidates: a name after "in", "в", "near"; a chronology line's place ("• 19 March —
 * Northgate: the 14th round ..."), a name between a dash and a colon; a company's town in brackets.
 */
export function placeCandidates(q: AnalyzedQuestion, r: RankedSentence): Candidate[] {
  const text = r.entry.sentence.text;
  const names = nameCandidates(q, r);
  const places = [...buildingNames(r), ...names].filter((c) => {
    if (c.building) return true;
    if (isCalendarWord(c, r)) return false;
    const prev = r.entry.tokens[c.from - 1];
    if (ORGANISATION_WORD.test(r.entry.tokens[c.to - 1]?.norm ?? '')) return false;
    if (prev !== undefined && LOCATIVE.has(prev.norm)) return true;
    if (bearingBefore(text, r.entry.tokens[c.from]?.start ?? 0)) return true;
    // "the Dublin company", "a Warsaw court": a city of the world before a body's noun is where it is.
    const next = r.entry.tokens[c.to];
    if (next !== undefined && ORGANISATION_WORD.test(next.norm) && isWorldName(r.entry.tokens.slice(c.from, c.to)))
      return true;
    // "at the Northgate state residence", "in the Varnel region": the article between.
    if (prev?.norm === 'the' && LOCATIVE.has(r.entry.tokens[c.from - 2]?.norm ?? '')) return true;
    const start = r.entry.tokens[c.from]?.start ?? 0;
    const end = r.entry.tokens[c.to - 1]?.end ?? 0;
    // "Northgate Cannery (Varnel)", "компания «Дорстрой» (Кештов)": where a company is, in brackets after it
    // (an abbreviation in brackets is the company's own).
    const bracketed =
      /[»"”\p{L}]\s*\($/u.test(text.slice(Math.max(0, start - 3), start)) && /^\)/.test(text.slice(end));
    if (bracketed) return c.text !== c.text.toUpperCase();
    return (
      /[—–-]\s*$/.test(text.slice(Math.max(0, start - 3), start)) && /^\s*(\([^)]{1,40}\)\s*)?:/.test(text.slice(end))
    );
  });
  // "в Кештове и Варнеле", "in Northgate, Varnel and Kestov": a name listed after a place is one too.
  for (const c of names) {
    if (places.includes(c) || isCalendarWord(c, r)) continue;
    const start = r.entry.tokens[c.from]?.start ?? 0;
    const listed = places.some((p) => {
      const end = r.entry.tokens[p.to - 1]?.end ?? Number.POSITIVE_INFINITY;
      return end <= start && LISTED_AFTER.test(text.slice(end, start));
    });
    if (listed && !ORGANISATION_WORD.test(r.entry.tokens[c.to - 1]?.norm ?? '')) places.push(c);
  }
  if (!TUNING.placePhrases) return places;
  // A name inside a described place ("at the airport in Northgate") is said by the description.
  const phrases = placePhrases(r);
  return [...phrases, ...places.filter((c) => !phrases.some((p) => p.from <= c.from && c.to <= p.to))];
}

/**
 * "21 Aug (Fri)": a day or a month in brackets is no place, nor "February-August" of a title's
 * "February-August 2026" (a span of months).
 */
function isCalendarWord(c: Candidate, r: RankedSentence): boolean {
  return c.to - c.from === 1 && (r.entry.tokens[c.from]?.norm ?? '').split(/[-‐]/).every((w) => CALENDAR_WORD.test(w));
}

/** Between two places of a list: a comma, "and", "и", "or". */
const LISTED_AFTER = /^\s*(,\s*|,?\s*(and|or|и|или)\s+)$/iu;
