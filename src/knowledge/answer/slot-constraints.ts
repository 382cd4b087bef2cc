/**
 * What a question asks about its slot beyond its type, and whether a candidate meets it: the new
 * value of a change unless the old one is asked ("extended from 30 June to 31 August"), the place a
 * dated event happened at ("when did she visit Northgate?", "когда он был в Кештове?"), the place a
 * post is held in ("the ambassador to Varnelia", not "посол Кештова при ООН"), an age ("how old",
 * "сколько лет адвокату"). The composers of answer/compose/ apply them.
 */
import { PLACE_NOUN_CONCEPTS } from '../lexicon/place-nouns.ts';
import { conceptsOfTokens } from '../lexicon/vocabulary.ts';
import { partOfSpeech } from '../text/morphology.ts';
import type { Token } from '../text/tokens.ts';
import { type AnalyzedQuestion, isPlaceTerm, type QuestionTerm } from './analyze.ts';
import { type Candidate, spansApart } from './candidates.ts';
import type { RankedSentence } from './retrieve.ts';

/** A country's concept of the world gazetteer (not a city, a capital, an organisation, a region or a point of the compass). */
export const COUNTRY_CONCEPT = /^geo_(?!city|capital|org|dir_|region_)/;

/** The question asks for the value before a change ("originally", "раньше", "from what"). */
export const OLD_VALUE_ASKED =
  /(?<![\p{L}])(original\p{L}*|initial\p{L}*|previous\p{L}*|before|earlier|old|from what|изначально|первоначально|прежн\p{L}*|раньше|ранее|с какой|с какого|с каких)(?![\p{L}])/iu;
/** A verb of change: in "extended from 30 June to 31 August" the value after "to" is the one now in force. */
export const CHANGE =
  /(?<![\p{L}])(extend\p{L}*|postpon\p{L}*|delay\p{L}*|mov(e|ed|es)|push\p{L}*|rais\p{L}*|increas\p{L}*|cut|cuts|reduc\p{L}*|lower\p{L}*|chang\p{L}*|shift\p{L}*|brought forward|продл\p{L}*|перенес\p{L}*|перенос\p{L}*|отлож\p{L}*|сдвин\p{L}*|повыс\p{L}*|повыш\p{L}*|увелич\p{L}*|сократ\p{L}*|сокращ\p{L}*|сниз\p{L}*|сниж\p{L}*|измен\p{L}*|уменьш\p{L}*)(?![\p{L}])/iu;
/** A question asking the date something was moved to: "to what date", "на какое число перенесли", "until when". */
const NEW_DATE_ASKED =
  /(?<![\p{L}])((new|нов\p{L}*) (date|дат\p{L}*)|to what (date|day)|to when|until when|till when|when will|(date|day) will|now take place|now be held|(postponed|delayed|moved|pushed back|put off) (to|until)\??$|на как\p{L}* (дат\p{L}*|числ\p{L}*|день|срок)|на когда|до какого|когда теперь)(?![\p{L}])/iu;
/**
 * "Postponed, no new date named" keeps back only the new date: asked the date it had, or the day it was
 * postponed ("On what date was the signing postponed?"), the documents still answer.
 */
export function asksOtherThanNewDate(question: string): boolean {
  return OLD_VALUE_ASKED.test(question) || (CHANGE.test(question) && !NEW_DATE_ASKED.test(question));
}
const FROM_WORD = /^(from|с|со|от)$/;
const TO_WORD = /^(to|until|till|до|на|по)$/;

/** The old value of a change: "from" right before it, "to" and a new value right after, a verb of change in the sentence. */
export function isReplacedValue(c: Candidate, r: RankedSentence): boolean {
  const tokens = r.entry.tokens;
  // A date's span may begin with its preposition ("from 30 June").
  const first = tokens[c.from];
  const before = first && FROM_WORD.test(first.norm) ? first : tokens[c.from - 1];
  if (c.carried || !before || !FROM_WORD.test(before.norm)) return false;
  const after = tokens[c.to];
  const next = tokens[c.to + 1];
  return Boolean(
    after && next && TO_WORD.test(after.norm) && /^[\p{N}\p{L}]/u.test(next.raw) && CHANGE.test(r.entry.sentence.text),
  );
}

/** The question asks the value a change reached: "до какой суммы снизили", "to what level was it cut". */
export const NEW_VALUE_ASKED =
  /(?<![\p{L}])(до (какой|какого|каких|скольких)|to what (amount|level|sum|figure|number|size|price|rate|extent)|to how (many|much))(?![\p{L}])/iu;

/** The new value of a change: "to" right before it (a currency code between), a verb of change in the sentence. */
export function isNewValue(c: Candidate, r: RankedSentence): boolean {
  const tokens = r.entry.tokens;
  const before = tokens[c.from - 1];
  const to = before && /^[A-Z]{3}$/.test(before.raw) ? tokens[c.from - 2] : before;
  return Boolean(!c.carried && to && /^(to|до)$/.test(to.norm) && CHANGE.test(r.entry.sentence.text));
}

/** Words of going somewhere: the place after them is what the question is about. */
const VISIT_CONCEPT =
  /^c:(dip_visit|dip_arrival|gen_visit|gen_arrive|dip_departure|trn_travel|gen_travel|gen_go|gen_come)$/;
/** Before the place of a visit or a post in a question: "to", "in", "в", "на". */
const PLACE_PREPOSITION = /^(to|in|at|в|во|на)$/;

/** A word of going somewhere: "visit", "arrived", "приезжал". */
export function isGoingWord(t: QuestionTerm): boolean {
  return t.features.some((f) => VISIT_CONCEPT.test(f));
}

/**
 * The place a question about a visit names ("visit Northgate", "ездил в Кештов"): a name right after
 * the verb of going or after a place preposition, or a city of the world gazetteer.
 */
function destinationOf(q: AnalyzedQuestion): QuestionTerm | undefined {
  const visit = q.terms.find(isGoingWord);
  return visit
    ? placeAfter(
        q,
        visit,
        (t) =>
          t.position === visit.position + 1 ||
          t.features.some((f) => f.startsWith('c:geo_city') || f.startsWith('c:geo_capital')),
      )
    : undefined;
}

/**
 * The place a dated event is asked at ("когда Вендт был в Кештове?", "when were the talks in Northgate?"):
 * the place a visit went to, or a known place after a place preposition.
 */
export function eventPlaceOf(q: AnalyzedQuestion): QuestionTerm | undefined {
  return (
    destinationOf(q) ??
    q.terms.find((t) => {
      if (t.unknown || !(t.name || isPlaceTerm(t))) return false;
      const before = q.tokens[t.position - 1];
      // "Когда возобновили прокачку после отказа электроснабжения на PS-6?": the place of the event
      // the question dates by ("после …") is not where the asked one happened.
      if (q.tokens.slice(0, t.position).some((w) => EARLIER_EVENT.test(w.norm))) return false;
      // "Когда задержали машиниста поезда, сошедшего с рельсов у Речане?": the place of a clause that
      // describes a noun is where that happened, not where the asked act did.
      if (inDescribingClause(q, t)) return false;
      return before !== undefined && PLACE_PREPOSITION.test(before.norm);
    })
  );
}

/**
 * "Когда хакеры проникли в сеть больницы в Драмкэрриге?", "to the detention centre in Northgate": a
 * place right after a facility says which facility, and a sentence naming the facility speaks of it
 * though it leaves the town unsaid. The facility's term, if the place follows one.
 */
export function facilityOfPlace(q: AnalyzedQuestion, place: QuestionTerm): QuestionTerm | undefined {
  return q.terms.find(
    (o) => o.position === place.position - 2 && o.features.some((f) => PLACE_NOUN_CONCEPTS.includes(f)),
  );
}

/**
 * Whether a term stands in a clause describing a noun: after a comma and a participle («, сошедшего с
 * рельсов у Речане») or a relative pronoun («, который», "that derailed at", "which sank off").
 */
function inDescribingClause(q: AnalyzedQuestion, t: QuestionTerm): boolean {
  const at = q.tokens[t.position];
  if (!at) return false;
  const before = q.text.slice(0, at.start);
  const clause = before.slice(before.lastIndexOf(',') + 1);
  const first = /^\s*(\p{L}+)/u.exec(clause)?.[1];
  return (
    (before.includes(',') && first !== undefined && partOfSpeech(first.toLowerCase()) === 'PRTF') ||
    RELATIVE_PRONOUN.test(before.slice(before.search(/\p{L}\s/u) + 1))
  );
}

/** A relative pronoun opening a clause that describes the noun before it. */
const RELATIVE_PRONOUN = /(?<![\p{L}])(that|which|who|whose|котор\p{L}*)(?![\p{L}])/iu;

/** A word that opens the clause of an earlier event, by which a question dates the one it asks. */
const EARLIER_EVENT = /^(после|after|following|вслед)$/;

/** The place a role is held in ("ambassador to Varnelia", "посол в Кештове"): a name after a place preposition. */
export function placeOfRole(q: AnalyzedQuestion): QuestionTerm | undefined {
  const role = q.terms.find(isRoleTerm);
  // The place of the post stands by its noun ("посол США в Кештове"); further on it is where an event
  // happened ("какой журналист вышел на свободу в Кештове").
  const post = role ? placeAfter(q, role, () => false) : undefined;
  return role && post && post.position - role.position <= POST_REACH ? post : undefined;
}

/** Before the place of a post in a sentence: "ambassador to", "посол при", "посол в". */
const POST_PREPOSITION = /^(to|at|in|при|в|во)$/;

/**
 * Whether the sentence gives the asked role a post in another place: the role's word, then within
 * three words a post preposition and a capitalised word that is not the asked place.
 */
export function postElsewhere(q: AnalyzedQuestion, r: RankedSentence, post: QuestionTerm): boolean {
  const roles = q.terms.filter(isRoleTerm);
  const tokens = r.entry.tokens;
  const postAt = new Set(r.matches.filter((m) => m.term === post).flatMap((m) => m.positions));
  return r.matches.some(
    (m) =>
      roles.includes(m.term) &&
      m.positions.some((p) => {
        for (let i = p + 1; i <= p + 3 && i + 1 < tokens.length; i++) {
          if (!POST_PREPOSITION.test((tokens[i] as Token).norm)) continue;
          const place = tokens[i + 1] as Token;
          return place.capitalized && !postAt.has(i + 1);
        }
        return false;
      }),
  );
}

/** Tokens from a role's noun to the place of its post at most. */
const POST_REACH = 3;

/** A known name after the anchor word, after a place preposition or where `alsoPlace` says it is one. */
function placeAfter(
  q: AnalyzedQuestion,
  anchor: QuestionTerm,
  alsoPlace: (t: QuestionTerm) => boolean,
): QuestionTerm | undefined {
  return q.terms.find((t) => {
    if (!t.name || t.unknown || t.position <= anchor.position) return false;
    const before = q.tokens[t.position - 1];
    return (before !== undefined && PLACE_PREPOSITION.test(before.norm)) || alsoPlace(t);
  });
}

export const AGE_ASKED =
  /(?<![\p{L}])(how old|what age|at what age|сколько лет (?:было )?\p{Lu}?\p{Ll}+(?:у|ю|ому|ему|е)(?![\p{L}])|сколько (?:ему|ей|им) (?:было )?лет|в каком возрасте|какого возраста)/iu;

/** An age: "Вендт, 61 год,", "61-летний", "в возрасте 61 года", "aged 61", "61-year-old", "61 years old". */
export function isAge(c: Candidate, r: RankedSentence): boolean {
  const { text } = r.entry.sentence;
  const start = r.entry.tokens[c.from]?.start ?? 0;
  const around = text.slice(Math.max(0, start - 14), start + c.text.length + 12);
  if (
    /,\s*\d{1,3}\s*(год|года|лет)\s*[,;)]|\d{1,3}-летн|в возрасте|aged\s+\d|\d{1,3}-year-old|\d{1,3} years old/iu.test(
      around,
    )
  )
    return true;
  // "Chen Haibo, 46, the captain of …": a bare number set off by commas right after a name.
  const end = r.entry.tokens[c.to - 1]?.end ?? start;
  return (
    c.to - c.from === 1 &&
    /^\d{1,3}$/.test(c.text) &&
    /\p{Lu}[\p{L}'’-]+,\s*$/u.test(text.slice(Math.max(0, start - 30), start)) &&
    /^\s*[,;)]/.test(text.slice(end))
  );
}

/** A question word the vocabulary knows as a role ("ambassador", "журналист"). */
export function isRoleTerm(t: QuestionTerm): boolean {
  return t.features.some((f) => f.startsWith('c:role_'));
}

/**
 * "The Qatari official who mediated", "индонезийских офицеров", "the Indian side": the country named right
 * before the noun of the person asked about.
 */
export function countryOfAskedPerson(q: AnalyzedQuestion): string | undefined {
  for (const t of q.terms) {
    const country = t.features.map((f) => f.slice(2)).find((c) => COUNTRY_CONCEPT.test(c));
    if (!country) continue;
    const next = q.terms.find((n) => n.position === t.position + 1);
    // Of the person asked ("египетского гидротехника"), not of another the question names ("эфиопская полиция").
    const head = q.terms.find((h) => h.position === t.position - 1 || h.position === t.position - 2);
    const asked =
      next?.focus || (head && (head.features.some((f) => HEAD_CONCEPT.test(f)) || REPRESENTED.test(head.raw)));
    if (asked && next && (isRoleTerm(next) || next.features.some((f) => PARTY_NOUN.test(f)))) return country;
  }
  return undefined;
}

/** "Who heads / leads / represents": the noun after it is the person asked about. */
const HEAD_CONCEPT = /^c:(role_head|phr_in_charge_of|dip_head_of_delegation|role_representative)$/;
const REPRESENTED = /^(represent\p{L}*|представля\p{L}*|представил\p{L}*)$/iu;
/** A side of talks: "the Kyrgyz side", "кыргызскую делегацию". */
const PARTY_NOUN = /^c:(act_side|dip_delegation)$/;

/** How far before a name its country may stand: "Ukraine's Deputy Minister for Communities, Iryna Stepaniuk". */
const COUNTRY_REACH = 8;
const CLAUSE_BREAK = /[:;]/;
/** Before the country a person is posted to: "to (the)", "in", "в", "при". */
const HOST_BEFORE = /(?<![\p{L}])(to|in|at|в|во|при)\s+(the\s+)?$/iu;

/**
 * The country the sentence ties a name to: the country mention nearest the name, before it in its clause
 * or right after it in its brackets ("Karim (Bangladesh)"). A name with no country beside it may be anyone's.
 */
export function countryBeside(c: Candidate, r: RankedSentence): string | undefined {
  const tokens = r.entry.tokens;
  const text = r.entry.sentence.text;
  let nearest: string | undefined;
  let best = Number.POSITIVE_INFINITY;
  for (const hit of conceptsOfTokens(tokens)) {
    if (!COUNTRY_CONCEPT.test(hit.concept)) continue;
    // "the Indian High Commissioner" read as a name "Indian High" says its country itself.
    if (hit.from >= c.from && hit.to <= c.to) {
      best = 0;
      nearest = hit.concept;
      break;
    }
    const before = hit.to <= c.from;
    // "ambassador to the United Arab Emirates, Abdirisaq Farah", "посол США в ОАЭ …": the country one is
    // sent to is not one's own.
    if (before && HOST_BEFORE.test(text.slice(0, (tokens[hit.from] as Token).start))) continue;
    const gap = spansApart(hit, c);
    if (gap > (before ? COUNTRY_REACH : 2)) continue;
    const between = before
      ? text.slice((tokens[hit.to - 1] as Token).end, (tokens[c.from] as Token).start)
      : text.slice((tokens[c.to - 1] as Token).end, (tokens[hit.from] as Token).start);
    // After the name only in its brackets ("Karim (Bangladesh)"): "…, узбекскую —" begins the next item.
    if (CLAUSE_BREAK.test(between) || (!before && !between.includes('(')) || gap >= best) continue;
    best = gap;
    nearest = hit.concept;
  }
  return nearest;
}

/** What a crossing, a line or a service carries: passengers or freight. */
type TrafficKind = 'passenger' | 'freight';

const TRAFFIC_KIND_FEATURES: Record<TrafficKind, readonly string[]> = {
  passenger: ['c:trn_passenger', 'c:role_passenger', 'c:trn_passenger_transport'],
  freight: [
    'c:trn_cargo',
    'c:trn_cargo_transportation',
    'c:trn_road_haulage',
    'c:trn_freight_volume',
    'c:trn_rail_freight',
    'c:trn_air_cargo',
  ],
};

/** "When were passengers let through again?": the kind of traffic the question asks about, when it names one kind only. */
export function trafficKindAsked(q: AnalyzedQuestion): TrafficKind | undefined {
  const names = (kind: TrafficKind) =>
    q.terms.some((t) => t.features.some((f) => TRAFFIC_KIND_FEATURES[kind].includes(f)));
  const passenger = names('passenger');
  if (passenger === names('freight')) return undefined;
  return passenger ? 'passenger' : 'freight';
}

/**
 * "From 17 February to 6 April the crossing was closed to freight" says nothing of passengers: a sentence
 * that names the other kind of traffic and not the asked one tells of the other.
 */
export function ofOtherTrafficKind(kind: TrafficKind, r: RankedSentence): boolean {
  const says = (k: TrafficKind) => TRAFFIC_KIND_FEATURES[k].some((f) => r.entry.features.has(f));
  return says(kind === 'passenger' ? 'freight' : 'passenger') && !says(kind);
}
