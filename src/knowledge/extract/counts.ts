/**
 * Counts: numbers that count something ("еще 14 лиц", "52 человека", "1300 more", "three released prisoners"),
 * with the counted noun, its concept and whether the count adds to an earlier one ("еще", "more", "another").
 *
 * Pure. A number is a count only when the text around it says so: a counted noun follows, or a marker like
 * "еще"/"more than"/"of the" stands next to it. Everything else a number can be in a briefing (year, date,
 * time, footnote, list item, view counter, model number, range) is rejected by the rules in `rejectReason`.
 * Each language's words are recognised by script, because the corpus mixes them ("more than 400 экоактивистов").
 */

import { remembered } from '../text/remembered.ts';
import { SpelledCache, spellingHash } from '../text/spelled-cache.ts';
import type { CountMention, Lang } from '../types.ts';
import {
  CONNECTIVES,
  DIGIT_GROUP_SOURCE,
  foldWord,
  isFoldedNumberWord,
  lookupNumberWord,
  NumeralReader,
  parseDigits,
} from './numerals.ts';

export { parseNumberToken } from './numerals.ts';

/** A kind of thing a count counts, with the word forms (full words, after ё->е folding) that name it. */
export interface CountConcept {
  id: string;
  /** Single words naming the concept, as regular-expression sources matched against a whole word. */
  words: readonly string[];
  /** Multi-word phrases that name the concept where the head word alone would not ("иностранных граждан"). */
  phrases?: readonly string[];
}

/** Russian nominal endings (masculine/feminine/neuter, all cases) and adjectival endings, for stem patterns. */
const NOUN_ENDING = '(?:а|я|у|ю|ом|ем|ой|ей|е|и|ы|ов|ев|ам|ям|ами|ями|ах|ях)?';
const ADJ_ENDING = '(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ые|ие|ых|их|ыми|ими)';

/**
 * Participles that are adjectives before a noun ("трёх освобождённых заключённых", "граждан") but the counted
 * noun when they stand alone ("35 освобождённых", "сколько помилованных"): they count prisoners then.
 */
const RELEASE_PARTICIPLE = new RegExp(`^(?:освобожденн|помилованн|осужденн|задержанн)${ADJ_ENDING}$`, 'u');

/**
 * The concepts counts are about, most specific first: phrases are tried before words, and a concept earlier in
 * the list wins, so "граждан США" is 'us-citizen' and not 'citizen'. The question parser maps "сколько
 * заключённых" / "how many prisoners" / "скока политзаков" through `countConcept` to the same ids.
 */
export const COUNT_CONCEPTS: readonly CountConcept[] = Object.freeze([
  {
    id: 'us-citizen',
    words: [`американ(?:ец|ц${NOUN_ENDING})`, 'americans'], // singular "American" is an adjective ("12 American companies")
    phrases: [
      `граждан\\p{L}* (?:сша|америки|соединенных штатов)`,
      `американск${ADJ_ENDING} граждан\\p{L}*`,
      '(?:us|usa|american) (?:citizens?|nationals?)',
      '(?:citizens?|nationals?) of the (?:us|usa|united states)',
    ],
  },
  {
    id: 'foreigner',
    words: [`иностран(?:ец|ц${NOUN_ENDING})`, 'foreigners?'],
    phrases: [
      `иностранн${ADJ_ENDING} (?:граждан|подданн|специалист)\\p{L}*`,
      `граждан\\p{L}* (?:других|иных|третьих|иностранных) (?:стран|государств)`,
      'foreign (?:nationals?|citizens?)',
    ],
  },
  {
    id: 'prisoner',
    words: [
      `(?:полит)?заключенн${ADJ_ENDING}`,
      `политз[аэ]к${NOUN_ENDING}`,
      `(?:полит)?узни(?:к|ц)${NOUN_ENDING}`,
      `(?:освобожденн|помилованн|осужденн|задержанн)${ADJ_ENDING}`, // only as a noun: see RELEASE_PARTICIPLE
      'prisoners?',
      'inmates?',
      'detainees?',
    ],
  },
  {
    id: 'journalist',
    words: [`журналист(?:к|ок)?${NOUN_ENDING}`, 'journalists?', 'reporters?'],
  },
  {
    id: 'activist',
    words: [`(?:эко)?активист(?:к|ок)?${NOUN_ENDING}`, '(?:eco-?)?activists?'],
  },
  {
    id: 'diplomat',
    words: [`дипломат${NOUN_ENDING}`, 'diplomats?'],
  },
  {
    id: 'official',
    words: [`чиновни(?:к|ц)${NOUN_ENDING}`, 'officials?'],
    phrases: [`(?:официальн|должностн)${ADJ_ENDING} лиц\\p{L}*`],
  },
  {
    id: 'citizen',
    words: [`граждан(?:ин|к)?${NOUN_ENDING}`, 'citizens?', 'nationals?'],
  },
  {
    id: 'child',
    words: [`дет(?:и|ей|ям|ьми|ях)`, `ребен(?:ок|к${NOUN_ENDING})`, 'children', 'child'],
  },
  {
    id: 'person',
    words: [
      `человек${NOUN_ENDING}`,
      `люд(?:и|ей|ям|ьми|ях)`,
      `лиц${NOUN_ENDING}`,
      'people',
      'persons?',
      'individuals?',
    ],
  },
  {
    id: 'country',
    words: [`стран${NOUN_ENDING}`, `государств${NOUN_ENDING}`, 'countries', 'country', 'nations?'],
  },
  {
    id: 'year',
    words: ['лет', `год${NOUN_ENDING}`, 'years?'],
  },
  {
    id: 'decade',
    words: [`десятилети${NOUN_ENDING}`, 'десятилетий', 'decades?'],
  },
  {
    id: 'month',
    words: [`месяц${NOUN_ENDING}`, 'months?'],
  },
  {
    id: 'day',
    words: ['день', `дн${NOUN_ENDING}`, 'days?'],
  },
  {
    id: 'source',
    words: [`источник${NOUN_ENDING}`, 'sources?'],
  },
]);

/**
 * The concept of a counted noun or question word, stem-based so every case form works:
 * "заключённых"/"prisoners"/"политзаков" -> 'prisoner', "иностранных граждан" -> 'foreigner', "лет" -> 'year'.
 * Accepts a noun phrase (adjectives and a complement like "США" included); undefined if unknown.
 */
export function countConcept(noun: string): string | undefined {
  // Remembered per noun: the count rules ask it of the words around every number, and they repeat.
  return remembered(conceptOfNoun, CONCEPT_CACHE_SIZE, noun, conceptOf);
}

const conceptOfNoun = new Map<string, string | undefined>();
const CONCEPT_CACHE_SIZE = 50_000;

function conceptOf(noun: string): string | undefined {
  const phrase = normalizePhrase(noun);
  if (phrase === '') return undefined;
  for (const concept of COMPILED_CONCEPTS) {
    if (concept.phrase?.test(phrase)) return concept.id;
  }
  // The head word decides: the last word in Russian and English noun groups ("освобождённых заключённых"),
  // except before a complement ("граждан США", handled as a phrase above).
  const words = phrase.split(' ');
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index] ?? '';
    const concept = COMPILED_CONCEPTS.find((candidate) => candidate.word.test(word));
    if (concept) return concept.id;
  }
  return undefined;
}

/**
 * The first count concept a question names ("сколько иностранных граждан освободили" -> 'foreigner',
 * "how many prisoners" -> 'prisoner'): phrases first, then single words left to right; undefined if none.
 */
export function findCountConcept(question: string): string | undefined {
  const phrase = normalizePhrase(question);
  for (const concept of COMPILED_CONCEPTS) {
    if (concept.phrase?.test(phrase)) return concept.id;
  }
  for (const word of phrase.split(' ')) {
    const concept = COMPILED_CONCEPTS.find((candidate) => candidate.word.test(word));
    if (concept) return concept.id;
  }
  return undefined;
}

/** Every count in `text`, in order. `lang` is the document's language; words are read by their own script. */
export function extractCounts(text: string, lang: Lang): CountMention[] {
  if (!mayHaveNumeral(text)) return [];
  const tokens = countTokens(text);
  const mentions: CountMention[] = [];
  const partitiveIndexes: number[] = [];
  let index = 0;
  while (index < tokens.length) {
    const numeral = readNumeral(tokens, index);
    if (!numeral) {
      index++;
      continue;
    }
    const found = readCount(text, tokens, numeral, lang);
    if (found) {
      if (found.partitive) partitiveIndexes.push(mentions.length);
      mentions.push(found.mention);
    }
    index = numeral.next;
  }
  // "10 of the 14 prisoners": the part counts what the whole counts.
  for (const partIndex of partitiveIndexes) {
    const part = mentions[partIndex];
    const whole = mentions[partIndex + 1];
    if (part && whole && part.noun === undefined && whole.noun !== undefined) {
      part.noun = whole.noun;
      if (whole.concept !== undefined) part.concept = whole.concept;
    }
  }
  return mentions;
}

/**
 * Whether a numeral may start in the text: a digit, or a number word written as a run of letters of its
 * own (a run of \p{L}: number words are letters only; hyphens and marks end a run). Every numeral
 * readNumeral reads starts so; most sentences without a digit have no number word, and then they are
 * not tokenised here at all.
 */
function mayHaveNumeral(text: string): boolean {
  if (/[0-9]/.test(text)) return true;
  const length = text.length;
  for (let at = 0; at < length; ) {
    const c = codeClassAt(text, at);
    if (!(c & LETTER)) {
      at += c & ASTRAL ? 2 : 1;
      continue;
    }
    const start = at;
    do at += c & ASTRAL ? 2 : 1;
    while (at < length && codeClassAt(text, at) & LETTER);
    const hash = spellingHash(text, start, at);
    let numberWord = runIsNumberWord.find(text, start, at, hash);
    if (numberWord === undefined) {
      const run = text.slice(start, at);
      numberWord = isFoldedNumberWord(foldWord(run));
      runIsNumberWord.add(run, hash, numberWord);
    }
    if (numberWord) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------
// Tokens

interface Token {
  kind: 'number' | 'word' | 'punct';
  text: string;
  /** Folded (lowercase, ё->е) text, for dictionary lookups. */
  key: string;
  start: number;
  end: number;
}

/**
 * The tokens this pattern matches, in order (the one definition: countTokens finds the same by a scan of
 * the text's code units, without a match object per token; test/knowledge keeps the two equal).
 */
export const COUNT_TOKEN = new RegExp(
  String.raw`U\.S\.(?:A\.)?|(${DIGIT_GROUP_SOURCE})|([\p{L}\p{M}]+(?:['’\-\u2010][\p{L}\p{M}]+)*)|\S`,
  'gu',
);

/** The tokens of a text as COUNT_TOKEN matches them: numbers (grouped digits too), words ("U.S." is one) and single marks. */
export function countTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  for (let at = 0; at < length; ) {
    const c = codeClassAt(text, at);
    if (c & SPACE) {
      at++;
      continue;
    }
    const start = at;
    let kind: Token['kind'];
    if (text.startsWith('U.S.', at)) {
      at += text.startsWith('A.', at + 4) ? 6 : 4;
      tokens.push({ kind: 'word', text: text.slice(start, at), key: 'us', start, end: at });
      continue;
    }
    if (c & DIGIT) {
      at = digitGroupEnd(text, at);
      kind = 'number';
    } else if (c & LETTER_OR_MARK) {
      at = wordEnd(text, at);
      kind = 'word';
    } else {
      at += c & ASTRAL ? 2 : 1;
      kind = 'punct';
    }
    const hash = spellingHash(text, start, at);
    let spelt = spellings.find(text, start, at, hash);
    if (spelt === undefined) {
      const raw = text.slice(start, at);
      spelt = { text: raw, key: foldWord(raw) };
      spellings.add(raw, hash, spelt);
    }
    tokens.push({ kind, text: spelt.text, key: spelt.key, start, end: at });
  }
  return tokens;
}

/** Words (and marks) as written and folded, and whether a run of letters is a number word: by spelling, as tokenize's word forms are. */
const spellings = new SpelledCache<{ text: string; key: string }>(CONCEPT_CACHE_SIZE);
const runIsNumberWord = new SpelledCache<boolean>(CONCEPT_CACHE_SIZE);

/** What codeClassAt says of a code point: \p{L}, \p{L} or \p{M}, an ASCII digit, \s, two code units long. */
const LETTER = 1;
const LETTER_OR_MARK = 2;
const DIGIT = 4;
const SPACE = 8;
const ASTRAL = 16;

/** The classes of each code unit of the Basic Multilingual Plane, from the patterns themselves. */
let bmpClasses: Uint8Array | undefined;

function classOf(ch: string): number {
  return (
    (/^\p{L}$/u.test(ch) ? LETTER : 0) |
    (/^[\p{L}\p{M}]$/u.test(ch) ? LETTER_OR_MARK : 0) |
    (/^\d$/u.test(ch) ? DIGIT : 0) |
    (/^\s$/u.test(ch) ? SPACE : 0)
  );
}

function classesOfBmp(): Uint8Array {
  if (bmpClasses) return bmpClasses;
  const classes = new Uint8Array(0x10000);
  // Surrogates are code points only in pairs (codeClassAt reads those): alone each is one, of no class.
  for (let code = 0; code < 0x10000; code++)
    if (code < 0xd800 || code > 0xdfff) classes[code] = classOf(String.fromCharCode(code));
  bmpClasses = classes;
  return classes;
}

/** The classes of the code point starting at `at` (as a Unicode pattern reads it: a surrogate pair is one). */
function codeClassAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff || at + 1 >= text.length) return (bmpClasses ?? classesOfBmp())[code] as number;
  const low = text.charCodeAt(at + 1);
  if (low < 0xdc00 || low > 0xdfff) return 0;
  return ASTRAL | classOf(text.slice(at, at + 2));
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The end of DIGIT_GROUP_SOURCE's match at `at` (a digit): "1 300", "12,500,000" grouped, else the run of digits. */
function digitGroupEnd(text: string, at: number): number {
  let run = at;
  while (isAsciiDigit(text.charCodeAt(run))) run++;
  if (run - at > 3) return run;
  // Groups of a separator and three digits, as many as there are; the last may not be followed by a digit.
  let end = run;
  let groups = 0;
  let lastFollowedByDigit = false;
  for (let p = run; ; p += 4) {
    const sep = text.charCodeAt(p);
    if (sep !== 0x20 && sep !== 0xa0 && sep !== 0x2009 && sep !== 0x202f && sep !== 0x2c) break;
    if (!isAsciiDigit(text.charCodeAt(p + 1)) || !isAsciiDigit(text.charCodeAt(p + 2))) break;
    if (!isAsciiDigit(text.charCodeAt(p + 3))) break;
    groups++;
    end = p + 4;
    lastFollowedByDigit = isAsciiDigit(text.charCodeAt(p + 4));
  }
  if (lastFollowedByDigit) {
    groups--;
    end -= 4;
  }
  return groups > 0 ? end : run;
}

/** The end of a word at `at` (a letter or mark): runs of letters and marks joined by ' ’ - ‐. */
function wordEnd(text: string, at: number): number {
  const length = text.length;
  for (;;) {
    while (at < length) {
      const c = codeClassAt(text, at);
      if (!(c & LETTER_OR_MARK)) break;
      at += c & ASTRAL ? 2 : 1;
    }
    const sep = text.charCodeAt(at);
    if (
      (sep === 0x27 || sep === 0x2019 || sep === 0x2d || sep === 0x2010) &&
      at + 1 < length &&
      codeClassAt(text, at + 1) & LETTER_OR_MARK
    ) {
      at++;
      continue;
    }
    return at;
  }
}

/**
 * True when only whitespace separates two tokens: they belong to one phrase. Line breaks count as whitespace
 * because PDF extractions break lines (even with blank lines) in mid-sentence.
 */
function adjacent(text: string, left: Token, right: Token): boolean {
  return /^\s+$/u.test(text.slice(left.end, right.start));
}

// ---------------------------------------------------------------------------------------------------------
// Numerals in running text

interface Numeral {
  value: number;
  fromDigits: boolean;
  /** A word for "one": also an article or pronoun, so it needs a known counted noun. */
  needsNoun: boolean;
  first: number;
  last: number;
  next: number;
}

/** Reads digits ("1 300", "5 млн") or a run of number words ("двадцать пять", "one hundred and fifty"). */
function readNumeral(tokens: readonly Token[], index: number): Numeral | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  if (token.kind === 'number') {
    const decimal = readDecimalWithScale(tokens, index);
    if (decimal) return decimal;
    const digits = parseDigits(token.text);
    if (digits === undefined) return undefined;
    // "5 тысяч", "1300 million": a scale word multiplies digits.
    const scaleToken = tokens[index + 1];
    const scale = scaleToken?.kind === 'word' ? lookupNumberWord(scaleToken.key) : undefined;
    if (scale?.kind === 'scale' && scaleToken && scaleToken.start - token.end === 1) {
      return {
        value: digits * scale.value,
        fromDigits: true,
        needsNoun: false,
        first: index,
        last: index + 1,
        next: index + 2,
      };
    }
    return { value: digits, fromDigits: true, needsNoun: false, first: index, last: index, next: index + 1 };
  }
  if (token.kind !== 'word') return undefined;
  // Most words are no number word: they are turned away here as the loop below would turn them away
  // on its first word, without a reader built for each of them.
  if (!isNumberWordKey(token.key)) return undefined;
  const reader = new NumeralReader();
  let last = -1;
  let cursor = index;
  while (cursor < tokens.length) {
    const current = tokens[cursor];
    if (current?.kind !== 'word') break;
    if (CONNECTIVES.has(current.key) && last >= 0) {
      cursor++; // "one hundred and fifty": only kept if a number word follows
      continue;
    }
    const parts = current.key.split(/[-\u2010]/);
    if (!parts.every((part) => lookupNumberWord(part))) break;
    if (!parts.every((part) => reader.add(part))) break;
    last = cursor;
    cursor++;
  }
  const value = reader.value();
  if (last < 0 || value === undefined) return undefined;
  return { value, fromDigits: false, needsNoun: reader.needsNoun(), first: index, last, next: last + 1 };
}

/** Whether every hyphen-separated part of a word is a number word ("twenty-five", "пять"). */
function isNumberWordKey(key: string): boolean {
  if (!key.includes('-') && !key.includes('\u2010')) return isFoldedNumberWord(key);
  return key.split(/[-\u2010]/).every((part) => lookupNumberWord(part));
}

/**
 * "1,5 тысячи", "1.2 million": a decimal is only a count when a scale word makes it whole; alone it is a
 * date part or a measure and the shape rules reject it.
 */
function readDecimalWithScale(tokens: readonly Token[], index: number): Numeral | undefined {
  const [whole, mark, fraction, scaleWord] = [0, 1, 2, 3].map((offset) => tokens[index + offset]);
  if (!whole || !mark || !fraction || !scaleWord) return undefined;
  if (!/^\d+$/.test(whole.text) || !/^[.,]$/.test(mark.text) || !/^\d+$/.test(fraction.text)) return undefined;
  if (mark.start !== whole.end || fraction.start !== mark.end || scaleWord.start - fraction.end !== 1) return undefined;
  const scale = lookupNumberWord(scaleWord.key);
  if (scale?.kind !== 'scale') return undefined;
  const value = Math.round(Number(`${whole.text}.${fraction.text}`) * scale.value);
  return { value, fromDigits: true, needsNoun: false, first: index, last: index + 3, next: index + 4 };
}

// ---------------------------------------------------------------------------------------------------------
// Is this number a count, and of what?

interface FoundCount {
  mention: CountMention;
  /** "10 of the 14": takes its noun from the count after it. */
  partitive: boolean;
}

function readCount(text: string, tokens: readonly Token[], numeral: Numeral, lang: Lang): FoundCount | undefined {
  const first = tokens[numeral.first];
  const last = tokens[numeral.last];
  if (!first || !last) return undefined;
  if (numeral.fromDigits && rejectedByShape(text, first.start, last.end)) return undefined;
  if (followsAbbreviatedReference(tokens, numeral.first)) return undefined;

  const before = wordsBefore(text, tokens, numeral.first);
  const after = readAfter(text, tokens, numeral.last);
  if (isDateOrReference(before, after)) return undefined;

  const concept = after.phrase === undefined ? undefined : countConcept(after.phrase);
  if (numeral.needsNoun && concept === undefined) return undefined;
  if (isYear(numeral, after, concept)) return undefined;
  if (after.unit) return undefined;

  const additional = before.additional || after.more;
  const partitive = after.partitiveOf;
  const signalled = additional || before.approximate || before.partitiveWhole || partitive;
  if (after.head === undefined && !signalled) return undefined;
  // "Boeing 737", "Байдена 1": a number after a name mid-sentence is a model or a footnote, unless it counts
  // something we know.
  if (before.afterNameMidSentence && concept === undefined && !signalled) return undefined;

  const start = before.markerStart ?? first.start;
  const end = Math.max(last.end, after.end ?? last.end);
  const mention: CountMention = { value: numeral.value, text: text.slice(start, end), start, end };
  if (after.head !== undefined) mention.noun = after.head;
  if (concept !== undefined) mention.concept = concept;
  if (additional) mention.additional = true;
  void lang; // script, not the document's language, decides how each word is read (the corpus mixes both)
  return { mention, partitive };
}

/** Digits that are part of something else: glued to letters, dates, times, decimals, ranges, list markers. */
function rejectedByShape(text: string, start: number, end: number): boolean {
  const prev = text[start - 1] ?? '';
  const prev2 = text[start - 2] ?? '';
  const next = text[end] ?? '';
  const next2 = text[end + 1] ?? '';
  if (isLetter(prev) || isLetter(next)) return true; // "Штатов2", "see2533", "2020s", "5th"
  if (prev === ':' || (next === ':' && isDigit(next2))) return true; // "13:24", "Просмотров:66"
  if (/[./,]/.test(prev) && isDigit(prev2)) return true; // "19.02.2026", "10,5": the tail of a date or decimal
  if (/[./,]/.test(next) && isDigit(next2)) return true;
  if (isDash(prev) && (isLetter(prev2) || isDigit(prev2))) return true; // "Sever—2025", "Боинг-737", "2015-2020"
  if (isDash(next) && (isLetter(next2) || isDigit(next2))) return true; // "2025-м", "90-х", "2015-2020"
  if (next === ')' || next === '%' || next === '°') return true; // "1) Рычаг", "50%"
  if (/[$€£₽#№]/.test(prev) || /[$€£₽]/.test(next)) return true;
  return false;
}

// Module functions, not closures made on each call: this runs for every number of every sentence.
function isLetter(char: string): boolean {
  return /\p{L}/u.test(char);
}

function isDigit(char: string): boolean {
  return /\d/.test(char);
}

function isDash(char: string): boolean {
  return /[-\u2010-\u2015]/.test(char);
}

/** "стр. 2", "ст. 342", "No. 5": a number after an abbreviated reference word is a label. */
function followsAbbreviatedReference(tokens: readonly Token[], numeralIndex: number): boolean {
  const dot = tokens[numeralIndex - 1];
  const word = tokens[numeralIndex - 2];
  return dot?.text === '.' && word?.kind === 'word' && REFERENCE_WORDS.has(word.key) && dot.start === word.end;
}

interface Before {
  /** Offset where an "еще"/"more than" marker starts, so the mention's text includes it. */
  markerStart?: number;
  additional: boolean;
  approximate: boolean;
  /** "of the 14", "из 14": the whole a part was taken from. */
  partitiveWhole: boolean;
  /** The word before is a month ("June 11") or a reference word ("article 5", "статья 342"). */
  dateOrReference: boolean;
  afterNameMidSentence: boolean;
}

/** Looks at up to three words right before the numeral, in the same phrase. */
function wordsBefore(text: string, tokens: readonly Token[], numeralIndex: number): Before {
  const result: Before = {
    additional: false,
    approximate: false,
    partitiveWhole: false,
    dateOrReference: false,
    afterNameMidSentence: false,
  };
  const previous: Token[] = [];
  let firstIndex = numeralIndex;
  for (let index = numeralIndex - 1; index >= 0 && previous.length < 3; index--) {
    const token = tokens[index];
    const right = tokens[index + 1];
    if (!token || !right || token.kind !== 'word' || !adjacent(text, token, right)) break;
    previous.unshift(token);
    firstIndex = index;
  }
  const keys = previous.map((token) => token.key);
  const nearest = previous[previous.length - 1];
  if (!nearest) return result;

  // Approximators sit next to the number ("более 400", "more than 400", "не менее 10"), an additive marker
  // may stand before them ("еще около 100").
  let markerIndex = previous.length;
  const approximator = APPROXIMATORS.find((words) => endsWith(keys, words, markerIndex));
  if (approximator) {
    result.approximate = true;
    markerIndex -= approximator.length;
  }
  const additive = ADDITIVE_BEFORE.find((words) => endsWith(keys, words, markerIndex));
  if (additive) {
    result.additional = true;
    markerIndex -= additive.length;
  }
  if (markerIndex < previous.length) result.markerStart = previous[markerIndex]?.start;

  const nearestKey = nearest.key;
  result.partitiveWhole = endsWith(keys, ['of', 'the'], keys.length) || nearestKey === 'из';
  result.dateOrReference = MONTHS.test(nearestKey) || REFERENCE_WORDS.has(nearestKey);
  // A capital after a word or a comma is a name ("Boeing 737", "Байдена 1"); after a full stop it is not.
  const nearestIndex = firstIndex + previous.length - 1;
  const tokenBefore = tokens[nearestIndex - 1];
  const gap = tokenBefore ? text.slice(tokenBefore.end, nearest.start) : '\n';
  const sentenceStart =
    gap.includes('\n') || (tokenBefore?.kind === 'punct' && /^[.!?…:;«"“(\-–—]$/.test(tokenBefore.text));
  result.afterNameMidSentence =
    /^\p{Lu}/u.test(nearest.text) && !sentenceStart && !result.approximate && !result.additional;
  return result;
}

function endsWith(keys: readonly string[], words: readonly string[], endIndex: number): boolean {
  if (endIndex < words.length) return false;
  return words.every((word, offset) => keys[endIndex - words.length + offset] === word);
}

interface After {
  /** The counted noun as written, if any. */
  head?: string;
  /** Adjectives, head and complement ("освобождённых заключённых", "граждан США"), for the concept. */
  phrase?: string;
  end?: number;
  /** "1300 more", "three more prisoners". */
  more: boolean;
  /** "10 of the 14", "10 из 14". */
  partitiveOf: boolean;
  /** The next word is a month ("21 июня", "11 June"). */
  month: boolean;
  /** The next word makes the number an amount, not a count: "процентов", "долларов", "км". */
  unit: boolean;
  /** The next word is a form of "год" that dates a year ("2020 года", "в 1994 году"). */
  yearWord: boolean;
}

/** Reads what follows the numeral: "more", adjectives, the counted noun and a complement like "США". */
function readAfter(text: string, tokens: readonly Token[], lastIndex: number): After {
  const result: After = { more: false, partitiveOf: false, month: false, unit: false, yearWord: false };
  let previous = tokens[lastIndex];
  let index = lastIndex + 1;
  const first = nextWord(text, tokens, index, previous);
  if (!first) return result;
  if (MONTHS.test(first.key)) return { ...result, month: true };
  if (UNIT_WORDS.test(first.key)) return { ...result, unit: true };
  if (YEAR_WORDS.has(first.key)) result.yearWord = true;
  if (ADDITIVE_AFTER.has(first.key)) {
    result.more = true;
    result.end = first.end;
    previous = first;
    index++;
  }
  const partitive = nextWord(text, tokens, index, previous);
  if (partitive && (partitive.key === 'of' || partitive.key === 'из') && isNumberAhead(tokens, index + 1)) {
    result.partitiveOf = true;
    return result;
  }

  const { group, head } = scanNounGroup(text, tokens, index, previous);
  if (!head) return result;
  const phraseTokens = [...group, ...readComplement(text, tokens, index + group.length, head)];
  result.head = head.text;
  result.phrase = phraseTokens.map((token) => token.text).join(' ');
  result.end = phraseTokens[phraseTokens.length - 1]?.end ?? head.end;
  return result;
}

/** The word at `index` when it follows `previous` in the same phrase. */
function nextWord(
  text: string,
  tokens: readonly Token[],
  index: number,
  previous: Token | undefined,
): Token | undefined {
  const token = tokens[index];
  if (!token || !previous || token.kind !== 'word' || !adjacent(text, previous, token)) return undefined;
  return token;
}

/**
 * Reads a short noun group after a number: adjectives are skipped until the counted noun ("10 иностранных
 * граждан", "three released prisoners"); English noun compounds take their last noun ("two energy traders").
 */
function scanNounGroup(
  text: string,
  tokens: readonly Token[],
  start: number,
  left: Token | undefined,
): { group: Token[]; head?: Token } {
  const group: Token[] = [];
  let previous = left;
  let head: Token | undefined;
  for (let index = start; index < tokens.length && group.length < 4; index++) {
    const word = tokens[index];
    if (!word || !previous || word.kind !== 'word' || !adjacent(text, previous, word)) break;
    if (FUNCTION_WORDS.has(word.key)) break;
    const latin = !isCyrillic(word.key);
    if (head) {
      // A known counted noun ends the group ("one year its sanctions" counts years).
      if (countConcept(head.key) !== undefined) break;
      // English compounds: "two Transnistrian energy traders" counts traders, not energy.
      if (!latin || /^\p{Lu}/u.test(word.text) || !(countConcept(word.key) || /s$/.test(word.key))) break;
      group.push(word);
      head = word;
      previous = word;
      continue;
    }
    const knownNoun = !RELEASE_PARTICIPLE.test(word.key) && countConcept(word.key) !== undefined;
    const adjective = !knownNoun && isAdjective(word);
    // A capital mid-phrase is a name or a heading ("Boeing", "1 Заявление центра"), except English
    // nationality adjectives ("1,200 Moldovan soldiers").
    if (/^\p{Lu}/u.test(word.text) && !knownNoun && !(latin && adjective)) break;
    group.push(word);
    previous = word;
    if (!adjective) {
      head = word;
      if (!latin) break;
    }
  }
  // "14 помилованных", "35 освобожденных": a Russian participle standing alone is the noun.
  const last = group[group.length - 1];
  if (!head && last && isCyrillic(last.key)) head = last;
  if (!head) return { group: [] };
  return { group: group.slice(0, group.indexOf(head) + 1), head };
}

/** "граждан США", "citizens of the United States": a complement that changes what is counted. */
function readComplement(text: string, tokens: readonly Token[], index: number, previous: Token | undefined): Token[] {
  const taken: Token[] = [];
  let left = previous;
  for (let cursor = index; cursor < tokens.length && taken.length < 4; cursor++) {
    const token = tokens[cursor];
    if (!token || !left || token.kind !== 'word' || !adjacent(text, left, token)) break;
    taken.push(token);
    left = token;
    const keys = taken.map((word) => word.key).join(' ');
    if (COMPLEMENTS.has(keys)) return [...taken];
    if (![...COMPLEMENTS].some((complement) => complement.startsWith(`${keys} `))) break;
  }
  return [];
}

function isNumberAhead(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const afterArticle = token?.key === 'the' ? tokens[index + 1] : token;
  return (
    afterArticle !== undefined && (afterArticle.kind === 'number' || lookupNumberWord(afterArticle.key) !== undefined)
  );
}

function isDateOrReference(before: Before, after: After): boolean {
  return before.dateOrReference || after.month;
}

/** A 4-digit number 1900–2100 is a year unless a counted noun other than "year" follows ("2000 человек"). */
function isYear(numeral: Numeral, after: After, concept: string | undefined): boolean {
  if (after.yearWord && numeral.value >= 1000) return true; // "в 1994 году", "2020 года"
  if (!numeral.fromDigits || numeral.value < 1900 || numeral.value > 2100) return false;
  return concept === undefined || concept === 'year';
}

/** Russian adjectives and participles by ending; English ones by a short list and common suffixes. */
function isAdjective(word: Token): boolean {
  if (isCyrillic(word.key)) return RU_ADJECTIVE.test(word.key);
  return EN_ADJECTIVES.has(word.key) || /^\p{L}{3,}(?:ed|al|an|ese|ish|ive|ous|ic|ar)$/u.test(word.key);
}

const RU_ADJECTIVE = new RegExp(`^\\p{L}{2,}${ADJ_ENDING}$`, 'u');

function isCyrillic(word: string): boolean {
  return /\p{Script=Cyrillic}/u.test(word);
}

// ---------------------------------------------------------------------------------------------------------
// Word lists

const MONTHS =
  /^(?:январ|феврал|март|апрел|ма[йяюе]$|июн|июл|август|сентябр|октябр|ноябр|декабр|january|february|march|april|may$|june|july|august|september|october|november|december|jan$|feb$|mar$|apr$|jun$|jul$|aug$|sept?$|oct$|nov$|dec$)/u;

/** Words after which a number is a label, not a count: "статья 342", "article 5", "page 3". */
const REFERENCE_WORDS: ReadonlySet<string> = new Set([
  'статья',
  'статьи',
  'статье',
  'статью',
  'ст',
  'часть',
  'части',
  'пункт',
  'пункта',
  'п',
  'глава',
  'главы',
  'стр',
  'номер',
  'article',
  'section',
  'chapter',
  'page',
  'p',
  'pp',
  'no',
  'number',
  'resolution',
  'order',
]);

/** Units and currencies: a number before them is an amount or a measure. */
const UNIT_WORDS =
  /^(?:процент|percent|per$|долл|доллар|dollars?$|евро$|euros?$|руб|usd$|eur$|км$|кг$|km$|kg$|миль|miles?$|тонн|tons?$|часов$|часа$|hours?$|минут|minutes?$|градус)/u;

/** Forms of "год" that make a number ≥ 1000 a year ("2020 года"); "лет" always counts years. */
const YEAR_WORDS: ReadonlySet<string> = new Set(['год', 'года', 'году', 'годом', 'годе', 'г', 'гг']);

const APPROXIMATORS: readonly (readonly string[])[] = [
  ['не', 'менее'],
  ['не', 'более'],
  ['более'],
  ['свыше'],
  ['около'],
  ['почти'],
  ['примерно'],
  ['порядка'],
  ['минимум'],
  ['more', 'than'],
  ['at', 'least'],
  ['up', 'to'],
  ['over'],
  ['about'],
  ['around'],
  ['nearly'],
  ['almost'],
  ['some'],
];
const ADDITIVE_BEFORE: readonly (readonly string[])[] = [
  ['еще'],
  ['another'],
  ['a', 'further'],
  ['further'],
  ['an', 'additional'],
  ['additional'],
];
const ADDITIVE_AFTER: ReadonlySet<string> = new Set(['more', 'additional']);

const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'и',
  'а',
  'но',
  'или',
  'в',
  'во',
  'на',
  'из',
  'с',
  'со',
  'к',
  'ко',
  'по',
  'за',
  'до',
  'от',
  'о',
  'об',
  'у',
  'для',
  'при',
  'без',
  'под',
  'над',
  'не',
  'ни',
  'что',
  'как',
  'же',
  'ли',
  'бы',
  'уже',
  'еще',
  'то',
  'это',
  'так',
  'также',
  'тоже',
  'был',
  'была',
  'были',
  'было',
  'будет',
  'среди',
  'которых',
  'который',
  'которые',
  'of',
  'the',
  'a',
  'an',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'from',
  'for',
  'by',
  'with',
  'than',
  'as',
  'that',
  'which',
  'who',
  'were',
  'was',
  'are',
  'is',
  'be',
  'been',
  'have',
  'has',
  'had',
  'out',
  'times',
  'раза',
  'раз',
]);

const EN_ADJECTIVES: ReadonlySet<string> = new Set([
  'other',
  'foreign',
  'former',
  'new',
  'young',
  'jailed',
  'freed',
  'released',
  'remaining',
  'belarusian',
  'american',
  'political',
  'detained',
  'imprisoned',
  'convicted',
  'pardoned',
  'senior',
  'high-ranking',
  'us',
]);

/** Complements after the head noun that change the concept ("граждан США" is 'us-citizen'). */
const COMPLEMENTS: ReadonlySet<string> = new Set([
  'сша',
  'америки',
  'соединенных штатов',
  'of the us',
  'of the united states',
  'of the usa',
  'других стран',
  'иных государств',
  'других государств',
  'третьих стран',
]);

// ---------------------------------------------------------------------------------------------------------
// Concept matching

interface CompiledConcept {
  id: string;
  word: RegExp;
  phrase?: RegExp;
}

const COMPILED_CONCEPTS: readonly CompiledConcept[] = COUNT_CONCEPTS.map((concept) => {
  const compiled: CompiledConcept = { id: concept.id, word: new RegExp(`^(?:${concept.words.join('|')})$`, 'u') };
  if (concept.phrases) compiled.phrase = new RegExp(`(?:^| )(?:${concept.phrases.join('|')})(?: |$)`, 'u');
  return compiled;
});

/** Lowercase, ё->е, "U.S." -> "us", punctuation to spaces: the form concept patterns are written for. */
function normalizePhrase(noun: string): string {
  return foldWord(noun)
    .replace(/u\.s\.a?\.?/g, 'us')
    .replace(/[^\p{L}\p{M}\d-]+/gu, ' ')
    .trim();
}
