/**
 * From ranked sentences to a typed answer: one composer per expected answer type, each picking its
 * candidate by the sentence's score and the candidate's closeness to the question's words, or
 * abstaining when the asked slot is not stated. Composers never write text: render.ts does.
 * The composers live in compose/, one module a type (with the helpers they share); this module holds
 * their registry, the reranking by type and the checks that abstain before any composer runs.
 */
import { STOPWORDS } from '../lexicon/stopwords.ts';
import { conceptsOfTokens } from '../lexicon/vocabulary.ts';
import { partOfSpeech } from '../text/morphology.ts';
import { ordinalsIn } from '../text/ordinals.ts';
import type { Token } from '../text/tokens.ts';
import { type AnalyzedQuestion, capitalizedInside, isPlaceTerm, type QuestionTerm } from './analyze.ts';
import { type AnswerType, QUESTION_WORDS } from './answer-types.ts';
import { hasOwnDateCandidate, isPersonLike, nameCandidates, numberCandidates, placeCandidates } from './candidates.ts';
import { askedAct } from './compose/asked-act.ts';
import { composeCount } from './compose/count.ts';
import { GENERIC_PERSONS } from './compose/count-units.ts';
import {
  asksPast,
  composeDate,
  NEW_DATE_WITHHELD,
  nthByChronology,
  saysAskedOrdinal,
  TOOK_PLACE,
} from './compose/date.ts';
import { composeEvent } from './compose/event.ts';
import { composeList } from './compose/list.ts';
import { composeAbout } from './compose/passages.ts';
import { composePerson } from './compose/person.ts';
import { composePlace } from './compose/place.ts';
import { composeRole } from './compose/role.ts';
import { abstained, type Composer, type TypedAnswer } from './compose/shared.ts';
import { composeTimeline } from './compose/timeline.ts';
import { anyMayHoldAsked, possessiveAfter } from './compose/titles.ts';
import { composeYesNo } from './compose/yes-no.ts';
import { ASKS } from './interview-answers.ts';
import { ordersOtherwise } from './other-ordinal.ts';
import { byRank, type RankedSentence, termPositions } from './retrieve.ts';
import {
  CHARGE_ASKED,
  SENTENCE_ASKED,
  SPOKEN_TYPES,
  speakerUnnamed,
  statesCharge,
  statesSentence,
} from './sentence-kinds.ts';
import { asksOtherThanNewDate, CHANGE, COUNTRY_CONCEPT, isRoleTerm } from './slot-constraints.ts';
import { TUNING } from './tuning.ts';
import { undecidedAmong } from './undecided.ts';
import { withheldAmong } from './withheld.ts';

/** A question asking a name: "What is the real name of …?", «Как зовут …?». */
const NAME_ASKED = /(?<![\p{L}])(name|names|имя|имени|имена|фамили\p{L}*|зовут)(?![\p{L}])/iu;

/** A yes/no question is answered "no" by what is not decided; a timeline lists what was. */
const UNDECIDED_EXEMPT = new Set(['yesno', 'timeline', 'reason']);

export { denies } from './compose/negation.ts';
export type { AbstainReason, AnswerValue, TypedAnswer } from './compose/shared.ts';

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

/** Verbs after "due to" that make it a plan ("was due to board a flight"), not a cause ("due to a fault"). */
const DUE_TO_VERBS =
  'be|board|arrive|open|reopen|start|begin|take|hold|meet|visit|sign|resume|return|leave|fly|sail|travel|appear|attend|launch|close|end|finish|complete|publish|announce|rule|decide|vote|testify|speak|deliver|receive|pay|expire|retire|step|stand|face|go|come|run|report|present|hear|resign';

// A finding or a charge gives a reason too: "released after the prosecutor concluded that the chain had
// parted in a storm", "задержан по подозрению в шпионаже". ("He was due to board a flight" is a plan.)
const REASON = new RegExp(
  String.raw`(?<![\p{L}])(because|due to(?!\s+(?:${DUE_TO_VERBS})(?![\p{L}]))|owing to|as a result|result of|reason|reasons|caused|reflects?|since|given that|so that|in order to|concluded that|found that|finding that|ruled that|ruling that|established that|citing|cited|(?<=,\s)saying|сославшись на|on the grounds|accused of|charged with|on suspicion of|из-за|поскольку|так как|потому что|причин\p{L}*|в связи с|объясн\p{L}*|связан\p{L}* с|вызван\p{L}*|ради|чтобы|из-за того|пришл\p{L}* к выводу|по заключению|установил\p{L}*|за то, что|по обвинению|по подозрению|обвиня\p{L}* в|обвинени\p{L}* в)(?![\p{L}])`,
  'iu',
);

/**
 * What was put off, stopped or closed "after" something was stopped by it: "was put off after floods
 * damaged a culvert", "движение приостановили после того, как …". After any other verb "after" tells
 * only what came first.
 */
const INTERRUPTED_AFTER =
  /(?<![\p{L}])(put off|postponed|delayed|suspended|halted|stopped|cancell?ed|called off|closed|shut|interrupted|отлож\p{L}*|перенес\p{L}*|перенесён\p{L}*|приостанов\p{L}*|останов\p{L}*|прекрат\p{L}*|прекращ\p{L}*|отмен\p{L}*|закры\p{L}*|сорвал\p{L}*)(\s+\p{L}+){0,3}\s+(after|following|после|вслед за)(?![\p{L}])/iu;

function givesReason(text: string): boolean {
  return REASON.test(text) || INTERRUPTED_AFTER.test(text) || PUT_OFF_BECAUSE.test(text);
}

/**
 * "перенесла открытие с 28 апреля на 12 мая: кабели повреждены коррозией": after what was put off or
 * stopped, a colon opens what caused it.
 */
const PUT_OFF_BECAUSE =
  /(?<![\p{L}])(put off|postponed|delayed|suspended|halted|called off|cancell?ed|отлож\p{L}*|перен[её]с\p{L}*|перенесен\p{L}*|перенесён\p{L}*|приостанов\p{L}*|отмен\p{L}*)(?![\p{L}])[^.:;!?]{0,80}:\s+\p{L}/iu;

/** Whether a sentence gives a value of the kind asked: a date, a figure, a person, a place, a reason. */
export function holdsAskedValue(q: AnalyzedQuestion, r: RankedSentence): boolean {
  return q.type === 'reason' ? givesReason(r.entry.sentence.text) : fitsType(q, r);
}

/** Sentences holding a candidate of the asked type move up: "When ..." wants a sentence with a date. */
function rerankByType(q: AnalyzedQuestion, ranked: RankedSentence[]): RankedSentence[] {
  // "Q: Why did you suspend drilling? A: Because we could not guarantee …": the answer to an
  // interviewer's question is as much about it as the question itself, though it repeats few of its words.
  // (A list or a chronology gathers many sentences: one answer raised would crowd out the rest.)
  const answers = new Map<number, RankedSentence>();
  const gathers = q.type === 'list' || q.type === 'timeline' || q.type === 'event' || q.type === 'about';
  for (const r of gathers ? [] : ranked.slice(0, TUNING.interviewQuestionDepth))
    if (ASKS.test(r.entry.sentence.text) && r.entry.next !== undefined) answers.set(r.entry.next, r);
  const otherStage = TUNING.strictSlots ? ofOtherStage(q.text) : undefined;
  const otherOrdinal = TUNING.strictSlots ? ordersOtherwise(q) : undefined;
  return (
    ranked
      .map((r) => {
        // It covers as much of the question as the interviewer's question did, too.
        const asked = answers.get(r.entry.n);
        return asked !== undefined && asked.score > r.score
          ? { ...r, score: asked.score, coverage: Math.max(r.coverage, asked.coverage) }
          : r;
      })
      .map((r) => (fitsType(q, r) ? { ...r, score: r.score * TUNING.typeFitBonus } : r))
      .map((r) => (ASKS.test(r.entry.sentence.text) ? { ...r, score: r.score * TUNING.askingSentenceFactor } : r))
      .map((r) =>
        q.type === 'reason' && (r.toldCause || givesReason(r.entry.sentence.text))
          ? { ...r, score: r.score * TUNING.reasonFitFactor }
          : r,
      )
      // "When was the final report published?": a sentence about the preliminary one does not tell it.
      .filter((r) => !otherStage?.(r.entry.sentence.text))
      // "the first stage" is not told by "Stage 2".
      .filter((r) => !otherOrdinal?.(r))
      .sort(byRank)
  );
}

/** A thing's stages that exclude each other: "the preliminary report" is not "the final report". */
const STAGES = [
  /(?<![\p{L}])(preliminary|interim|provisional|предварительн\p{L}*|промежуточн\p{L}*)(?![\p{L}])/iu,
  /(?<![\p{L}])(final|definitive|окончательн\p{L}*|итогов\p{L}*)(?![\p{L}])/iu,
];

/** Whether a sentence speaks of another stage than the question asks, and not of the asked one (none asked: undefined). */
function ofOtherStage(question: string): ((sentence: string) => boolean) | undefined {
  const asked = STAGES.filter((stage) => stage.test(question));
  if (!asked.length) return undefined;
  return (sentence) =>
    asked.some((stage) => !stage.test(sentence) && STAGES.some((o) => o !== stage && o.test(sentence)));
}

/**
 * "searched a second university's office": English "a second" is one more, not one the documents number
 * ("for a second time" is the second of a series all the same).
 */
function onlyIndefiniteOrdinals(q: AnalyzedQuestion): boolean {
  const found = ordinalsIn(q.tokens, q.text);
  return (
    found.length > 0 &&
    found.every(
      (o) => o.value > 1 && /^an?$/.test(q.tokens[o.at - 1]?.norm ?? '') && q.tokens[o.at + 1]?.norm !== 'time',
    )
  );
}

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
      (t.name || isPlaceTerm(t)) &&
      !t.raw.includes('-') &&
      !q.terms.some(
        (o) =>
          // "Great Return programme": a capitalised word of a name the documents translate word for word.
          // (A title is not: "President Mirziyoyev" names a person the documents may not have.)
          (o.name || (capitalizedInside(o) && !isRoleTerm(o))) &&
          !o.unknown &&
          Math.abs(o.position - t.position) === 1 &&
          // "Сенат США": a country beside it is no other spelling of a person's name.
          !isPlaceTerm(o),
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
    !onlyIndefiniteOrdinals(q) &&
    // The first of a series is often told without its number ("put off … then put off a second time").
    !q.ordinals.every((o) => o === 1) &&
    !ranked.slice(0, TUNING.ordinalDepth).some((r) => saysAskedOrdinal(q, r)) &&
    ((NUMBERED_EVENT_TYPES.has(q.type) && q.ordinals.some((o) => o >= 2)) ||
      ranked.slice(0, TUNING.ordinalDepth).some((r) => r.entry.ordinals.length > 0))
  ) {
    // "When was the second person detained arrested?": the second day an arrest is told on.
    const byChronology = q.type === 'date' ? nthByChronology(q, ranked) : undefined;
    return byChronology ?? abstained(q, 'not-stated', ranked);
  }
  // "Чем закончился 69-й раунд?" and the only sentences numbering a 69th set it for a later date: in the
  // documents it has not taken place, so nothing of it happened yet.
  if (TUNING.strictSlots && q.ordinals.length && pastTenseAsked(q)) {
    const numbered = ranked.slice(0, TUNING.ordinalDepth).filter((r) => saysAskedOrdinal(q, r));
    // "scheduled for 25 March, was postponed and eventually took place on 21 April" did take place, and
    // asked when it was postponed, "назначенное на 20 марта, отложено повторно" tells the postponing done.
    const changeAsked = CHANGE.test(q.text);
    const setForLater = (text: string) =>
      SET_FOR_LATER.test(text) && !TOOK_PLACE.test(text) && !(changeAsked && CHANGE.test(text));
    if (numbered.length && numbered.every((r) => setForLater(r.entry.sentence.text)))
      return abstained(q, 'not-stated', ranked);
  }
  // "Какие решения приняла комиссия на заседании в Лорине?" and the best sentence sets that session for
  // later ("заседание комиссии пройдёт в ноябре"): what it decided, the documents cannot tell yet.
  if (
    TUNING.strictSlots &&
    OUTCOME_TYPES.has(q.type) &&
    OUTCOME_ASKED.test(q.text) &&
    pastTenseAsked(q) &&
    SET_FOR_LATER.test(best.entry.sentence.text)
  )
    return abstained(q, 'not-stated', ranked);
  // "Имена двух других не раскрываются": a source says the asked detail was kept back.
  // Looked for in the ranking by words too: the type's ranking lifts sentences that hold a value of
  // the asked kind, and the one that says the value was kept back holds none. (Not for a date: a date
  // not yet set is often set later, and the sentence that sets it is the one the type's ranking lifts.)
  const focus = q.terms.filter((t) => t.focus).flatMap((t) => t.features);
  const nameAsked = NAME_ASKED.test(q.text);
  const withheld = TUNING.strictSlots
    ? (withheldAmong(q.type, ranked, TUNING.withheldDepth, TUNING.withheldShare, focus, nameAsked) ??
      (q.type === 'date'
        ? undefined
        : withheldAmong(q.type, rankedByWords, TUNING.withheldDepth, TUNING.withheldShare, focus, nameAsked)))
    : undefined;
  // "Postponed without naming a new date" keeps back the new date, not the one it had, nor the day it
  // was postponed ("On what date was the signing postponed?").
  if (withheld && !(NEW_DATE_WITHHELD.test(withheld.entry.sentence.text) && asksOtherThanNewDate(q.text)))
    return abstained(q, 'withheld', [withheld]);
  // "Квоты на 2028 год пока не обсуждались": the asked thing is not decided yet.
  if (
    TUNING.strictSlots &&
    !UNDECIDED_EXEMPT.has(q.type) &&
    undecidedAmong(q.text, ranked, q.type === 'date' ? askedAct(q) : undefined)
  )
    return abstained(q, 'not-stated', ranked);
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
  // "К какому наказанию суд приговорил инженера?" and no best sentence sentences him: he was not sentenced.
  if (TUNING.strictSlots && SENTENCE_ASKED.test(q.text) && !statesSentence(q, ranked))
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
    (t) =>
      isUnsaidVocabularyWord(t) &&
      !anyMayHoldAsked(t) &&
      // "Сколько человек …", "how many people": people counted, whatever word the documents count them by.
      !(q.type === 'count' && GENERIC_PERSONS.test(t.raw)) &&
      // "How old", "how long": the word after "how" is the question's own, what is asked, not said.
      q.tokens[t.position - 1]?.norm !== 'how',
  );
  return (
    (unsaid.length >= 2 && unsaid.length >= TUNING.unsaidShare * q.terms.length) ||
    (q.type === 'count' && countedActUnsaid(q))
  );
}

/** A word of the vocabulary, no name, that no document uses. */
function isUnsaidVocabularyWord(t: QuestionTerm): boolean {
  return t.unknown && !t.name && t.features.some((f) => f.startsWith('c:'));
}

/**
 * "How many people were injured …?", "Сколько человек ранено …?" where no document speaks of anyone
 * injured: a figure of people near the rest of the question (a town's population) counts something
 * else. The act is the domain word right after the counted noun (an auxiliary between); a general verb
 * there ("входит", "участвовало", "предусматривало") is only how the question is put.
 */
function countedActUnsaid(q: AnalyzedQuestion): boolean {
  const focus = q.terms.filter((t) => t.focus);
  // People counted by what happened to them; "how many trucks crossed" counts trucks, however said.
  if (!focus.some((t) => GENERIC_PERSONS.test(t.raw))) return false;
  const counted = Math.max(...focus.map((t) => t.position));
  return q.terms.some(
    (t) =>
      isUnsaidVocabularyWord(t) &&
      t.position > counted &&
      t.position <= counted + COUNTED_ACT_REACH &&
      !t.features.some((f) => GENERAL_CONCEPT.test(f)),
  );
}

/** From the counted noun to its act: "people were injured" (2), "человек ранено" (1). */
const COUNTED_ACT_REACH = 2;
/** Concepts of how anything is said (saying, belonging, entering, taking part), not of what happened. */
const GENERAL_CONCEPT = /^c:(gen|act|phr)_/;

const SLOT_TYPES: ReadonlySet<AnswerType> = new Set(['date', 'count', 'person', 'place']);
/** "What was agreed at …", "How did … end": an English question about a past event. */
const PAST_AUXILIARY = /(?<![\p{L}])(did|was|were|had)(?![\p{L}])/iu;
/** The question asks of something done: a past verb, or a past auxiliary ("What did they agree?"). */
function pastTenseAsked(q: AnalyzedQuestion): boolean {
  return asksPast(q) || PAST_AUXILIARY.test(q.text);
}
/** A sentence setting an event for later: "назначен на 4 ноября", "is scheduled for", "will be held". */
const SET_FOR_LATER =
  /(?<![\p{L}])(назначен\p{L}* на|запланирован\p{L}*|намечен\p{L}*|пройд[её]т|состоится|scheduled for|set for|planned for|is due|will be held|will take place|coming up)(?![\p{L}])/iu;

/** Answers that tell what came of an event: the decisions, the agreements, what was set. */
const OUTCOME_TYPES: ReadonlySet<AnswerType> = new Set(['list', 'about']);
/** Words asking what came of an event: decisions, agreements, results, a quota set. */
const OUTCOME_ASKED =
  /(?<![\p{L}])(decisions?|decided|agreements?|agreed|results?|outcomes?|set|решени\p{L}*|решил\p{L}*|договор\p{L}*|соглашени\p{L}*|итог\p{L}*|результат\p{L}*|установил\p{L}*|утвердил\p{L}*)(?![\p{L}])/iu;

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
  const asked = q.tokens.findIndex((t) => QUESTION_WORDS.has(t.norm));
  if (asked < 0) return undefined;
  // "What is the name of the captain …?": the title after "the name of" is the head asked.
  const nameOf = q.tokens.findIndex((t, i) => i > asked && i <= asked + 3 && NAME_WORD.test(t.norm));
  const cue = nameOf >= 0 ? nameOf : asked;
  return q.terms.find((t) => {
    // A kind of title ("which expert") is asked of whoever holds one of its kind (an analyst), a general
    // one ("which officials") of anyone; a relation ("predecessor") only of someone a document calls so.
    const roles = t.features.filter((f) => f.startsWith('c:role_'));
    if (!t.unknown || t.name || !roles.length || anyMayHoldAsked(t)) return false;
    const before = q.tokens[t.position - 1];
    // At most two words after the cue ("the name of the helicopter pilot": "of" and articles count for none).
    const wordsBetween = q.tokens.slice(cue + 1, t.position).filter((w) => !PHRASE_GLUE.test(w.norm)).length;
    const head = wordsBetween <= 2 || (before !== undefined && possessiveAfter(q.text, before.end));
    return head && endsPhrase(q.tokens[t.position + 1]);
  });
}

/** Words between a cue and its title that add nothing to the title: "the name *of the* pilot". */
const PHRASE_GLUE = /^(of|the|a|an)$/;

/** "The name of", "имя", "фамилия": the words before the title whose holder's name is asked. */
const NAME_WORD = /^(names?|имя|имена|фамили\p{L}*)$/u;

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
          ((t.position === adj.position - 1 ||
            // "the agriculture minister of Algeria": the noun before "of".
            (t.position === adj.position - 2 && q.tokens[adj.position - 1]?.norm === 'of')) &&
            !t.features.some((f) => COUNTRY_CONCEPT.test(f.slice(2))))),
    );
    const at = nouns.flatMap((noun) => termPositions(r, noun));
    if (!at.length) continue;
    // The index knows where the sentence names the asked country: no word of it need be looked up again.
    if (r.entry.features.has(`c:${asked}`)) continue;
    const tokens = r.entry.tokens;
    // "президентов США и Беларуси": a country the question names too is no other one.
    const questionCountries = new Set(
      q.terms.flatMap((t) => t.features.map((f) => f.slice(2)).filter((c) => COUNTRY_CONCEPT.test(c))),
    );
    const other = (k: number) => {
      const c = k >= 0 && k < tokens.length ? countryOf(tokens[k] as Token) : undefined;
      return c !== undefined && !questionCountries.has(c);
    };
    // "Moroccan agriculture minister", and "министр сельского хозяйства Марокко", "minister of Morocco":
    // a country right after the noun, in the genitive or after "of", qualifies it too.
    // (An adjective after a noun qualifies the next one: "основа американских санкций".)
    const after = (p: number) => (tokens[p + 1]?.norm === 'of' ? p + 2 : p + 1);
    const countryNounAfter = (p: number) => {
      const k = after(p);
      const word = tokens[k];
      return (
        word !== undefined &&
        /^[а-яё]/.test(word.norm) === (k === p + 1) &&
        partOfSpeech(word.norm) !== 'ADJF' &&
        other(k)
      );
    };
    const qualified = (p: number) => [p - 1, p - 2].some(other) || countryNounAfter(p);
    if (at.some(qualified)) return true;
  }
  return false;
}
