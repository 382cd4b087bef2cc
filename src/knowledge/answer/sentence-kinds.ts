/**
 * Questions whose answer needs a particular kind of sentence, not just the nearest value: who heads
 * something ("who leads the investigation": a sentence saying someone leads it), what someone was
 * charged with (a sentence speaking of a charge and of that person), what someone of an office and a
 * country said (a sentence naming that office of that country). Where the best sentences are not of
 * that kind, the documents do not say it. The composers of answer/compose/ apply them.
 */
import { type AnalyzedQuestion, isPlaceTerm, type QuestionTerm } from './analyze.ts';
import type { AnswerType } from './answer-types.ts';
import { type RankedSentence, termPositions } from './retrieve.ts';
import { COUNTRY_CONCEPT } from './slot-constraints.ts';
import { TUNING } from './tuning.ts';

/** "Who heads …", "who led …", "кто руководит …", "кто возглавлял …": the question asks who is at the head. */
export const HEAD_ASKED =
  /^\s*(who|кто)\s+(heads|headed|leads|led|is leading|was leading|chairs|chaired|runs|ran|has run|have run|had run|is running|was running|has been running|is in charge|was in charge|руководит|руководил\p{L}*|руководят|возглавляет|возглавлял\p{L}*|возглавит|возглавят|председательствует|председательствовал\p{L}*)(?![\p{L}])/iu;
/**
 * Concepts of being at the head of something: "head", "chief", "leads", "chairman", "director",
 * "president (of the association)", "chief negotiator", "глава", "руководит".
 */
const HEADING_CONCEPTS = [
  'c:phr_in_charge_of',
  'c:role_head',
  'c:role_chairman',
  'c:role_co_chair',
  'c:role_board_chairman',
  'c:role_director',
  'c:role_executive_director',
  'c:role_ceo',
  'c:role_president',
  'c:role_leader',
  'c:role_party_leader',
  'c:role_head_of_delegation',
  'c:role_head_of_administration',
  'c:role_commander',
  'c:role_commander_in_chief',
  'c:role_secretary_general',
  'c:role_editor_in_chief',
  'c:role_coordinator',
  'c:role_negotiator',
  'c:role_rector',
  'c:role_governor',
  'c:role_mayor',
];
export function saysHeading(r: RankedSentence): boolean {
  return HEADING_CONCEPTS.some((f) => r.entry.features.has(f));
}

/** The answer types a question about what someone said is read as: a passage, an event, a list. */
export const SPOKEN_TYPES: ReadonlySet<AnswerType> = new Set(['about', 'event', 'list', 'reason']);
/** A verb of saying in a question: what someone said, commented, how they reacted. */
const SAYING_ASKED =
  /(?<![\p{L}])(say|said|says|comment\p{L}*|react\p{L}*|respond\p{L}*|statement|сказал\p{L}*|заявил\p{L}*|заявлени\p{L}*|прокомментировал\p{L}*|комментировал\p{L}*|комментари\p{L}*|отреагировал\p{L}*|реакци\p{L}*|ответил\p{L}*|оценил\p{L}*)(?![\p{L}])/iu;

/**
 * The question asks what someone of an office and a country said ("президент Литвы", "Lithuania's
 * president"), and none of the best three sentences names both the office and the country.
 */
export function speakerUnnamed(q: AnalyzedQuestion, ranked: readonly RankedSentence[]): boolean {
  if (!SAYING_ASKED.test(q.text)) return false;
  const isCountry = (t: QuestionTerm) => t.features.some((f) => COUNTRY_CONCEPT.test(f.slice(2)));
  const role = q.terms.find(
    (t) =>
      !t.name &&
      t.features.some((f) => f.startsWith('c:role_')) &&
      q.terms.some((o) => isCountry(o) && Math.abs(o.position - t.position) <= 2),
  );
  if (!role) return false;
  const country = q.terms.find((o) => isCountry(o) && Math.abs(o.position - role.position) <= 2) as QuestionTerm;
  // Office and country together ("президента Литвы", "Lithuanian President"), not each somewhere.
  const together = (r: RankedSentence) =>
    termPositions(r, role).some((p) => termPositions(r, country).some((c) => Math.abs(c - p) <= 3));
  return !ranked.slice(0, 3).some(together);
}

/**
 * One of the best sentences, scoring at least half the best, speaks of a charge, and of the person the
 * question names (in itself or in the sentence before), if it names one.
 */
export function statesCharge(q: AnalyzedQuestion, ranked: readonly RankedSentence[]): boolean {
  return statesOfAsked(q, ranked, (r) => r.entry.features.has('c:jus_charges'));
}

/** A sentence of the asked one's sentence ("приговорил к двум годам", "sentenced to two years") among the best. */
export function statesSentence(q: AnalyzedQuestion, ranked: readonly RankedSentence[]): boolean {
  return statesOfAsked(
    q,
    ranked,
    (r) =>
      r.entry.features.has('c:jus_sentence') ||
      r.entry.features.has('c:jus_conviction') ||
      TERM_OF_PRISON.test(r.entry.sentence.text),
  );
}

/** A term of prison written out: "к 7 годам лишения свободы", "two years in prison". */
const TERM_OF_PRISON =
  /(?<![\p{L}])(лишени\p{L}* свободы|колони\p{L}*|in prison|in jail|imprisonment|(к|to)\s+\S+\s+(годам|года|лет|месяцам|месяца|years?|months?))(?![\p{L}])/iu;

/** One of the best sentences, nearly as strong as the first, has the feature and names whom the question names. */
function statesOfAsked(
  q: AnalyzedQuestion,
  ranked: readonly RankedSentence[],
  says: (r: RankedSentence) => boolean,
): boolean {
  const lead = ranked[0]?.score ?? 0;
  const names = q.terms.filter((t) => t.name && !t.unknown && !isPlaceTerm(t));
  return ranked
    .slice(0, TUNING.chargeDepth)
    .some(
      (r) =>
        r.score >= TUNING.eventWordShare * lead &&
        says(r) &&
        (names.length === 0 || r.matches.some((m) => names.includes(m.term))),
    );
}

/** A question asking what someone was sentenced to: «К какому наказанию …», "What sentence did … get?". */
export const SENTENCE_ASKED =
  /(?<![\p{L}])(к как\p{L}* (наказани\p{L}*|срок\p{L}*|лишени\p{L}*)|на как\p{L}* срок (\p{L}+ ){0,3}(приговор\p{L}*|осуд\p{L}*)|как\p{L}* (наказани\p{L}*|приговор\p{L}*) (\p{L}+ ){0,3}(получил\p{L}*|назнач\p{L}*|вынес\p{L}*)|what (sentence|punishment|prison term|jail term)|sentenced to what|how long (\p{L}+ ){0,3}(sentenced|jailed|imprisoned))(?![\p{L}])/iu;

/** A question asking what someone was charged with or accused of. */
export const CHARGE_ASKED =
  /^(?:[^?]*[—:]\s*)?((в ч[её]м|за ч[её]м|за что)\s+(\p{L}+\s+){0,2}(обвин\p{L}*|подозрева\p{L}*)|(по )?как\p{L}* (обвинени\p{L}*|стать\p{L}*(?!\s+(\p{L}+\s+)?(договор|соглашени|устав|конвенци|конституци|меморанд|протокол|декларац)))|(what|which)\b[^?,]*\b(accused|charged|suspected|convicted)\s+(of|with)|what (charges?|accusations?))(?![\p{L}])[^,]*$/iu;
