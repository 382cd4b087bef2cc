/** Whether a number counts what a count question asks: its unit, a part of a whole, another country's people. */
import { isCollectiveNumeral } from '../../extract/numerals.ts';
import { conceptsOfTokens } from '../../lexicon/vocabulary.ts';
import { casesOf, isMassGenitive, partOfSpeech } from '../../text/morphology.ts';
import { stem, type Token } from '../../text/tokens.ts';
import { type AnalyzedQuestion, type QuestionTerm, TIME_ASKED_WORD } from '../analyze.ts';
import { type Candidate, MEMBER_COUNT, numberCandidates } from '../candidates.ts';
import type { RankedSentence } from '../retrieve.ts';
import { AMOUNT, MONEY, PERCENT_ASKED } from './amounts.ts';
import { isVerbForm } from './shared.ts';

export const GENERIC_PERSONS =
  /^(people|persons?|individuals?|personnel|staff|employees|workers|members|человек\p{L}*|люд\p{L}*|лиц\p{L}*|сотрудник\p{L}*|работник\p{L}*|персонал\p{L}*)$/iu;

/**
 * The words a count question names as its unit: "how many *left-bank companies*", "сколько *лет*",
 * "how much *money*"; none when a verb follows ("how much did it cost", "во сколько оценивается").
 */
/** "The 14-member delegation", "a 40-strong crew": a number of members counts people. */
function countsMembers(r: RankedSentence, c: Candidate): boolean {
  return MEMBER_COUNT.test(r.entry.tokens[c.from]?.norm ?? '');
}

/** A noun asking how many: "the number of", "число", "количество". */
const COUNT_NOUN_CUE = /^(number|число|количество|численность)$/;

/** A question's word right after an opening quotation mark: «Вендт-200». */
function quoted(q: AnalyzedQuestion, t: QuestionTerm): boolean {
  const token = q.tokens[t.position];
  return token !== undefined && /[«"“„]$/u.test(q.text.slice(0, token.start));
}

export function countedUnits(q: AnalyzedQuestion): QuestionTerm[] {
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
    // What "сколько" counts is in the genitive ("сколько денег", "сколько кыргызских пограничников"): a
    // word that cannot be is the subject of the verb to come ("Сколько министерство заплатило").
    if ((pos === 'NOUN' || pos === 'ADJF') && lacksGenitive(t.norm)) break;
    // "Сколько KTI обязалась инвестировать": a Latin word of no unit the vocabulary knows (TEU, MW are)
    // is a name, the subject, which does not decline.
    if (q.lang === 'ru' && /^[a-z]/i.test(t.raw) && conceptsOfTokens([t]).length === 0) break;
    // "How many trucks crossed …": an English past form after the noun ends it.
    if (units.length && /^[a-z]{3,}ed$/.test(t.norm)) break;
    // "Сколько рублей за кубометр": the unit ends where a preposition starts what it is per.
    if (units.length && /^(за|на|в|per|a|for|in|of)$/.test(t.norm)) break;
    // "Сколько (по) времени", "how much time": a duration, counted in hours or days, not in "time".
    if (TIME_ASKED_WORD.test(t.norm)) return [];
    // "Сколько теперь стоит …", "how many now": an adverb says when or how, it counts nothing.
    if (pos === 'ADVB') continue;
    // A unit no document uses at all ("kilometres") is kept: no number of the documents can fit it.
    // "Сколько «Вендт-200»": a make in quotes is counted too.
    const term = q.terms.find((x) => x.position === i && (!x.name || (i === cue + 1 && quoted(q, x))));
    // "By how much in total …": a total says the figure is summed, it is no unit.
    if (term?.features.some((f) => TOTAL_CONCEPT.test(f))) continue;
    if (term) units.push(term);
  }
  return units;
}

/** "In total", "всего": how a figure is summed, not what it counts. */
export const TOTAL_CONCEPT = /^c:(gen_total|phr_in_total)$/;

function lacksGenitive(word: string): boolean {
  const cases = casesOf(word);
  return cases !== undefined && cases.size > 0 && !cases.has('gent');
}

/** Between a part and its whole: "seven of the 19 fishermen", "21 of the train's 40 wagons", "семерых из девятнадцати рыбаков". */
const PART_OF_WHOLE = /^\.?\s*(of(\s+(the|its|their|these|those))?(\s+\p{L}+['’]s)?|из)\s+$/iu;
/**
 * What must follow a part ("of", "из") and precede a whole ("of the", "из"): read before the sentence's numbers
 * are. A part's abbreviation may end in its dot ("18 тыс. из 120 тыс.").
 */
const OF_AFTER = /\.?\s*(of|из)\s/iuy;
const OF_BEFORE = /(of(\s+(the|its|their|these|those))?(\s+\p{L}+['’]s)?|из)\s+$/iu;

/** The number c is a part of ("seven" of "the 19 fishermen"), or undefined. */
export function wholeOf(q: AnalyzedQuestion, c: Candidate, r: RankedSentence): Candidate | undefined {
  const text = r.entry.sentence.text;
  const end = r.entry.tokens[c.to - 1]?.end ?? 0;
  OF_AFTER.lastIndex = end;
  if (!OF_AFTER.test(text)) return undefined;
  return numberCandidates(q, r, true).find(
    (w) => w.from >= c.to && PART_OF_WHOLE.test(text.slice(end, r.entry.tokens[w.from]?.start ?? 0)),
  );
}

/** The part said before its whole ("seven" of "the 19 fishermen"), if any. */
function partBefore(q: AnalyzedQuestion, whole: Candidate, r: RankedSentence): Candidate | undefined {
  return numberCandidates(q, r).find((p) => p.to <= whole.from && wholeOf(q, p, r)?.from === whole.from);
}

/** The part a whole is divided into in its sentence ("seven" of "the 19 fishermen", "одиннадцать" of "из 42"), if any. */
export function partOfWhole(q: AnalyzedQuestion, whole: Candidate, r: RankedSentence): Candidate | undefined {
  return partAfterWhole(q, whole, r) ?? partBefore(q, whole, r);
}

/**
 * The whole of a part ("the 19 fishermen" after "released seven of") counts what the words after it
 * say of the whole ("detained in April"); the verb before the part is the part's.
 */
export function isWholeOfPart(q: AnalyzedQuestion, c: Candidate, r: RankedSentence): boolean {
  if (!OF_BEFORE.test(r.entry.sentence.text.slice(0, r.entry.tokens[c.from]?.start ?? 0))) return false;
  if (partAfterWhole(q, c, r)) return true;
  const part = partBefore(q, c, r);
  if (!part) return false;
  // "Twenty-one of the train's 40 wagons left the track near Varnel": a part opening its clause is the
  // subject, and the words after its whole are the part's predicate.
  if (CLAUSE_OPENING.test(r.entry.sentence.text.slice(0, r.entry.tokens[part.from]?.start ?? 0))) return true;
  const units = new Set(countedUnits(q));
  // "three of its 11 aircraft were grounded", "трое из 11 самолётов стояли на земле": past the verb
  // the words are the part's predicate, not what tells the whole.
  const verb = r.entry.tokens.findIndex(
    (t, i) => i >= c.to && i <= c.to + 4 && (PREDICATE_START.test(t.norm) || isVerbForm(t.norm)),
  );
  const end = verb >= 0 ? verb - 1 : c.to + 4;
  return !r.matches.some((m) => !m.term.name && !units.has(m.term) && m.positions.some((p) => p >= c.to && p <= end));
}
/**
 * "Из 42 тепловозов, которые числились на балансе, исправны были одиннадцать": the whole first, after
 * "из", and the part last, a bare figure counting nothing of its own (the clause ends after it).
 */
function partAfterWhole(q: AnalyzedQuestion, whole: Candidate, r: RankedSentence): Candidate | undefined {
  const text = r.entry.sentence.text;
  if (!WHOLE_FIRST.test(text.slice(0, r.entry.tokens[whole.from]?.start ?? 0))) return undefined;
  return numberCandidates(q, r).find(
    (p) => p.from > whole.to && p.to === p.from + 1 && CLAUSE_END.test(text.slice(r.entry.tokens[p.from]?.end ?? 0)),
  );
}
/** The whole said first of a part said last ("одиннадцать" of "из 42 тепловозов"), if any. */
function wholeBefore(q: AnalyzedQuestion, part: Candidate, r: RankedSentence): Candidate | undefined {
  return numberCandidates(q, r, true).find((w) => w.to <= part.from && partAfterWhole(q, w, r)?.from === part.from);
}
/** "из" opening a clause before the whole: "Приведу цифру: из 42 …", "Из 120 задержанных …". */
const WHOLE_FIRST = /(^|[:;,—–]\s*)из\s+$/iu;
/** Nothing after a figure in its clause. */
const CLAUSE_END = /^\s*([.;:!?)]|$)/u;

/** What stands before a clause's first word: nothing, or a colon, semicolon or dash after the clause before. */
const CLAUSE_OPENING = /(^|[:;—–]\s*)$/u;
/** English auxiliaries that start a clause's predicate. */
const PREDICATE_START = /^(were|was|are|is|have|has|had|will|would|remain|remained|remains)$/;

/** The countries the question's counted words name ("камбоджийских военнослужащих"). */
function countriesOf(terms: readonly QuestionTerm[]): string[] {
  return terms.flatMap((t) => t.features.filter((f) => f.startsWith('c:geo_')));
}

/**
 * Whether the words of a count name a country and none the question names for what it counts: "four
 * Thai soldiers" for "how many Cambodian soldiers". A count naming no country may be of either.
 */
export function ofOtherCountry(q: AnalyzedQuestion, words: readonly Token[]): boolean {
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

/** The figure's words and up to `reach` after it, as long as no punctuation stands between. */
function joinedAfter(r: RankedSentence, c: Candidate, reach = 2): Token[] {
  const { tokens } = r.entry;
  const text = r.entry.sentence.text;
  const out = tokens.slice(c.from, c.to);
  for (let k = c.to; k < Math.min(tokens.length, c.to + reach); k++) {
    const gap = text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start);
    if (/[,;:.()—–]/u.test(gap)) break;
    out.push(tokens[k] as Token);
  }
  return out;
}

/** Whether a number candidate counts the asked unit: the unit (or money, for "how much money") within two words after it. */
export function unitFits(unit: QuestionTerm, c: Candidate, r: RankedSentence, q: AnalyzedQuestion): boolean {
  const money = unit.features.some((f) => f === 'c:eco_money' || f === 's:money' || f === 's:денег' || f === 's:деньг');
  // "11,2 млн крон из 14,6 млн": a part that names its currency is money, whatever its whole leaves unsaid.
  if (money && MONEY.test(c.text)) return true;
  // "released seven of the 19 fishermen", "из 42 тепловозов … исправны одиннадцать": the part counts what
  // its whole counts.
  const whole = wholeOf(q, c, r) ?? wholeBefore(q, c, r);
  if (whole) return unitFits(unit, whole, r, q);
  if (money) return MONEY.test(c.text);
  // "На сколько процентов …", "by how many percent": a share answers it ("fell 38%").
  if (unit.features.some((f) => f === 'c:eco_percent' || f === 'c:gen_percent'))
    return (
      PERCENT_ASKED.test(c.text) || PERCENT_AFTER.test(r.entry.sentence.text.slice(r.entry.tokens[c.to - 1]?.end ?? 0))
    );
  // "How much gas": a substance is measured, not counted; a volume or a sum answers it.
  if (/\bhow much\b/i.test(q.text) && AMOUNT.test(c.text)) return true;
  // So is «сколько газа», a genitive singular right after «сколько» (not «сколько тонн пшеницы»), by a volume.
  if (massAsked(unit, q) && AMOUNT.test(c.text) && !MONEY.test(c.text)) return true;
  // "Venezuelan migrants registered ...... 26,300": a table row's value counts what its label says.
  if (rowLabelSays(unit, c, r)) return true;
  // "составил 13 800 т", "2.4 t": a unit written as one letter, which the vocabulary does not hold.
  if (abbreviatedUnitAfter(unit, c, r)) return true;
  // "— Сколько предприятий …? — На вчерашний день — 96.": a bare figure answering an interviewer's
  // question counts what the question counts, if the question names the unit.
  if (r.answersQuestion && c.to - c.from === 1 && r.matches.some((m) => m.term === unit)) return true;
  // "Сколько депутатов проголосовали за?": "approved by 142 votes to 97" counts those who voted.
  if (votersCounted(unit, q) && countsVotes(c, r)) return true;
  // "Fourteen of his supporters": a part named by its owner counts the noun after the owner.
  const owned = OF_OWNER.test(`${r.entry.tokens[c.to]?.norm} ${r.entry.tokens[c.to + 1]?.norm}`) ? 2 : 0;
  const after = r.entry.tokens.slice(c.from, Math.min(r.entry.tokens.length, c.to + 2 + owned));
  if (countsOtherTerm(unit, c, r)) return false;
  // "How many Cambodian soldiers": "four Thai soldiers" counts another country's.
  if (ofOtherCountry(q, after)) return false;
  // "Пострадали 23 человека, шестеро госпитализированы": a collective numeral counts people by itself
  // (not "трое суток", where a noun follows it).
  if (countsPersons(unit) && collectiveAlone(c, r)) return true;
  // "How many people": a count of prisoners, citizens or journalists counts people too, and so does
  // "twenty-nine of them".
  if (GENERIC_PERSONS.test(unit.raw)) {
    if (isPartitive(r, c) || countsMembers(r, c)) return true;
    // "За два дня задержан 41 человек": "два дня" counts days, whoever the clause goes on to count.
    const noun = r.entry.tokens[countedNounAt(c, r)];
    if (noun && conceptsOfTokens([noun]).some((h) => TIME_UNIT.test(h.concept))) return false;
    // "выпустил 2,4 млн доз, люди работали бы …": the words after a comma belong to another clause.
    return joinedAfter(r, c).some(namesPeople);
  }
  // "Сколько голосов получила …?": "53,7% действительных голосов" is her share of the votes, not their number.
  if (!PERCENT_ASKED.test(q.text) && isShare(c, r)) return false;
  // "How many turbines": "a 120 MW wind farm" measures the farm in megawatts, it counts no turbines: a
  // unit of measure right after the number is what it gives, unless that measure is asked.
  const measure = (t: { stem: string; norm: string }) =>
    conceptsOfTokens([t]).some((h) => MEASURE_UNIT.test(h.concept));
  const firstAfter = r.entry.tokens[c.from + 1];
  if (firstAfter && measure(firstAfter) && !unit.features.some((f) => MEASURE_UNIT.test(f.slice(2)))) return false;
  // "How many prisoners", "сколько беженцев": "47 человек", "27,600 people" counts them in a sentence about
  // them (not "how many women").
  if (unitIsPersons(unit) && after.slice(1, 3).some((t) => GENERIC_PERSONS.test(t.norm))) return true;
  // "Сколько эвакуированных вернулись?": "вернулись 5870 жителей" counts them too.
  if (personsBySituation(unit) && after.slice(1, 3).some((t) => GENERIC_PERSONS.test(t.norm) || DWELLERS.test(t.norm)))
    return true;
  const text = r.entry.sentence.text;
  // "nine vehicles, mobile phones and computers": past a comma the list's next item is counted by none.
  return joinedAfter(r, c, 2 + owned).some((t) => {
    // "two pilots' strikes", "the pilots' union": an owner before its noun is not what the number counts.
    if (POSSESSIVE_AFTER.test(text.slice(t.end, t.end + 2))) return false;
    const m = r.matches.find((x) => x.term === unit);
    return (
      (m?.positions.includes(r.entry.tokens.indexOf(t)) ?? false) ||
      unit.features.includes(`s:${t.stem}`) ||
      headOfCompound(unit, t)
    );
  });
}

/** Units written as a single letter after a figure: «т», "t" (tonnes). Words of one letter get no concept. */
const ABBREVIATED_UNITS: ReadonlyMap<string, string> = new Map([
  ['т', 'c:eco_tonne'],
  ['t', 'c:eco_tonne'],
]);

/** The figure ends in (or is followed by, past a multiplier: «13,8 тыс. т») an abbreviated unit of the asked one. */
function abbreviatedUnitAfter(unit: QuestionTerm, c: Candidate, r: RankedSentence): boolean {
  const tokens = r.entry.tokens;
  const at = [c.to - 1, c.to, c.to + 1].find((p) => p > c.from && ABBREVIATED_UNITS.has(tokens[p]?.norm ?? ''));
  if (at === undefined || (at === c.to + 1 && !MULTIPLIER.test(tokens[c.to]?.norm ?? ''))) return false;
  return unit.features.includes(ABBREVIATED_UNITS.get((tokens[at] as Token).norm) as string);
}

const MULTIPLIER = /^(тыс|млн|млрд|thousand|million|billion|mln|bn|m)$/;

/** «Сколько газа …?»: a substance right after «сколько», measured rather than counted. */
function massAsked(unit: QuestionTerm, q: AnalyzedQuestion): boolean {
  return q.tokens[unit.position - 1]?.norm === 'сколько' && isMassGenitive(unit.raw);
}

/** Those who live somewhere, as a count names them: "5870 жителей", "5,870 residents". */
const DWELLERS = /^(residents|inhabitants|villagers|locals|жител\p{L}*|сельчан\p{L}*)$/iu;

/** English nouns of people named by what was done to them or what they do: "evacuees", "detainees" (not "fees"). */
const PERSONS_IN_EE =
  /^(evacu|detain|return|deport|escap|intern|abduct|appoint|nomin|attend|train|employ|refug|absent|amput|retir|parol|invit)ees$/;

/** Whether the asked unit is people of some kind: "people", "prisoners", a role («пострадавших», "drivers"). */
function countsPersons(unit: QuestionTerm): boolean {
  return (
    GENERIC_PERSONS.test(unit.raw) ||
    unitIsPersons(unit) ||
    personsBySituation(unit) ||
    unit.features.some((f) => f.startsWith('c:role_'))
  );
}

/** A Russian collective numeral with no noun after it: «шестеро госпитализированы», «троих задержали». */
function collectiveAlone(c: Candidate, r: RankedSentence): boolean {
  const tokens = r.entry.tokens;
  if (!isCollectiveNumeral(tokens[c.from]?.norm ?? '')) return false;
  const next = tokens[c.from + 1];
  return next === undefined || partOfSpeech(next.norm) !== 'NOUN';
}

/** Prisoners, detainees, hostages, refugees, migrants: people counted by their situation's concept. */
function unitIsPersons(unit: QuestionTerm): boolean {
  return unit.features.some((f) =>
    /^c:(jus_(prisoner|detainee|political_prisoner|hostage)|role_(refugee|migrant|displaced_person))$/.test(f),
  );
}

/**
 * "Сколько эвакуированных …", "how many evacuees": people named by what happened to them (a Russian
 * participle or adjective standing for its noun, an English noun in "-ee") are people, however a count names them.
 */
function personsBySituation(unit: QuestionTerm): boolean {
  const word = unit.raw.toLowerCase();
  if (PERSONS_IN_EE.test(word)) return true;
  const pos = /\p{Script=Cyrillic}/u.test(word) ? partOfSpeech(word) : undefined;
  return pos === 'PRTF' || pos === 'ADJF';
}

/** An English possessive right after a word: "pilots'", "pilot's". */
const POSSESSIVE_AFTER = /^['’](s\b|\s)/u;

/** The shortest head an English compound noun is counted by: "beehives" by "hives", "warships" by "ships". */
const COMPOUND_HEAD_LENGTH = 4;

/** "How many beehives …?" and "1,150 hives": an English compound unit is counted by its head noun. */
function headOfCompound(unit: QuestionTerm, t: { stem: string; norm: string }): boolean {
  const word = unit.raw.toLowerCase();
  if (!/^[a-z]+$/.test(t.norm) || !/^[a-z]+$/.test(word) || t.norm.length < COMPOUND_HEAD_LENGTH) return false;
  return word.length > t.norm.length && (word.endsWith(t.norm) || stem(word).endsWith(t.stem));
}

/** Units of time a duration is counted in: a figure followed by one ("два дня") counts no one. */
export const TIME_UNIT = /^gen_(minute|hour|day|night|week|month|year)$/;

/** Units of measure: a figure followed by one gives a quantity in it, not a count of the noun after. */
export const MEASURE_UNIT =
  /^(act_(centimetre|hectare|kilogram|kilometre|litre|metre|mile)|eco_tonne|nrg_(barrel|cubic_metre|gigawatt|gigawatt_hour|kilowatt|kilowatt_hour|megawatt))$/;

/** "41 per cent", "на 34 процента": a share written out after its number. */
const PERCENT_AFTER = /^\s*(per ?cent|percent|процент)/iu;

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
  const at = countedNounAt(c, r);
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

/** A word naming people: "people", «человек», a role, a prisoner or a hostage. */
export function namesPeople(t: Token): boolean {
  return (
    GENERIC_PERSONS.test(t.norm) ||
    conceptsOfTokens([t]).some((h) =>
      /^(role_|jus_(prisoner|detainee|political_prisoner|hostage|convict))/.test(h.concept),
    )
  );
}

/** Where a figure's counted noun stands: in its span when it found one ("два освобождения"), else the next word. */
export function countedNounAt(c: Candidate, r: RankedSentence): number {
  const last = r.entry.tokens[c.to - 1];
  const spansNoun =
    last !== undefined && c.to - c.from > 1 && /\p{L}/u.test(last.norm) && partOfSpeech(last.norm) !== 'NUMR';
  return spansNoun ? c.to - 1 : c.to;
}

/** Whether the word after a number names what the question counts ("how many trucks" / "400 грузовиков"). */
export function countsAsked(q: AnalyzedQuestion, c: Candidate, r: RankedSentence): boolean {
  const unit = r.entry.tokens.slice(c.from + 1, c.to + 1);
  // "Twenty-nine of them", "двадцать девять из них": a part of the group the sentence before counts.
  if (isPartitive(r, c)) return true;
  if (amountOfAsked(r, c)) return true;
  // "24 of its 40 wagons", "из 42 тепловозов … исправны одиннадцать": a part counts what its whole does.
  const whole = wholeOf(q, c, r) ?? wholeBefore(q, c, r);
  if (whole && countsAsked(q, whole, r)) return true;
  // The word after the number names what it counts unless it is a verb: "500 евро назначен" counts euros.
  const names = (p: number) => p < c.to || !isVerbForm(r.entry.tokens[p]?.norm ?? '');
  return (
    r.matches.some((m) => m.positions.some((p) => p >= c.from && p <= c.to && names(p))) ||
    unit.some((t) => names(r.entry.tokens.indexOf(t)) && q.terms.some((term) => term.features.includes(`s:${t.stem}`)))
  );
}

/**
 * "назначил ему штраф в размере 50 тысяч юаней", "a fine in the amount of $2,000": the sum is the amount of
 * the word before "в размере", which the question asks about when it matched there (a name there is what
 * the sum is spent on: "финансирование моста у Лорина на сумму 1,1 млрд" is no cost of the bridge).
 */
function amountOfAsked(r: RankedSentence, c: Candidate): boolean {
  const tokens = r.entry.tokens;
  const start = tokens[c.from]?.start ?? 0;
  const before = r.entry.sentence.text.slice(Math.max(0, start - 30), start);
  const measured = MEASURED_BY.exec(before);
  // "столб пепла высотой около 6 км": the measure's noun itself, asked ("how high"), is what the figure gives.
  if (measured) {
    const at = tokens.findIndex((t) => t.start === start - measured[0].length);
    if (at >= 0 && r.matches.some((m) => !m.term.name && m.positions.includes(at))) return true;
  }
  const phrase = AMOUNT_OF.exec(before);
  if (!phrase) return false;
  const phraseStart = start - phrase[0].length;
  let noun = c.from - 1;
  while (noun >= 0 && (tokens[noun]?.start ?? 0) >= phraseStart) noun--;
  return noun >= 0 && r.matches.some((m) => !m.term.name && m.positions.includes(noun));
}

/** The phrase between a thing and its sum: "в размере", "на сумму", "in the amount of", "worth". */
const AMOUNT_OF = /(?<![\p{L}])(в размере|на сумму|в сумме|in the amount of|amounting to|totall?ing|worth)\s*$/iu;

/** A Russian measure in the instrumental before its figure: "высотой около 6 км", "длиной 162 км". */
const MEASURED_BY =
  /(?<![\p{L}])(высотой|длиной|глубиной|шириной|протяж[её]нностью|площадью|весом|мощностью)(\s+(около|примерно|почти|более|свыше|до))?\s+$/iu;

/** "of his", "of their": between a part's number and the noun of its whole. */
const OF_OWNER = /^of (his|her|its|their|our|the|these|those)$/;

const PARTITIVE = /^\s*(of (them|those|the|whom)|из (них|которых|числа)|among them|среди них)(?![\p{L}])/iu;

function isPartitive(r: RankedSentence, c: Candidate): boolean {
  const end = r.entry.tokens[c.to - 1]?.end ?? 0;
  return PARTITIVE.test(r.entry.sentence.text.slice(end, end + 20));
}

/** A vote's words: "voted", «проголосовали», "votes", «голосов». */
const VOTE_CONCEPT = /^c:(pol_vote|dip_vote)$/;

/**
 * The question counts people who voted: "How many deputies voted for it?", «Сколько депутатов
 * проголосовали за?» (the vote its verb: those absent "at the vote" are not counted by it).
 */
function votersCounted(unit: QuestionTerm, q: AnalyzedQuestion): boolean {
  const persons = GENERIC_PERSONS.test(unit.raw) || unit.features.some((f) => f.startsWith('c:role_'));
  const votedVerb = (t: QuestionTerm) => isVerbForm(t.raw.toLowerCase()) || /^voted$/i.test(t.raw);
  return persons && q.terms.some((t) => t !== unit && votedVerb(t) && t.features.some((f) => VOTE_CONCEPT.test(f)));
}

/** The figure counts votes: "142 votes", "150 голосами". */
function countsVotes(c: Candidate, r: RankedSentence): boolean {
  const counted = r.entry.tokens.slice(c.from + 1, c.to);
  return conceptsOfTokens(counted).some((h) => VOTE_CONCEPT.test(`c:${h.concept}`));
}

/** A figure written as a share: "53,7%", "41 per cent". */
function isShare(c: Candidate, r: RankedSentence): boolean {
  return /%/.test(c.text) || PERCENT_AFTER.test(r.entry.sentence.text.slice(r.entry.tokens[c.to - 1]?.end ?? 0));
}
