/**
 * A question, read: its language, the type of answer it expects, the terms it is about (each with
 * the features that can match it in any language), the date or period it names, and the numbers
 * and ordinals it contains.
 */
import Fuse from 'fuse.js';
import { isYearOfName, mayHaveDate, namesNoun } from '../extract/date-roles.ts';
import { extractDates } from '../extract/dates.ts';
import { parseNumberToken } from '../extract/numerals.ts';
import { CAPITAL_OF } from '../lexicon/capitals.ts';
import { STOPWORDS } from '../lexicon/stopwords.ts';
import { isVocabularyWord } from '../lexicon/vocabulary.ts';
import { editDistance } from '../text/edit-distance.ts';
import { dictionaryPartOfSpeech, nominative } from '../text/morphology.ts';
import { ordinalsIn } from '../text/ordinals.ts';
import { isCyrillic, type Token, tokenize } from '../text/tokens.ts';
import type { DateMention, Lang } from '../types.ts';
import { type AnswerType, answerTypeOf, askedTitleHead, QUESTION_WORDS } from './answer-types.ts';
import { withoutGuess, withoutHearsay, withoutPoliteFrame, withoutPostFrame } from './question-frame.ts';
import { periodMonths } from './question-period.ts';
import { sameSoundingStems } from './same-sounding-words.ts';
import {
  addAcronymFeatures,
  COUNTRY_CLASS,
  featuresOf,
  isContentToken,
  nameKeyOf,
  type SentenceIndex,
} from './sentence-index.ts';
import { TUNING } from './tuning.ts';

/** Questions are cut here: nobody asks a 10,000-character question, and matching cost grows with length. */
export const MAX_QUESTION_CHARS = 500;

export interface QuestionTerm {
  raw: string;
  /** Position among the question's tokens. */
  position: number;
  /** Features that match this term in a sentence, best first. */
  features: string[];
  /** How much finding it matters: the rarity of its rarest feature present in the documents. */
  weight: number;
  /** Looks like a proper name (capitalised inside the sentence, or known only by its name key). */
  name: boolean;
  /** The documents have none of its features, even after typo correction. */
  unknown: boolean;
  /** The document word a typo was corrected to. */
  correctedTo?: string;
  /** What the question asks about: the words right after its question word ("which *judge*", "how many *trucks*"). */
  focus?: boolean;
  /** Stems of the documents that share a long beginning with this word's ("экспертн" for "эксперт"). */
  derived?: string[];
}

/**
 * A capitalised word past the question's first: a name's word ("the *Free* Varnel movement", "the Ocean
 * Kestrel"), whatever the vocabulary makes of it.
 */
export function capitalizedInside(t: QuestionTerm): boolean {
  return t.position > 0 && /^\p{Lu}/u.test(t.raw);
}

/** A term the world gazetteer knows as a place: a country, a capital ("Belarus", "белорусская", "Минск"). */
export function isPlaceTerm(t: QuestionTerm): boolean {
  return t.features.some((f) => f.startsWith('c:geo_'));
}

/** Words of planning a date, shared by the question's dates and the documents': "scheduled", "назначено". */
export const PLAN_WORDS = String.raw`set|scheduled|planned|slated|due|назначен\p{L}*|запланирован\p{L}*|намечен\p{L}*`;
/** A strike's or a meeting's dates as called: "called for 23-26 April", «объявленную на 23 апреля». */
export const CALLED_WORDS = String.raw`called|announced|объявлен\p{L}*`;

export interface AnalyzedQuestion {
  text: string;
  lang: Lang;
  truncated: boolean;
  type: AnswerType;
  tokens: Token[];
  terms: QuestionTerm[];
  dates: DateMention[];
  /**
   * Dates it names as a plan's ("the session scheduled for 12 May") or as an event's the asked one follows
   * ("after the postponement in July"): neither the period asked nor an answer.
   */
  plannedDates?: DateMention[];
  /** Numbers the question says, in digits or words (not parts of dates): none is its answer. */
  numbers: number[];
  /** Ordinals the question asks about ("the second call"). */
  ordinals: number[];
  /** It asks since when something holds ("since what year", "с какого времени"). */
  asksSince: boolean;
  /** A bare title asked as a person ("Northgate Energy CEO?"): its head's tokens [from, to). */
  bareTitle?: { from: number; to: number };
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
    // "who's Smith?" asks what "who is Smith?" asks.
    .replace(/(?<![\p{L}])(who|what|where)['’]s(?![\p{L}])/giu, '$1 is')
    .trim();
  if (text.length <= MAX_QUESTION_CHARS) return { text, truncated: false };
  const cut = text.lastIndexOf(' ', MAX_QUESTION_CHARS);
  return { text: text.slice(0, cut > MAX_QUESTION_CHARS / 2 ? cut : MAX_QUESTION_CHARS), truncated: true };
}

export function questionLang(text: string): Lang {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const cyrillic = (text.match(/[\u0400-\u04FF]/g) ?? []).length;
  return letters > 0 && cyrillic / letters > 0.3 ? 'ru' : 'en';
}

/** A last sentence asking whether the sources agree: "Do the sources agree on the number?", "Источники сходятся?". */
const AGREEMENT_CLAUSE =
  /(?:[.?!:—–]|,?\s+(?:and|и))\s+(?:(?:do|did|are|is|does)\s+(?:(?:all\s+)?the\s+|all\s+)?(?:sources|reports|documents|figures|numbers|accounts|estimates|data)\s+(?:agree|differ|disagree|match|tally|line up|consistent|the same|(?:give|say|report|cite)\s+the\s+same)|(?:is|are)\s+there\s+(?:any\s+|a\s+)?(?:discrepanc\p{L}*|disagreement\p{L}*|differences?|conflict\p{L}*|contradiction\p{L}*)|(?:(?:совпадают|сходятся|расходятся|различаются|отличаются)\s+ли|(?:источники|данные|цифры|сведения)(?:\s+\p{L}+)?\s+(?:совпадают|сходятся|расходятся|различаются|отличаются)|есть\s+ли\s+(?:расхождени\p{L}*|разногласи\p{L}*|противоречи\p{L}*|разночтени\p{L}*)|одинаков\p{L}*\s+ли))[^.?!]*[.?!]?\s*$/iu;

/** Whether the question ends asking if the sources agree ("… Do the sources agree on the amount?"). */
export function asksWhetherSourcesAgree(text: string): boolean {
  return AGREEMENT_CLAUSE.test(text);
}

export function withoutAgreementClause(text: string): string {
  const m = AGREEMENT_CLAUSE.exec(text);
  return m ? text.slice(0, m.index + 1) : text;
}

/**
 * Adverbs that place the asked fact in a story's end ("в итоге", "eventually"), and "took place",
 * "occurred" (a stopword's "happened" in other words): they name nothing a sentence must share.
 * Blanked with spaces so that offsets (of dates) stay.
 */
const STORY_ADVERBS =
  /(?<![\p{L}])(в (конечном )?итоге|в конце концов|в результате всего|in the end|eventually|ultimately|finally|in the final analysis|(took|take|takes|taken|taking) place|occurr?(ed|s)?)(?![\p{L}])/giu;

export function withoutStoryAdverbs(text: string): string {
  return text.replace(STORY_ADVERBS, (m) => ' '.repeat(m.length));
}

/** Name-like weight: a person or place the question names is what it is most about. */
const NAME_BOOST = 1.4;

export function analyzeQuestion(
  raw: string,
  index: SentenceIndex,
  options: { lang?: Lang; now?: Date; spelling?: SpellingIndex } = {},
): AnalyzedQuestion {
  const cleaned = cleanQuestion(raw);
  const truncated = cleaned.truncated;
  const text = withoutGuess(withoutPostFrame(withoutHearsay(cleaned.text)));
  const lang = options.lang ?? questionLang(text);
  // "… Do the sources agree?" asks to show both figures if they differ; its words are not what is asked about.
  const framed = withoutPoliteFrame(withoutAgreementClause(text));
  // "What took place …?" is typed by its whole wording; the words it is matched with leave "took place" out.
  const type = answerTypeOf(framed, lang);
  const asked = withoutStoryAdverbs(framed);
  const now = options.now ?? new Date();
  const docDate = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
  // Dates in a question without a year are left yearless: "24 July" matches 24 July of any year.
  // "for the February deliveries", "this summer's releases" name the deliveries and the releases, and
  // "than in February" the figure compared with; they do not ask a period.
  const written = mayHaveDate(asked)
    ? extractDates(asked, lang, {}).filter(
        (d) =>
          !d.date.relative &&
          !namesNoun(asked, d.start, d.end) &&
          !isYearOfName(asked, d) &&
          !POSSESSIVE_AFTER.test(asked.slice(d.end, d.end + 4)) &&
          !COMPARED_WITH.test(asked.slice(Math.max(0, d.start - 30), d.start)),
      )
    : [];
  const isPlanned = (d: DateMention) =>
    PLAN_OF_DATE.test(asked.slice(Math.max(0, d.start - 30), d.start)) ||
    REPORTED_FUTURE_OF_DATE.test(asked.slice(Math.max(0, d.start - 80), d.start));
  // "When did the crossing open for the first time after the 2022 clashes?": 2022 dates the clashes, and
  // the answer lies after them, not in that year.
  const isBackground = (d: DateMention) =>
    type === 'date' && AFTER_EVENT_OF_DATE.test(asked.slice(Math.max(0, d.start - 50), d.start));
  // "Had anyone warned before the summer …?": what is asked lies before the date, not in it.
  const isBefore = (d: DateMention) =>
    BEFORE_DATE.test(asked.slice(Math.max(0, d.start - 20), d.start) + d.text.split(/\s+/)[0]);
  const named = written.filter((d) => !isPlanned(d) && !isBackground(d) && !isBefore(d));
  const plannedDates = written.filter((d) => isPlanned(d) || isBackground(d));
  // "Between March and July 2026" asks every month of it, not only July.
  const period = periodMonths(asked);
  const dates = period.length ? period : named;
  void docDate;
  const tokens = tokenize(asked);
  const inDate = (t: Token) => dates.some((d) => t.start >= d.start && t.end <= d.end);
  const numbers: number[] = [];
  const terms: QuestionTerm[] = [];
  const seenWords = new Set<string>();
  const tokenFeatures = featuresOf(tokens, 'question', text);
  addAcronymFeatures(tokens, tokenFeatures, index.acronyms);
  const featuresAt = (i: number) => [...tokenFeatures].filter(([, at]) => at.includes(i)).map(([f]) => f);
  const stopWordPhrasesAt = (i: number) =>
    [...tokenFeatures]
      .filter(
        ([f, at]) =>
          f.startsWith('c:') && at.length >= 2 && at[0] === i && at.every((p) => !isContentToken(tokens[p] as Token)),
      )
      .map(([f]) => f);
  tokens.forEach((t, i) => {
    if (inDate(t)) return;
    // "29-mm valves": the figure of a hyphened word is given as a bare one is (a sentence reads it so too).
    const figure = /^(\d+(?:[.,]\d+)?)(?:-\p{L}+)?$/u.exec(t.norm)?.[1];
    if (figure !== undefined) {
      numbers.push(Number(figure.replace(',', '.')));
    } else {
      // "How long did the two ships stay?": the question's "two" is what it says, not an answer.
      const said = parseNumberToken(t.norm);
      if (said !== undefined && said >= 2) numbers.push(said);
    }
    // "let out", "let go": a phrase of the vocabulary made only of stop words is a term at its first word.
    const phrase = isContentToken(t) ? [] : stopWordPhrasesAt(i);
    if ((!isContentToken(t) && !phrase.length) || QUESTION_WORDS.has(t.norm) || ordinalsIn([t], t.raw).length) return;
    // A word said twice is one term: repeating it does not make it weigh more.
    if (seenWords.has(t.norm)) return;
    seenWords.add(t.norm);
    let features = (phrase.length ? phrase : featuresAt(i)).sort(featureOrder);
    features = withNominativeKey(t, features);
    const capitalized = t.capitalized && i > 0 && !/^\d/.test(t.raw);
    let correctedTo: string | undefined;
    if (!features.some((f) => index.postings.has(f))) {
      // A word no document uses may be a name typed in lower case that looks like a common word
      // ("barr" is not bar): its name key is tried, then the nearest name key of the documents.
      const key = `k:${nameKeyOf(t.norm)}`;
      if (!features.includes(key) && key.length >= 4) features = [...features, key];
      if (!index.postings.has(key)) {
        const near = nearestNameKey(features, index);
        if (near) features = [...features, near];
      }
      // "Carabineros" where the documents write "карабинеры": a body named as a common word.
      if (capitalized && !features.some((f) => index.postings.has(f)))
        features = [...features, ...sameSoundingStems(index, t.norm)];
    }
    // A word of the vocabulary is no typo: "поимённо" is not "примерно" because no document says it.
    if (
      !features.some((f) => index.postings.has(f)) &&
      options.spelling &&
      !/\d/.test(t.norm) &&
      !isVocabularyWord(t.norm)
    ) {
      const fixed = options.spelling.correct(t.norm);
      // A name is misspelt by a letter ("Stantn"); two edits turn it into another word ("Northbank" → "northern").
      if (fixed && !(capitalized && editDistance(t.norm, fixed) > 1)) {
        correctedTo = fixed;
        features = featuresAt(i)
          .concat([...featuresOf(tokenize(fixed), 'question').keys()])
          .sort(featureOrder);
      }
    }
    // A name is not derived from a shorter word: "Northgatebank" is no form of "Northgate".
    const derived = capitalized && !isVocabularyWord(t.norm) ? [] : derivedStems(features, index);
    if (derived.length) features = [...features, ...derived];
    let present = features.filter((f) => index.postings.has(f));
    // "США" where the documents say only "Washington": the country stands for what its capital does.
    if (!present.length) {
      const capitals = features.flatMap((f) => {
        const capital = CAPITAL_OF.get(f.slice(2));
        return f.startsWith('c:') && capital && index.postings.has(`c:${capital}`) ? [`c:${capital}`] : [];
      });
      if (capitals.length) {
        features = [...features, ...capitals];
        present = capitals;
      }
    }
    // A capitalised word the vocabulary knows as a common word ("Prime" of Prime Minister) is no name;
    // a country or a capital is.
    const common = features.some((f) => f.startsWith('c:') && !f.startsWith('c:geo_'));
    // A word typed in lower case is a name when only a name key finds it, unless the dictionary knows it as a
    // common word ("записку" is no "Zapski" of the documents).
    const keyedName =
      present.length > 0 &&
      present.every((f) => f.startsWith('k:')) &&
      (t.capitalized || dictionaryPartOfSpeech(t.norm) === undefined);
    const name = (capitalized && !common) || keyedName;
    // General news words ("happen", "say") weigh less than what the question is specifically about.
    const general = features.some((f) => f.startsWith('c:gen_'));
    const weight = present.length
      ? Math.max(...present.map((f) => index.idf(f))) * (general ? TUNING.generalWordFactor : 1)
      : 0;
    terms.push({
      raw: t.raw,
      position: i,
      features,
      weight: weight * (name ? NAME_BOOST : 1),
      name,
      unknown: present.length === 0,
      ...(derived.length ? { derived } : {}),
      ...(correctedTo ? { correctedTo } : {}),
    });
  });
  askClasses(tokens, terms, index);
  // "Northgate Energy CEO?": a title asked with no question word at all.
  const bareTitle = type === 'person' ? askedTitleHead(asked) : undefined;
  markFocus(tokens, terms, asked, bareTitle);
  const ordinals = ordinalsIn(tokens, text).map((o) => o.value);
  const asksSince = /(?<![\p{L}])(since (when|what|which)|с какого|с каких пор|с какой даты)(?![\p{L}])/iu.test(text);
  return {
    text,
    lang,
    truncated,
    type,
    tokens,
    terms,
    dates,
    numbers,
    ordinals,
    asksSince,
    ...(bareTitle ? { bareTitle } : {}),
    ...(plannedDates.length ? { plannedDates } : {}),
  };
}

/** "… меньше, чем в феврале", "up from 2025", "than in February": the date compared with is not the one asked. */
const COMPARED_WITH =
  /(?<![\p{L}])(than|compared (with|to)|versus|vs\.?|up from|down from|чем|по сравнению с|против)\s*(in|on|at|в|во)?\s*$/iu;

/**
 * "the session scheduled for 12 May", "заседания, намеченного на 12 мая": the date names the plan that the
 * question speaks of, not the period asked (when it was put off is another day).
 */
const PLAN_OF_DATE = new RegExp(
  // "the walkout it had called for late April", «забастовку, объявленную на 23 апреля»: a strike's dates.
  String.raw`(?<![\p{L}])((${PLAN_WORDS}|планировавш\p{L}*)\s*(for|on|to|на)?|(${CALLED_WORDS})\s+(for|на))\s*(the\s+)?$`,
  'iu',
);

/**
 * "When did the minister say that the line would open in July?": July is what was said, the plan told
 * of, not when it was said.
 */
const REPORTED_FUTURE_OF_DATE =
  /(?<![\p{L}])(that|что)\s[^,;?]*(?<![\p{L}])(would|will|is to|are to|was to|were to|будет|будут)\s+(\p{L}+\s+){0,2}(in|on|by|from|в|во|на|с|к)?\s*(the\s+)?$/iu;

/** "after the postponement in July", "после переноса в июле": the date is of the event the asked one follows. */
const AFTER_EVENT_OF_DATE =
  /(?<![\p{L}])(after|following|после|вслед за)\s+(the\s+|its\s+|their\s+)?(\p{L}+\s+){1,3}((in|on|of|at|в|во)\s+)?$/iu;

/** "before the summer", "prior to 1 May": the asked time is earlier than the date. */
const BEFORE_DATE = /(?<![\p{L}])(before|prior( to)?|ahead( of)?|earlier( than)?)(\s+(the\s*)?)?$/iu;

/** "this summer's releases", "Tuesday's vote": the date is the noun's. */
const POSSESSIVE_AFTER = /^['’]s\s/u;

/** A question's focus that names a class of places ("which countries", "в какие города") matches its members. */
const CLASS_OF: Array<[RegExp, string]> = [[/^c:pol_country$/, COUNTRY_CLASS]];

function askClasses(tokens: readonly Token[], terms: QuestionTerm[], index: SentenceIndex): void {
  const cue = focusCue(tokens);
  if (cue < 0) return;
  for (const t of terms) {
    // The words a focus may take: "which countries" even when no document says "country".
    if (t.position <= cue || t.position > cue + 3) continue;
    for (const [concept, cls] of CLASS_OF) {
      if (t.features.some((f) => concept.test(f)) && index.postings.has(cls) && !t.features.includes(cls)) {
        t.features = [...t.features, cls];
        if (t.unknown) {
          t.unknown = false;
          t.weight = index.idf(cls);
        }
      }
    }
  }
}

const FOCUS_CUES =
  /^(which|what|whose|many|much|how|who|whom|какой|какая|какое|какие|каких|каким|какую|какого|какому|каком|которы\p{L}*|чей|чья|чьё|чьи|сколько|кто|кого|кому|кем)$/u;

/**
 * The focus of a question: up to two content words within three tokens after its first question
 * word. A sentence that has none of them does not answer it ("Which judge ordered ...?" is not
 * answered by a sentence about the order without a judge).
 */
/**
 * The question word whose noun is the focus, or -1. Only a question word that governs the noun after
 * it makes that noun the focus ("which judge", "сколько водителей"); after "чем", "почему" or "когда"
 * comes the subject, not what is asked.
 */
function focusCue(tokens: readonly Token[]): number {
  const asked = tokens.findIndex((t) => QUESTION_WORDS.has(t.norm));
  // "Как зовут …": "как" is no question word of its own (it asks a manner), but it asks a name here.
  const cue = tokens[0]?.norm === 'как' && NAME_ASKED.test(tokens[1]?.norm ?? '') ? 0 : asked;
  if (cue < 0) return -1;
  // "What is the name of the ambassador", "Как зовут посла": the name asked is the ambassador's (after
  // any question word: "как" governs no noun, but "как зовут" asks one).
  for (let k = cue + 1; k <= cue + 4 && k < tokens.length; k++) {
    if (!NAME_ASKED.test((tokens[k] as Token).norm)) continue;
    let at = k;
    while (at + 1 < tokens.length && /^(of|the|a|an)$/.test((tokens[at + 1] as Token).norm)) at++;
    return at;
  }
  // "Какое число грузовиков …", "какое количество дней": the quantity asked is of the noun after it.
  if (QUANTITY_WORD.test(tokens[cue + 1]?.norm ?? '') && COUNTED_AFTER.test(tokens[cue + 2]?.norm ?? ''))
    return cue + 1;
  // "Какого числа …", "в какой день …", "what day …": the question word governs the date asked, not a noun after it.
  if (DATE_ASKED_WORD.test(tokens[cue + 1]?.norm ?? '')) return -1;
  return FOCUS_CUES.test((tokens[cue] as Token).norm) ? cue : -1;
}

const DATE_ASKED_WORD = /^(числа|число|дня|день|дату|дата|году|месяце|date|day|year|month)$/;
/**
 * A noun of quantity a count is asked with: "какое число грузовиков", "какое количество дней". (English
 * "what number of ships" was tried the same way: one never-read paraphrase lost, none won.)
 */
const QUANTITY_WORD = /^(число|количество)$/;
/** … followed by what it counts, a noun in the genitive plural (no month, no preposition). */
const COUNTED_AFTER = /^\p{L}+(ов|ев|ей|ий|ых|их|ек|ок|н|к|ц|т|д|в|л|р|м|с|ж|ш|ч|щ)$/u;

/**
 * "командующий силами — кто?", "the Kestov envoy, who?": a person's question word asked last, after a
 * dash, a colon or a comma. The number of tokens before that mark, or -1.
 */
function phraseBeforeTrailingCue(tokens: readonly Token[], text: string): number {
  const last = tokens.length - 1;
  const cue = tokens[last];
  if (!cue || !/^(who|кто)$/.test(cue.norm) || last < 1) return -1;
  const mark = text.slice((tokens[last - 1] as Token).end, cue.start);
  return /[—–:,-]/.test(mark) ? last : -1;
}

/** "Сколько времени", "how much time": what a duration is asked in, no unit a number counts. */
export const TIME_ASKED_WORD = /^(времени|time)$/;

/** What links a person to a title: "Who is / serves as / works as the envoy?". */
const COPULA =
  /^(is|was|are|were|serves|served|serving|works|worked|acts|acted|as|currently|now|является|являлся|являлась|являются|служит|работает|сейчас|теперь)$/;

/** Words asking a name: what comes after them is whose name is asked. */
const NAME_ASKED = /^(name|names|имя|имени|имена|фамилия|фамилию|фамилии|зовут)$/;

/**
 * "whom", "кем": the noun after it is the subject ("с кем встретился посланник"), unless "кого из
 * задержанных". After "кто" it is the asked role ("Кто председатель совета?").
 */
const PERSON_CUE = /^(whom|кого|кому|кем)$/;
const PARTITIVE = /^(из|of|among|среди)$/;

function markFocus(
  tokens: readonly Token[],
  terms: QuestionTerm[],
  text: string,
  bare: { from: number; to: number } | undefined,
): void {
  // A bare title's head is what is asked.
  if (bare) {
    for (const t of terms) if (t.position >= bare.from && t.position < bare.to) t.focus = true;
    return;
  }
  const before = phraseBeforeTrailingCue(tokens, text);
  if (before >= 0) {
    // "глава миссии в Кештове — кто?": the title of the phrase the question word follows is asked.
    const title = terms.find(
      (t) => t.position < before && !t.unknown && t.features.some((f) => f.startsWith('c:role_')),
    );
    if (title) title.focus = true;
    return;
  }
  const cue = focusCue(tokens);
  if (cue < 0) return;
  if (PERSON_CUE.test((tokens[cue] as Token).norm) && !PARTITIVE.test(tokens[cue + 1]?.norm ?? '')) return;
  // "Сколько времени длились …", "how much time": a duration is asked, no thing a sentence must name.
  if (TIME_ASKED_WORD.test(tokens[cue + 1]?.norm ?? '') || TIME_ASKED_WORD.test(tokens[cue + 2]?.norm ?? '')) return;
  const near = terms
    .filter((t) => t.position > cue && t.position <= cue + 3 && !t.unknown && !COPULA.test(t.raw.toLowerCase()))
    .slice(0, 2);
  const head = englishHead(tokens, cue, terms);
  for (const t of head ? [...near, head] : near) t.focus = true;
}

/**
 * The title at the head of an English noun phrase after the question word, past its modifiers ("Who
 * is the Finnish district *prosecutor* in …?"): the first word with a title among at most four.
 */
function englishHead(tokens: readonly Token[], cue: number, terms: readonly QuestionTerm[]): QuestionTerm | undefined {
  let k = cue + 1;
  while (
    k < tokens.length &&
    (COPULA.test((tokens[k] as Token).norm) || /^(the|a|an)$/.test((tokens[k] as Token).norm))
  )
    k++;
  for (let n = 0; n < 4 && k < tokens.length; n++, k++) {
    const term = terms.find((t) => t.position === k);
    if (!term || !/^[a-z]/.test((tokens[k] as Token).norm)) return undefined;
    if (!term.unknown && term.features.some((f) => f.startsWith('c:role_'))) {
      // "the National Guard spokesman", "the coast guard chief": of titles in a row, the last is the head.
      const next = terms.find((t) => t.position === k + 1);
      // (Not a title of one phrase with it: "chief financial officer" asks a financial chief, no officer.)
      const roles = (t: QuestionTerm) => t.features.filter((f) => f.startsWith('c:role_'));
      if (
        next &&
        !next.unknown &&
        n + 1 < 4 &&
        roles(next).length &&
        !roles(next).some((f) => term.features.includes(f))
      )
        continue;
      return term;
    }
  }
  return undefined;
}

/** Shortest shared beginning for two stems to count as one word's derivations. */
const MIN_SHARED_STEM = 5;

/**
 * Document stems that extend this word's stem or that it extends, from five letters on: the
 * adjective and the noun ("экспертн"/"эксперт", "customs"/"custom") found without a dictionary entry.
 */
function derivedStems(features: readonly string[], index: SentenceIndex): string[] {
  const own = features.find((f) => f.startsWith('s:'));
  if (!own || own.length - 2 < MIN_SHARED_STEM || /\d/.test(own)) return [];
  const out = new Set<string>();
  for (let n = MIN_SHARED_STEM + 2; n < own.length; n++) {
    const shorter = own.slice(0, n);
    if (index.postings.has(shorter)) out.add(shorter);
  }
  for (const longer of index.stemsStartingWith(own))
    if (longer !== own && longer.length <= own.length + 3) out.add(longer);
  return [...out].slice(0, 6);
}

/** Case endings the name key leaves on (plural genitive, dative and instrumental). */
const SPARED_ENDING = /(ов|ев|ам|ям|ами|ями)$/;
/**
 * "Сколько «Кестрелов»", "Лоримерами": the name key strips case endings but spares "-ов" (surnames end
 * so: "Гончаров"), so a word with such an ending is also keyed by its nominative ("Кестрел", as "Kestrel" is).
 */
function withNominativeKey(t: Token, features: string[]): string[] {
  if (!isCyrillic(t.norm) || !SPARED_ENDING.test(t.norm)) return features;
  // As written: a capital lets the dictionary read a surname ("Гончаров" is no plural of "гончар").
  const key = `k:${nameKeyOf(nominative(t.raw).toLowerCase())}`;
  return key.length >= 5 && !features.includes(key) ? [...features, key] : features;
}

/** The documents' name key one edit away from the question word's key (keys of four letters or more). */
function nearestNameKey(features: readonly string[], index: SentenceIndex): string | undefined {
  const own = features.find((f) => f.startsWith('k:'));
  if (!own || own.length < 6) return undefined;
  let found: string | undefined;
  for (const key of index.nameKeys) {
    if (key[2] !== own[2] || Math.abs(key.length - own.length) > 1) continue;
    // One edit for a short key, two for a long one ("Tsikhanouski" / "Тихановский").
    if (editDistance(own, key) <= (own.length >= 8 ? 2 : 1)) {
      if (found) return undefined; // two candidates: too ambiguous to guess
      found = key;
    }
  }
  return found;
}

/** Stems first, then concepts, then name keys: the most exact match is tried first. */
function featureOrder(a: string, b: string): number {
  const rank = (f: string) => (f.startsWith('s:') ? 0 : f.startsWith('c:') ? 1 : 2);
  return rank(a) - rank(b);
}

/** Typo correction against the documents' own words (fuse.js, bucketed by first letter). */
export interface SpellingIndex {
  correct(word: string): string | undefined;
  /** Whether a document writes this (lower-case) word. */
  knows(word: string): boolean;
}

export function buildSpellingIndex(index: SentenceIndex): SpellingIndex {
  const counts = index.wordCounts;
  // The buckets are made at the first typo: many runs never meet one, and at a thousand documents they take a while.
  let buckets: Map<string, string[]> | undefined;
  const fuses = new Map<string, Fuse<string>>();
  const corrected = new Map<string, string | undefined>();
  return {
    knows: (word) => counts.has(word),
    correct(word: string): string | undefined {
      if (corrected.has(word)) return corrected.get(word);
      const found = search(word);
      if (corrected.size > 10_000) corrected.clear();
      corrected.set(word, found);
      return found;
    },
  };
  function bucketsOfWords(): Map<string, string[]> {
    // Typos are corrected towards the words the documents use; past a large vocabulary, towards those
    // they use more than once (a one-off word is rarely what someone meant), so the fuzzy index stays small.
    const minCount = counts.size > TUNING.spellingVocabulary ? 2 : 1;
    const out = new Map<string, string[]>();
    for (const [word, n] of counts) {
      if (n < minCount || word.length < 4 || STOPWORDS.has(word) || /\d/.test(word)) continue;
      const key = word[0] as string;
      const list = out.get(key) ?? [];
      list.push(word);
      out.set(key, list);
    }
    return out;
  }
  function search(word: string): string | undefined {
    if (word.length < 4) return undefined;
    // Two letters swapped ("Cuidad" for "Ciudad") is one edit, but the fuzzy index scores it as two.
    const swapped = swapsOf(word).find((w) => (counts.get(w) ?? 0) > 0 && !STOPWORDS.has(w));
    if (swapped) return swapped;
    const key = word[0] as string;
    buckets ??= bucketsOfWords();
    const list = buckets.get(key);
    if (!list) return undefined;
    let fuse = fuses.get(key);
    if (!fuse) {
      fuse = new Fuse(list, { includeScore: true, threshold: 0.25, ignoreLocation: true, minMatchCharLength: 3 });
      fuses.set(key, fuse);
    }
    // Of the close matches, the fewest edits away, within two of the typed word.
    let best: string | undefined;
    let fewest = 3;
    for (const r of fuse.search(word, { limit: 3 })) {
      if (Math.abs(r.item.length - word.length) > 2 || (r.score ?? 1) > 0.25) continue;
      const edits = editDistance(word, r.item);
      if (edits < fewest) {
        best = r.item;
        fewest = edits;
      }
    }
    return best;
  }
}

/** The word with two neighbouring letters swapped, each way it can be. */
function swapsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return out;
}
