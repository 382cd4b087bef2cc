import { findCountConcept } from '../extract/counts.ts';
import { mayHaveDate } from '../extract/date-roles.ts';
import { parseQuestionDate } from '../extract/dates.ts';
import { detectLang } from '../ingest/document-meta.ts';
import { CONCEPTS } from '../lexicon/concepts.ts';
import { FIRST_NAMES } from '../lexicon/first-names.ts';
import { FOLLOW_UP_WORDS, INTENT_PHRASINGS, ORDINALS } from '../lexicon/intents.ts';
import { STOPWORDS } from '../lexicon/stopwords.ts';
import { matchConcepts } from '../text/concept-matcher.ts';
import { isCyrillic, nameKey, phoneticKey, stem, type Token, tokenize } from '../text/tokens.ts';
import type { ChatContext, EventType, FuzzyDate, Intent, Lang } from '../types.ts';
import type { RetrievalIndex } from './retrieval-index.ts';

/** Questions are cut here: nobody asks a 10,000-character question, and matching cost grows with length. */
export const MAX_QUESTION_CHARS = 500;

export interface DateRange {
  from?: FuzzyDate;
  to?: FuzzyDate;
}

export interface ParsedQuestion {
  text: string;
  lang: Lang;
  truncated: boolean;
  intent: Intent;
  /** A second intent also asked for ("Was he released, and when?"). */
  alsoWhen: boolean;
  tokens: Token[];
  entities: string[];
  concepts: string[];
  eventTypes: EventType[];
  date?: FuzzyDate;
  range?: DateRange;
  countConcept?: string;
  ordinal?: number;
  /** Any ordinal asked about, "first" included: sentences using the same one rank higher. */
  ordinalAny?: number;
  /** Content stems not covered by an entity, a concept or a date. */
  terms: string[];
  /** Capitalised words that look like names no document uses ("Прагу" when no document mentions Prague). */
  unknownNames: string[];
  /** Known names (from the gazetteer) that no document mentions. */
  absentEntities: string[];
  /** Words corrected as typos: original → corrected. */
  corrections: Record<string, string>;
  /** Whether the chat's previous question filled in what this one left out. */
  usedContext: boolean;
}

// Control characters and bidi overrides: built from code points so the pattern itself holds none.
const CONTROL = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(8)}${String.fromCharCode(11)}${String.fromCharCode(12)}${String.fromCharCode(14)}-${String.fromCharCode(31)}${String.fromCharCode(127)}\u200E\u200F\u202A-\u202E\u2066-\u2069]`,
  'g',
);

export function cleanQuestion(raw: string): { text: string; truncated: boolean } {
  // Lone surrogates would break JSON and Telegram; control characters carry nothing.
  const text = raw
    .replace(CONTROL, ' ')
    .replace(/\p{Cs}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= MAX_QUESTION_CHARS) return { text, truncated: false };
  const cut = text.lastIndexOf(' ', MAX_QUESTION_CHARS);
  return { text: text.slice(0, cut > MAX_QUESTION_CHARS / 2 ? cut : MAX_QUESTION_CHARS), truncated: true };
}

export function parseQuestion(
  raw: string,
  index: RetrievalIndex,
  options: { lang?: Lang; context?: ChatContext; now?: Date } = {},
): ParsedQuestion {
  const { text, truncated } = cleanQuestion(raw);
  const lang = options.lang ?? (/[\u0400-\u04FF]/.test(text) ? detectLang(text) : 'en');
  const corrections: Record<string, string> = {};
  const dateMention = mayHaveDate(text) ? parseQuestionDate(text, lang, options.now ?? new Date()) : undefined;
  const rawTokens = tokenize(text);
  // Words of the date phrase are not typos ("march" is not "marco").
  const inDatePhrase = (t: Token) =>
    dateMention !== undefined && t.start >= dateMention.start && t.end <= dateMention.end;
  // Names first, as typed: exact aliases, then the same name in the other script ("Торнтон" ~ "Thornton").
  const exactNames = index.recognizer.recognize(rawTokens, false);
  const named = new Set(exactNames.flatMap((m) => range(m.from, m.to)));
  const phoneticNames: { entityId: string; from: number; to: number }[] = [];
  rawTokens.forEach((t, i) => {
    if (named.has(i) || t.norm.length < 4 || STOPWORDS.has(t.norm) || index.vocabulary.has(t.norm)) return;
    if (matchConcepts([t]).length > 0 || FIRST_NAME_SET.has(t.norm)) return;
    const ids = index.phonetic.get(phoneticKey(nameKey(t.norm)));
    if (ids?.length === 1) {
      phoneticNames.push({ entityId: ids[0] as string, from: i, to: i + 1 });
      named.add(i);
    }
  });
  const unknownNames: string[] = [];
  const tokens = rawTokens.map((t, i) => {
    // A word the concept list knows is not a typo, even if no document uses it ("price").
    if (
      named.has(i) ||
      inDatePhrase(t) ||
      FIRST_NAME_SET.has(t.norm) ||
      STOPWORDS.has(t.norm) ||
      /\d/.test(t.norm) ||
      matchConcepts([t]).length > 0
    )
      return t;
    // The same word written in the other script ("Zhanaozen" for "Жанаозен").
    const across = index.vocabulary.has(t.norm) ? undefined : index.capitalPhonetic.get(phoneticKey(nameKey(t.norm)));
    if (across) {
      corrections[t.norm] = across;
      return { ...t, norm: across, stem: stem(across) };
    }
    const fixed = index.vocabulary.correct(t.norm);
    // A capitalised Russian word mid-question that no document uses and that is no typo of a name is a name
    // we do not know. (English capitalises too much else to tell.)
    const nextToName = named.has(i + 1) || named.has(i - 1);
    if (
      i > 0 &&
      t.capitalized &&
      isCyrillic(t.raw) &&
      !nextToName &&
      !FIRST_NAME_SET.has(t.norm) &&
      !index.vocabulary.has(t.norm) &&
      (!fixed || !index.aliasWords.has(fixed))
    ) {
      unknownNames.push(t.raw);
    }
    if (!fixed) return t;
    corrections[t.norm] = fixed;
    return { ...t, norm: fixed, stem: stem(fixed) };
  });
  const folded = ` ${tokens.map((t) => t.norm).join(' ')} `;
  const intent = detectIntent(folded);
  const alsoWhen = intent !== 'when' && hasPhrase(folded, 'when');

  const mentions = [
    ...index.recognizer
      .recognize(tokens, false)
      .filter((m) => !range(m.from, m.to).some((i) => phoneticNames.some((p) => p.from === i))),
    ...phoneticNames,
  ];
  const entities = [...new Set(mentions.map((m) => m.entityId))];
  const inEntity = new Set(mentions.flatMap((m) => range(m.from, m.to)));
  // "мира" inside "Совета мира" is part of a name, not the concept of peace.
  const conceptHits = matchConcepts(tokens).filter(
    (h) => !CONCEPT_IGNORED_IN_QUESTIONS.has(h.concept.id) && !range(h.from, h.to).some((i) => inEntity.has(i)),
  );
  const concepts = [...new Set(conceptHits.map((h) => h.concept.id))];
  const inConcept = new Set(conceptHits.flatMap((h) => range(h.from, h.to)));
  const eventTypes = [
    ...new Set(conceptHits.map((h) => h.concept.event).filter((e): e is EventType => e !== undefined)),
  ];

  const inDate = new Set<number>();
  if (dateMention) {
    tokens.forEach((t, i) => {
      if (t.start >= dateMention.start && t.end <= dateMention.end) inDate.add(i);
    });
  }
  const yearRange = readYearRange(text);
  const intentWords = intentWordSet();
  const terms = tokens
    .filter((_t, i) => !inEntity.has(i) && !inConcept.has(i) && !inDate.has(i))
    .filter((t) => !STOPWORDS.has(t.norm) && !intentWords.has(t.norm) && t.norm.length > 2 && !/^\d+$/.test(t.norm))
    .map((t) => t.stem);
  const ordinalAny = tokens.map((t) => ORDINALS[t.norm]).find((n) => n !== undefined);
  // Only "second" and later must be matched: "the first call" is also just "the call".
  const ordinal = ordinalAny !== undefined && ordinalAny > 1 ? ordinalAny : undefined;
  const countConcept = intent === 'how_many' ? findCountConcept(text) : undefined;

  const parsed: ParsedQuestion = {
    text,
    lang,
    truncated,
    intent,
    alsoWhen,
    tokens,
    entities,
    concepts,
    eventTypes,
    ...(dateMention ? { date: questionDate(dateMention.date) } : {}),
    ...(yearRange ? { range: yearRange } : {}),
    ...(countConcept ? { countConcept } : {}),
    ...(ordinal ? { ordinal } : {}),
    ...(ordinalAny ? { ordinalAny } : {}),
    terms: [...new Set(terms)],
    unknownNames: unknownNames
      .filter((n) => !dateMention || !text.slice(dateMention.start, dateMention.end).includes(n))
      .filter((n) => !WEEKDAYS.test(n)),
    absentEntities: entities.filter((e) => !index.byEntity.has(e)),
    corrections,
    usedContext: false,
  };
  return applyContext(parsed, options.context);
}

const FIRST_NAME_SET = new Set(FIRST_NAMES);

const WEEKDAYS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|i|i'm|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** "в сентябре" in a question means September of whichever year the documents speak of, not this year's. */
function questionDate(d: FuzzyDate): FuzzyDate {
  if (!d.yearInferred || d.relative) return d;
  const { year: _year, yearInferred: _inferred, ...rest } = d;
  return rest;
}

/** Concepts that every question about this domain carries; they would match everything. */
const CONCEPT_IGNORED_IN_QUESTIONS = new Set(['hedge']);

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

let intentWords: Set<string> | undefined;
function intentWordSet(): Set<string> {
  if (!intentWords) {
    intentWords = new Set(INTENT_PHRASINGS.flatMap((p) => p.phrases.flatMap((ph) => ph.replace('^', '').split(' '))));
  }
  return intentWords;
}

function hasPhrase(folded: string, intent: Intent): boolean {
  return INTENT_PHRASINGS.some((p) => p.intent === intent && p.phrases.some((ph) => phraseIn(folded, ph)));
}

function phraseIn(folded: string, phrase: string): boolean {
  if (phrase.startsWith('^')) return folded.startsWith(` ${phrase.slice(1)} `);
  return folded.includes(` ${phrase} `);
}

/** The first intent (in the table's order of specificity) any of whose phrasings the question contains. */
export function detectIntent(folded: string): Intent {
  for (const p of INTENT_PHRASINGS) {
    if (p.phrases.some((ph) => phraseIn(folded, ph))) {
      // "what" alone is weak: "What gift ..." asks which, "What did X say" asks what happened.
      return p.intent;
    }
  }
  return 'about';
}

/** "in 2025–2026", "с 2025 года", "since 2025", "начиная с 2025 года": a span of years rather than one date. */
function readYearRange(text: string): DateRange | undefined {
  const span = /\b((?:19|20)\d{2})\s*(?:-|–|—|to|till|until|по|до)\s*((?:19|20)\d{2})\b/i.exec(text);
  if (span) {
    return {
      from: { year: Number(span[1]), precision: 'year' },
      to: { year: Number(span[2]), precision: 'year' },
    };
  }
  const since = /(?:since|from|after|начиная\s+с|с|после)\s+((?:19|20)\d{2})(?!\d)/i.exec(text);
  if (since) return { from: { year: Number(since[1]), precision: 'year' } };
  return undefined;
}

/** A follow-up borrows the subject (and, when it says "then", the date) of the chat's previous question. */
function applyContext(q: ParsedQuestion, context: ChatContext | undefined): ParsedQuestion {
  if (!context) return q;
  const refersBack = q.tokens.some((t) => FOLLOW_UP_WORDS.has(t.norm)) || q.tokens.length <= 6;
  if (!refersBack) return q;
  let used = false;
  const out = { ...q };
  if (q.entities.length === 0 && context.entities?.length) {
    out.entities = context.entities;
    used = true;
  }
  const saysThen = q.tokens.some((t) => ['then', 'тогда', 'that', 'тот', 'этот', 'той', 'том'].includes(t.norm));
  if (!q.date && !q.range && context.date && (saysThen || used)) {
    out.date = context.date;
    used = true;
  }
  if (q.eventTypes.length === 0 && context.eventType && used) out.eventTypes = [context.eventType];
  out.usedContext = used;
  return out;
}

export function conceptById(id: string) {
  return CONCEPTS.find((c) => c.id === id);
}
