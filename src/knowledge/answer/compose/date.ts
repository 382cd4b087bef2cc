/** The date composer: "when ...?", a plan or a past event, a postponement, a date at the asked place. */
import { dateSortKey, datesCompatible } from '../../extract/dates.ts';
import { labelsNumberAt } from '../../extract/dates-candidate.ts';
import { parseNumberToken } from '../../extract/numerals.ts';
import { isGivenName } from '../../lexicon/first-names.ts';
import { countryHeadedBy } from '../../lexicon/gazetteer.ts';
import { PLACE_NOUN_CONCEPTS } from '../../lexicon/place-nouns.ts';
import { conceptsOfTokens } from '../../lexicon/vocabulary.ts';
import { casesOf, mayShareCase, partOfSpeech, verbTense } from '../../text/morphology.ts';
import { ordinalsIn } from '../../text/ordinals.ts';
import { type Token, tokenize } from '../../text/tokens.ts';
import type { DateMention, FuzzyDate } from '../../types.ts';
import {
  type AnalyzedQuestion,
  CALLED_WORDS,
  capitalizedInside,
  isPlaceTerm,
  PLAN_WORDS,
  type QuestionTerm,
} from '../analyze.ts';
import { type Candidate, dateCandidates, hasOwnDateCandidate, mentionTokens, tokensApart } from '../candidates.ts';
import { namedOnlyAsPossessor } from '../possessor.ts';
import { type RankedSentence, termPositions } from '../retrieve.ts';
import { namesPerson } from '../sentence-index.ts';
import {
  asksOtherThanNewDate,
  CHANGE,
  eventPlaceOf,
  facilityOfPlace,
  isGoingWord,
  OLD_VALUE_ASKED,
  ofOtherTrafficKind,
  trafficKindAsked,
} from '../slot-constraints.ts';
import { TUNING } from '../tuning.ts';
import { namedKinds, speaksOfAnotherOfKind } from './another-of-kind.ts';
import { askedAct, isPersonalAct, JOINT_EVENT, questionVerb, saysAct } from './asked-act.ts';
import { askedSpanSide, otherSide, saysUntil, spanSide } from './date-range.ts';
import { askedPredicate, deniedAct, denies, negates, tellsUndone } from './negation.ts';
import { askedActSide, saysOnlyUndoing, saysOwnAct } from './opposite-act.ts';
import {
  type AnswerValue,
  abstained,
  answered,
  bestCandidates,
  corroborating,
  isRival,
  mentionStart,
  namesSomeone,
  type TypedAnswer,
  termFoundIn,
  termTold,
} from './shared.ts';

const PRECISION_FACTOR: Record<FuzzyDate['precision'], number> = {
  day: 1,
  'part-of-month': 0.9,
  month: 0.85,
  season: 0.8,
  year: 0.6,
};

function isJointEvent(q: AnalyzedQuestion): boolean {
  return q.terms.some((t) => t.features.some((f) => JOINT_EVENT.test(f)));
}

/** The span of days a date ends ("18–19 апреля" for "19 апреля"), dated by its first day; else the date itself. */
function rangeStart(c: Candidate, r: RankedSentence): FuzzyDate {
  const date = c.date as FuzzyDate;
  const start = c.start ?? mentionStart(r, c);
  const text = r.entry.sentence.text;
  const from = Math.max(0, start - 8);
  const found = DAY_RANGE_START.exec(text.slice(from, start));
  // "Этап 2 — 6 мая": the stage's number is no first day.
  const first = found && !labelsNumberAt(text, from + found.index) ? found[1] : undefined;
  const day = Number(first);
  return date.precision === 'day' && day >= 1 && day < (date.day ?? 0) ? { ...date, day, lastDay: date.day } : date;
}

/** A day and a dash right before a date: the date ends a range that began on that day. */
const DAY_RANGE_START = /(?<!\d)(\d{1,2})\s*[-–—]\s*$/u;

/** "When will ...", "Когда ... посетит": the question asks about what is still to come. */
const ASKS_FUTURE =
  /^\s*(?:(?:when|on what date|on which date|what date)\s+(?:will|shall|is\s+\S+(?:\s+\S+)?\s+going to|are\s+\S+(?:\s+\S+)?\s+going to)|когда\s+(?:\S+\s+){0,2}?(?:будет|будут|состоится|посетит|приедет|пройд[её]т)(?![\p{L}]))/iu;

const ASKS_YEAR =
  /(?<![\p{L}])(what year|which year|в каком году|с какого года|какого года|до какого года)(?![\p{L}])/iu;
const ASKS_DAY =
  /(?<![\p{L}])((exact|precise) (\p{L}+ )?(day|date)|what day|which day|on what day|on what date|on which date|какого числа|на какое число|с какого числа|в какой день|в какой именно день|точн\p{L}* (\p{L}+ )?(дат\p{L}*|день|числ\p{L}*))(?![\p{L}])/iu;

/** "Until what date …?", «до какого числа …?»: the end of a stretch asked. */
const UNTIL_ASKED =
  /(?<![\p{L}])(until what|until when|till when|до какого (числа|дня|срока)|до какой даты|по какое число)(?![\p{L}])/iu;
/** The asker insists on the day itself: "on what exact day", «в какой именно день», «точная дата». */
const EXACTNESS = /(?<![\p{L}])(exact\p{L}*|precise\p{L}*|именно|точн\p{L}*)(?![\p{L}])/iu;

/**
 * The parties a question names, each as its words: a given name before a surname is one person ("с
 * Каримом Мансуром"), whom a sentence names by the surname alone; two surnames side by side are two
 * ("Trump–Lukashenko call").
 */
function partiesOf(q: AnalyzedQuestion, names: readonly QuestionTerm[]): QuestionTerm[][] {
  const parties: QuestionTerm[][] = [];
  for (const t of names) {
    const last = parties.at(-1);
    const before = last?.at(-1);
    const token = before && q.tokens[before.position];
    const givenName = token !== undefined && isGivenName(token);
    // "с Торвиком Халландом": two names side by side in one case are one person's, though the dictionary
    // does not know the given name (a place beside a name is not its part: "Kestov's Vendt").
    const oneName =
      givenName ||
      (token !== undefined &&
        !isPlaceTerm(before as QuestionTerm) &&
        !isPlaceTerm(t) &&
        sameCaseNames(token.raw, q.tokens[t.position]?.raw ?? ''));
    if (last && before && t.position === before.position + 1 && oneName) last.push(t);
    else parties.push([t]);
  }
  return parties;
}

/**
 * The people a question names: two names one person's ("Kairat Ormanov", «Дьёсёля Амазана»), or a name
 * after a title ("director Dash"). A lone name may be a company's or a ship's.
 */
function peopleNamed(q: AnalyzedQuestion): QuestionTerm[][] {
  return partiesOf(
    q,
    q.terms.filter((t) => namesSomeone(t) && !namesFacility(q, t)),
  ).filter((party) => {
    const before = q.tokens[(party[0] as QuestionTerm).position - 1];
    return (
      party.length > 1 ||
      (before !== undefined && conceptsOfTokens([before]).some((h) => h.concept.startsWith('role_')))
    );
  });
}

/** Whether the question names a person and no dated sentence both names them and says the asked act. */
function personalActUntold(q: AnalyzedQuestion, act: QuestionTerm, scored: readonly { r: RankedSentence }[]): boolean {
  const people = peopleNamed(q);
  // "Варнич остаётся в изоляторе: 3 апреля суд продлил срок" after a sentence on Farrow: a sentence naming
  // a person of its own tells that person's act; one named in full before it is told only by a sentence
  // naming no one. (A lone name after a title may be the title's organisation: «директор Кестмаша».)
  const named = (r: RankedSentence, party: QuestionTerm[]) =>
    party.length > 1 && namesPerson(r.entry)
      ? termFoundIn(r, (t) => party.includes(t), 0, r.entry.tokenCount)
      : termTold(r, (t) => party.includes(t));
  const tellsOf = (r: RankedSentence) => saysAct(act, r) && people.some((party) => named(r, party));
  return people.length > 0 && !scored.some((s) => tellsOf(s.r));
}

/**
 * "talks on taking over the Tilia fund", «переговоры о покупке "Варнел-Банка"»: a name after the event
 * and a word of its topic is what the event is about, not a party to it.
 */
function topicOfEvent(q: AnalyzedQuestion, t: QuestionTerm): boolean {
  const event = q.terms.find((o) => o.position < t.position && o.features.some((f) => JOINT_EVENT.test(f)));
  if (!event) return false;
  return q.tokens.slice(event.position + 1, t.position).some((k) => TOPIC_PREPOSITION.test(k.norm));
}
const TOPIC_PREPOSITION = /^(on|about|over|concerning|regarding|о|об|обо|по|насчёт|насчет)$/;

/** A name that a facility's noun follows ("the Lorin plant", «Лоринской электростанции»): a place, no party. */
function namesFacility(q: AnalyzedQuestion, t: QuestionTerm): boolean {
  return conceptsOfTokens(q.tokens).some((h) => h.from === t.position + 1 && isFacility(`c:${h.concept}`));
}
/** A feature of a place one can be at: a building, a port, a camp, a power plant. */
function isFacility(feature: string): boolean {
  return FACILITIES.has(feature);
}
const FACILITIES: ReadonlySet<string> = new Set([
  ...PLACE_NOUN_CONCEPTS,
  ...['nrg_power_plant', 'nrg_thermal_plant', 'nrg_nuclear_plant'].map((id) => `c:${id}`),
]);

/** Russian words of which at least one declines, in a case both may be in ("Торвиком Халландом"). */
function sameCaseNames(a: string, b: string): boolean {
  return (casesOf(a) !== undefined || casesOf(b) !== undefined) && mayShareCase(a, b);
}

/** "On what day in August …?": the answer is a day of the period the question names. */
function withinAskedPeriod(q: AnalyzedQuestion, date: FuzzyDate | undefined): boolean {
  // A day in a when-question names its subject ("when was the 1 March restart put off?"): no period,
  // and not the answer, which the asker already has.
  const days = q.dates.filter((d) => d.date.precision === 'day');
  if (date && days.some((d) => sameDayOrMonth(d.date, date))) return false;
  // "заявила, что обзор переносится на сентябрь": the month a plan is moved to is what was said, not
  // the period the statement is asked in.
  // (A mention may begin with its preposition: "на сентябрь".)
  const movedTo = (d: DateMention) =>
    PLANNED_FOR.test(q.text.slice(0, d.start) + (/^(на|до|to|until|for)\s+/iu.exec(d.text)?.[0] ?? ''));
  const periods = q.dates.filter((d) => d.date.precision !== 'day' && !movedTo(d));
  return date === undefined || periods.length === 0 || periods.some((d) => datesCompatible(d.date, date));
}

/** A date after the document that gives it: a plan, a deadline or a forecast, not something done. */
function isPlan(date: FuzzyDate, r: RankedSentence): boolean {
  const published = r.entry.source.published;
  if (!published || date.year === undefined) return false;
  // A document dated by its month only ("2026-10") may give any day of that month as done: its last day bounds it.
  return dateSortKey(date) > published.padEnd(10, '-31').replace(/-$/, '');
}

/**
 * Whether a "when will" question may take this date: a plan by its date, or a sentence that plans by a date
 * of its own ("Мы намерены обратиться в суд" under an interview dated 23 June plans nothing for 23 June).
 */
function afterPublication(date: FuzzyDate, c: Candidate, r: RankedSentence): boolean {
  return isPlan(date, r) || (r.entry.hedged && !c.carried);
}

/** The sentence numbers an event by an ordinal the question asks ("второй этап" for "the second stage"). */
export function saysAskedOrdinal(q: AnalyzedQuestion, r: RankedSentence): boolean {
  return (
    q.ordinals.some((o) => r.entry.ordinals.includes(o)) ||
    // "Отложено повторно", "postponed again": the second time, said without its number.
    (q.ordinals.includes(2) && REPEATED.test(r.entry.sentence.text)) ||
    // "in two batches: … on 17 February … and … on 9 March": the second is the second date.
    (r.entry.ordinals.length === 0 && datesInCountedList(q, r).length >= Math.max(...q.ordinals))
  );
}
const REPEATED = /(?<![\p{L}])(again|once more|повторно|вторично|вновь|снова|ещё раз|еще раз)(?![\p{L}])/iu;

/**
 * "The second call": in a sentence telling several ("first spoke on 15 August, and held a second call
 * in February"), the candidate nearest the asked ordinal is the one; one nearer another ordinal is not.
 */
function ordinalFit(
  q: AnalyzedQuestion,
  c: Candidate,
  r: RankedSentence,
  countedList: (r: RankedSentence) => Candidate[],
): number {
  if (!q.ordinals.length || c.carried) return 1;
  const found = ordinalsIn(r.entry.tokens, r.entry.sentence.text);
  if (!found.length) {
    const place = placeInList(c, countedList(r));
    if (place !== undefined) return q.ordinals.includes(place) ? TUNING.ordinalFitFactor : TUNING.ordinalConflictFactor;
  }
  // "For the second time this year": a sentence saying only the asked ordinal tells of the very event.
  if (found.length === 1 && q.ordinals.includes((found[0] as { value: number }).value)) return TUNING.ordinalFitFactor;
  if (found.length < 2 && !found.some((o) => !q.ordinals.includes(o.value))) return 1;
  const gap = (o: { at: number }) => (o.at < c.from ? c.from - o.at : o.at >= c.to ? o.at - c.to + 1 : 0);
  const nearest = found.reduce((best, o) => (gap(o) < gap(best) ? o : best));
  return q.ordinals.includes(nearest.value) ? 1 : TUNING.ordinalConflictFactor;
}

/**
 * "published the data in two batches: about 340 GB on 17 February … and about 610 GB on 9 March": a
 * sentence that counts its events and dates each in turn numbers them by their order. The candidate's
 * place among the sentence's dates (1 for the first), when the sentence counts as many as it dates.
 */
function placeInList(c: Candidate, list: readonly Candidate[]): number | undefined {
  const at = list.findIndex((d) => d.from === c.from);
  return at < 0 ? undefined : at + 1;
}

/** The sentence's own dates in order, when a number before them counts as many (else none). */
function datesInCountedList(q: AnalyzedQuestion, r: RankedSentence): Candidate[] {
  const dates = dateCandidates(q, r)
    .filter((d) => d.date !== undefined && !d.carried)
    .sort((a, b) => a.from - b.from);
  if (dates.length < 2) return [];
  const inDate = (k: number) => dates.some((d) => k >= d.from && k < d.to);
  const counted = r.entry.tokens.some(
    (t, k) => !inDate(k) && k < (dates[0] as Candidate).from && parseNumberToken(t.norm) === dates.length,
  );
  return counted ? dates : [];
}

const PLAN_ASKED =
  /(?<![\p{L}])(expected|scheduled|planned|due|supposed|set to|initially|originally|deadline|target|ожидал\p{L}*|планировал\p{L}*|должен|должна|должны|должно|намечал\p{L}*|назначен\p{L}*|изначально|первоначально|срок\p{L}*)(?![\p{L}])/iu;

/**
 * The question asks about a plan ("When was the signing scheduled?"), not when something happened. A plan
 * word in a clause that describes what is asked about ("the exercise that had been planned for September",
 * "учения, которые планировались на сентябрь") does not: the act asked is another.
 */
function asksPlan(text: string): boolean {
  return PLAN_ASKED.test(text.replace(DESCRIBING_CLAUSE, ' '));
}

/**
 * "that had been planned for September", ", которые планировались на сентябрь": to the clause's end. After
 * a noun, not after a preposition or at the start, where "which" / "котор…" asks ("On which date", "В котором году").
 */
const DESCRIBING_CLAUSE =
  /(?<=[\p{L}»"]\s*,?\s)(?<!(?:^|[^\p{L}])(?:on|in|at|for|to|by|from|of|в|во|на|с|со|к|по|до|из|от|за|о|об)\s)(that|which|котор\p{L}+)(?![\p{L}])[^,;?]*/giu;

/** "When will ...", "Когда Вендт поедет в Кештов?" (a verb in the future tense): the question asks about what is to come. */
function asksFuture(q: AnalyzedQuestion): boolean {
  // "Когда договорились, кто будет нести службу?" asks about the past: its future is a clause's.
  const tenses = q.tokens.map((t) => verbTense(t.norm));
  if (ASKS_FUTURE.test(q.text) || (tenses.includes('future') && !tenses.includes('past'))) return true;
  if (PLAN_AHEAD_ASKED.test(q.text)) return true;
  // "When is his next visit?", "Когда следующий раунд?": what is next is still to come, unless asked in the past.
  return (
    NEXT_ASKED.test(q.text) && !tenses.includes('past') && !/(?<![\p{L}])(did|was|were|had)(?![\p{L}])/iu.test(q.text)
  );
}

/** "When is the trial due to open?", «Когда должно начаться рассмотрение?»: a plan still ahead. */
const PLAN_AHEAD_ASKED =
  /^\s*(?:(?:when|on what date|on which date|what date)\s+(?:is|are)\s+(?:\S+\s+){0,8}?(?:due|expected|scheduled|set|planned|supposed)\s+to\s|когда\s+(?:\S+\s+){0,3}?(?:должен|должна|должно|должны|планируется|запланирован\p{L}*|намечен\p{L}*|ожидается)\s+(?!был))/iu;

const NEXT_ASKED = /(?<![\p{L}])(next|upcoming|следующ\p{L}*|предстоящ\p{L}*)(?![\p{L}])/iu;

/** "When did ...", "Когда подписали ...": the question asks about what has happened. */
export function asksPast(q: AnalyzedQuestion): boolean {
  if (
    /^\s*(when|on what date|on which date|what date|in what month|in which month)\s+(did|was|were|had)\s/i.test(q.text)
  )
    return true;
  return q.tokens.some((t) => /(л|ла|ло|ли)(ся|сь)?$/.test(t.norm) && partOfSpeech(t.norm) === 'VERB');
}

/** Words of planning a date, in the past tense too: "scheduled", "назначено", "планировали", "намечали". */
const DATE_PLAN_WORDS = String.raw`${PLAN_WORDS}|планировал\p{L}*|намечал\p{L}*`;

/** "о переносе подписания с 16 февраля на 20 марта": the new date of a change, after its old one. */
const CHANGED_FROM_TO = /(?<![\p{L}])(с|со|from)\s+[^,;.]{1,25}?\s+(на|до|to|until)\s+$/iu;

/** Opening what is said or reported: "that", «что». */
const REPORTED_CLAUSE = /^(that|что)$/;

/** Where the clause of what the asked verb reports begins in the sentence ("уведомил, что …"), if it does. */
function reportedClauseAfter(verb: QuestionTerm, r: RankedSentence): number | undefined {
  const at = termPositions(r, verb)[0];
  if (at === undefined) return undefined;
  const tokens = r.entry.tokens;
  const opening = tokens.findIndex((t, k) => k > at && k <= at + 4 && REPORTED_CLAUSE.test(t.norm));
  return opening >= 0 ? opening : undefined;
}

/**
 * Words that put a plan's date after them: "set for", "postponed to", "назначено на", "перенесли на", "due on",
 * "a new target of the end of April", «должен был прийти в феврале».
 */
const PLANNED_FOR = new RegExp(
  String.raw`(?<![\p{L}])((${DATE_PLAN_WORDS}|${CALLED_WORDS})\s+(for|to|until|на|до)|(postponed|moved|rescheduled|pushed back|deferred|delayed|перенес\p{L}*|перенёс\p{L}*|перенос\p{L}*|отлож\p{L}*)(\s+(?!(?:for|to|until|на|до)\s)\p{L}+){0,2}\s+(for|to|until|на|до)|due\s+(on|in)|(target|deadline)(\s+date)?\s+(of|for)|targeted\s+(for|at)|положенн\p{L}*|должн\p{L}*\s+был\p{L}*\s+\p{L}+\s+(в|во|на|до|к))\s+(the\s+)?$`,
  'iu',
);

/** The first day of a span of days, right before its last: "15–" of "15–17 сентября". */
const SPAN_FIRST_DAY = /\d{1,2}\s*[-–—]\s*$/u;

/** A deadline's date after it: "undertook to dismantle the posts by 15 June", "не позднее 15 июня", "к середине мая". */
const DEADLINE_BEFORE = /(?<![\p{L}])(by|no later than|не позднее|не позже|к|ко)\s+(the\s+)?$/iu;

export function composeDate(q: AnalyzedQuestion, ranked: RankedSentence[]): TypedAnswer {
  const future = TUNING.futureNeedsPlan && asksFuture(q);
  // "When was he expected in ...?" asks about the plan itself.
  const past = !future && asksPast(q) && !asksPlan(q.text);
  const yearAsked = ASKS_YEAR.test(q.text);
  // "должен был открыться 15 сентября, но так и не открылся": a date of what did not happen.
  // "отложено подписание договора, назначенное на 21 мая": the signing asked did not happen then either.
  const act = askedAct(q);
  const putOffAsked = act !== undefined && !POSTPONED.test(q.text);
  const verb = questionVerb(q);
  // "ЕИБ уведомил компанию, что не выплатит транш": asked when it notified, the denial is what it said.
  const reportedFrom = (r: RankedSentence) => (verb ? reportedClauseAfter(verb, r) : undefined);
  const deniedEvent = (r: RankedSentence) =>
    TUNING.strictSlots &&
    past &&
    !negates(q.text) &&
    (denies(r, reportedFrom(r)) ||
      (!POSTPONED.test(q.text) && tellsUndone(r)) ||
      (putOffAsked && (putOff(act, r) || onlyPlanned(act, r))));
  // "the session set for 9 June", "заседание, назначенное на 9 июня": the date of a plan, not of what happened.
  const plannedFor = (c: Candidate, r: RankedSentence) => {
    if (!TUNING.strictSlots || !past) return false;
    const start = mentionStart(r, c);
    // A mention may begin with its preposition ("на 9 июня").
    const lead = /^(на|до|к|ко|в|во|for|to|until|by|on|in)\s+/iu.exec(c.text)?.[0] ?? '';
    // The last day of a span is planned as its first: "планировались на 15–17 сентября".
    const before = r.entry.sentence.text.slice(Math.max(0, start - 40), start).replace(SPAN_FIRST_DAY, '') + lead;
    return (
      PLANNED_FOR.test(before) ||
      DEADLINE_BEFORE.test(before) ||
      (CHANGED_FROM_TO.test(before) && CHANGE.test(r.entry.sentence.text))
    );
  };
  // "When will he visit Minsk again?": a date of going to another place is no answer ("due to fly to Warsaw on Thursday").
  const goingTo = TUNING.strictSlots && q.terms.some(isGoingWord) ? destinationAsked(q) : undefined;
  // "When will the postponed summit now take place?": the date it was postponed from is no answer.
  const newDateAsked = asksNewDate(q);
  const givenUp = newDateAsked ? postponedDates(ranked) : [];
  // "When was the crossing shut?" and "from 17 February to 6 April it was closed": the span's first date.
  // (An event's opening is the first day of its span: "19–21 мая — процесс".)
  // "Until what date was it expected to stay closed?": the end of the stretch, said with "until".
  const untilAsked = TUNING.strictSlots && UNTIL_ASKED.test(q.text);
  const side = untilAsked
    ? 'last'
    : TUNING.strictSlots && act
      ? startedEvent(q, act)
        ? 'first'
        : askedSpanSide(act)
      : undefined;
  // "When were passengers let through again?": not a date of the freight's reopening.
  const traffic = TUNING.strictSlots ? trafficKindAsked(q) : undefined;
  const boundDates = verb ? boundDatesOf(q, verb) : undefined;
  const statementAsked = STATEMENT_ASKED.test(q.text);
  // The counted list of a sentence is read once, however many of its dates are weighed.
  const countedList = perSentence((r) => datesInCountedList(q, r));
  // "was sailing on Thursday and was expected to arrive on Friday": asked when it arrived, the sentence
  // gives the arrival only as a plan, and its other dates are of other acts.
  const verbOnlyPlanned = (r: RankedSentence) => {
    const bound = boundDates?.(r) ?? [];
    return bound.length > 0 && bound.every((c) => c.date !== undefined && isPlan(c.date, r));
  };
  const scored = bestCandidates(
    q,
    ranked,
    // Asked when something will happen, only a date after its document (or a plan) can answer; asked
    // when it happened, a date still ahead of the document that gives it is a plan, not the event.
    (r) =>
      eventDatesFirst(deniedEvent(r) || (past && verbOnlyPlanned(r)) ? [] : dateCandidates(q, r)).filter(
        (c) =>
          !plannedFor(c, r) &&
          (future
            ? c.date !== undefined && afterPublication(c.date, c, r)
            : !past || c.date === undefined || !isPlan(c.date, r)) &&
          withinAskedPeriod(q, c.date) &&
          !(goingTo && goesElsewhere(goingTo, c, r)) &&
          !(traffic && ofOtherTrafficKind(traffic, r)),
      ),
    (c, r) =>
      // "In what year ...?": a year is as precise as asked.
      (yearAsked ? 1 : PRECISION_FACTOR[c.date?.precision ?? 'year']) *
      (c.carried && !c.stamped ? TUNING.carriedDateFactor : 1) *
      ordinalFit(q, c, r, countedList) *
      (verb && boundDates ? verbFit(verb, boundDates(r), c, r) : 1) *
      (side && spanSide(c, r) === otherSide(side) ? TUNING.spanOtherEndFactor : 1) *
      (untilAsked && !saysUntil(c, r) ? TUNING.spanOtherEndFactor : 1) *
      (!statementAsked && datesStatement(c, r) ? TUNING.statementDateFactor : 1),
  );
  // "When did the tanker Aster Dawn load?": a sentence dating another tanker ("танкер Coral Meridian") and
  // not the asked one dates that one.
  const kinds = TUNING.strictSlots ? namedKinds(q) : undefined;
  const ofAnother = kinds ? perSentence((r) => speaksOfAnotherOfKind(q, kinds, r)) : undefined;
  const ofAskedOnes = ofAnother ? scored.filter((s) => !ofAnother(s.r)) : scored;
  const dated = datedEvent(
    q,
    givenUp.length
      ? ofAskedOnes.filter((s) => !givenUp.some((d) => s.c.date && sameDayOrMonth(d, s.c.date)))
      : ofAskedOnes,
  );
  if (!dated) return abstained(q, 'not-stated', ranked);
  // "When did crude flow again?" and the best sentence tells only of the halt: a sentence telling of the
  // asked act dates it instead, if one is nearly as strong; if none tells of it, the documents do not date it.
  const actSide = TUNING.strictSlots ? askedActSide(q) : undefined;
  const undoing = actSide !== undefined && saysOnlyUndoing(actSide, dated.r);
  const doing = undoing ? scored.find((s) => saysOwnAct(actSide, s.r)) : undefined;
  // ("From 2 March to 20 April it was closed": the span's last day is the reopening, said by its end.)
  const spanTells = side !== undefined && scored.some((s) => s.r === dated.r && spanSide(s.c, s.r) === side);
  if (undoing && !doing && !spanTells) return abstained(q, 'not-stated', ranked);
  const best = doing && doing.score >= TUNING.eventWordShare * dated.score ? doing : dated;
  // "When was director Bolormaa Dash convicted?": where no sentence tells that act of her, it did not
  // happen; the day she was bailed, or another man was convicted, is no answer.
  if (TUNING.strictSlots && act && isPersonalAct(act) && personalActUntold(q, act, scored))
    return abstained(q, 'not-stated', ranked);
  // "When did they sign the treaty?" and a strong sentence says "The agreement has not yet been signed":
  // a date of another act ("initialed on 8 August") does not date the signing.
  // (The question's verb is its predicate, else one the dictionary finds: that one is denied more narrowly.)
  if (
    TUNING.strictSlots &&
    past &&
    !negates(q.text) &&
    deniedAct(verb, best.r, ranked, !askedPredicate(q), verb !== undefined && onlyAnnounced(verb, best.r))
  )
    return abstained(q, 'not-stated', ranked);
  if (TUNING.strictSlots && dateNotSet(q, act, best, ranked)) return abstained(q, 'not-stated', ranked);
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
  // "На какую дату перенесли начало учебного года?" and "The school year begins as scheduled": what
  // happened as it was to was put off to no date (the date of another thing's postponement is none either).
  const asScheduled = (r: RankedSentence | undefined) => r !== undefined && AS_SCHEDULED.test(r.entry.sentence.text);
  if (TUNING.strictSlots && POSTPONED.test(q.text) && (asScheduled(top.r) || asScheduled(ranked[0])))
    return abstained(q, 'not-stated', ranked);
  // "On what exact day ...?", "Какого числа ...?" asked, a month is not the answer: the day is not stated.
  if (TUNING.strictSlots && ASKS_DAY.test(q.text) && top.c.date?.precision !== 'day')
    return abstained(q, 'not-stated', ranked);
  // "On what exact day did they start building the settlement?" and the best date is of a loan for it,
  // while a sentence telling of the building dates it by its month alone: the day asked is not stated.
  if (TUNING.strictSlots && ASKS_DAY.test(q.text) && EXACTNESS.test(q.text) && verb && !saysAct(verb, top.r)) {
    const monthOnly = ranked
      .slice(0, TUNING.exactDayActDepth)
      .some(
        (r) =>
          r !== top.r &&
          saysAct(verb, r) &&
          r.entry.annotation.dates.length > 0 &&
          r.entry.annotation.dates.every((m) => m.date.precision === 'month'),
      );
    if (monthOnly) return abstained(q, 'not-stated', ranked);
  }
  // "When did Vendt and Kestova meet?": a meeting of one of them with someone else is no answer; each
  // must be named in the sentence itself (a title or the sentence before is no participant).
  if (TUNING.strictSlots && isJointEvent(q)) {
    const parties = partiesOf(
      q,
      q.terms.filter((t) => namesSomeone(t) && !namesFacility(q, t) && !topicOfEvent(q, t)),
    );
    const present = (t: QuestionTerm) =>
      top.r.matches.some((m) => m.term === t && m.credit >= 0.9) || namedByOffice(t, top.r);
    if (parties.length >= 2 && !parties.every((p) => p.some(present))) return abstained(q, 'not-stated', ranked);
    // One party asked ("When did Vendt meet the president of Benin?"): a sentence where someone else
    // meets is no answer, unless it tells of the party too, if only in the sentence before ("he met").
    const toldOf = (t: QuestionTerm) => termTold(top.r, (u) => u === t) || namedByOffice(t, top.r);
    if (parties.length === 1 && !parties.every((p) => p.some(toldOf)) && namesPerson(top.r.entry))
      return abstained(q, 'not-stated', ranked);
  }
  // "18–19 апреля": an event of two days is dated by its first, unless its end is asked.
  const range = side === 'last' ? (top.c.date as FuzzyDate) : rangeStart(top.c, top.r);
  // Asked when it began, the span's first day alone: "19–21 мая" opened on 19 May.
  const { lastDay: _end, ...firstDay } = range;
  const date = side === 'first' ? firstDay : range;
  const values: AnswerValue[] = [{ kind: 'date', text: top.c.text, date, from: top.r }];
  // "When did the two rounds take place?": as many dates as events asked, each another event's.
  const asked = eventsAsked(q.text);
  if (asked > 1) {
    const more = otherEvents(scored, top, asked - 1, TUNING.passageShare);
    if (more.length) {
      for (const s of more) values.push({ kind: 'date', text: s.c.text, date: s.c.date as FuzzyDate, from: s.r });
      return answered(q, values, [top.r, ...more.map((s) => s.r), ...corroborating(ranked, top.r)]);
    }
  }
  // Another source dating the same event differently, nearly as strongly: both are given.
  const rival = scored.find(
    (s) =>
      isRival(s, top, TUNING.dateRivalShare) &&
      // "The envoy's deputy visited on 11 May" dates another person's visit: no disagreement about the envoy's.
      !speaksOfAnother(q, s.r) &&
      // Another event's date is no disagreement: the rival must say at least as much of the question,
      // and the ordinal asked ("the second stage") when the chosen sentence says it.
      s.r.coverage >= top.r.coverage &&
      !(saysAskedOrdinal(q, top.r) && !saysAskedOrdinal(q, s.r)) &&
      s.c.date !== undefined &&
      top.c.date !== undefined &&
      s.c.date.precision === top.c.date.precision &&
      !datesCompatible(s.c.date, top.c.date),
  );
  // "When was the session finally held?": of two dates, the later is the one it was held at in the end
  // (a source written before the putting off gives the first).
  if (rival && newDateAsked && rival.c.date && dateSortKey(rival.c.date) > dateSortKey(date)) {
    const later: AnswerValue[] = [{ kind: 'date', text: rival.c.text, date: rival.c.date, from: rival.r }];
    return answered(q, later, [rival.r, ...corroborating(ranked, rival.r)]);
  }
  if (rival && newDateAsked) return answered(q, values, [top.r, ...corroborating(ranked, top.r)]);
  if (rival) values.push({ kind: 'date', text: rival.c.text, date: rival.c.date as FuzzyDate, from: rival.r });
  return answered(q, values, [top.r, ...(rival ? [rival.r] : []), ...corroborating(ranked, top.r)], Boolean(rival));
}

/**
 * "2 марта Приштина сняла запрет, действовавший с июня 2023 года, а … открылись Мердаре и Яринье": the
 * sentence's own date dates each of its clauses, however far from the words asked; a since-date or a date
 * in a relative clause is background, an answer only where the sentence gives no other.
 */
function eventDatesFirst(candidates: Candidate[]): Candidate[] {
  return candidates.some((c) => !c.background) ? candidates.filter((c) => !c.background) : candidates;
}

/**
 * A question asking the date something was moved to: "now", "new", "rescheduled", "в итоге", "in the
 * end"; "postponed to what date", "на какое число перенесли" (not "when was it postponed", which asks
 * the day it was).
 */
const NEW_DATE_WORD =
  /(?<![\p{L}])(now|new|newly|rescheduled|eventually|ultimately|in the end|finally|теперь|нов\p{L}*|в итоге|в конце концов|в конечном (счёте|счете|итоге)|окончательно)(?![\p{L}])/iu;
const MOVED_TO_ASKED =
  /(?<![\p{L}])(postpon\p{L}*|moved|delayed|pushed back|put off|перенес\p{L}*|перенёс\p{L}*|отлож\p{L}*)\s+(to|until|till|на|до)(?![\p{L}])|(?<![\p{L}])(to|until|на|до)\s+(what|which|как\p{L}*)\s+(date|day|число|дату|день)(?![\p{L}])[^?]*(?<![\p{L}])(postpon\p{L}*|moved|delayed|перенес\p{L}*|перенёс\p{L}*|отлож\p{L}*)/iu;
function asksNewDate(q: AnalyzedQuestion): boolean {
  return (NEW_DATE_WORD.test(q.text) || MOVED_TO_ASKED.test(q.text)) && !OLD_VALUE_ASKED.test(q.text);
}

/**
 * Whether the sentence puts the act off: a word of putting off within a few words before it ("отложено
 * подписание") or after it in its clause, however long the act's noun phrase ("the signing of the agreement
 * on a bridge between Lorin and Vendt, planned for 12 June, is postponed").
 */
function putOff(act: QuestionTerm, r: RankedSentence): boolean {
  const tokens = r.entry.tokens;
  const text = r.entry.sentence.text;
  const isPutOff = (k: number) =>
    POSTPONED.test((tokens[k] as Token).norm) && !NOT_PUT_OFF.test(tokens[k - 1]?.norm ?? '');
  const clauseEndsBefore = (k: number) =>
    CLAUSE_BREAK.test(text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start));
  return r.matches.some(
    (m) =>
      m.term === act &&
      m.positions.some((p) => {
        for (let k = Math.max(0, p - PUT_OFF_REACH); k < p; k++) if (isPutOff(k)) return true;
        for (let k = p + 1; k < Math.min(tokens.length, p + PUT_OFF_CLAUSE_REACH + 1) && !clauseEndsBefore(k); k++)
          if (isPutOff(k)) return true;
        return false;
      }),
  );
}

/** "without delay", "без отлагательств": no putting off. */
const NOT_PUT_OFF = /^(without|без)$/;
/** Between two words, the end of a clause: a stop, a semicolon, a colon or a dash. */
const CLAUSE_BREAK = /[.;:—–]|\s-\s/;
/** How many words after the act the putting off of it may stand, in its clause. */
const PUT_OFF_CLAUSE_REACH = 25;

/**
 * "the summit at which they were to sign the treaty", "должны были подписать договор": the act told only as
 * what was meant to happen; the sentence's dates date the plan or its fate, not the act done.
 */
function onlyPlanned(act: QuestionTerm, r: RankedSentence): boolean {
  return everyTimeAfter(act, r, (before) => PLANNED_ACT.test(before) || PROMISED_ACT.test(before));
}

/** "said the minister would visit on Thursday", «министр посетит»: the act only announced, every time the sentence names it. */
function onlyAnnounced(act: QuestionTerm, r: RankedSentence): boolean {
  return everyTimeAfter(act, r, (before) => ANNOUNCED_ACT.test(before) || PLANNED_ACT.test(before));
}

/** Whether the sentence names the act, each time right after words (its two before) that `lead` accepts. */
function everyTimeAfter(act: QuestionTerm, r: RankedSentence, lead: (before: string) => boolean): boolean {
  const tokens = r.entry.tokens;
  const before = (p: number) =>
    tokens
      .slice(Math.max(0, p - 2), p)
      .map((t) => t.norm)
      .join(' ');
  return r.matches.some((m) => m.term === act && m.positions.length > 0 && m.positions.every((p) => lead(before(p))));
}

/** The words before an act only announced: "would", "will", "is to", «намерен», «собирается». */
const ANNOUNCED_ACT = /(?:^|\s)(?:would|will|shall|(?:is|are) to|намерен\p{L}*|собира\p{L}*|планиру\p{L}*)$/u;

/** The words before an act only planned: "were to", "was due to", "должны были", "планировалось". */
const PLANNED_ACT =
  /(?:^|\s)(?:(?:was|were) to|(?:due|supposed|meant|scheduled|planned) to|(?:должн\p{L}*|должен) был\p{L}*|планировал\p{L}*|предполагал\p{L}*|намечал\p{L}*|собирал\p{L}*)$/u;

/** The words before an act only promised: "undertook to", "agreed to", «обязалась», «пообещал». */
const PROMISED_ACT =
  /(?:^|\s)(?:(?:undert(?:ook|akes?)|pledged?|pledges|promised?|promises|vowed?|vows|agreed|agrees|committed) to|обязал\p{L}*|пообещал\p{L}*|обещал\p{L}*|обещают|согласил\p{L}*)$/u;

/** How many words before the act its putting off may stand: «перенесено на неопределённый срок подписание» (4); after it, its clause. */
const PUT_OFF_REACH = 4;

/** What happened when it was to: "The school year begins as scheduled", «как и планировалось». */
const AS_SCHEDULED =
  /(?<![\p{L}])(as (scheduled|planned|originally planned)|on schedule|как (и )?планировалось|в (запланированный|намеченный) срок)(?![\p{L}])/iu;
/** A word of putting off: the date right after it, unless led by "to"/"на", is the one given up. */
export const POSTPONED =
  /(?<![\p{L}])(postpon\p{L}*|delay\p{L}*|put off|pushed back|called off|cancel\p{L}*|перенос\p{L}*|перенес\p{L}*|перенёс\p{L}*|отлож\p{L}*|отклад\p{L}*|отмен\p{L}*)(?![\p{L}])/iu;
/** The verb of taking place before a postponement word as the event's attribute: "прошёл перенесённый раунд", "held the postponed round". */
const HELD_POSTPONED =
  /(?<![\p{L}])(?:(?:прош(?:ёл|ел|ла|ло|ли)|состоял(?:ся|ась|ось|ись))\s+(?:перенесённ|перенесенн|отложенн)\p{L}*|(?:held|hosted) the (?:postponed|delayed|rescheduled))$/iu;
/** A source keeping back a new date: "without naming a new date", "новую дату не назвали". */
export const NEW_DATE_WITHHELD = /(?<![\p{L}])(new|нов\p{L}*) (date|дат\p{L}*)(?![\p{L}])/iu;
/** "перенос саммита, запланированного на 10 сентября": the date after a word of planning is the old one. */
const PLANNED_WORD = new RegExp(
  String.raw`(?<![\p{L}])(${DATE_PLAN_WORDS}|pencilled|penciled|expected)(?![\p{L}])`,
  'iu',
);
/** A verb of an event taking place: "took place", "was held", «прошёл», «состоялся». */
const HELD_VERB = String.raw`(took place|was held|were held|held|met|прош(ёл|ел|ла|ло|ли)|состоял(ся|ась|ось|ись)|провел\p{L}*|провёл)`;
export const TOOK_PLACE = new RegExp(String.raw`(?<![\p{L}])${HELD_VERB}(?![\p{L}])`, 'iu');
/** The event's verb a few words before a date after the postponement: the date it was held. */
const HELD_LEAD = new RegExp(String.raw`(?<![\p{L}])${HELD_VERB}(?![\p{L}])(\s+\S+){0,4}\s*$`, 'iu');
/** Before the new date of a postponement, a few words after it: "postponed to 3 October", "перенесли заседание на 3 октября". */
const NEW_DATE_LEAD = /(?<![\p{L}])(to|until|till|for|на|до)\s*$/iu;

/** The opening of a clause of what came before ("after the ceremony was called off", "после отмены"). */
const AFTER_CLAUSE =
  /(?<![\p{L}])(after|following|после)(?![\p{L}])(?!.*(?<![\p{L}])(after|following|после)(?![\p{L}]))/iu;
/** How far before the word of putting off that clause may open, in characters. */
const AFTER_REACH = 60;

/**
 * The dates the strongest sentences say were put off: "о переносе саммита, запланированного на 10
 * сентября", "on 10 September - a summit that was postponed" (every date of a sentence saying a postponement,
 * but a date it was moved to).
 */
function postponedDates(ranked: readonly RankedSentence[]): FuzzyDate[] {
  const out: FuzzyDate[] = [];
  const kept: FuzzyDate[] = [];
  for (const r of ranked.slice(0, TUNING.postponedDepth)) {
    const text = r.entry.sentence.text;
    const word = POSTPONED.exec(text);
    if (!word) continue;
    // "21–22 апреля — прошёл перенесённый второй раунд": the word names the event held at the date before it.
    const heldBefore = HELD_POSTPONED.test(text.slice(Math.max(0, word.index - 30), word.index + word[0].length));
    // "signed on Friday, five months after the first ceremony was called off": the dates before the
    // clause of the putting off are of what came after it.
    const after = AFTER_CLAUSE.exec(text.slice(Math.max(0, word.index - AFTER_REACH), word.index));
    const clauseStart = after ? Math.max(0, word.index - AFTER_REACH) + after.index : 0;
    for (const m of r.entry.annotation.dates) {
      if (m.end <= clauseStart) continue;
      const between = m.start > word.index ? text.slice(word.index + word[0].length, m.start) : '';
      const movedTo =
        m.start > word.index &&
        !/[,;:.—–]/.test(between) &&
        !PLANNED_WORD.test(between) &&
        between.trim().split(/\s+/).length <= 6 &&
        (NEW_DATE_LEAD.test(between) || /^(to|until|на|до)\s/iu.test(m.text));
      // "…was postponed by Brazil and eventually took place in Brasília on 21-22 April": held then.
      const heldThen = m.start > word.index ? HELD_LEAD.test(text.slice(word.index, m.start)) : heldBefore;
      if (!movedTo && !heldThen) out.push(m.date);
      else kept.push(m.date);
    }
  }
  // A date one source gives up and another moves the event to ("с 6 апреля на 11 мая") is the new one.
  return out.filter((d) => !kept.some((k) => sameDayOrMonth(k, d)));
}

/** Where a question about going asks someone went: the place after "to"/"в" ("from Belgrade to Pristina": Pristina). */
function destinationAsked(q: AnalyzedQuestion): QuestionTerm | undefined {
  const after = (t: QuestionTerm, preposition: RegExp) => preposition.test(q.tokens[t.position - 1]?.norm ?? '');
  const isPlace = (t: QuestionTerm) => !t.unknown && (t.name || isPlaceTerm(t));
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
    // A chronicle's or a plan's line: "Third round, in Kyiv: date not set", "заседание пока не назначено".
    'date:? (still |yet )?not (yet )?(set|fixed|announced|agreed)',
    'not (yet )?(been )?scheduled',
    String.raw`(пока|ещё|еще) не (назначен|определен|определён)\p{L}*`,
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
function dateNotSet(
  q: AnalyzedQuestion,
  act: QuestionTerm | undefined,
  best: { r: RankedSentence },
  ranked: readonly RankedSentence[],
): boolean {
  if (OLD_VALUE_ASKED.test(q.text)) return false;
  // "Третье заседание пока не назначено" says nothing of the second one asked.
  const ofAskedOrdinal = (r: RankedSentence) =>
    !q.ordinals.length || ordinalsIn(r.entry.tokens, r.entry.sentence.text).every((o) => q.ordinals.includes(o.value));
  // "Отложено повторно, новая дата не названа" leaves the day of the postponing told.
  const unset = (text: string) =>
    noDateFor(act, text) && !(NEW_DATE_WITHHELD.test(text) && asksOtherThanNewDate(q.text));
  const saysUnset = ranked
    .slice(0, 3)
    .some((r) => (r === best.r || r.score >= best.r.score) && ofAskedOrdinal(r) && unset(r.entry.sentence.text));
  if (saysUnset) return true;
  const next = ranked.find((r) => r.entry.n === best.r.entry.next);
  return next !== undefined && ofAskedOrdinal(next) && unset(next.entry.sentence.text) && !asksPlan(q.text);
}

/**
 * The sentence says no date is set for the asked act: "gave no date for reopening it" leaves the
 * closing's date as it was when the closing is asked. A "no date" said of no act, or of an act the
 * vocabulary does not know, counts for the asked one.
 */
function noDateFor(act: QuestionTerm | undefined, text: string): boolean {
  const unset = NO_DATE_SET.exec(text);
  if (!unset) return false;
  if (!act) return true;
  const of = DATE_OF_ACT.exec(text.slice(unset.index + unset[0].length));
  if (!of) return true;
  const acts = conceptsOfTokens(tokenize(of[1] as string)).map((h) => `c:${h.concept}`);
  return acts.length === 0 || acts.some((f) => act.features.includes(f));
}

/** The act a date is said of right after "no date": "for (its) reopening", "для возобновления". */
const DATE_OF_ACT = /^\s*(?:for|of|на|для)\s+(?:(?:its|the|their|a)\s+)?(\p{L}+)/iu;

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
  const facility = facilityOfPlace(q, place);
  const at = (own: boolean) =>
    scored.find(
      (s) =>
        strongEnough(s) &&
        s.r.matches.some((m) => (m.term === place || m.term === facility) && (!own || m.positions.length > 0)) &&
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
    (t) => !t.name && !t.unknown && t.weight > 0 && !isPlaceTerm(t) && !capitalizedInside(t),
  );
  // "When did Vendt visit Northgate?": a sentence placing him in Northgate tells the visit ("в Нортгейте
  // встретился"), so a word of going is said by the asked place.
  const going = place !== undefined && words.some(isGoingWord);
  const says = (s: T) =>
    s.r.matches.some((m) => words.includes(m.term) || (going && m.term === place && m.positions.length > 0));
  if (!placed || !TUNING.strictSlots || words.length === 0) return placed;
  if (says(placed)) return doingAsked(q, scored, place, placed);
  const saying = atAskedPlace(q, scored, place, says);
  return saying && saying.score >= TUNING.eventWordShare * placed.score ? saying : undefined;
}

/**
 * "When was the pardon decree signed?": the date of a sentence that says the asked act ("Указ о
 * помиловании подписан вчера") rather than one that names only its object ("вышли на свободу 5 июня по
 * указу о помиловании"), when it is nearly as strong.
 */
function doingAsked<T extends { score: number; r: RankedSentence }>(
  q: AnalyzedQuestion,
  scored: T[],
  place: QuestionTerm | undefined,
  placed: T,
): T {
  const act = askedAct(q);
  if (!act) return placed;
  // "When did the trial open?": a sentence dating the trial ("19–21 мая — процесс по делу …") says its opening.
  const event = startedEvent(q, act);
  const doing = (s: T) => saysAct(act, s.r) || (event !== undefined && s.r.matches.some((m) => m.term === event));
  if (doing(placed)) return placed;
  // At the asked place if one says it there, else anywhere: "на севере страны" qualifies the strike
  // called off, and a sentence of its announcement that names the north does not date the calling off.
  const other = atAskedPlace(q, scored, place, doing) ?? scored.find(doing);
  return other && other.score >= TUNING.eventWordShare * placed.score ? other : placed;
}

/**
 * The event a verb of starting is said of ("the trial … open", «процесс начался»): the word before the
 * verb, no place ("the crossing opened" ends a closure, it starts no event).
 */
function startedEvent(q: AnalyzedQuestion, act: QuestionTerm): QuestionTerm | undefined {
  if (!act.features.some((f) => STARTING.test(f))) return undefined;
  const event = q.terms
    .filter(
      (t) => t.position < act.position && !t.name && !isPlaceTerm(t) && t.features.some((f) => f.startsWith('c:')),
    )
    .at(-1);
  return event?.features.some((f) => isFacility(f) || /^c:(trn|geo|sec_border)_/.test(f)) ? undefined : event;
}
const STARTING = /^c:(gen_begin|gen_open)$/;

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

/** A sentence naming a person the question asks about only as someone's ("his deputy", "заместитель Кештова"). */
function speaksOfAnother(q: AnalyzedQuestion, r: RankedSentence): boolean {
  return q.terms.some((t) => namesSomeone(t) && namedOnlyAsPossessor(r, t));
}

/**
 * How well a date fits the asked verb, given its sentence's dates bound to the verb: the one bound to it
 * is raised; "arrested on 14 October 2025 and sentenced in April" asked when he was sentenced, the other
 * date, bound to another act, is lowered as much.
 */
function verbFit(verb: QuestionTerm, bound: readonly Candidate[], c: Candidate, r: RankedSentence): number {
  if (boundToVerb(verb, c, r)) return TUNING.verbDateFactor;
  return bound.some((b) => b.start !== c.start) ? 1 / TUNING.verbDateFactor : 1;
}

/** Each sentence's dates bound to the asked verb, found once per sentence. */
function boundDatesOf(q: AnalyzedQuestion, verb: QuestionTerm): (r: RankedSentence) => readonly Candidate[] {
  return perSentence((r) => dateCandidates(q, r).filter((c) => boundToVerb(verb, c, r)));
}

/** A function of a sentence, worked out once for each sentence asked about. */
function perSentence<T>(of: (r: RankedSentence) => T): (r: RankedSentence) => T {
  const seen = new Map<RankedSentence, T>();
  return (r) => {
    if (!seen.has(r)) seen.set(r, of(r));
    return seen.get(r) as T;
  };
}

/**
 * "arrived in Kestov on Tuesday from Lorin, where on Monday he met …": the date next to the asked verb
 * dates it, of the sentence's dates the nearest to it.
 */
function boundToVerb(verb: QuestionTerm, c: Candidate, r: RankedSentence): boolean {
  if (c.carried) return false;
  const at = r.matches.filter((m) => m.term === verb).flatMap((m) => m.positions);
  const own = Math.min(...at.map((p) => tokensApart(c.from, c.to, p)));
  if (!(own <= 4)) return false;
  const others = r.entry.annotation.dates.filter((m) => m.start !== c.start);
  // It chooses between a sentence's dates; a sentence of one date is not thereby better dated than another.
  if (!others.length) return false;
  const tokens = r.entry.tokens;
  return others.every((m) => {
    const { from, to } = mentionTokens(tokens, m.start, m.end);
    return from >= tokens.length || Math.min(...at.map((p) => tokensApart(from, to, p))) > own;
  });
}

/** Nouns of events that recur: "the two rounds", "both meetings", "двух заседаний". */
const RECURRING_EVENT = String.raw`(\p{L}+\s+){0,2}?(rounds?|meetings?|sessions?|visits?|calls?|talks|trips?|hearings?|votes?|summits?|conferences?|shutdowns?|closures?|incidents?|attacks?|strikes?|exchanges?|swaps?|releases?|stages?|phases?|tranches?|этап\p{L}*|фаз\p{L}*|транш\p{L}*|раунд\p{L}*|встреч\p{L}*|заседани\p{L}*|визит\p{L}*|переговор\p{L}*|звон\p{L}*|разговор\p{L}*|слушани\p{L}*|саммит\p{L}*|поездк\p{L}*|остановк\p{L}*|инцидент\p{L}*|атак\p{L}*|обмен\p{L}*|освобождени\p{L}*)`;
const SEVERAL_EVENTS = new RegExp(
  String.raw`(?<![\p{L}])(both|two|three|four|оба|обе|обоих|два|две|двух|три|трёх|трех|четыре|четырёх)\s+(?:[\d]{4}\s+)?${RECURRING_EVENT}(?![\p{L}])`,
  'iu',
);
/** "Both" counts two; other number words are read as counts are ("двух", "three"). */
const BOTH = /^(both|оба|обе|обоих)$/iu;

/** How many events a date question asks the dates of: "When did the two 2026 rounds take place?" asks two. */
function eventsAsked(text: string): number {
  const word = SEVERAL_EVENTS.exec(text)?.[1]?.toLowerCase();
  if (word === undefined) return 1;
  return BOTH.test(word) ? 2 : (parseNumberToken(word) ?? 1);
}

/** The dates of other events nearly as strongly told, each unlike every date kept. */
function otherEvents<T extends { score: number; c: Candidate; r: RankedSentence }>(
  scored: T[],
  top: T,
  count: number,
  share: number,
): T[] {
  const kept: T[] = [top];
  for (const s of scored) {
    if (kept.length > count) break;
    if (s.score < share * top.score || !s.c.date) continue;
    if (kept.some((k) => k.c.date && sameEvent(k.c.date, s.c.date as FuzzyDate))) continue;
    kept.push(s);
  }
  return kept.slice(1);
}

/** "28–29 May": days of one event; dates a few days apart or compatible tell one round, not two. */
function sameEvent(a: FuzzyDate, b: FuzzyDate): boolean {
  if (datesCompatible(a, b)) return true;
  if (a.precision !== 'day' || b.precision !== 'day' || a.month !== b.month || a.year !== b.year) return false;
  return Math.abs((a.day ?? 0) - (b.day ?? 0)) <= 3;
}

/** A question asking what was said or announced: the date of a statement is then the answer. */
const STATEMENT_ASKED =
  /(?<![\p{L}])(say|said|announc\p{L}*|told|tell|stat(e|ed|ement)|warn\p{L}*|confirm\p{L}*|declar\p{L}*|report\p{L}*|заяв\p{L}*|сказал\p{L}*|сообщ\p{L}*|объяв\p{L}*|предупред\p{L}*|подтверд\p{L}*)(?![\p{L}])/iu;

/** A verb of saying right before a date, a "that" clause right after: "said on Tuesday that", "заявил во вторник, что". */
const SAID_BEFORE =
  /(?<![\p{L}])(said|told \p{L}+|announced|stated|warned|confirmed|заявил\p{L}*|сказал\p{L}*|сообщил\p{L}*|объявил\p{L}*)\s*$/iu;
const THAT_AFTER = /^\s*,?\s*(that|что|:)(?![\p{L}])/iu;

/**
 * "The chairman said on Tuesday that the second stage would go ahead": the date is when it was said,
 * not when the stage was made.
 */
function datesStatement(c: Candidate, r: RankedSentence): boolean {
  const text = r.entry.sentence.text;
  const start = mentionStart(r, c);
  const end = r.entry.tokens[c.to - 1]?.end ?? start;
  return SAID_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && THAT_AFTER.test(text.slice(end, end + 8));
}

/**
 * "When was the second person detained arrested?" and no sentence numbers the arrests: the documents
 * tell each arrest with its day, so the second is the second day on which one is told. Only days bound
 * to the asked act in sentences that say it, among the strongest; too few such days, and none is the one.
 */
export function nthByChronology(q: AnalyzedQuestion, ranked: RankedSentence[]): TypedAnswer | undefined {
  if (q.ordinals.length !== 1) return undefined;
  const n = q.ordinals[0] as number;
  const verb = questionVerb(q);
  // A postponement is told with the date it was put off from and to: its days do not count them.
  if (n < 2 || !verb || POSTPONED.test(q.text)) return undefined;
  const lead = ranked[0]?.score ?? 0;
  const days = new Map<string, { c: Candidate; r: RankedSentence }>();
  for (const r of ranked.slice(0, TUNING.chronologyDepth)) {
    if (r.score < TUNING.chronologyShare * lead) continue;
    const c = dateOfAct(q, verb, r);
    const d = c?.date;
    if (!c || !d || d.precision !== 'day' || isPlan(d, r)) continue;
    const key = dateSortKey(d);
    if (!days.has(key)) days.set(key, { c, r });
  }
  const ordered = [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v);
  const nth = ordered[n - 1];
  if (!nth) return undefined;
  return answered(q, [{ kind: 'date', text: nth.c.text, date: nth.c.date as FuzzyDate, from: nth.r }], [nth.r]);
}

/** The sentence's own date nearest a word of the asked act, within a few words of it. */
function dateOfAct(q: AnalyzedQuestion, verb: QuestionTerm, r: RankedSentence): Candidate | undefined {
  const at = r.matches.filter((m) => m.term === verb && m.credit >= 0.9).flatMap((m) => m.positions);
  if (!at.length) return undefined;
  let best: { c: Candidate; apart: number } | undefined;
  for (const c of dateCandidates(q, r)) {
    if (c.carried) continue;
    const apart = Math.min(...at.map((p) => tokensApart(c.from, c.to, p)));
    if (apart <= TUNING.chronologyReach && (!best || apart < best.apart)) best = { c, apart };
  }
  return best?.c;
}
