/**
 * The knowledge layer's vocabulary: what a source, a sentence, an entity, a fact and an answer are.
 * Everything here is plain data (JSON-serializable) so the fact store can hold it as it is.
 */

export type Lang = 'en' | 'ru';

/** How exactly a date is known. Ordered from finest to coarsest. */
export type DatePrecision = 'day' | 'part-of-month' | 'month' | 'season' | 'year';

export type MonthPart = 'early' | 'mid' | 'late';
export type Season = 'winter' | 'spring' | 'summer' | 'autumn';

/** A date as precisely as the text gives it, never more. */
export interface FuzzyDate {
  year?: number;
  month?: number; // 1..12
  day?: number; // 1..31
  /** With precision 'day': the last day of a span that began on `day` ("18–19 April"). */
  lastDay?: number;
  part?: MonthPart; // with precision 'part-of-month'
  season?: Season; // with precision 'season'
  precision: DatePrecision;
  /** The year was not in the phrase: taken from the sentence's surroundings or the document's date. */
  yearInferred?: boolean;
  /** The phrase was relative ("в прошлом году", "last week") and was resolved against the document's date. */
  relative?: boolean;
}

/** A date phrase found in a text, with its offsets in that text. */
export interface DateMention {
  date: FuzzyDate;
  text: string;
  start: number;
  end: number;
  /** One month of a period the text spans ("from March to July"): asked about, not stated as a date. */
  ofPeriod?: true;
}

/** A number that counts something: "еще 14 лиц", "52 человека", "1300 more prisoners". */
export interface CountMention {
  value: number;
  /** The counted noun as written ("заключённых", "prisoners"), if found. */
  noun?: string;
  /** Stemmed/normalized noun concept ("person", "prisoner", "foreigner", ...), if known. */
  concept?: string;
  /** "еще" / "more" / "another": the count adds to an earlier one. */
  additional?: boolean;
  text: string;
  start: number;
  end: number;
}

export type EntityKind = 'person' | 'org' | 'place' | 'work' | 'other';

export interface Entity {
  /** Stable id, e.g. "person:lukashenko" or "org:nato" from the gazetteer, "person:trnbr" when discovered. */
  id: string;
  kind: EntityKind;
  /** Display names per language. */
  names: Partial<Record<Lang, string>>;
  /** Every surface form seen or known (cases, scripts, spellings), used for fuzzy matching. */
  aliases: string[];
  /** From the gazetteer (false) or discovered in the text (true). */
  discovered: boolean;
}

export interface SourceMeta {
  /** "000" for seed files named 000_<hash>.txt, else the file name without extension. */
  id: string;
  file: string;
  title: string;
  author?: string | null;
  publisher?: string | null;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when unknown. */
  published: string | null;
  /** Fields whose value is an estimate, not read from the text. */
  estimated: string[];
  lang: Lang;
  url?: string | null;
  /** sha256 of the file's bytes: what "changed" means. */
  sha256: string;
}

export interface Sentence {
  /** `${sourceId}#${index}` */
  id: string;
  sourceId: string;
  index: number;
  /** Cleaned text: line breaks joined, hyphenation and markup removed. For matching, never for quoting. */
  text: string;
  /** Offsets of the verbatim span in the original file (UTF-16 code units, as JS strings index). */
  start: number;
  end: number;
  paragraph: number;
  /** Section heading the sentence stands under, if any. */
  heading?: string;
}

export interface Evidence {
  sourceId: string;
  sentenceId: string;
  start: number;
  end: number;
  /** Verbatim slice of the original file: original.slice(start, end). */
  quote: string;
}

export type EventType =
  | 'visit'
  | 'release'
  | 'sanctions'
  | 'call'
  | 'meeting'
  | 'appointment'
  | 'invitation'
  | 'embassy'
  | 'statement'
  | 'other';

export type SanctionAction = 'lifted' | 'eased' | 'imposed' | 'extended';

/** One thing that happened (or was said), as a typed record with its evidence. */
export interface Fact {
  /** Deterministic: derived from type, date and evidence; stable across rebuilds of unchanged sources. */
  id: string;
  type: EventType;
  sanctionAction?: SanctionAction;
  date?: FuzzyDate;
  /** Entity ids of the people and organizations taking part (or targeted, for sanctions). */
  participants: string[];
  /** Entity ids of places. */
  places: string[];
  counts: CountMention[];
  /** Concept ids (see lexicon) the evidence mentions: "prisoner", "embassy", "gift", ... */
  concepts: string[];
  evidence: Evidence[];
  /** The sentence reports a plan, a possibility or a rumour ("may visit", "планирует"), not a done event. */
  hedged?: boolean;
  /** Sentence ids the fact was read from (one per evidence). */
  sentenceIds: string[];
  /** Set when sources tell this event differently (a date or a count). */
  conflicts?: { field: 'date' | 'count'; values: string[] }[];
}

export interface FactStoreData {
  schemaVersion: number;
  /** sha256 over the sources' hashes: tells whether the store is older than the sources. */
  sourcesDigest: string;
  sources: SourceMeta[];
  /** Original file texts by source id: quotes and context are sliced from here. */
  texts: Record<string, string>;
  sentences: Sentence[];
  entities: Entity[];
  facts: Fact[];
  /** Per sentence id: entity ids, dates, counts and concepts found in it (the retrieval index's raw data). */
  annotations: Record<string, SentenceAnnotation>;
}

export interface SentenceAnnotation {
  entities: string[];
  dates: DateMention[];
  counts: CountMention[];
  concepts: string[];
  /** The date the sentence speaks of: its own first date, or one carried over from the previous sentence. */
  date?: FuzzyDate;
  /** When the date was carried over: the sentence it came from. */
  dateFrom?: string;
  /** The date is the document's current event date (last one named), not stated in or next to the sentence. */
  dateContextual?: boolean;
  /** The contextual date is its post's stamp, and nothing in the post has named another date before it. */
  dateStamped?: boolean;
}

export interface Citation {
  /** Shown before the quote in a list: the date of a timeline entry. */
  label?: string;
  sourceId: string;
  title: string;
  published: string | null;
  quote: string;
  start: number;
  end: number;
}

export type Intent =
  | 'when'
  | 'who'
  | 'what_happened'
  | 'how_many'
  | 'which'
  | 'where'
  | 'why'
  | 'yesno'
  | 'timeline'
  | 'about';

/** What a chat remembers between questions, so "and how many were released then?" works. */
export interface ChatContext {
  /** The words the previous question was about: a follow-up that names nothing borrows them. */
  subject?: string[];
  lastIntent?: Intent;
  entities?: string[];
  date?: FuzzyDate;
  factIds?: string[];
  eventType?: EventType;
}

export interface Answer {
  question: string;
  lang: Lang;
  answered: boolean;
  intent: Intent | 'unknown';
  confidence: number;
  /** The answer for a person, in the asker's language; quotes inside it are verbatim. */
  text: string;
  /** The short answer without the quotes (for inline titles and digests). */
  summary: string;
  citations: Citation[];
  /** Ids of the facts the answer rests on. */
  facts: string[];
  /** Set when the question was cut to the maximum length. */
  truncated?: boolean;
  /** Context to pass with the next question of the same chat. */
  context: ChatContext;
}
