/**
 * From ranked sentences to a typed answer: one composer per expected answer type, each picking its
 * candidate by the sentence's score and the candidate's closeness to the question's words, or
 * abstaining when the asked slot is not stated. Composers never write text: render.ts does.
 */
import { isBackgroundDate } from '../extract/date-roles.ts';
import { dateSortKey, datesCompatible } from '../extract/dates.ts';
import { countryHeadedBy } from '../lexicon/gazetteer.ts';
import { STOPWORDS } from '../lexicon/stopwords.ts';
import { conceptsOfText, conceptsOfTokens, isVocabularyWord, worldConceptOf } from '../lexicon/vocabulary.ts';
import { partOfSpeech, verbTense } from '../text/morphology.ts';
import { ordinalsIn } from '../text/ordinals.ts';
import { isCyrillic, type Token } from '../text/tokens.ts';
import type { FuzzyDate } from '../types.ts';
import { type AnalyzedQuestion, type QuestionTerm, TIME_ASKED_WORD } from './analyze.ts';
import { type AnswerType, QUESTION_WORDS } from './answer-types.ts';
import {
  type Candidate,
  DURATION,
  dateCandidates,
  hasOwnDateCandidate,
  isPersonLike,
  nameCandidates,
  numberCandidates,
  placeCandidates,
} from './candidates.ts';
import { ASKS } from './interview-answers.ts';
import { namedOnlyAsPossessor } from './possessor.ts';
import type { RankedSentence } from './retrieve.ts';
import { COUNTRY_CLASS, nameKeyOf } from './sentence-features.ts';
import { CHARGE_ASKED, HEAD_ASKED, SPOKEN_TYPES, saysHeading, speakerUnnamed, statesCharge } from './sentence-kinds.ts';
import {
  AGE_ASKED,
  CHANGE,
  COUNTRY_CONCEPT,
  eventPlaceOf,
  isAge,
  isGoingWord,
  isReplacedValue,
  isRoleTerm,
  OLD_VALUE_ASKED,
  placeOfRole,
  postElsewhere,
} from './slot-constraints.ts';
import { TUNING } from './tuning.ts';
import { withheldAmong } from './withheld.ts';

export interface AnswerValue {
  kind: Candidate['kind'] | 'role' | 'yes' | 'no';
  text: string;
  /** For a role: the vocabulary concept of its main word, to render it in the asker's language. */
  concept?: string;
  /** For a role: the body it is held in, as the text names it ("Northgate Institute"). */
  of?: string;
  /** For a role: whose it is, as the question names him ("Ilkin Vendt"). */
  holder?: string;
  /** A place said by a description with its preposition ("на пограничном мосту"): shown as written. */
  asWritten?: boolean;
  date?: FuzzyDate;
  value?: number;
  /** The sentence it was read from. */
  from: RankedSentence;
}

export type AbstainReason = 'empty' | 'unknown-name' | 'not-stated' | 'withheld';

export interface TypedAnswer {
  type: AnswerType;
  answered: boolean;
  abstain?: AbstainReason;
  /** Names the question gives that no document has. */
  unknownNames: string[];
  values: AnswerValue[];
  /** The sources give different values for the one asked. */
  conflict: boolean;
  /** Sentences to quote, in the order shown; a timeline's carry their dates. */
  quotes: Array<{ from: RankedSentence; date?: FuzzyDate }>;
  confidence: number;
}

const PRECISION_FACTOR: Record<FuzzyDate['precision'], number> = {
  day: 1,
  'part-of-month': 0.9,
  month: 0.85,
  season: 0.8,
  year: 0.6,
};

function closeness(c: Candidate): number {
  return 1 / (1 + TUNING.distanceSlope * c.distance);
}

function abstained(q: AnalyzedQuestion, reason: AbstainReason, ranked: RankedSentence[]): TypedAnswer {
  return {
    type: q.type,
    answered: false,
    abstain: reason,
    unknownNames: q.terms.filter((t) => t.unknown && t.name).map((t) => t.raw),
    values: [],
    conflict: false,
    quotes: ranked.slice(0, 1).map((from) => ({ from })),
    confidence: 0,
  };
}

function answered(q: AnalyzedQuestion, values: AnswerValue[], quotes: RankedSentence[], conflict = false): TypedAnswer {
  const seen = new Set<number>();
  const unique = quotes.filter((r) => !seen.has(r.entry.n) && seen.add(r.entry.n));
  return {
    type: q.type,
    answered: true,
    unknownNames: [],
    values,
    conflict,
    quotes: unique.map((from) => ({ from })),
    confidence: Math.min(1, quotes[0]?.coverage ?? 0),
  };
}

/** Sentences from other sources that say nearly as much as the best one: they are quoted too. */
function corroborating(ranked: RankedSentence[], best: RankedSentence): RankedSentence[] {
  // (An interview's answer says something only with its question: it backs no other sentence's value.)
  const near = ranked.filter(
    (r) => r !== best && !r.answersQuestion && r.score >= TUNING.secondQuoteShare * (ranked[0]?.score ?? 0),
  );
  // Another source saying it first: two documents back an answer better than two sentences of one.
  const source = (r: RankedSentence) => r.entry.sentence.sourceId;
  const others = near.filter((r) => source(r) !== source(best));
  const first = others[0];
  return (first ? [first, ...near.filter((r) => r !== first)] : near).slice(0, TUNING.extraQuotes);
}

interface Scored {
  c: Candidate;
  r: RankedSentence;
  score: number;
}

function bestCandidates(
  q: AnalyzedQuestion,
  ranked: RankedSentence[],
  find: (r: RankedSentence) => Candidate[],
  weigh: (c: Candidate, r: RankedSentence) => number,
  depth = TUNING.candidateDepth,
): Scored[] {
  const out: Scored[] = [];
  const oldAsked = OLD_VALUE_ASKED.test(q.text);
  for (const r of ranked.slice(0, depth)) {
    for (const c of find(r)) {
      const replaced = oldAsked ? 1 : isReplacedValue(c, r) ? TUNING.replacedValueFactor : 1;
      out.push({ c, r, score: r.score * closeness(c) * weigh(c, r) * replaced });
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

/** A meeting, talks or a call: an event of two parties at once. */
const JOINT_EVENT = /^c:(dip_meeting|gen_meet|dip_talks|dip_phone_call|dip_conversation)$/;
function isJointEvent(q: AnalyzedQuestion): boolean {
  return q.terms.some((t) => t.features.some((f) => JOINT_EVENT.test(f)));
}

/** "When will ...", "Когда ... посетит": the question asks about what is still to come. */
const ASKS_FUTURE =
  /^\s*(?:(?:when|on what date|on which date|what date)\s+(?:will|shall|is\s+\S+(?:\s+\S+)?\s+going to|are\s+\S+(?:\s+\S+)?\s+going to)|когда\s+(?:\S+\s+){0,2}?(?:будет|будут|состоится|посетит|приедет|пройд[её]т)(?![\p{L}]))/iu;

const ASKS_YEAR =
  /(?<![\p{L}])(what year|which year|в каком году|с какого года|какого года|до какого года)(?![\p{L}])/iu;
const ASKS_DAY =
  /(?<![\p{L}])((exact|precise) (\p{L}+ )?(day|date)|what day|which day|on what day|on what date|on which date|какого числа|на какое число|с какого числа|в какой день|в какой именно день|точн\p{L}* (\p{L}+ )?(дат\p{L}*|день|числ\p{L}*))(?![\p{L}])/iu;

/** "On what day in August …?": the answer is a day of the period the question names. */
function withinAskedPeriod(q: AnalyzedQuestion, date: FuzzyDate | undefined): boolean {
  return date === undefined || q.dates.length === 0 || q.dates.some((d) => datesCompatible(d.date, date));
}

/** A date after the document that gives it: a plan, a deadline or a forecast, not something done. */
function isPlan(date: FuzzyDate, r: RankedSentence): boolean {
  const published = r.entry.source.published;
  if (!published || date.year === undefined) return false;
  return dateSortKey(date) > published.padEnd(10, '-00').replace(/-$/, '');
}

/** Whether a "when will" question may take this date: a plan by its date, or a sentence that plans. */
function afterPublication(date: FuzzyDate, r: RankedSentence): boolean {
  return isPlan(date, r) || r.entry.hedged;
}

/**
 * "The second call": in a sentence telling several ("first spoke on 15 August, and held a second call
 * in February"), the candidate nearest the asked ordinal is the one; one nearer another ordinal is not.
 */
function ordinalFit(q: AnalyzedQuestion, c: Candidate, r: RankedSentence): number {
  if (!q.ordinals.length || c.carried) return 1;
  const found = ordinalsIn(r.entry.tokens, r.entry.sentence.text);
  if (found.length < 2 && !found.some((o) => !q.ordinals.includes(o.value))) return 1;
  const gap = (o: { at: number }) => (o.at < c.from ? c.from - o.at : o.at >= c.to ? o.at - c.to + 1 : 0);
  const nearest = found.reduce((best, o) => (gap(o) < gap(best) ? o : best));
  return q.ordinals.includes(nearest.value) ? 1 : TUNING.ordinalConflictFactor;
}

const PLAN_ASKED =
  /(?<![\p{L}])(expected|scheduled|planned|due|supposed|set to|initially|originally|deadline|target|ожидал\p{L}*|планировал\p{L}*|должен|должна|должны|должно|намечал\p{L}*|назначен\p{L}*|изначально|первоначально|срок\p{L}*)(?![\p{L}])/iu;

/** "When will ...", "Когда Вендт поедет в Кештов?" (a verb in the future tense): the question asks about what is to come. */
function asksFuture(q: AnalyzedQuestion): boolean {
  // "Когда договорились, кто будет нести службу?" asks about the past: its future is a clause's.
  const tenses = q.tokens.map((t) => verbTense(t.norm));
  if (ASKS_FUTURE.test(q.text) || (tenses.includes('future') && !tenses.includes('past'))) return true;
  // "When is his next visit?", "Когда следующий раунд?": what is next is still to come, unless asked in the past.
  return (
    NEXT_ASKED.test(q.text) && !tenses.includes('past') && !/(?<![\p{L}])(did|was|were|had)(?![\p{L}])/iu.test(q.text)
  );
}

const NEXT_ASKED = /(?<![\p{L}])(next|upcoming|следующ\p{L}*|предстоящ\p{L}*)(?![\p{L}])/iu;

/** "When did ...", "Когда подписали ...": the question asks about what has happened. */
function asksPast(q: AnalyzedQuestion): boolean {
  if (
    /^\s*(when|on what date|on which date|what date|in what month|in which month)\s+(did|was|were|had)\s/i.test(q.text)
  )
    return true;
  return q.tokens.some((t) => /(л|ла|ло|ли)(ся|сь)?$/.test(t.norm) && partOfSpeech(t.norm) === 'VERB');
}

/** Words of planning a date: "set", "scheduled", "назначено", "запланирован". */
const PLAN_WORDS = String.raw`set|scheduled|planned|slated|due|назначен\p{L}*|запланирован\p{L}*|намечен\p{L}*`;
/** Words that put a plan's date after them: "set for", "postponed to", "назначено на", "перенесли на". */
const PLANNED_FOR = new RegExp(
  String.raw`(?<![\p{L}])(${PLAN_WORDS}|postponed|moved|rescheduled|pushed back|deferred|перенес\p{L}*|перенёс\p{L}*|отложен\p{L}*)\s+(for|to|until|на|до)\s+(the\s+)?$`,
  'iu',
);

/** A deadline's date after it: "undertook to dismantle the posts by 15 June", "не позднее 15 июня". */
const DEADLINE_BEFORE = /(?<![\p{L}])(by|no later than|не позднее|не позже)\s+(the\s+)?$/iu;

function composeDate(q: AnalyzedQuestion, ranked: RankedSentence[]): TypedAnswer {
  const future = TUNING.futureNeedsPlan && asksFuture(q);
  // "When was he expected in ...?" asks about the plan itself.
  const past = !future && asksPast(q) && !PLAN_ASKED.test(q.text);
  const yearAsked = ASKS_YEAR.test(q.text);
  // "должен был открыться 15 сентября, но так и не открылся": a date of what did not happen.
  const deniedEvent = (r: RankedSentence) => TUNING.strictSlots && past && !negates(q.text) && denies(r);
  // "the session set for 9 June", "заседание, назначенное на 9 июня": the date of a plan, not of what happened.
  const plannedFor = (c: Candidate, r: RankedSentence) => {
    if (!TUNING.strictSlots || !past) return false;
    const start = mentionStart(r, c);
    // A mention may begin with its preposition ("на 9 июня").
    const lead = /^(на|до|for|to|until|by)\s+/iu.exec(c.text)?.[0] ?? '';
    const before = r.entry.sentence.text.slice(Math.max(0, start - 40), start) + lead;
    return PLANNED_FOR.test(before) || DEADLINE_BEFORE.test(before);
  };
  // "When will he visit Minsk again?": a date of going to another place is no answer ("due to fly to Warsaw on Thursday").
  const goingTo = TUNING.strictSlots && q.terms.some(isGoingWord) ? destinationAsked(q) : undefined;
  // "When will the postponed summit now take place?": the date it was postponed from is no answer.
  const givenUp = asksNewDate(q) ? postponedDates(ranked) : [];
  const scored = bestCandidates(
    q,
    ranked,
    // Asked when something will happen, only a date after its document (or a plan) can answer; asked
    // when it happened, a date still ahead of the document that gives it is a plan, not the event.
    (r) =>
      (deniedEvent(r) ? [] : dateCandidates(q, r)).filter(
        (c) =>
          !plannedFor(c, r) &&
          (future
            ? c.date !== undefined && afterPublication(c.date, r)
            : !past || c.date === undefined || !isPlan(c.date, r)) &&
          withinAskedPeriod(q, c.date) &&
          !(goingTo && goesElsewhere(goingTo, c, r)),
      ),
    (c, r) =>
      // "In what year ...?": a year is as precise as asked.
      (yearAsked ? 1 : PRECISION_FACTOR[c.date?.precision ?? 'year']) *
      (c.carried ? TUNING.carriedDateFactor : 1) *
      ordinalFit(q, c, r),
  );
  const best = datedEvent(
    q,
    givenUp.length ? scored.filter((s) => !givenUp.some((d) => s.c.date && sameDayOrMonth(d, s.c.date))) : scored,
  );
  if (!best) return abstained(q, 'not-stated', ranked);
  // "When did they sign the treaty?" and a strong sentence says "The agreement has not yet been signed":
  // a date of another act ("initialed on 8 August") does not date the signing.
  if (TUNING.strictSlots && past && !negates(q.text) && deniedAct(q, best.r, ranked))
    return abstained(q, 'not-stated', ranked);
  if (TUNING.strictSlots && dateNotSet(q, best, ranked)) return abstained(q, 'not-stated', ranked);
  // "On what day in September …?" and the best sentence is dated by that very month ("Sep - exports
  // pass 10 billion yen"): it gives no finer date, and a day of that month from a far weaker sentence
  // is another event's.
  const lead = ranked[0];
  if (
    TUNING.strictSlots &&
    lead &&
    best.r !== lead &&
    !hasOwnDateCandidate(q, lead) &&
    lead.entry.annotation.dates.some(
      (m) => m.date.precision !== 'year' && best.c.date !== undefined && datesCompatible(m.date, best.c.date),
    ) &&
    best.r.score < TUNING.askedDateLeadShare * lead.score
  )
    return abstained(q, 'not-stated', ranked);
  // An exact date outranks a vague one for the same event: "in July" in one source, "2 July" in another.
  const finer = scored.find(
    (s) =>
      s.c.date !== undefined &&
      best.c.date !== undefined &&
      PRECISION_FACTOR[s.c.date.precision] > PRECISION_FACTOR[best.c.date.precision] &&
      datesCompatible(s.c.date, best.c.date) &&
      s.score >= TUNING.finerDateShare * best.score,
  );
  const top = finer ?? best;
  // "On what exact day ...?", "Какого числа ...?" asked, a month is not the answer: the day is not stated.
  if (TUNING.strictSlots && ASKS_DAY.test(q.text) && top.c.date?.precision !== 'day')
    return abstained(q, 'not-stated', ranked);
  // "When did Vendt and Kestova meet?": a meeting of one of them with someone else is no answer; each
  // must be named in the sentence itself (a title or the sentence before is no participant).
  if (TUNING.strictSlots && isJointEvent(q)) {
    const parties = q.terms.filter(namesSomeone);
    const present = (t: QuestionTerm) =>
      top.r.matches.some((m) => m.term === t && m.credit >= 0.9) || namedByOffice(t, top.r);
    if (parties.length >= 2 && !parties.every(present)) return abstained(q, 'not-stated', ranked);
    // One party asked ("When did Vendt meet the president of Benin?"): a sentence where someone else
    // meets is no answer, unless it tells of the party too, if only in the sentence before ("he met").
    const toldOf = (t: QuestionTerm) =>
      top.r.matches.some((m) => m.term === t && m.credit > 0) || namedByOffice(t, top.r);
    if (parties.length === 1 && !parties.every(toldOf) && namesPerson(top.r)) return abstained(q, 'not-stated', ranked);
  }
  const values: AnswerValue[] = [{ kind: 'date', text: top.c.text, date: top.c.date as FuzzyDate, from: top.r }];
  // Another source dating the same event differently, nearly as strongly: both are given.
  const rival = scored.find(
    (s) =>
      isRival(s, top, TUNING.dateRivalShare) &&
      // "The envoy's deputy visited on 11 May" dates another person's visit: no disagreement about the envoy's.
      !speaksOfAnother(q, s.r) &&
      // Another event's date is no disagreement: the rival must say at least as much of the question.
      s.r.coverage >= top.r.coverage &&
      s.c.date !== undefined &&
      top.c.date !== undefined &&
      s.c.date.precision === top.c.date.precision &&
      !datesCompatible(s.c.date, top.c.date),
  );
  if (rival) values.push({ kind: 'date', text: rival.c.text, date: rival.c.date as FuzzyDate, from: rival.r });
  return answered(q, values, [top.r, ...(rival ? [rival.r] : []), ...corroborating(ranked, top.r)], Boolean(rival));
}

/**
 * A question asking the date something was moved to: "now", "new", "rescheduled"; "postponed to
 * what date", "на какое число перенесли" (not "when was it postponed", which asks the day it was).
 */
const NEW_DATE_WORD = /(?<![\p{L}])(now|new|newly|rescheduled|теперь|нов\p{L}*)(?![\p{L}])/iu;
const MOVED_TO_ASKED =
  /(?<![\p{L}])(postpon\p{L}*|moved|delayed|pushed back|put off|перенес\p{L}*|перенёс\p{L}*|отлож\p{L}*)\s+(to|until|till|на|до)(?![\p{L}])|(?<![\p{L}])(to|until|на|до)\s+(what|which|как\p{L}*)\s+(date|day|число|дату|день)(?![\p{L}])[^?]*(?<![\p{L}])(postpon\p{L}*|moved|delayed|перенес\p{L}*|перенёс\p{L}*|отлож\p{L}*)/iu;
function asksNewDate(q: AnalyzedQuestion): boolean {
  return (NEW_DATE_WORD.test(q.text) || MOVED_TO_ASKED.test(q.text)) && !OLD_VALUE_ASKED.test(q.text);
}

/** A word of putting off: the date right after it, unless led by "to"/"на", is the one given up. */
const POSTPONED =
  /(?<![\p{L}])(postpon\p{L}*|delay\p{L}*|put off|pushed back|called off|cancel\p{L}*|перенос\p{L}*|перенес\p{L}*|перенёс\p{L}*|отлож\p{L}*|отмен\p{L}*)(?![\p{L}])/iu;
/** A source keeping back a new date: "without naming a new date", "новую дату не назвали". */
const NEW_DATE_WITHHELD = /(?<![\p{L}])(new|нов\p{L}*) (date|дат\p{L}*)(?![\p{L}])/iu;
/** "перенос саммита, запланированного на 10 сентября": the date after a word of planning is the old one. */
const PLANNED_WORD = new RegExp(String.raw`(?<![\p{L}])(${PLAN_WORDS}|pencilled|penciled|expected)(?![\p{L}])`, 'iu');
/** Before the new date of a postponement, a few words after it: "postponed to 3 October", "перенесли заседание на 3 октября". */
const NEW_DATE_LEAD = /(?<![\p{L}])(to|until|till|for|на|до)\s*$/iu;

/**
 * The dates the strongest sentences say were put off: "о переносе саммита, запланированного на 10
 * сентября", "on 10 September - a summit that was postponed" (every date of a sentence saying a postponement,
 * but a date it was moved to).
 */
function postponedDates(ranked: readonly RankedSentence[]): FuzzyDate[] {
  const out: FuzzyDate[] = [];
  for (const r of ranked.slice(0, TUNING.postponedDepth)) {
    const text = r.entry.sentence.text;
    const word = POSTPONED.exec(text);
    if (!word) continue;
    for (const m of r.entry.annotation.dates) {
      const between = m.start > word.index ? text.slice(word.index + word[0].length, m.start) : '';
      const movedTo =
        m.start > word.index &&
        !/[,;:.—–]/.test(between) &&
        !PLANNED_WORD.test(between) &&
        between.trim().split(/\s+/).length <= 6 &&
        (NEW_DATE_LEAD.test(between) || /^(to|until|на|до)\s/iu.test(m.text));
      if (!movedTo) out.push(m.date);
    }
  }
  return out;
}

/** Where a question about going asks someone went: the place after "to"/"в" ("from Belgrade to Pristina": Pristina). */
function destinationAsked(q: AnalyzedQuestion): QuestionTerm | undefined {
  const after = (t: QuestionTerm, preposition: RegExp) => preposition.test(q.tokens[t.position - 1]?.norm ?? '');
  const isPlace = (t: QuestionTerm) => !t.unknown && (t.name || t.features.some((f) => f.startsWith('c:geo_')));
  // "arrive in Warsaw after his visit to Minsk": the place right after the first word of going.
  const going = q.terms.find(isGoingWord);
  const next = going && q.terms.find((t) => t.position > going.position && t.position <= going.position + 2);
  if (next && isPlace(next) && !after(next, /^(from|из|со?)$/)) return next;
  const to = q.terms.find((t) => isPlace(t) && after(t, DESTINATION_PREPOSITION));
  if (to) return to;
  // "visit Minsk": the place of the visit, unless it is where someone came from.
  const place = eventPlaceOf(q);
  return place && !after(place, /^(from|из|со?)$/) ? place : undefined;
}

/** Before where someone goes: "to", "into", "в", "во". */
const DESTINATION_PREPOSITION = /^(to|into|в|во)$/;

/**
 * The date's clause sends someone to another place than the asked one: "is due to fly to Warsaw on
 * Thursday" for "when will he visit Minsk". A place of the world gazetteer after "to"/"в" in the clause
 * (between punctuation marks), the asked one not there.
 */
function goesElsewhere(asked: QuestionTerm, c: Candidate, r: RankedSentence): boolean {
  const tokens = r.entry.tokens;
  const text = r.entry.sentence.text;
  const clauseOf = (k: number) => {
    let from = k;
    while (from > 0 && !/[,;:.—–(]/.test(text.slice((tokens[from - 1] as Token).end, (tokens[from] as Token).start)))
      from--;
    let to = k;
    while (
      to + 1 < tokens.length &&
      !/[,;:.—–)]/.test(text.slice((tokens[to] as Token).end, (tokens[to + 1] as Token).start))
    )
      to++;
    return [from, to] as const;
  };
  const [from, to] = clauseOf(c.from);
  const askedAt = new Set(r.matches.filter((m) => m.term === asked).flatMap((m) => m.positions));
  for (let k = Math.max(from, 1); k <= to; k++) {
    const t = tokens[k] as Token;
    if (!t.capitalized || askedAt.has(k) || !DESTINATION_PREPOSITION.test((tokens[k - 1] as Token).norm)) continue;
    if (conceptsOfTokens([t]).some((h) => h.concept.startsWith('geo_') && !h.concept.startsWith('geo_org')))
      return true;
  }
  return false;
}

/** The same day (or month), by a year only where both state theirs: a year the text leaves out is a guess. */
function sameDayOrMonth(a: FuzzyDate, b: FuzzyDate): boolean {
  if (a.month !== b.month || a.day !== b.day) return false;
  return a.yearInferred || b.yearInferred || a.year === b.year;
}

/**
 * "No new date has been announced", "Новая дата не названа", "without naming a new date": the
 * document says the date is not (or no longer) set.
 */
const NO_DATE_SET = new RegExp(
  [
    'no (new |fixed |firm )?date',
    'without (naming|setting|giving|announcing|fixing) a (new )?date',
    '(not|yet to) (yet )?(been )?(set|named|announced|fixed|agreed) a (new )?date',
    '(new )?date (has|had|was) (not|yet to) (yet )?(been )?(set|named|announced|fixed|agreed)',
    String.raw`нов\p{L}* дат\p{L}* (пока |ещё |еще |так и )?(не (назван|объявлен|определен|назначен|сообщ)\p{L}*|нет)`,
    'дата (пока |ещё |еще )?не (назначена|названа|определена|объявлена|согласована)',
    'без (указания|назначения|объявления) (новой )?даты',
    String.raw`дат\p{L}* не (определ|назнач|назва)\p{L}*`,
    'date (is )?(still )?to be (confirmed|announced|set|fixed|agreed)',
    String.raw`дата (будет )?уточня\p{L}*`,
  ].join('|'),
  'iu',
);

/**
 * The question asks when something is (now) set to happen, and the documents say no date is: the
 * strongest sentence says so itself ("High-level economic dialogue: no date"), or the answer's date is
 * followed by "No new date has been announced" (the date was given up). Asked the original date, the
 * old one answers.
 */
function dateNotSet(q: AnalyzedQuestion, best: { r: RankedSentence }, ranked: readonly RankedSentence[]): boolean {
  if (OLD_VALUE_ASKED.test(q.text)) return false;
  const saysUnset = ranked
    .slice(0, 3)
    .some((r) => r !== best.r && r.score >= best.r.score && NO_DATE_SET.test(r.entry.sentence.text));
  if (saysUnset) return true;
  const next = ranked.find((r) => r.entry.n === best.r.entry.next);
  return next !== undefined && NO_DATE_SET.test(next.entry.sentence.text) && !PLAN_ASKED.test(q.text);
}

/**
 * The best date candidate, or for a date asked at a place ("When did she visit Northgate?", "когда он
 * был в Кештове?") the best one whose sentence (or the one it refers back to) names the place: a
 * visit elsewhere is no answer. Far weaker than the best overall, that sentence only mentions the place.
 * One of the people it names (those the best sentence has) must be in that sentence too. `also` is a
 * further condition on the sentence.
 */
/** Before a place someone is from or at: "from", "in", "из", "в". */
const ORIGIN_PREPOSITION = /^(from|in|at|из|в|во)$/;

function atAskedPlace<T extends { score: number; r: RankedSentence }>(
  q: AnalyzedQuestion,
  scored: T[],
  place: QuestionTerm | undefined,
  also: (s: T) => boolean = () => true,
): T | undefined {
  const first = scored[0];
  if (!place || !first) return scored.find(also);
  // Whoever the question names must be there too: a bus to Vilnius is no visit of the minister's.
  // A name after "from" or "in" ("the reporter from Kestov") is where someone is from, not someone.
  const named = q.terms.filter(
    (t) =>
      t !== place &&
      namesSomeone(t) &&
      !ORIGIN_PREPOSITION.test(q.tokens[t.position - 1]?.norm ?? '') &&
      first.r.matches.some((m) => m.term === t),
  );
  const strongEnough = (s: T) => s.score >= TUNING.eventPlaceShare * first.score;
  const at = (own: boolean) =>
    scored.find(
      (s) =>
        strongEnough(s) &&
        s.r.matches.some((m) => m.term === place && (!own || m.positions.length > 0)) &&
        (named.length === 0 || named.some((t) => s.r.matches.some((m) => m.term === t))) &&
        also(s),
    );
  // A sentence naming the place itself before one that only follows a sentence naming it.
  return at(true) ?? at(false);
}

/**
 * The date candidate to answer with: the best (at the asked place), unless its sentence says none of
 * the question's words but names ("On 3 March Serbia handed over two policemen" does not date the
 * signing of a statute); then the best that says one of them, when it scores at least
 * `TUNING.eventWordShare` of the first, or none.
 */
function datedEvent<T extends { score: number; r: RankedSentence }>(q: AnalyzedQuestion, scored: T[]): T | undefined {
  const place = TUNING.strictSlots ? eventPlaceOf(q) : undefined;
  const placed = atAskedPlace(q, scored, place);
  // A capitalised word inside the question is part of a name ("the Ocean Kestrel", "the White House"),
  // no word of the event.
  const words = q.terms.filter(
    (t) =>
      !t.name &&
      !t.unknown &&
      t.weight > 0 &&
      !t.features.some((f) => f.startsWith('c:geo_')) &&
      !(t.position > 0 && q.tokens[t.position]?.capitalized),
  );
  // "When did Vendt visit Northgate?": a sentence placing him in Northgate tells the visit ("в Нортгейте
  // встретился"), so a word of going is said by the asked place.
  const going = place !== undefined && words.some(isGoingWord);
  const says = (s: T) =>
    s.r.matches.some((m) => words.includes(m.term) || (going && m.term === place && m.positions.length > 0));
  if (!placed || !TUNING.strictSlots || words.length === 0 || says(placed)) return placed;
  const saying = atAskedPlace(q, scored, place, says);
  return saying && saying.score >= TUNING.eventWordShare * placed.score ? saying : undefined;
}

/**
 * "15 августа состоялся телефонный разговор президентов США и Беларуси": a head of state of the world
 * gazetteer is named by his office, the title and his country a few words apart.
 */
function namedByOffice(t: QuestionTerm, r: RankedSentence): boolean {
  const country = countryHeadedBy(t.raw);
  if (!country) return false;
  const titles = [
    ...(r.entry.features.get('c:role_president') ?? []),
    ...(r.entry.features.get('c:dip_head_of_state') ?? []),
  ];
  const places = r.entry.features.get(`c:${country}`) ?? [];
  return titles.some((p) => places.some((c) => c > p && c - p <= OFFICE_REACH));
}

/** Words from a title to its country: "президентов США и Беларуси" (3), "President of the United States" (3). */
const OFFICE_REACH = 4;

/** Whether ingest found a person's name in the sentence (the caller knows it is not the asked one's). */
function namesPerson(r: RankedSentence): boolean {
  return r.entry.annotation.entities.some((id) => id.startsWith('person:'));
}

/** A question's name the documents have that is no place of the gazetteer: a person or a body. */
function namesSomeone(t: QuestionTerm): boolean {
  return t.name && !t.unknown && !t.features.some((f) => f.startsWith('c:geo_'));
}

/** A sentence naming a person the question asks about only as someone's ("his deputy", "заместитель Кештова"). */
function speaksOfAnother(q: AnalyzedQuestion, r: RankedSentence): boolean {
  return q.terms.some((t) => namesSomeone(t) && namedOnlyAsPossessor(r, t));
}

const GENERIC_PERSONS =
  /^(people|persons?|individuals?|personnel|staff|employees|workers|members|человек\p{L}*|люд\p{L}*|лиц\p{L}*|сотрудник\p{L}*|работник\p{L}*|персонал\p{L}*)$/iu;

/**
 * The words a count question names as its unit: "how many *left-bank companies*", "сколько *лет*",
 * "how much *money*"; none when a verb follows ("how much did it cost", "во сколько оценивается").
 */
/** A noun asking how many: "the number of", "число", "количество". */
const COUNT_NOUN_CUE = /^(number|число|количество|численность)$/;

/** A question's word right after an opening quotation mark: «Вендт-200». */
function quoted(q: AnalyzedQuestion, t: QuestionTerm): boolean {
  const token = q.tokens[t.position];
  return token !== undefined && /[«"“„]$/u.test(q.text.slice(0, token.start));
}

function countedUnits(q: AnalyzedQuestion): QuestionTerm[] {
  const asked = q.tokens.findIndex(
    (t, i) =>
      t.norm === 'сколько' ||
      ((t.norm === 'many' || t.norm === 'much') && q.tokens[i - 1]?.norm === 'how') ||
      COUNT_NOUN_CUE.test(t.norm),
  );
  // "What number of ships", "Каково число погибших": the unit follows the noun (and its "of").
  const cue =
    COUNT_NOUN_CUE.test(q.tokens[asked]?.norm ?? '') && q.tokens[asked + 1]?.norm === 'of' ? asked + 1 : asked;
  // "How much of the package", "сколько из них": a share of a whole, which names no unit.
  if (cue < 0 || q.tokens[cue - 1]?.norm === 'во' || (cue === asked && /^(of|из)$/.test(q.tokens[cue + 1]?.norm ?? '')))
    return [];
  const units: QuestionTerm[] = [];
  for (let i = cue + 1; i <= cue + 3 && i < q.tokens.length; i++) {
    const t = q.tokens[i] as (typeof q.tokens)[number];
    const pos = partOfSpeech(t.norm);
    if (pos === 'VERB' || pos === 'INFN' || /^(did|do|does|is|are|was|were|will|has|have|had)$/.test(t.norm)) break;
    // "How many trucks crossed …": an English past form after the noun ends it.
    if (units.length && /^[a-z]{3,}ed$/.test(t.norm)) break;
    // "Сколько рублей за кубометр": the unit ends where a preposition starts what it is per.
    if (units.length && /^(за|на|в|per|a|for|in|of)$/.test(t.norm)) break;
    // "Сколько (по) времени", "how much time": a duration, counted in hours or days, not in "time".
    if (TIME_ASKED_WORD.test(t.norm)) return [];
    // A unit no document uses at all ("kilometres") is kept: no number of the documents can fit it.
    // "Сколько «Вендт-200»": a make in quotes is counted too.
    const term = q.terms.find((x) => x.position === i && (!x.name || (i === cue + 1 && quoted(q, x))));
    if (term) units.push(term);
  }
  return units;
}

/** Between a part and its whole: "seven of the 19 fishermen", "семерых из девятнадцати рыбаков". */
const PART_OF_WHOLE = /^\s*(of(\s+(the|its|their|these|those))?|из)\s+$/iu;
/** What must follow a part ("of", "из") and precede a whole ("of the", "из"): read before the sentence's numbers are. */
const OF_AFTER = /\s*(of|из)\s/iuy;
const OF_BEFORE = /(of(\s+(the|its|their|these|those))?|из)\s+$/iu;

/** The number c is a part of ("seven" of "the 19 fishermen"), or undefined. */
function wholeOf(q: AnalyzedQuestion, c: Candidate, r: RankedSentence): Candidate | undefined {
  const text = r.entry.sentence.text;
  const end = r.entry.tokens[c.to - 1]?.end ?? 0;
  OF_AFTER.lastIndex = end;
  if (!OF_AFTER.test(text)) return undefined;
  return numberCandidates(q, r).find(
    (w) => w.from >= c.to && PART_OF_WHOLE.test(text.slice(end, r.entry.tokens[w.from]?.start ?? 0)),
  );
}

/**
 * The whole of a part ("the 19 fishermen" after "released seven of") counts what the words after it
 * say of the whole ("detained in April"); the verb before the part is the part's.
 */
function isWholeOfPart(q: AnalyzedQuestion, c: Candidate, r: RankedSentence): boolean {
  if (!OF_BEFORE.test(r.entry.sentence.text.slice(0, r.entry.tokens[c.from]?.start ?? 0))) return false;
  const part = numberCandidates(q, r).find((p) => p.to <= c.from && wholeOf(q, p, r)?.from === c.from);
  if (!part) return false;
  const units = new Set(countedUnits(q));
  return !r.matches.some(
    (m) => !m.term.name && !units.has(m.term) && m.positions.some((p) => p >= c.to && p <= c.to + 4),
  );
}

/** The countries the question's counted words name ("камбоджийских военнослужащих"). */
function countriesOf(terms: readonly QuestionTerm[]): string[] {
  return terms.flatMap((t) => t.features.filter((f) => f.startsWith('c:geo_')));
}

/**
 * Whether the words of a count name a country and none the question names for what it counts: "four
 * Thai soldiers" for "how many Cambodian soldiers". A count naming no country may be of either.
 */
function ofOtherCountry(q: AnalyzedQuestion, words: readonly Token[]): boolean {
  // The country may be a name ("Chilean soldiers"), which the counted units leave out: the words just
  // before them, or the one after ("граждан Венесуэлы").
  const units = countedUnits(q);
  if (!units.length) return false;
  const first = Math.min(...units.map((u) => u.position)) - 2;
  const last = Math.max(...units.map((u) => u.position)) + 1;
  const asked = countriesOf(q.terms.filter((t) => t.position >= first && t.position <= last));
  if (!asked.length) return false;
  const named = conceptsOfTokens(words)
    .map((h) => `c:${h.concept}`)
    .filter((f) => f.startsWith('c:geo_'));
  return named.length > 0 && !named.some((f) => asked.includes(f));
}

/** Whether a number candidate counts the asked unit: the unit (or money, for "how much money") within two words after it. */
function unitFits(unit: QuestionTerm, c: Candidate, r: RankedSentence, q: AnalyzedQuestion): boolean {
  // "released seven of the 19 fishermen": the part counts what its whole counts.
  const whole = wholeOf(q, c, r);
  if (whole) return unitFits(unit, whole, r, q);
  if (unit.features.some((f) => f === 'c:eco_money' || f === 's:money' || f === 's:денег' || f === 's:деньг'))
    return AMOUNT.test(c.text);
  // "How much gas": a substance is measured, not counted; a volume or a sum answers it.
  if (/\bhow much\b/i.test(q.text) && AMOUNT.test(c.text)) return true;
  // "Venezuelan migrants registered ...... 26,300": a table row's value counts what its label says.
  if (rowLabelSays(unit, c, r)) return true;
  // "— Сколько предприятий …? — На вчерашний день — 96.": a bare figure answering an interviewer's
  // question counts what the question counts, if the question names the unit.
  if (r.answersQuestion && c.to - c.from === 1 && r.matches.some((m) => m.term === unit)) return true;
  const after = r.entry.tokens.slice(c.from, Math.min(r.entry.tokens.length, c.to + 2));
  if (countsOtherTerm(unit, c, r)) return false;
  // "How many Cambodian soldiers": "four Thai soldiers" counts another country's.
  if (ofOtherCountry(q, after)) return false;
  // "How many people": a count of prisoners, citizens or journalists counts people too, and so does
  // "twenty-nine of them".
  if (GENERIC_PERSONS.test(unit.raw)) {
    if (isPartitive(r, c)) return true;
    return after.some(
      (t) =>
        GENERIC_PERSONS.test(t.norm) ||
        conceptsOfTokens([t]).some((h) =>
          /^(role_|jus_(prisoner|detainee|political_prisoner|hostage|convict))/.test(h.concept),
        ),
    );
  }
  // "How many prisoners": "47 человек" counts them in a sentence about them (not "how many women").
  const unitIsPersons = unit.features.some((f) => /^c:jus_(prisoner|detainee|political_prisoner|hostage)$/.test(f));
  if (unitIsPersons && after.slice(1, 3).some((t) => GENERIC_PERSONS.test(t.norm))) return true;
  return after.some((t) => {
    const m = r.matches.find((x) => x.term === unit);
    return (m?.positions.includes(r.entry.tokens.indexOf(t)) ?? false) || unit.features.includes(`s:${t.stem}`);
  });
}

/** The candidate is the value of a table row (after a dot leader) whose label has the unit. */
function rowLabelSays(unit: QuestionTerm, c: Candidate, r: RankedSentence): boolean {
  return c.rowValue === true && r.matches.some((m) => m.term === unit && m.positions.some((p) => p < c.from));
}

/**
 * "Два освобождения политических заключённых", "two rounds of talks with prisoners": the noun right
 * after the number is what it counts; when that noun is another word of the question, the asked unit
 * after it is only its complement.
 */
function countsOtherTerm(unit: QuestionTerm, c: Candidate, r: RankedSentence): boolean {
  // The candidate's span takes its noun when it found one ("два освобождения"); else the next word.
  const last = r.entry.tokens[c.to - 1];
  const spansNoun =
    last !== undefined && c.to - c.from > 1 && /\p{L}/u.test(last.norm) && partOfSpeech(last.norm) !== 'NUMR';
  const at = spansNoun ? c.to - 1 : c.to;
  const head = r.entry.tokens[at];
  const next = r.entry.tokens[at + 1];
  if (!head || unit.features.includes(`s:${head.stem}`) || GENERIC_PERSONS.test(head.norm)) return false;
  const isNoun = partOfSpeech(head.norm) === 'NOUN' || /^(of|из)$/.test(next?.norm ?? '');
  return (
    isNoun &&
    r.matches.some((m) => m.term !== unit && !m.term.name && m.positions.includes(at)) &&
    !r.matches.some((m) => m.term === unit && m.positions.includes(at))
  );
}

/**
 * Whether a candidate may stand beside the chosen one as another source's value: another document,
 * nearly as strong, and as well dated for the question (not another month's event).
 */
function isRival(s: Scored, chosen: Scored, share: number): boolean {
  // The same place: a country or city the chosen sentence answers for must be in the rival's too
  // ("in Kazakhstan" is not disputed by a figure for Belarus).
  const names = chosen.r.matches
    .filter((m) => m.term.name && m.term.features.some((f) => f.startsWith('c:geo_')))
    .map((m) => m.term);
  return (
    s.r.entry.sentence.sourceId !== chosen.r.entry.sentence.sourceId &&
    s.score >= share * chosen.score &&
    (s.r.dateFit !== 'conflict' || chosen.r.dateFit === 'conflict') &&
    names.every((t) => s.r.matches.some((m) => m.term === t))
  );
}

/** Whether the word after a number names what the question counts ("how many trucks" / "400 грузовиков"). */
function countsAsked(q: AnalyzedQuestion, c: Candidate, r: RankedSentence): boolean {
  const unit = r.entry.tokens.slice(c.from + 1, c.to + 1);
  // "Twenty-nine of them", "двадцать девять из них": a part of the group the sentence before counts.
  if (isPartitive(r, c)) return true;
  // The word after the number names what it counts unless it is a verb: "500 евро назначен" counts euros.
  const names = (p: number) => p < c.to || !isVerbForm(r.entry.tokens[p]?.norm ?? '');
  return (
    r.matches.some((m) => m.positions.some((p) => p >= c.from && p <= c.to && names(p))) ||
    unit.some((t) => names(r.entry.tokens.indexOf(t)) && q.terms.some((term) => term.features.includes(`s:${t.stem}`)))
  );
}

/** A Russian verb or participle in the short form ("назначен", "освободили"): it says what was done, not what is counted. */
function isVerbForm(word: string): boolean {
  if (!/^[а-яё]+$/.test(word)) return false;
  const pos = partOfSpeech(word);
  return pos === 'VERB' || pos === 'PRTS' || pos === 'INFN';
}

/**
 * "85 млн кубометров газа на февраль", "60 mcm a month for July": the period a figure is for, right
 * after it. Another period than the one asked is no answer ("how much in January").
 */
function countsForOtherPeriod(q: AnalyzedQuestion, c: Candidate, r: RankedSentence): boolean {
  if (!q.dates.length) return false;
  const text = r.entry.sentence.text;
  const end = r.entry.tokens[c.to - 1]?.end ?? 0;
  return r.entry.annotation.dates.some(
    (m) =>
      m.start >= end &&
      m.start - end <= 25 &&
      !/[,;.]/.test(text.slice(end, m.start)) &&
      /^(на|for)\s/iu.test(m.text) &&
      !q.dates.some((d) => datesCompatible(d.date, m.date)),
  );
}

/** "Суд приговорил меня к шести годам": in an interview the speaker, whom its title names, speaks of herself. */
const FIRST_PERSON = /^(я|меня|мне|мной|i|me|my)$/;
function speaksOfHerself(r: RankedSentence): boolean {
  return r.entry.tokens.some((t) => FIRST_PERSON.test(t.norm));
}

const PARTITIVE = /^\s*(of (them|those|the|whom)|из (них|которых|числа)|among them|среди них)(?![\p{L}])/iu;

function isPartitive(r: RankedSentence, c: Candidate): boolean {
  const end = r.entry.tokens[c.to - 1]?.end ?? 0;
  return PARTITIVE.test(r.entry.sentence.text.slice(end, end + 20));
}

const PERIOD_UNIT = '(day|week|month|year|hour|сутки|день|неделю|месяц|год|час)';
/** A number per period: "35 tankers a week", "до 400 грузовиков в сутки", "€2m per month". */
const RATE_AFTER = new RegExp(
  String.raw`^[^.;:,]{0,40}?(?<![\p{L}])(a|an|per|each|every|в|за|ежедневно|daily|weekly|monthly)\s+${PERIOD_UNIT}(?![\p{L}])`,
  'iu',
);
/** A question asking a number per period: "how many a day", "в сутки", "в среднем", "daily". */
const RATE_ASKED = new RegExp(
  String.raw`(?<![\p{L}])((a|an|per|each|every|в|за)\s+${PERIOD_UNIT}|daily|weekly|monthly|annual\p{L}*|yearly|average|on average|rate|ежедневн\p{L}*|еженедельн\p{L}*|ежемесячн\p{L}*|ежегодн\p{L}*|в среднем|средн\p{L}*|месячн\p{L}*|суточн\p{L}*|годов\p{L}*)(?![\p{L}])`,
  'iu',
);
function isRate(c: Candidate, r: RankedSentence): boolean {
  const end = r.entry.tokens[c.to - 1]?.end ?? 0;
  return RATE_AFTER.test(r.entry.sentence.text.slice(end, end + 50));
}

function composeCount(q: AnalyzedQuestion, ranked: RankedSentence[]): TypedAnswer {
  const ageAsked = AGE_ASKED.test(q.text);
  const rateAsked = RATE_ASKED.test(q.text);
  const durationAsked = DURATION_ASKED.test(q.text);
  const scored = bestCandidates(
    q,
    ranked,
    // "a 54-year-old Russian citizen" counts no citizens: an age answers only a question asking one.
    (r) =>
      numberCandidates(q, r).filter(
        (c) =>
          !countsForOtherPeriod(q, c, r) &&
          (ageAsked || !isAge(c, r)) &&
          // "35 tankers a week" does not say how many were listed on 20 May.
          (rateAsked || !isRate(c, r)),
      ),
    (c, r) => {
      let factor = countsAsked(q, c, r) ? 1.5 : 1;
      if (durationAsked) {
        if (DURATION.test(c.text)) factor *= TUNING.amountFitFactor;
        else factor /= TUNING.amountFitFactor;
      } else if (AMOUNT_ASKED.test(q.text)) {
        if (AMOUNT.test(c.text)) factor *= TUNING.amountFitFactor;
        else if (DURATION.test(c.text)) factor /= TUNING.amountFitFactor;
      }
      return factor;
    },
  );
  // "How many tonnes ...?", "Сколько лет ...?": a number of something else does not answer it.
  const units = countedUnits(q);
  const fitting = units.length
    ? scored
        .filter((s) => !isWholeOfPart(q, s.c, s.r))
        .slice(0, 3)
        .filter((s) => units.some((u) => unitFits(u, s.c, s.r, q)))
    : [];
  if (TUNING.unitMustMatch && units.length && fitting.length === 0) return abstained(q, 'not-stated', ranked);
  // Of the best three, the first that counts the asked unit: "14 incidents" does not say how many people died.
  const top = fitting[0] ?? scored[0];
  if (!top) return abstained(q, 'not-stated', ranked);
  // "How much did it cost?" is not answered by a count of bridges, nor "how long" by a sum.
  // ("How long is the section?" asks a length: kilometres answer it too.)
  // "На сколько процентов выросли цены": a share answers it, though prices are asked about.
  const fitsAsked = PERCENT_ASKED.test(q.text)
    ? undefined
    : durationAsked
      ? (t: string) => DURATION.test(t) || LENGTH.test(t)
      : AMOUNT_ASKED.test(q.text)
        ? // A price is money: "во сколько обошёлся ремонт" is not answered by a cable's 650 megawatts.
          MONEY_ASKED.test(q.text)
          ? (t: string) => MONEY.test(t)
          : (t: string) => AMOUNT.test(t)
        : undefined;
  if (TUNING.strictSlots && fitsAsked && !fitsAsked(top.c.text)) return abstained(q, 'not-stated', ranked);
  // "How old is ...?", "Сколько лет адвокату ...?": an age answers it, not a term of years.
  if (TUNING.strictSlots && AGE_ASKED.test(q.text) && !isAge(top.c, top.r)) return abstained(q, 'not-stated', ranked);
  // A person's age or term is the named person's own: a name of the question is in its sentence, not only
  // in the one before (the list item before speaks of someone else).
  const termAsked = durationAsked && PRISON_TERM.test(q.text);
  if (
    TUNING.strictSlots &&
    (AGE_ASKED.test(q.text) || termAsked) &&
    q.terms.some((t) => t.name && !t.features.some((f) => f.startsWith('c:geo_'))) &&
    !top.r.matches.some((m) => m.term.name && (m.positions.length > 0 || speaksOfHerself(top.r)))
  )
    return abstained(q, 'not-stated', ranked);
  // A person's prison term is told where the sentence speaks of a sentence: "три года добивались его
  // освобождения" is none. ("На какой срок продлили санкции против банка" asks no prison term.)
  if (
    TUNING.strictSlots &&
    termAsked &&
    !CHANGE.test(q.text) &&
    q.terms.some(namesSomeone) &&
    !PRISON_TERM.test(top.r.entry.sentence.text)
  )
    return abstained(q, 'not-stated', ranked);
  // A number far from every word of the question counts something else, unless it is the time asked
  // ("сколько времени занял ремонт": "…после диверсии в регионе: тогда трубопровод простоял две недели").
  if (
    TUNING.strictSlots &&
    top.c.distance > TUNING.maxSlotDistance &&
    !countsAsked(q, top.c, top.r) &&
    !(durationAsked && DURATION.test(top.c.text))
  ) {
    return abstained(q, 'not-stated', ranked);
  }
  const values: AnswerValue[] = [{ kind: 'number', text: top.c.text, value: top.c.value as number, from: top.r }];
  const rival = scored.find(
    (s) =>
      isRival(s, top, TUNING.rivalShare) &&
      s.c.value !== top.c.value &&
      // A rival figure is of the same kind: a share for a share.
      PERCENT_ASKED.test(s.c.text) === PERCENT_ASKED.test(top.c.text) &&
      countsAsked(q, s.c, s.r) &&
      countsAsked(q, top.c, top.r) &&
      !isWholeOfPart(q, s.c, s.r) &&
      !ofOtherCountry(q, s.r.entry.tokens.slice(s.c.from, s.c.to + 2)),
  );
  // Or the document itself disputes it in the next sentence: "X said 12. The ministry, however, put the number at 15."
  const disputed = rival ?? disputingNext(q, top, ranked);
  if (disputed)
    values.push({ kind: 'number', text: disputed.c.text, value: disputed.c.value as number, from: disputed.r });
  // A question asking two numbers ("... and how many were there before?") gets the next one too.
  const second = /\S.*\band\b.*\bhow (many|much)|\S.*\bи сколько|\bи (какой|какая|какое)|а также/i.test(q.text)
    ? scored.find((s) => s !== top && s.c.value !== top.c.value && s !== rival && s.c !== disputed?.c)
    : undefined;
  if (second) values.push({ kind: 'number', text: second.c.text, value: second.c.value as number, from: second.r });
  return answered(
    q,
    values,
    [top.r, ...(disputed ? [disputed.r] : []), ...(second ? [second.r] : [])],
    Boolean(disputed),
  );
}

/** A phrase that gives another figure for the same thing: "put the number at", "по другим данным". */
const OTHER_FIGURE =
  /(?<![\p{L}])(put the (number|figure|total) at|other (sources|estimates) (say|put|give)|по другим данным|насчитал\p{L}*|оценил\p{L}* (их )?(числ\p{L}*|количеств\p{L}*))(?![\p{L}])/iu;
/** A contrast word: another figure after it disputes the first only when it counts the same thing. */
const CONTRAST = /(?<![\p{L}])(however|whereas|однако|тогда как|в то время как)(?![\p{L}])/iu;

/**
 * The next sentence giving another figure with a contrast word: the document
 * reports a disagreement itself, and both figures are given with "the sources differ".
 */
function disputingNext(q: AnalyzedQuestion, top: Scored, ranked: RankedSentence[]): Scored | undefined {
  const next = ranked.find((r) => r.entry.n === top.r.entry.next);
  if (!next) return undefined;
  const text = next.entry.sentence.text;
  const figure = OTHER_FIGURE.exec(text);
  // A bare contrast word speaks of its own paragraph; "put the number at" is a second figure wherever it
  // stands (a PDF's line breaks make paragraphs of half sentences).
  const sameParagraph = next.entry.sentence.paragraph === top.r.entry.sentence.paragraph;
  const contrast = figure ?? (sameParagraph ? CONTRAST.exec(text) : null);
  if (!contrast) return undefined;
  // "However, two of them were re-arrested" counts something else: after a bare contrast the unit must match.
  const unitOf = (x: Candidate, r: RankedSentence) => r.entry.tokens.slice(x.from + 1, x.to).map((t) => t.stem);
  const topUnit = unitOf(top.c, top.r);
  const c = numberCandidates(q, next).find(
    (x) =>
      x.value !== top.c.value &&
      (next.entry.tokens[x.from]?.start ?? 0) > contrast.index &&
      (figure !== null || unitOf(x, next).some((stem) => topUnit.includes(stem))),
  );
  return c ? { c, r: next, score: 0 } : undefined;
}

/** The word right after the candidate is the question's verb: the candidate is its subject. */
function doesAskedAct(q: AnalyzedQuestion, c: Candidate, r: RankedSentence): boolean {
  const verb = (t: QuestionTerm) => !t.name && QUESTION_SUBJECT.test(q.tokens[t.position - 1]?.norm ?? '');
  return termFoundIn(r, verb, c.to, c.to + 1);
}

/** The question word that stands for the subject: the verb right after it is what the subject did. */
const QUESTION_SUBJECT = /^(who|кто)$/;

/**
 * "Where were the talks held?": the place the question's own verb leads to ("were held at the
 * Northgate residence", "прошли в Кештове"), the verb and a preposition (and an article) before it.
 */
function placeOfAskedVerb(c: Candidate, r: RankedSentence): boolean {
  return termFoundIn(r, (t) => !t.name && !t.focus, c.from - 3, c.from - 1);
}

/** "Which journalist ...?": a name right after the asked role ("журналист Тимур Вендт") is one of them. */
function titledByFocus(c: Candidate, r: RankedSentence): boolean {
  return termFoundIn(r, (t) => Boolean(t.focus) && isRoleTerm(t), c.from - 2, c.from);
}

/**
 * "Who confirmed that the foreign minister accepted?": the person the question names by a role
 * ("Foreign Minister Vendt", or "Vendt" whom a document titles so) is its subject, not its answer.
 */
function namedByQuestionRole(q: AnalyzedQuestion, c: Candidate, r: RankedSentence): boolean {
  const tokens = r.entry.tokens;
  // Before the name, a title word counts; another name there ("Vendt meets Kestov") speaks of that one.
  const titles = (p: number) =>
    p >= c.from - 3 && p < c.to && (p >= c.from || isVocabularyWord((tokens[p] as Token).norm));
  // A word of the asked title is no subject: "Which US Secretary *of State* ...?".
  const asked = new Set(
    q.terms.filter((t) => t.focus).flatMap((t) => t.features.filter((f) => f.startsWith('c:role_'))),
  );
  return r.matches.some(
    (m) =>
      !m.term.focus &&
      isRoleTerm(m.term) &&
      !m.term.features.some((f) => asked.has(f)) &&
      // Every position of its roles, not only those of the feature it matched by: a title word may match
      // as "envoy" where the name holds the role.
      m.term.features.some((f) => f.startsWith('c:role_') && r.entry.features.get(f)?.some(titles)),
  );
}

/**
 * Titles too general to tell one person from another (anyone may be called an official), and what
 * people are rather than titles they hold (a detainee, a citizen, a relative): none is asked as a title.
 */
const GENERAL_TITLE =
  /^c:role_(official|representative|person|member|leader|head|deputy|former|participant|source|partner|counterpart|ally|supporter|opponent|critic|rival|predecessor|successor|incumbent|friend|observer|defendant|suspect|convict|detainee|hostage|prisoner_of_war|witness|victim|criminal|citizen|resident|local_resident|civilian|compatriot|foreigner|migrant|refugee|displaced_person|asylum_seeker|pensioner|elderly|woman|man|child|teenager|youth|family|relative|parent|mother|father|son|daughter|brother|sister|wife|husband|widow|wounded|customer|passenger|tourist|employee|worker|volunteer)$/;

/**
 * The titles a question's word asks by its title f: the titles of its kind ("кто из экспертов": an
 * analyst too), or, asked by a verb ("Кто командует …"), the title itself.
 */
function askedTitles(t: QuestionTerm, f: string): readonly string[] {
  return isVerbForm(t.raw.toLowerCase()) ? [f] : titlesOfKind(f);
}

/** Whether anyone a document names may hold a title the word asks: one of a kind (an analyst is an expert) or a general title. */
function anyMayHoldAsked(t: QuestionTerm): boolean {
  return t.features.some((f) => askedTitles(t, f).length > 1 || (GENERAL_TITLE.test(f) && !RELATION_TITLE.test(f)));
}

/** Titles that relate one person to another: nobody is one unless a document says whose. */
const RELATION_TITLE = /^c:role_(predecessor|successor|counterpart|rival|ally|partner|friend|relative)$/;

/** Titles one asks about as a kind: "кто из экспертов" is answered by an analyst or a fellow. */
const TITLE_KINDS: ReadonlyArray<readonly string[]> = [
  [
    'expert',
    'analyst',
    'political_scientist',
    'fellow',
    'researcher',
    'economist',
    'sociologist',
    'historian',
    'professor',
    'think_tank',
    'columnist',
  ],
  ['journalist', 'correspondent', 'editor', 'editor_in_chief', 'columnist', 'blogger', 'photographer', 'publisher'],
  [
    'diplomat',
    'ambassador',
    'ambassador_at_large',
    'special_envoy',
    'special_representative',
    'charge_d_affaires',
    'consul',
    'consul_general',
    'attache',
    'embassy_counselor',
    'first_secretary',
    'permanent_representative',
  ],
  // "Кто из командования", "which commander": an officer of any rank or a chief of staff.
  [
    'commander',
    'commander_in_chief',
    'chief_of_general_staff',
    'chief_of_staff',
    'general',
    'admiral',
    'marshal',
    'colonel',
    'major',
    'lieutenant',
  ],
  [
    'politician',
    'lawmaker',
    'senator',
    'congressman',
    'party_leader',
    'opposition_leader',
    'president',
    'prime_minister',
    'minister',
  ],
].map((kind) => kind.map((r) => `c:role_${r}`));

function titlesOfKind(title: string): readonly string[] {
  return TITLE_KINDS.find((kind) => kind[0] === title) ?? [title];
}

/**
 * "Which judge ordered …?": the answer holds the asked title, written by the name ("Judge Vendt",
 * "Vendt, a district judge") or given to it in any document (a role holder). A question asking no
 * title, or a general one, takes any person.
 */
function holdsAskedTitle(q: AnalyzedQuestion, c: Candidate, r: RankedSentence): boolean {
  const asked = q.terms
    .filter((t) => t.focus)
    .flatMap((t) =>
      t.features.filter((f) => f.startsWith('c:role_') && !GENERAL_TITLE.test(f)).flatMap((f) => askedTitles(t, f)),
    );
  // Organisations ("which co-financiers") hold no personal title.
  if (!asked.length || !isPersonLike(c, r)) return true;
  // "President Vendt's special envoy": the title after a possessive is someone else's, held by another.
  const owner = possessiveAfter(r.entry.sentence.text, r.entry.tokens[c.to - 1]?.end ?? 0);
  const last = owner ? c.from : c.to + 4;
  return asked.some((f) => r.entry.features.get(f)?.some((p) => p >= c.from - 4 && p < last));
}

/** Whether the word ending at `end` is in the possessive ("Vendt's"): tokens leave the "'s" out. */
function possessiveAfter(text: string, end: number): boolean {
  return /^['’]s(?![\p{L}])/u.test(text.slice(end, end + 3));
}

/** Whether the sentence has a question term that `which` selects at a token of [from, to). */
function termFoundIn(r: RankedSentence, which: (t: QuestionTerm) => boolean, from: number, to: number): boolean {
  return r.matches.some((m) => which(m.term) && m.positions.some((p) => p >= from && p < to));
}

function composePerson(q: AnalyzedQuestion, ranked: RankedSentence[]): TypedAnswer {
  const scored = bestCandidates(
    q,
    ranked,
    (r) => nameCandidates(q, r),
    (c, r) =>
      (isPersonLike(c, r) ? 1 : 0.35) *
      (namedByQuestionRole(q, c, r) ? TUNING.questionRoleFactor : 1) *
      (titledByFocus(c, r) ? TUNING.focusTitleFactor : 1),
  );
  // "Who heads the Coast Guard?", "Кто руководит расследованием?": the answer's sentence says who heads
  // or leads something ("who is leading the investigation", "глава расследования", "president of the
  // association"), not only who is there. (Requiring it to name what is headed lost more than it won:
  // a body is often named only in the sentence before or by another word.)
  const headAsked = TUNING.strictSlots && HEAD_ASKED.test(q.text);
  const lead = ranked[0]?.score ?? 0;
  const headsSomething = (r: RankedSentence) => saysHeading(r) && r.score >= TUNING.eventWordShare * lead;
  const top = scored.find((s) => holdsAskedTitle(q, s.c, s.r) && (!headAsked || headsSomething(s.r)));
  if (!top) return abstained(q, 'not-stated', ranked);
  // "Who is the ambassador ...?": a sentence that speaks of no ambassador does not say who is one.
  const holderAsked = /^\s*(who is|who's|who are|кто (является|сейчас|теперь))\s/iu.test(q.text);
  const roles = holderAsked
    ? q.terms.filter(
        (t) =>
          t.position <= 6 &&
          t.features.some((f) => /^c:role_(?!official|representative|person|member|leader)/.test(f)) &&
          !t.name,
      )
    : [];
  if (TUNING.roleMustMatch && roles.length && !roles.some((t) => top.r.matches.some((m) => m.term === t))) {
    return abstained(q, 'not-stated', ranked);
  }
  // A "who" question answered by no person-like name: the documents do not name one.
  // An organisation answers only as the doer of the question's own verb ("«Дала-Права» насчитал 35"):
  // a body that counted, reported or demanded something is who did it.
  if (TUNING.strictSlots && !isPersonLike(top.c, top.r) && !(top.c.quoted && doesAskedAct(q, top.c, top.r)))
    return abstained(q, 'not-stated', ranked);
  // "Who is the ambassador to Varnelia?": an ambassador somewhere else is no answer.
  const post = TUNING.strictSlots ? placeOfRole(q) : undefined;
  if (post && !top.r.matches.some((m) => m.term === post)) return abstained(q, 'not-stated', ranked);
  // "Посол Беларуси при ООН" holds a post at the UN, not in Belarus: the sentence's own place of the post.
  if (post && postElsewhere(q, top.r, post)) return abstained(q, 'not-stated', ranked);
  const values: AnswerValue[] = [{ kind: 'name', text: top.c.text, from: top.r }];
  if (asksMany(q.text)) {
    // "Which officials did she meet?": every person nearly as well supported, from any sentence.
    const many = severalOf(scored.filter((s) => isPersonLike(s.c, s.r) && !namedByQuestionRole(q, s.c, s.r)));
    return answered(
      q,
      many.map((s) => ({ kind: 'name' as const, text: s.c.text, from: s.r })),
      many.map((s) => s.r),
    );
  }
  // "Which analyst ..., and which think tank does he head?": a second name from the same sentence.
  const more = scored
    .filter(
      (s) =>
        s.r === top.r &&
        !sameName(s.c.text, top.c.text) &&
        s.score >= 0.5 * top.score &&
        isPersonLike(s.c, s.r) &&
        !namedByQuestionRole(q, s.c, s.r),
    )
    .slice(0, 2);
  for (const s of more) values.push({ kind: 'name', text: s.c.text, from: s.r });
  return answered(q, values, [top.r, ...corroborating(ranked, top.r)]);
}

function composePlace(q: AnalyzedQuestion, ranked: RankedSentence[]): TypedAnswer {
  let scored = bestCandidates(
    q,
    ranked,
    (r) => placeCandidates(q, r),
    (c, r) => (placeOfAskedVerb(c, r) ? TUNING.placeVerbFactor : 1),
  );
  if (!scored.length)
    scored = bestCandidates(
      q,
      ranked,
      (r) => nameCandidates(q, r),
      (c, r) => (isPersonLike(c, r) ? 0.3 : 1),
    );
  const top = scored[0];
  if (!top) return abstained(q, 'not-stated', ranked);
  // "In which cities ...?", "В каких городах ...?": every place nearly as well supported, one a sentence.
  if (asksMany(q.text)) {
    const places = severalOf(scored, true);
    return answered(
      q,
      places.map((p) => ({
        kind: 'place' as const,
        text: p.c.text,
        from: p.r,
        ...(p.c.phrase ? { asWritten: true } : {}),
      })),
      places.map((p) => p.r),
    );
  }
  return answered(
    q,
    [{ kind: 'place', text: top.c.text, from: top.r, ...(top.c.phrase ? { asWritten: true } : {}) }],
    [top.r, ...corroborating(ranked, top.r)],
  );
}

/** The most values a list answer gives, a document's own list included. */
const MAX_LISTED = 12;

/** The best candidates down to a share of the best one's score, distinct, at most a list's length. */
function severalOf(scored: Scored[], oneASentence = false): Scored[] {
  const top = scored[0];
  const out: Scored[] = [];
  // Every candidate strong enough, kept or not (a second spelling of a kept name): what a listed name joins.
  const strong: Scored[] = [];
  const isKept = (s: Scored) => out.some((p) => sameName(p.c.text, s.c.text));
  for (const s of scored) {
    if (!top || out.length >= TUNING.listQuotes) break;
    if (s.score < TUNING.passageShare * top.score) continue;
    strong.push(s);
    const sameSentence = oneASentence && out.some((p) => p.r === s.r);
    if (isKept(s) || (sameSentence && !out.some((p) => coordinated(p, s)))) continue;
    out.push(s);
  }
  if (!oneASentence) return out;
  // "в Кештове и Варнеле", "граждан Литвы, Латвии … и Великобритании": a name listed with a strong one
  // shares its part, however far from the question's words, and a list the document gives is given whole.
  for (let grown = true; grown && out.length < MAX_LISTED; ) {
    grown = false;
    for (const s of scored) {
      if (out.length >= MAX_LISTED) break;
      if (out.includes(s) || !strong.some((p) => coordinated(p, s))) continue;
      if (!strong.includes(s)) {
        strong.push(s);
        grown = true;
      }
      if (!isKept(s)) {
        out.push(s);
        grown = true;
      }
    }
  }
  return out;
}

/** Two candidates of one sentence joined as a list: "в Кештове и Варнеле", "Northgate, Varnel and Kestov". */
function coordinated(a: Scored, b: Scored): boolean {
  if (a.r !== b.r) return false;
  const tokens = a.r.entry.tokens;
  const [first, second] = a.c.from < b.c.from ? [a.c, b.c] : [b.c, a.c];
  const end = tokens[first.to - 1]?.end;
  const start = tokens[second.from]?.start;
  if (end === undefined || start === undefined || start < end) return false;
  return /^\s*(,|and|or|и|или)?\s*(and|и)?\s*(в|во|на|in|at)?\s*$/iu.test(a.r.entry.sentence.text.slice(end, start));
}

/** One name however written: "Илкин Вендт" and "Ilkin Vendt", "Vendt", "Вендта" (by the last word's cross-script key). */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  // "Литвы" and "Латвии" share a key but are two countries: world names are compared as the gazetteer's.
  const worldA = worldConceptOf(a);
  const worldB = worldConceptOf(b);
  if (worldA || worldB) return worldA === worldB;
  const last = (text: string) => nameKeyOf((text.trim().split(/\s+/).at(-1) ?? '').toLowerCase());
  const ka = last(a);
  return ka.length >= 3 && ka === last(b);
}

/** A question asking for several of a kind: "which cities", "в каких городах", "какие страны", "кого из задержанных". */
const ASKS_MANY_WORDS =
  /(?<![\p{L}])(which \p{L}+(ies|es|s)|what \p{L}+(ies|es|s)|в каких|каких|какие|какими|(кого|кто|кому|кем|ком) из \p{L}+(ых|их)|(which|what|какой|какая|какого|кто из) [\p{L}-]+,)(?![\p{L}])/iu;
/** "Which Varnel officials": a capitalised word between (case matters here, so apart). */
const ASKS_MANY_NAMED = /(?<![\p{L}])[Ww]hich \p{Lu}[\p{L}-]* \p{Ll}+(ies|es|s)(?![\p{L}])/u;
function asksMany(text: string): boolean {
  return ASKS_MANY_WORDS.test(text) || ASKS_MANY_NAMED.test(text);
}

function composeRole(q: AnalyzedQuestion, ranked: RankedSentence[]): TypedAnswer {
  // The sentence naming the person; its role words next to the name are the answer.
  for (const r of ranked.slice(0, 6)) {
    const at = r.matches.filter((m) => m.term.name).flatMap((m) => m.positions);
    if (!at.length) continue;
    const from = Math.max(0, Math.min(...at) - 6);
    const to = Math.min(r.entry.tokens.length, Math.max(...at) + 6);
    const hits = conceptsOfTokens(r.entry.tokens).filter(
      (h) => h.concept.startsWith('role_') && h.from >= from && h.to <= to,
    );
    if (!hits.length) continue;
    // The role word nearest the name, with the role words joined to it ("special envoy of the US").
    const name = Math.min(...at);
    const nearest = hits.reduce((best, h) =>
      Math.abs(h.from - name) < Math.abs(best.from - name) || (h.from === best.from && h.to > best.to) ? h : best,
    );
    const joined = hits.filter((h) => h.to >= nearest.from - 1 && h.from <= nearest.to + 1);
    const a = Math.min(...joined.map((h) => h.from));
    const b = Math.max(...joined.map((h) => h.to));
    const tokens = r.entry.tokens;
    const text = r.entry.sentence.text.slice(
      (tokens[a] as { start: number }).start,
      (tokens[b - 1] as { end: number }).end,
    );
    const of = organisationAfter(r.entry.sentence.text, (tokens[b - 1] as { end: number }).end, q.lang);
    // The person as the question names him: the answer says whose role it is.
    const holder = nameAsAsked(q);
    return answered(
      q,
      [{ kind: 'role', text, concept: nearest.concept, ...(of ? { of } : {}), ...(holder ? { holder } : {}), from: r }],
      [r, ...corroborating(ranked, r)],
    );
  }
  return answered(q, [], ranked.slice(0, 2));
}

/** The name a question asks about as it writes it: its capitalised words around a known name ("John Vendt"). */
function nameAsAsked(q: AnalyzedQuestion): string {
  const at = q.terms.find((t) => t.name && !t.unknown)?.position;
  if (at === undefined) return '';
  // The words of the name: capitalised, or names however typed ("who is ilkin vendt?").
  const nameWord = (i: number) =>
    i > 0 && (Boolean(q.tokens[i]?.capitalized) || q.terms.some((t) => t.position === i && t.name));
  let from = at;
  let to = at + 1;
  while (nameWord(from - 1)) from--;
  while (nameWord(to)) to++;
  return q.tokens
    .slice(from, to)
    .map((t) => t.raw.charAt(0).toUpperCase() + t.raw.slice(1))
    .join(' ');
}

/** A quoted name ("«Кешт Строй»", "“Northgate Institute”") or one in brackets, as written. */
const ORGANISATION_NAME = /[«“"]([^«»“”"]{2,60})[»”"]|\((\p{Lu}[^()]{1,60})\)/gu;

/**
 * "директор аналитического центра «Северная обсерватория» (Northgate Institute)": the body a
 * role is held in, read from the clause after the role (to its comma); the name in the asker's script
 * when the text gives both.
 */
function organisationAfter(text: string, from: number, lang: 'en' | 'ru'): string | undefined {
  const clause = text.slice(from, from + 120).split(/[,;.!?—–]\s|\s[—–]\s/u)[0] ?? '';
  const names = [...clause.matchAll(ORGANISATION_NAME)]
    .map((m) => (m[1] ?? m[2] ?? '').trim())
    .filter((n) => n && !/^\d/.test(n));
  return names.find((n) => isCyrillic(n) === (lang === 'ru')) ?? names[0];
}

const NEGATION = /(?<![\p{L}])(not|no|never|without|neither|nor|нет|не|ни|без|никак\p{L}*)(?![\p{L}])/iu;
/** Phrases with a negation word that deny nothing: "тем не менее", "не только", "not only", "no doubt". */
const NOT_A_DENIAL =
  /(?<![\p{L}])(тем не менее|не менее|не только|не раз|не без|ни разу не|not only|nonetheless|no doubt|no less|not least|no\.? ?\d+)(?![\p{L}])/giu;

/** Whether token k is a negation word; "No." before a number ("Order No. 17") numbers, it denies nothing. */
function negationAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  return NEGATION.test(t.norm) && !(t.norm === 'no' && /^\d/.test(tokens[k + 1]?.norm ?? ''));
}

/** Whether a text denies something: a negation word outside the phrases that deny nothing. */
function negates(text: string): boolean {
  return NEGATION.test(text.replace(NOT_A_DENIAL, ' '));
}

/**
 * Whether a sentence denies what the question asks: a negation just before one of the question's
 * own words in it ("Протоколов не подписано", "the passport was not returned", "без паспорта").
 */
export function denies(r: RankedSentence): boolean {
  const { tokens } = r.entry;
  return r.matches.some((m) => !m.term.name && m.positions.some((p) => negatedAt(tokens, p)));
}

/** A negation at most `TUNING.negationReach` words before the word at p ("not yet been signed", "не подписано"). */
function negatedAt(tokens: readonly Token[], p: number): boolean {
  for (let k = Math.max(0, p - TUNING.negationReach); k < p; k++) if (negationAt(tokens, k)) return true;
  return false;
}

/**
 * The question's verb ("sign" in "when did they sign …") is denied by a sentence scoring at least half the
 * best ("has not yet been signed"), and the answer's own sentence does not say it.
 */
function deniedAct(q: AnalyzedQuestion, answer: RankedSentence, ranked: readonly RankedSentence[]): boolean {
  const verb = askedPredicate(q);
  if (!verb || answer.matches.some((m) => m.term === verb && m.positions.length > 0)) return false;
  // By coverage: the ranking has raised the sentences with a date, which a denial has none of.
  const lead = Math.max(...ranked.slice(0, TUNING.denialDepth).map((r) => r.coverage));
  return ranked.slice(0, TUNING.denialDepth).some((r) => {
    if (r.coverage < TUNING.eventWordShare * lead) return false;
    const at = r.matches.find((m) => m.term === verb)?.positions ?? [];
    return at.some((p) => negatedAt(r.entry.tokens, p));
  });
}

/**
 * What a yes/no question asks holds: "Остаётся ли Беларусь …?" the verb before "ли"; "Был ли обмен …?"
 * the first word after a copula's "ли"; "Did the boundary commission set a date …?" the verb, the first
 * word after the auxiliary that an object, a preposition or a name follows (the subject's words are
 * followed by more of the subject or by the verb); "Has the price been published?" the word after "been".
 */
function askedPredicate(q: AnalyzedQuestion): QuestionTerm | undefined {
  const plain = (t: QuestionTerm | undefined) => (t && !t.unknown && !t.name ? t : undefined);
  const termAt = (k: number) => q.terms.find((t) => t.position === k);
  const li = q.tokens.findIndex((t) => t.norm === 'ли');
  if (li > 0) {
    if (!COPULA_BEFORE_LI.test(q.tokens[li - 1]?.norm ?? '')) return plain(termAt(li - 1));
    for (let k = li + 1; k < Math.min(q.tokens.length, li + 5); k++) {
      const term = plain(termAt(k));
      if (term) return term;
    }
    return undefined;
  }
  const aux = q.tokens.findIndex((t) => ENGLISH_AUXILIARY.test(t.norm));
  if (aux < 0) return undefined;
  const been = q.tokens.findIndex((t, k) => k > aux && t.norm === 'been');
  const from = been > 0 ? been + 1 : aux + 1;
  for (let k = from; k < Math.min(q.tokens.length, from + 8); k++) {
    const term = termAt(k);
    // Names ("the White House") and adverbs ("officially") are no predicate.
    if (!term || term.name || q.tokens[k]?.capitalized || /ly$/.test(q.tokens[k]?.norm ?? '')) continue;
    if (been > 0) return plain(term);
    const next = q.tokens[k + 1];
    if (!next || next.capitalized || /^\d/.test(next.norm) || AFTER_VERB.test(next.norm)) return plain(term);
  }
  return undefined;
}

const COPULA_BEFORE_LI = /^(был|была|было|были|есть|будет|будут)$/;
const ENGLISH_AUXILIARY = /^(did|does|do|has|have|had|will|would|can|could)$/;
/** What follows a verb rather than a subject's word: its object's determiner, a preposition, a particle. */
const AFTER_VERB =
  /^(the|a|an|any|its|their|his|her|this|that|these|those|to|for|in|on|at|with|from|out|back|up|off|into|of|about|by|over)$/;

function composeYesNo(q: AnalyzedQuestion, ranked: RankedSentence[]): TypedAnswer {
  // A sentence that says the asked predicate (or denies it) answers before one that only names the rest.
  const predicate = askedPredicate(q);
  const says = (r: RankedSentence) => r.matches.some((m) => m.term === predicate && m.positions.length > 0);
  const first = ranked[0] as RankedSentence;
  const top =
    predicate && !says(first)
      ? (ranked.slice(0, 8).find((r) => says(r) && r.score >= TUNING.predicateShare * first.score) ?? first)
      : first;
  // A sentence nearly as good that denies it outweighs one that does not: news says what did not happen.
  const denial = negates(q.text)
    ? undefined
    : ranked.slice(0, 4).find((r) => r.score >= TUNING.denialShare * top.score && denies(r));
  const best = denial ?? top;
  // "Was X lifted in September?" answered by a sentence that dates it otherwise: no, not then.
  const otherDate = q.dates.length > 0 && best.dateFit === 'conflict';
  const negated = (negates(best.entry.sentence.text) && !negates(q.text)) || otherDate;
  const values: AnswerValue[] = [{ kind: negated ? 'no' : 'yes', text: '', from: best }];
  // "Was he released, and when?": a yes comes with the date, read as a when-question would be.
  if (
    !negated &&
    /(?<![\p{L}])(and when|if so,? when|и когда|когда именно|если да,? (то )?когда)(?![\p{L}])/iu.test(q.text)
  ) {
    const when = composeDate({ ...q, type: 'date' }, ranked);
    const date = when.answered ? when.values[0] : undefined;
    if (date) return answered(q, [...values, date], [date.from, best, ...corroborating(ranked, best)]);
  }
  return answered(q, values, [best, ...corroborating(ranked, best)]);
}

/** Where a candidate starts in its sentence's text. */
function mentionStart(r: RankedSentence, c: Candidate): number {
  return r.entry.tokens[c.from]?.start ?? 0;
}

/** A timeline "in 2025–2026" or "начиная с 2025 года" keeps only the events of those years. */
function withinAskedYears(q: AnalyzedQuestion, date: FuzzyDate): boolean {
  const years = q.dates.map((d) => d.date.year).filter((y): y is number => y !== undefined);
  if (!years.length || date.year === undefined) return true;
  const from = Math.min(...years);
  const since = /(?<![\p{L}])(since|from|starting|начиная|с)\s/iu.test(q.text);
  const to = since ? Number.POSITIVE_INFINITY : Math.max(...years);
  return date.year >= from && date.year <= to;
}

function withDocumentYear(date: FuzzyDate, r: RankedSentence): FuzzyDate {
  if (date.year !== undefined) return date;
  const year = Number(r.entry.source.published?.slice(0, 4));
  return year ? { ...date, year } : date;
}

/** The same date as precisely given: one day, or one month (three reports of "February 2025" are one entry). */
function sameDate(a: FuzzyDate, b: FuzzyDate): boolean {
  return (
    a.precision === b.precision &&
    a.precision !== 'year' &&
    a.precision !== 'season' &&
    dateSortKey(a) === dateSortKey(b)
  );
}

type TimelineEntry = { from: RankedSentence; date: FuzzyDate };

/** The background dates among r's date candidates ("imposed in 2021", "since 2020") as entries, one a date. */
function pushBackgroundEntries(
  q: AnalyzedQuestion,
  r: RankedSentence,
  candidates: readonly Candidate[],
  entries: TimelineEntry[],
): void {
  for (const c of candidates) {
    if (!c.date || !isBackgroundDate(r.entry.sentence.text, mentionStart(r, c))) continue;
    const date = withDocumentYear(c.date, r);
    if (!withinAskedYears(q, date) || entries.some((e) => sameDate(e.date, date) || e.date.year === date.year))
      continue;
    entries.push({ from: r, date });
  }
}

/** Between two dates of a list: "14 April, 27 May and 14 July", "10 и 12 июня". */
const LIST_GAP = /^\s*(,|;|and|и|,\s*and|,\s*и|as well as|а также|,\s*а также)\s*$/iu;
/** Between the days of a range: "14–15 April", "10-11 февраля". */
const RANGE_GAP = /^\s*[-–—]\s*$/u;

/**
 * The dates of the list `chosen` stands in, in order ("on 14–15 April, 27 May and 14 July": three), or
 * `chosen` alone. A range counts once, by its first day: the event began then.
 */
function enumeratedDates(r: RankedSentence, own: readonly Candidate[], chosen: Candidate): Candidate[] {
  const text = r.entry.sentence.text;
  const start = (c: Candidate) => c.start ?? mentionStart(r, c);
  const end = (c: Candidate) => c.end ?? r.entry.tokens[c.to - 1]?.end ?? start(c);
  const sorted = [...own].sort((a, b) => start(a) - start(b));
  const at = sorted.indexOf(chosen);
  const gap = (a: Candidate, b: Candidate) => text.slice(end(a), start(b));
  const joined = (a: Candidate, b: Candidate) => LIST_GAP.test(gap(a, b)) || RANGE_GAP.test(gap(a, b));
  let first = at;
  while (first > 0 && joined(sorted[first - 1] as Candidate, sorted[first] as Candidate)) first--;
  let last = at;
  while (last < sorted.length - 1 && joined(sorted[last] as Candidate, sorted[last + 1] as Candidate)) last++;
  if (first === last) return [chosen];
  const run = sorted.slice(first, last + 1);
  return run.filter((c, i) => i === 0 || !RANGE_GAP.test(gap(run[i - 1] as Candidate, c)));
}

function composeTimeline(q: AnalyzedQuestion, ranked: RankedSentence[]): TypedAnswer {
  const bestCoverage = ranked[0]?.coverage ?? 0;
  const entries: TimelineEntry[] = [];
  const named = q.terms.filter((t) => t.name && !t.unknown);
  for (const r of ranked.slice(0, TUNING.timelineDepth)) {
    if (r.coverage < TUNING.timelineCoverageShare * bestCoverage) continue;
    // A chronology of something named is of that thing: "sanctions on <the airline>" is no list of every sanction.
    if (!named.every((t) => r.matches.some((m) => m.term === t))) continue;
    // The event's own date: a since-date or a date in a relative clause is background, never an entry.
    const candidates = dateCandidates(q, r);
    const own = candidates.filter((c) => c.date && !isBackgroundDate(r.entry.sentence.text, mentionStart(r, c)));
    const dated = [...own].sort((a, b) => a.distance - b.distance)[0];
    // "All three rounds were held in Doha: on 14–15 April, 27 May and 14 July": each date of a list is an entry.
    const listed = dated ? enumeratedDates(r, own, dated) : [];
    const fresh = (date: FuzzyDate) =>
      withinAskedYears(q, date) &&
      !entries.some((e) => (e.from.entry.n === r.entry.n && listed.length < 2) || sameDate(e.date, date));
    for (const c of listed) {
      // A yearless day ("14 августа") is of its document's year, for the order and the period.
      const date = withDocumentYear(c.date as FuzzyDate, r);
      // One entry a day: three reports of the same release are one event of the chronology.
      if (fresh(date)) entries.push({ from: r, date });
    }
    // In the history of something named, its background is an earlier entry: "lifts the sanctions on <it>,
    // imposed in 2021" dates the imposing, whatever date the lifting has.
    if (named.length) pushBackgroundEntries(q, r, candidates, entries);
    if (entries.length >= TUNING.timelineEntries) break;
  }
  if (entries.length === 0) return abstained(q, 'not-stated', ranked);
  // A chronology of dated events: once two entries give a day or a month ("late April" too), a bare year or season
  // ("in 2025", "this summer") is a remark about the period, not an entry.
  const precise = entries.filter((e) => ['day', 'part-of-month', 'month'].includes(e.date.precision));
  if (precise.length >= 2) {
    const years = precise.map((e) => e.date.year ?? 0);
    const [first, last] = [Math.min(...years), Math.max(...years)];
    // A year before or after all of them is no remark about their period but an entry of its own.
    const kept = entries.filter(
      (e) =>
        precise.includes(e) ||
        (e.date.precision === 'year' && e.date.year !== undefined && (e.date.year < first || e.date.year > last)),
    );
    entries.splice(0, entries.length, ...kept);
  }
  entries.sort((a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)));
  return {
    type: q.type,
    answered: true,
    unknownNames: [],
    values: entries.map((e) => ({ kind: 'date' as const, text: '', date: e.date, from: e.from })),
    conflict: false,
    quotes: entries,
    confidence: Math.min(1, bestCoverage),
  };
}

/** Whether a quote of `shown` already holds r, as one of the sentences it runs through. */
function heldBy(shown: RankedSentence, r: RankedSentence): boolean {
  const tail = TUNING.passageTail;
  const next = shown.entry.next;
  if (tail === 0 || next === undefined || r.entry.sentence.paragraph !== shown.entry.sentence.paragraph) return false;
  return r.entry.n === next || (tail >= 2 && r.entry.previous === next);
}

function composePassages(q: AnalyzedQuestion, ranked: RankedSentence[], count: number): TypedAnswer {
  const best = ranked[0] as RankedSentence;
  const quotes: RankedSentence[] = [];
  for (const r of ranked) {
    if (quotes.length >= count || r.score < TUNING.passageShare * best.score) break;
    if (!quotes.some((shown) => heldBy(shown, r))) quotes.push(r);
  }
  const values: AnswerValue[] = [];
  return answered(q, values, quotes);
}

/** Whether a sentence holds a candidate of the type the question expects. */
function fitsType(q: AnalyzedQuestion, r: RankedSentence): boolean {
  switch (q.type) {
    case 'date':
    case 'timeline':
      return hasOwnDateCandidate(q, r);
    case 'count':
      return numberCandidates(q, r).length > 0;
    case 'person':
      return nameCandidates(q, r).some((c) => isPersonLike(c, r));
    case 'place':
      return placeCandidates(q, r).length > 0;
    default:
      return true;
  }
}

const REASON =
  /(?<![\p{L}])(because|due to|owing to|as a result|result of|reason|reasons|caused|reflects?|since|given that|so that|in order to|из-за|поскольку|так как|потому что|причин\p{L}*|в связи с|объясн\p{L}*|связан\p{L}* с|вызван\p{L}*|ради|чтобы|из-за того)(?![\p{L}])/iu;
/** Words asking a price or a sum of money. */
const PRICE_WORDS = String.raw`cost|costs|costing|price|paid|pay|spend|spending|spent|guarantee|bail|deposit|fine|fined|ransom|compensation|штраф\p{L}*|выкуп\p{L}*|почём|почем|стоим\p{L}*|стоил\p{L}*|стоит|стоить|обош[её]?л\p{L}*|обойд[её]тся|цен\p{L}*|заплат\p{L}*|залог\p{L}*|компенсац\p{L}*`;
/** What a sum of money is written with. */
const MONEY_UNITS = String.raw`million|billion|thousand|dollars?|euros?|eur|usd|roubles?|rubles?|млн|млрд|тыс|доллар\p{L}*|евро|рубл\p{L}*`;
const AMOUNT_ASKED = new RegExp(
  String.raw`(?<![\p{L}])(how much|worth|owe|owed|sum|amount|value|budget|volumes?|consumption|сумм\p{L}*|долг\p{L}*|объ[её]м\p{L}*|потреблени\p{L}*|бюджет\p{L}*|выдел\p{L}*|${PRICE_WORDS})(?![\p{L}])`,
  'iu',
);
/** A share asked: "what percentage", "на сколько процентов". */
const PERCENT_ASKED = /(?<![\p{L}])(percent\p{L}*|per cent|процент\p{L}*)(?![\p{L}])|%/iu;
const MONEY_ASKED = new RegExp(String.raw`(?<![\p{L}])(${PRICE_WORDS})(?![\p{L}])`, 'iu');
const MONEY_WORDS = new RegExp(
  String.raw`[$€£]|(?<![\p{L}])(${MONEY_UNITS}|миллион\p{L}*|миллиард\p{L}*)(?![\p{L}])`,
  'iu',
);
/** Units of a physical quantity, which both a measure and an amount are written with. */
const PHYSICAL_UNITS = String.raw`кубометр\p{L}*|cubic|tonnes?|тонн\p{L}*|megawatt\p{L}*|мегаватт\p{L}*`;
/** A measure, not money, though a magnitude may come before it: "1,6 млрд кВт·ч", "2 million tonnes". */
const MEASURE_WORDS = new RegExp(
  String.raw`(?<![\p{L}])(${PHYSICAL_UNITS}|tons?|barrels?|баррел\p{L}*|kilowatt\p{L}*|gigawatt\p{L}*|terawatt\p{L}*|киловатт\p{L}*|people|persons|человек\p{L}*)(?![\p{L}])`,
  'iu',
);
const MEASURE_CONCEPTS = new Set(['nrg_kilowatt_hour', 'nrg_megawatt', 'nrg_barrel', 'eco_tonne']);
const MEASURE = {
  test: (text: string) =>
    MEASURE_WORDS.test(text) || conceptsOfText(text).some((concept) => MEASURE_CONCEPTS.has(concept)),
};
/** A sum of money: by its sign or unit, or any of the world's currencies the vocabulary names ("3000 лари"). */
const MONEY = {
  test: (text: string) => (MONEY_WORDS.test(text) || namesCurrency(text)) && !MEASURE.test(text),
};
/** A sum of money or a quantity: "how much gas" is answered by cubic metres. */
const AMOUNT_WORDS = new RegExp(
  String.raw`[$€£]|(?<![\p{L}])(${MONEY_UNITS}|${PHYSICAL_UNITS}|mcm|kwh|квт\p{L}*)(?![\p{L}])`,
  'iu',
);
const AMOUNT = { test: (text: string) => AMOUNT_WORDS.test(text) || namesCurrency(text) };

/** Whether the text names a currency of the vocabulary's list of them. */
function namesCurrency(text: string): boolean {
  return /\p{L}/u.test(text) && conceptsOfText(text).includes('eco_money_unit');
}
const DURATION_ASKED =
  /(?<![\p{L}])(how long|for how many (days|hours|weeks|months|years)|what (prison |jail )?(sentence|term)|как долго|сколько (по )?(времени|дней|часов|недель|месяцев|лет)|сколько длил\p{L}*|продолжительност\p{L}*|длительност\p{L}*|how much time|duration|sentenced to|(?<=['’]s )(prison |jail )?(sentence|term)|sentence length|приговор\p{L}* к|какой срок|сколько продолжал\p{L}*|к какому сроку|на какой срок|к скольким годам)(?![\p{L}])/iu;
/** A prison term, a person's own duration (unlike a call's or a visit's). */
const PRISON_TERM =
  /(?<![\p{L}])(sentence\p{L}*|term|prison|jail|срок\p{L}*|приговор\p{L}*|осужд\p{L}*|осуд\p{L}*|лишени\p{L}* свободы|колони\p{L}*)(?![\p{L}])/iu;
const LENGTH =
  /(?<![\p{L}])(km|kilomet\p{L}*|miles?|metres?|meters?|км|километр\p{L}*|метр\p{L}*|мил\p{L}*)(?![\p{L}])/iu;

/** Sentences holding a candidate of the asked type move up: "When ..." wants a sentence with a date. */
function rerankByType(q: AnalyzedQuestion, ranked: RankedSentence[]): RankedSentence[] {
  // "Q: Why did you suspend drilling? A: Because we could not guarantee …": the answer to an
  // interviewer's question is as much about it as the question itself, though it repeats few of its words.
  // (A list or a chronology gathers many sentences: one answer raised would crowd out the rest.)
  const answers = new Map<number, number>();
  const gathers = q.type === 'list' || q.type === 'timeline' || q.type === 'event' || q.type === 'about';
  for (const r of gathers ? [] : ranked.slice(0, TUNING.interviewQuestionDepth))
    if (ASKS.test(r.entry.sentence.text) && r.entry.next !== undefined) answers.set(r.entry.next, r.score);
  return ranked
    .map((r) => {
      const asked = answers.get(r.entry.n);
      return asked !== undefined && asked > r.score ? { ...r, score: asked } : r;
    })
    .map((r) => (fitsType(q, r) ? { ...r, score: r.score * TUNING.typeFitBonus } : r))
    .map((r) => (ASKS.test(r.entry.sentence.text) ? { ...r, score: r.score * TUNING.askingSentenceFactor } : r))
    .map((r) =>
      q.type === 'reason' && REASON.test(r.entry.sentence.text) ? { ...r, score: r.score * TUNING.reasonFitFactor } : r,
    )
    .sort((a, b) => b.score - a.score || a.entry.n - b.entry.n);
}

type Composer = (q: AnalyzedQuestion, ranked: RankedSentence[]) => TypedAnswer;

const composeAbout: Composer = (q, ranked) => composePassages(q, ranked, TUNING.passageQuotes);

/**
 * "What happened in November 2025?": the period is what the question is about; its other words
 * ("in US–Belarus relations") frame it. Sentences of the period come first, when there are any.
 */
const composeEvent: Composer = (q, ranked) => {
  const ofPeriod = q.dates.length ? ranked.filter((r) => r.dateFit === 'exact' || r.dateFit === 'context') : [];
  // "What happened on 2 July?": the sentences of that day before those of its month ("in July ...").
  const ofDay: RankedSentence[] = [];
  const ofMonth: RankedSentence[] = [];
  for (const r of ofPeriod) (datedAsAsked(q, r) ? ofDay : ofMonth).push(r);
  const asDated = [...ofDay, ...ofMonth];
  // "What happened on 19 March?" names nothing but its day: of the sentences of that day, those telling
  // an event (its words of the domain, its figures) before those that frame it ("the fourth visit").
  if (q.terms.length === 0) {
    const told = new Map(asDated.map((r) => [r, eventWords(r)]));
    asDated.sort((a, b) => b.score - a.score || (told.get(b) as number) - (told.get(a) as number));
  }
  return composePassages(q, asDated.length ? asDated : ranked, TUNING.passageQuotes);
};

/** How much of an event a sentence tells: its domain words (not general ones) and its figures. */
function eventWords(r: RankedSentence): number {
  const concepts = new Set(
    conceptsOfTokens(r.entry.tokens)
      .map((h) => h.concept)
      .filter((c) => !/^(gen|phr)_/.test(c)),
  );
  return concepts.size + r.entry.tokens.filter((t) => /^\d/.test(t.norm)).length;
}

/** Whether a sentence's own or carried date is as precise as the question's and fits it. */
function datedAsAsked(q: AnalyzedQuestion, r: RankedSentence): boolean {
  const { dates, date } = r.entry.annotation;
  const own = [...dates.map((d) => d.date), ...(date ? [date] : [])];
  return q.dates.some((d) => own.some((o) => o.precision === d.date.precision && datesCompatible(o, d.date)));
}

/**
 * "Which companies won …?": passages. "To which countries were they taken?": the countries named
 * first, from every sentence that names one, then the passages.
 */
const composeList: Composer = (q, ranked) => {
  const passages = composePassages(q, ranked, TUNING.listQuotes);
  const asksCountries = q.terms.some((t) => t.focus && t.features.includes(COUNTRY_CLASS));
  const places = asksCountries ? composePlace(q, ranked) : undefined;
  if (!places?.answered) return passages;
  const more = passages.quotes.filter((p) => !places.quotes.some((shown) => shown.from === p.from));
  return { ...passages, values: places.values, quotes: [...places.quotes, ...more] };
};

/** The registry: one composer per answer type; reasons, events and anything else are passages. */
const COMPOSERS: Partial<Record<AnswerType, Composer>> = {
  date: composeDate,
  count: composeCount,
  person: composePerson,
  place: composePlace,
  role: composeRole,
  yesno: composeYesNo,
  timeline: composeTimeline,
  list: composeList,
  event: composeEvent,
};

/** The typed answer for an analysed question and its ranked sentences. */
export function composeAnswer(q: AnalyzedQuestion, rankedByWords: RankedSentence[]): TypedAnswer {
  let ranked = rerankByType(q, rankedByWords);
  if (q.terms.length === 0 && q.dates.length === 0) return abstained(q, 'empty', []);
  // A name no document has, unless it stands next to one they have (a given name spelt otherwise).
  // A hyphenated word ("Vilnus-based") is not a name on its own.
  const unknownName = q.terms.some(
    (t) =>
      t.unknown &&
      // A country or a capital of the gazetteer is a name however typed ("exact date denmark started …").
      (t.name || t.features.some((f) => f.startsWith('c:geo_'))) &&
      !t.raw.includes('-') &&
      !q.terms.some(
        (o) =>
          o.name &&
          !o.unknown &&
          Math.abs(o.position - t.position) === 1 &&
          // "Сенат США": a country beside it is no other spelling of a person's name.
          !o.features.some((f) => f.startsWith('c:geo_')),
      ),
  );
  if (TUNING.abstainOnUnknownName && unknownName) return abstained(q, 'unknown-name', ranked);
  if (asksMuchUnsaid(q)) return abstained(q, 'not-stated', ranked);
  // "Which judge …?" when no document speaks of a judge: whoever is near is no answer.
  if (q.type === 'person' && unknownAskedTitle(q)) return abstained(q, 'not-stated', ranked);
  const best = ranked[0];
  if (!best || best.coverage < TUNING.minCoverage) return abstained(q, 'not-stated', ranked);
  // "The third round" when the documents speak only of a first and a second one.
  // "The second call" when no sentence numbers a second one: a sentence about an unnumbered call tells of
  // one call, not of a second.
  if (
    q.ordinals.length &&
    !ranked.slice(0, TUNING.ordinalDepth).some((r) => q.ordinals.some((o) => r.entry.ordinals.includes(o))) &&
    ((NUMBERED_EVENT_TYPES.has(q.type) && q.ordinals.some((o) => o >= 2)) ||
      ranked.slice(0, TUNING.ordinalDepth).some((r) => r.entry.ordinals.length > 0))
  ) {
    return abstained(q, 'not-stated', ranked);
  }
  // "Имена двух других не раскрываются": a source says the asked detail was kept back.
  const withheld = TUNING.strictSlots
    ? withheldAmong(q.type, ranked, TUNING.withheldDepth, TUNING.withheldShare)
    : undefined;
  // "Postponed without naming a new date" keeps back the new date, not the one it had.
  if (withheld && !(OLD_VALUE_ASKED.test(q.text) && NEW_DATE_WITHHELD.test(withheld.entry.sentence.text)))
    return abstained(q, 'withheld', [withheld]);
  // A value read off a sentence about another country's delegation, company or citizens is not it.
  if (TUNING.strictSlots && ['date', 'count', 'person', 'place'].includes(q.type)) {
    const own = ranked.filter((r) => !otherNationality(q, r));
    if (own.length < ranked.length) {
      if (!own.length) return abstained(q, 'not-stated', ranked);
      ranked = own;
    }
  }
  // "В чём обвиняли студента Русу?", "What was he accused of?": a passage that states no charge of the
  // one asked about (the student is only named among the freed) does not answer what he was charged with.
  if (TUNING.strictSlots && CHARGE_ASKED.test(q.text) && !statesCharge(q, ranked))
    return abstained(q, 'not-stated', ranked);
  // "Как прокомментировал визит президент Литвы?": what a person of an office and a country said is
  // told where they are named, by office and country; passages about the visit alone do not answer it.
  if (TUNING.strictSlots && SPOKEN_TYPES.has(q.type) && speakerUnnamed(q, ranked))
    return abstained(q, 'not-stated', ranked);
  const compose = COMPOSERS[q.type] ?? composeAbout;
  return compose(q, ranked);
}

/**
 * "When did the Senate vote to repeal amendment 907?" where no document has a senate, a vote or a
 * repeal: a date, count, person or place read off a sentence that shares only the rest (the amendment)
 * is another event's. Two or more words of the vocabulary that no document uses, a third of the
 * question or more (one unused word, "colony" or "town", is a detail the answer can do without).
 */
function asksMuchUnsaid(q: AnalyzedQuestion): boolean {
  if (!SLOT_TYPES.has(q.type)) return false;
  const unsaid = q.terms.filter(
    (t) => t.unknown && !t.name && t.features.some((f) => f.startsWith('c:')) && !anyMayHoldAsked(t),
  );
  return unsaid.length >= 2 && unsaid.length >= TUNING.unsaidShare * q.terms.length;
}

const SLOT_TYPES: ReadonlySet<AnswerType> = new Set(['date', 'count', 'person', 'place']);
/** Answers about one numbered event ("when was the second call", "how many were freed in the third release"). */
const NUMBERED_EVENT_TYPES: ReadonlySet<AnswerType> = new Set(['date', 'count']);

/** Words after which a title is the head of its phrase: a verb, a preposition, the end ("which judge ordered", "predecessor as"). */
function endsPhrase(t: Token | undefined): boolean {
  if (!t) return true;
  if (STOPWORDS.has(t.norm) || /^\p{Ll}+ed$/u.test(t.norm)) return true;
  const pos = partOfSpeech(t.norm);
  return pos === 'VERB' || pos === 'INFN' || pos === 'PREP';
}

/**
 * "Which judge ordered …?", "С какими сенаторами встречался …?", "Who was Vendt's predecessor?": the
 * title asked is a role no document uses, so no document names who held it.
 */
function unknownAskedTitle(q: AnalyzedQuestion): QuestionTerm | undefined {
  const cue = q.tokens.findIndex((t) => QUESTION_WORDS.has(t.norm));
  if (cue < 0) return undefined;
  return q.terms.find((t) => {
    // A kind of title ("which expert") is asked of whoever holds one of its kind (an analyst), a general
    // one ("which officials") of anyone; a relation ("predecessor") only of someone a document calls so.
    const roles = t.features.filter((f) => f.startsWith('c:role_'));
    if (!t.unknown || t.name || !roles.length || anyMayHoldAsked(t)) return false;
    const before = q.tokens[t.position - 1];
    const head = t.position <= cue + 3 || (before !== undefined && possessiveAfter(q.text, before.end));
    return head && endsPhrase(q.tokens[t.position + 1]);
  });
}

/** The country a word names ("азербайджанскую", "Georgian", "США"), if any. */
function countryOf(word: Token): string | undefined {
  return conceptsOfTokens([word]).find((h) => COUNTRY_CONCEPT.test(h.concept))?.concept;
}

/**
 * "Кто возглавлял азербайджанскую делегацию?" answered from "Американскую делегацию возглавил …": the
 * noun the question qualifies by a country stands in the sentence qualified by another country, and the
 * asked country is nowhere in it. That sentence tells about someone else's delegation.
 */
function otherNationality(q: AnalyzedQuestion, r: RankedSentence): boolean {
  for (const adj of q.terms) {
    const asked = adj.features.map((f) => f.slice(2)).find((c) => COUNTRY_CONCEPT.test(c));
    if (!asked) continue;
    // The noun it qualifies, an adjective between allowed ("грузинской строительной компанией").
    const nouns = q.terms.filter(
      (t) =>
        !t.name &&
        ((t.position > adj.position && t.position <= adj.position + 2) ||
          // "делегации Азербайджана": the noun right before a country in the genitive.
          (t.position === adj.position - 1 && !t.features.some((f) => COUNTRY_CONCEPT.test(f.slice(2))))),
    );
    const at = nouns.flatMap((noun) => r.matches.find((m) => m.term === noun)?.positions ?? []);
    if (!at.length) continue;
    // The index knows where the sentence names the asked country: no word of it need be looked up again.
    if (r.entry.features.has(`c:${asked}`)) continue;
    const tokens = r.entry.tokens;
    // "президентов США и Беларуси": a country the question names too is no other one.
    const questionCountries = new Set(
      q.terms.flatMap((t) => t.features.map((f) => f.slice(2)).filter((c) => COUNTRY_CONCEPT.test(c))),
    );
    const other = (k: number) => {
      const c = k >= 0 ? countryOf(tokens[k] as Token) : undefined;
      return c !== undefined && !questionCountries.has(c);
    };
    const qualified = (p: number) => [p - 1, p - 2].some(other);
    if (at.some(qualified)) return true;
  }
  return false;
}
