/** The count composer: "how many ...?", "how much ...?", a rate, an age or a term, a disputed figure. */
import { MAGNITUDE_FACTOR, magnitudeOf } from '../../extract/numerals.ts';
import { conceptsOfTokens } from '../../lexicon/vocabulary.ts';
import type { DateMention } from '../../types.ts';
import { type AnalyzedQuestion, asksWhetherSourcesAgree, isPlaceTerm, type QuestionTerm } from '../analyze.ts';
import { type Candidate, DURATION, mentionTokens, numberCandidates, spansApart } from '../candidates.ts';
import type { RankedSentence } from '../retrieve.ts';
import { AGE_ASKED, CHANGE, isAge, isNewValue, NEW_VALUE_ASKED } from '../slot-constraints.ts';
import { TUNING } from '../tuning.ts';
import {
  AMOUNT,
  AMOUNT_ASKED,
  DURATION_ASKED,
  LENGTH,
  MONEY,
  MONEY_ASKED,
  PERCENT_ASKED,
  PRISON_TERM,
  SHARE_ASKED,
} from './amounts.ts';
import { askedAct, saysAct } from './asked-act.ts';
import {
  countsForOtherPeriod,
  datedOtherwise,
  forOtherPartOfYear,
  forSpanNotMonthAsked,
  namesPartOfYear,
  partsOfYear,
  publishedBeforeAsked,
  statesOtherPeriod,
} from './count-period.ts';
import {
  asksCapacity,
  asksTarget,
  asksTotal,
  countsOtherAct,
  INSTALMENT_ASKED,
  isCapacity,
  isInstalment,
  isPopulation,
  isTarget,
  isVagueFigure,
  LIVING_ASKED,
  POPULATION_ASKED,
  saidTotal,
  totalOfSeveral,
} from './count-scope.ts';
import {
  countedNounAt,
  countedUnits,
  countsAsked,
  GENERIC_PERSONS,
  isWholeOfPart,
  MEASURE_UNIT,
  namesPeople,
  ofOtherCountry,
  partOfWhole,
  TIME_UNIT,
  TOTAL_CONCEPT,
  unitFits,
  wholeOf,
} from './count-units.ts';
import { saysAskedOrdinal } from './date.ts';
import { askedMeasure, CHANGE_HOW_FAR, measureFits, TWO_ASKED } from './measures.ts';
import { askedActSide, saysOnlyUndoing, saysOwnAct } from './opposite-act.ts';
import { askedPerUnit, givenPerUnit } from './per-unit.ts';
import {
  type AnswerValue,
  abstained,
  answered,
  bestCandidates,
  isRival,
  isVerbForm,
  namesSomeone,
  type Scored,
  type TypedAnswer,
  termFoundIn,
} from './shared.ts';

/** "By how much …", "на сколько выросли …": the size of a change asked, which a share tells too. */
const CHANGE_BY_ASKED = /(?<![\p{L}])(by how much|на сколько)(?![\p{L}])/iu;

/** "By how much will pay rise?": a change is told as well by its share ("на 13,5%") as by a sum. */
function orShareOfChange(q: AnalyzedQuestion, fits: (text: string) => boolean): (text: string) => boolean {
  return CHANGE_BY_ASKED.test(q.text) ? (t) => fits(t) || PERCENT_ASKED.test(t) : fits;
}

/**
 * How near the best figure's weight a figure of the asked unit is looked for when none of the best three
 * counts it. 0.7: read +2; 0.6 cost a shared abstention.
 */
const DEEPER_UNIT_SHARE = 0.7;
/** How deep that figure, or a sum when a price is asked (then within `fitAskedShare` of the best), is looked for. */
const DEEPER_FIGURE_DEPTH = 8;

/** "Суд приговорил меня к шести годам": in an interview the speaker, whom its title names, speaks of herself. */
const FIRST_PERSON = /^(я|меня|мне|мной|i|me|my)$/;
function speaksOfHerself(r: RankedSentence): boolean {
  return r.entry.tokens.some((t) => FIRST_PERSON.test(t.norm));
}

const PERIOD_UNIT = '(day|week|month|year|hour|сутки|день|неделю|месяц|год|час)';
/** A number per period: "35 tankers a week", "до 400 грузовиков в сутки", "€2m per month". */
const RATE_AFTER = new RegExp(
  String.raw`^[^.;:,]{0,40}?(?<![\p{L}])(a|an|per|each|every|в|за|ежедневно|daily|weekly|monthly)\s+${PERIOD_UNIT}(?![\p{L}])`,
  'iu',
);
/** A question asking a number per period: "how many a day", "в сутки", "в среднем", "daily". */
const RATE_ASKED = new RegExp(
  String.raw`(?<![\p{L}])((a|an|per|each|every|в|за)\s+${PERIOD_UNIT}|daily|weekly|monthly|annual\p{L}*|yearly|average|on average|rate|bpd|b/d|ежедневн\p{L}*|еженедельн\p{L}*|ежемесячн\p{L}*|ежегодн\p{L}*|в среднем|средн\p{L}*|месячн\p{L}*|суточн\p{L}*|годов\p{L}*)(?![\p{L}])`,
  'iu',
);
function isRate(c: Candidate, r: RankedSentence): boolean {
  const end = r.entry.tokens[c.to - 1]?.end ?? 0;
  return RATE_AFTER.test(r.entry.sentence.text.slice(end, end + 50));
}

/** Words of what each one of many gets: "each", "per family", «каждому», «на семью». */
const EACH_WORDS = String.raw`each|apiece|per (person|family|household|head|victim|capita|worker|passenger)|каждо\p{L}*|на (каждого|каждую|человека|семью|душу)`;
/** A figure each one of many gets: "€180,000 each", "по 100 тыс. шиллингов каждому", "$500 per family". */
const EACH_AFTER = new RegExp(String.raw`^[^.;:,]{0,12}?(?<![\p{L}])(${EACH_WORDS}|a head)(?![\p{L}])`, 'iu');
/** A question asking what each one got: "how much did each family receive", "сколько получит каждая семья". */
const EACH_ASKED = new RegExp(String.raw`(?<![\p{L}])(${EACH_WORDS})(?![\p{L}])`, 'iu');
function isEach(c: Candidate, r: RankedSentence): boolean {
  const end = r.entry.tokens[c.to - 1]?.end ?? 0;
  return EACH_AFTER.test(r.entry.sentence.text.slice(end, end + 40));
}

const INTEREST_RATE = 'c:eco_interest_rate';
/** A percentage a year ("2,1% годовых", "2.1 percent a year"), or a rate's word ("ставка — 2,1%", "interest"). */
const RATE_WORDS =
  /(?:%|percent|per cent|процент\p{L}*)\s*(?:годовых|a year|per annum|annually|в год)|(?<![\p{L}])(?:ставк\p{L}*|interest|coupon|купон\p{L}*)(?![\p{L}])/iu;

function givesRate(r: RankedSentence): boolean {
  return r.entry.features.has(INTEREST_RATE) || RATE_WORDS.test(r.entry.sentence.text);
}

/** How many tokens stand between a date mention of the sentence and the figure. */
function tokensFromDate(d: DateMention, c: Candidate, r: RankedSentence): number {
  return spansApart(mentionTokens(r.entry.tokens, d.start, d.end), c);
}

/**
 * "товарооборот за январь — август 2026 года — 38,4 млн долларов": the period the question asks, written
 * right beside the figure, ties it to the question as a word of it would.
 */
function besideAskedPeriod(q: AnalyzedQuestion, c: Candidate, r: RankedSentence): boolean {
  // A span of months asked ("January-August 2026", read as its months), its first and last beside the figure.
  const asked = q.dates.filter((d) => d.ofPeriod);
  if (asked.length < 2) return false;
  const near = r.entry.annotation.dates.filter((d) => tokensFromDate(d, c, r) <= TUNING.maxSlotDistance);
  const sameMonth = (a: DateMention, b: DateMention) =>
    a.date.month === b.date.month &&
    (a.date.year === undefined || b.date.year === undefined || a.date.year === b.date.year);
  const ends = [asked[0], asked[asked.length - 1]] as DateMention[];
  return ends.every((a) => near.some((d) => sameMonth(a, d)));
}

/**
 * "38,4 млн долларов (за тот же период 2025 года — 3 млн)": a figure whose nearest date is of a year the
 * question does not ask is the comparison, no rival of the asked year's figure.
 */
function ofOtherYearThanAsked(q: AnalyzedQuestion, c: Candidate, r: RankedSentence): boolean {
  const years = new Set(q.dates.flatMap((d) => (d.date.year === undefined ? [] : [d.date.year])));
  if (!years.size) return false;
  let nearest: { year: number | undefined; apart: number } | undefined;
  for (const d of r.entry.annotation.dates) {
    const apart = tokensFromDate(d, c, r);
    if (!nearest || apart < nearest.apart) nearest = { year: d.date.yearInferred ? undefined : d.date.year, apart };
  }
  return (
    nearest !== undefined &&
    nearest.apart <= TUNING.maxSlotDistance &&
    nearest.year !== undefined &&
    !years.has(nearest.year)
  );
}

export function composeCount(q: AnalyzedQuestion, ranked: RankedSentence[]): TypedAnswer {
  const ageAsked = AGE_ASKED.test(q.text);
  const rateAsked = RATE_ASKED.test(q.text);
  const eachAsked = EACH_ASKED.test(q.text);
  const populationAsked = POPULATION_ASKED.test(q.text);
  const livingAsked = LIVING_ASKED.test(q.text);
  const instalmentAsked = INSTALMENT_ASKED.test(q.text);
  const durationAsked = DURATION_ASKED.test(q.text);
  const askedPeriod = q.dates.filter((d) => d.ofPeriod).map((d) => d.date.month);
  const askedParts = partsOfYear(q.text);
  // "Под какую процентную ставку …?": a rate only from a sentence that gives one ("под 4,5% годовых"),
  // not any percentage near the loan.
  const interestAsked = q.terms.some((t) => t.features.includes(INTEREST_RATE));
  const askedActs = conceptsOfTokens(q.tokens).map((h) => h.concept);
  const totalAsked = asksTotal(q.text);
  const targetAsked = asksTarget(q.text);
  const capacityAsked = asksCapacity(q.text);
  const stageAsked = q.ordinals.length > 0;
  const amountAsked = AMOUNT_ASKED.test(q.text);
  const newValueAsked = NEW_VALUE_ASKED.test(q.text) && CHANGE.test(q.text);
  const findNumbers = (r: RankedSentence) =>
    (statesOtherPeriod(askedPeriod, r) ||
    (interestAsked && !givesRate(r)) ||
    forOtherPartOfYear(askedParts, r) ||
    forSpanNotMonthAsked(q, r) ||
    (TUNING.strictSlots && !targetAsked && publishedBeforeAsked(q, r)) ||
    (!durationAsked && datedOtherwise(q, r))
      ? []
      : numberCandidates(q, r)
    ).filter(
      (c) =>
        !countsForOtherPeriod(q, c, r) &&
        !countsOtherAct(askedActs, c, r) &&
        // "На какую сумму контракт с «Кештов Строй»?": not the total of three contracts.
        !(!totalAsked && totalOfSeveral(c, r)) &&
        // "Сколько газа получили на первом этапе?": not the total of every stage.
        !(stageAsked && !totalAsked && saidTotal(c, r)) &&
        // "a 54-year-old Russian citizen" counts no citizens: an age answers only a question asking one.
        (ageAsked || !isAge(c, r)) &&
        // "35 tankers a week" does not say how many were listed on 20 May.
        (rateAsked || !isRate(c, r)) &&
        // "€180,000 each" is not the fund's size.
        (eachAsked || !isEach(c, r)) &&
        // "the town of some 2,300 people" counts who live there, not who blocked its road.
        (populationAsked || !isPopulation(c, r)) &&
        // "How many people live in the enclave?": a count of the detained from it is no population.
        (!livingAsked || isPopulation(c, r) || POPULATION_ASKED.test(r.entry.sentence.text)) &&
        // "первый транш кредита — 4,2 млн долларов" is not the loan's sum.
        (instalmentAsked || !isInstalment(c, r)) &&
        // "The campaign targets 230,000 people" does not say how many were vaccinated.
        (targetAsked || !isTarget(c, r)) &&
        // "capacity has risen to 600,000 TEU" does not say how many were handled.
        (capacityAsked || !isCapacity(c, r)),
    );
  const weighNumber = (c: Candidate, r: RankedSentence) => {
    let factor = countsAsked(q, c, r) ? 1.5 : 1;
    if (durationAsked) {
      if (DURATION.test(c.text)) factor *= TUNING.amountFitFactor;
      else factor /= TUNING.amountFitFactor;
    } else if (amountAsked && AMOUNT.test(c.text)) factor *= TUNING.amountFitFactor;
    // "How many were detained?": "after 94 days in custody" counts days, not the detained.
    else if (DURATION.test(c.text)) factor /= TUNING.amountFitFactor;
    // "several million lari" in February, "about 9 million lari" in July: the exact figure says more.
    if (isVagueFigure(c, r)) factor *= TUNING.vagueFigureFactor;
    // "Сколько всего доз отгрузили?": "480,000 … and 150,000 …, a total of 630,000" — the total answers.
    if (totalAsked && saidTotal(c, r)) factor *= TUNING.amountFitFactor;
    // "До какой суммы снизили штраф?": the figure a change reached, not the fine as first imposed.
    if (newValueAsked) factor *= isNewValue(c, r) ? TUNING.amountFitFactor : 1 / TUNING.amountFitFactor;
    return factor;
  };
  // "What price per megawatt-hour?": only a figure per megawatt-hour, looked for further down the ranking
  // (a sentence giving the price rarely repeats the contract's names); none there, the price is not stated.
  const perUnit = TUNING.strictSlots ? askedPerUnit(q) : undefined;
  const scored = perUnit
    ? bestCandidates(q, ranked, findNumbers, weighNumber, TUNING.perUnitDepth).filter((s) =>
        givenPerUnit(perUnit, s.c, s.r),
      )
    : bestCandidates(q, ranked, findNumbers, weighNumber);
  if (perUnit && !scored.length) return abstained(q, 'not-stated', ranked);
  // "How many tonnes ...?", "Сколько лет ...?": a number of something else does not answer it.
  const units = countedUnits(q);
  const fitsUnit = (s: Scored) => units.some((u) => unitFits(u, s.c, s.r, q));
  const notWholes = scored.filter((s) => !isWholeOfPart(q, s.c, s.r));
  let fitting = units.length ? notWholes.slice(0, 3).filter(fitsUnit) : [];
  // "Сколько спасателей было задействовано в спасательной операции?": sentences of the operation's other
  // figures ("11 человек подняты") outrank the one counting rescuers; a figure of the asked unit a little
  // deeper, nearly as strong, answers rather than none.
  if (units.length && !fitting.length) {
    const floor = DEEPER_UNIT_SHARE * (scored[0]?.score ?? 0);
    fitting = notWholes
      .slice(3, DEEPER_FIGURE_DEPTH)
      .filter((s) => s.score >= floor && fitsUnit(s))
      .slice(0, 1);
  }
  if (TUNING.unitMustMatch && units.length && fitting.length === 0) return abstained(q, 'not-stated', ranked);
  // The figures a closer check may choose among: those counting the asked unit, else the best three.
  const pool = fitting.length ? fitting : scored.slice(0, 3);
  // "Под какой процент", "how high": of the best three, the first that is a measure of the kind asked.
  const measure = TUNING.strictSlots ? askedMeasure(q) : undefined;
  const ofMeasure = (s: Scored) => !measure || measureFits(q, measure, s.c, s.r);
  const measured = measure ? pool.find(ofMeasure) : undefined;
  if (measure && !measured) return abstained(q, 'not-stated', ranked);
  // Of the best three, the first that counts the asked unit: "14 incidents" does not say how many people died.
  // "What share of the tranche was paid out?": a percentage of the best three, if one is there (a share
  // may be said otherwise, "half of it", so none is no abstention).
  const shareAsked = SHARE_ASKED.test(q.text);
  const share = !measure && shareAsked ? pool.find((s) => measureFits(q, 'percent', s.c, s.r)) : undefined;
  const first = measured ?? share ?? fitting[0] ?? scored[0];
  // "How many had returned to service by October?" is not answered by a figure dated mid-year: of the
  // best three, the first whose sentence is not dated otherwise than asked.
  const otherwiseDated = TUNING.strictSlots && q.dates.length > 0 && first?.r.dateFit === 'conflict';
  let top = otherwiseDated ? pool.find((s) => s.r.dateFit !== 'conflict' && ofMeasure(s)) : first;
  if (!top) return abstained(q, 'not-stated', ranked);
  // "Какова общая сумма штрафов?" and the best figure is one of the fines: a figure said to be their total
  // further down ("• Общая сумма штрафов — 6,35 млн евро", a bullet that repeats none of the other words).
  if (TUNING.strictSlots && totalAsked && !saidTotal(top.c, top.r)) {
    // ("всего" is a stop word, no term: its token is the cue.)
    const cue =
      q.terms.find((t) => t.features.some((f) => TOTAL_CONCEPT.test(f)))?.position ??
      q.tokens.findIndex((t) => conceptsOfTokens([t]).some((h) => TOTAL_CONCEPT.test(`c:${h.concept}`)));
    const focus =
      cue >= 0
        ? q.terms
            .filter((t) => t.position > cue && t.position <= cue + 3 && !t.name)
            .filter((t) => !t.features.some((f) => f.startsWith('c:gen_')))
            // "Сколько всего денег заплатили семьи …": the unit counted is checked as a unit, and the verb
            // after it is how the total is told, not what it is of.
            .filter((t) => !units.includes(t) && !isVerbForm(t.raw))
            .slice(0, 1)
        : [];
    const total = bestCandidates(q, ranked, findNumbers, weighNumber, TUNING.totalDepth).find(
      (s) =>
        saidTotal(s.c, s.r) &&
        focus.length > 0 &&
        focus.every((t) => s.r.matches.some((m) => m.term === t && m.positions.length > 0)) &&
        (!units.length || units.some((u) => unitFits(u, s.c, s.r, q))),
    );
    if (total) top = total;
  }
  // "How many households were reconnected?" and the figure's sentence tells only of the disconnection: a
  // figure nearly as strong telling of the asked act, or none.
  // (Those released are those detained: a count of one may answer for the other, not so a supply's.)
  const actSide = TUNING.strictSlots ? askedActSide(q) : undefined;
  const countedAnew = actSide?.own.some((f) => f === 'c:gen_stop' || f === 'c:gen_resume');
  if (actSide && countedAnew && saysOnlyUndoing(actSide, top.r)) {
    const floor = TUNING.eventWordShare * top.score;
    const own = scored.find((s) => s.score >= floor && saysOwnAct(actSide, s.r));
    if (!own) return abstained(q, 'not-stated', ranked);
    top = own;
  }
  // "in the second quarter" and the sentence that says the most of the question gives the first quarter's
  // figure: one saying less of it gives another figure, not the asked quarter's, unless it names the asked one.
  const lead = ranked[0];
  if (
    TUNING.strictSlots &&
    lead &&
    askedParts.length &&
    forOtherPartOfYear(askedParts, lead) &&
    top.r.coverage < lead.coverage &&
    !namesPartOfYear(askedParts, top.r)
  )
    return abstained(q, 'not-stated', ranked);
  // "How much did it cost?" is not answered by a count of bridges, nor "how long" by a sum.
  // ("How long is the section?" asks a length: kilometres answer it too.)
  // "На сколько процентов выросли цены": a share answers it, though prices are asked about.
  // "How big is the loan, and over what term?": two kinds asked, either answers.
  // "How many employees were sent home on full pay?" counts people: a word of money in it asks no sum.
  const thingsCounted =
    HOW_MANY.test(q.text) &&
    !units.some((u) => u.features.some((f) => f === 'c:eco_money_unit' || MEASURE_UNIT.test(f.slice(2))));
  const fitsAsked =
    shareAsked || TWO_ASKED.test(q.text) || thingsCounted
      ? undefined
      : durationAsked
        ? (t: string) => DURATION.test(t) || LENGTH.test(t)
        : AMOUNT_ASKED.test(q.text)
          ? orShareOfChange(
              q,
              // A price is money: "во сколько обошёлся ремонт" is not answered by a cable's 650 megawatts.
              MONEY_ASKED.test(q.text) ? (t: string) => MONEY.test(t) : (t: string) => AMOUNT.test(t),
            )
          : undefined;
  // ("Three crews repaired the bridge; the repair cost $4 million": a sum nearly as strong answers instead.)
  // A figure of the unit asked needs no money word: "how many days did they spend in custody" asks days.
  const countsAskedUnit = MONEY_ASKED.test(q.text) && !durationAsked && fitting.includes(top);
  if (TUNING.strictSlots && fitsAsked && !fitsAsked(top.c.text) && !countsAskedUnit) {
    const floor = TUNING.fitAskedShare * top.score;
    // A figure of the asked kind nearly as strong answers, however deep ("the face value of each certificate"
    // behind the sentences counting the families that get one); one in the best figure's own sentence
    // answers however far behind it stands:
    // the sentence is as good, and "put the cost at $4.5 million, reckoned on 1.8 million tonnes" has one sum.
    const best = top;
    // "Какой штраф получил вратарь Ферран?" and the best figure's sentence names him with no sum: a sum
    // of a sentence that leaves out a name it gives is another's (the club's fine).
    const bestNames = namesMatched(best.r);
    const namesWhomBestNames = (s: Scored) => {
      const names = namesMatched(s.r);
      return [...bestNames].every((t) => names.has(t));
    };
    const fit = scored
      .slice(0, DEEPER_FIGURE_DEPTH)
      .find(
        (s) =>
          fitsAsked(s.c.text) &&
          (s.score >= floor || s.r === best.r) &&
          s.r.dateFit !== 'conflict' &&
          ofMeasure(s) &&
          namesWhomBestNames(s),
      );
    if (!fit) return abstained(q, 'not-stated', ranked);
    top = fit;
  }
  // "How many of the locomotives were in working order?" asks a part: not the whole its sentence
  // divides ("из 42 тепловозов … исправны были одиннадцать").
  const part = PART_ASKED.test(q.text) ? partOfWhole(q, top.c, top.r) : undefined;
  if (part) top = { ...top, c: part };
  // "How old is ...?", "Сколько лет адвокату ...?": an age answers it, not a term of years.
  if (TUNING.strictSlots && AGE_ASKED.test(q.text) && !isAge(top.c, top.r)) return abstained(q, 'not-stated', ranked);
  // A person's age or term is the named person's own: a name of the question is in its sentence, not only
  // in the one before (the list item before speaks of someone else).
  // (A loan's or a lease's term is no one's prison term.)
  const termAsked = durationAsked && PRISON_TERM.test(q.text) && !TERM_OF_CONTRACT.test(q.text);
  if (
    TUNING.strictSlots &&
    (AGE_ASKED.test(q.text) || termAsked) &&
    q.terms.some((t) => t.name && !isPlaceTerm(t)) &&
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
  const whole = wholeOf(q, top.c, top.r);
  // A number far from every word of the question counts something else, unless it is the time asked
  // ("сколько времени занял ремонт": "…после диверсии в регионе: тогда трубопровод простоял две недели").
  if (
    TUNING.strictSlots &&
    top.c.distance > TUNING.maxSlotDistance &&
    !countsAsked(q, top.c, top.r) &&
    // "three of its 11 Kestrel aircraft": a part counts what its whole counts.
    !(whole && countsAsked(q, whole, top.r)) &&
    // "145 metres high" for "how high" (a percentage for "what share"): the measure names what it is,
    // however far the dam's name stands.
    top !== measured &&
    top !== share &&
    // "40 euros a day per truck" for "how much per day": a rate asked, a rate says what it is.
    !(rateAsked && isRate(top.c, top.r)) &&
    !(durationAsked && DURATION.test(top.c.text)) &&
    !besideAskedPeriod(q, top.c, top.r) &&
    !(amountAsked && MONEY.test(top.c.text) && namedByAskedWord(top.c, top.r))
  ) {
    return abstained(q, 'not-stated', ranked);
  }
  const agreeAsked = asksWhetherSourcesAgree(q.text);
  const values: AnswerValue[] = [
    {
      kind: 'number',
      text: whole ? partWithWhole(top.c, whole, top.r) : top.c.text,
      value: top.c.value as number,
      from: top.r,
    },
  ];
  // "How far did the rate rise?" and "выросла с 11,2 % до 14,8 %": the change is told by both figures.
  const reached = CHANGE_HOW_FAR.test(q.text) ? figureReached(top, scored) : undefined;
  if (reached) values.push({ kind: 'number', text: reached.c.text, value: reached.c.value as number, from: top.r });
  const rivalAt = (share: number, placeMayBeImplicit: boolean, pool = scored) =>
    pool.find(
      (s) =>
        isRival(s, top, share, placeMayBeImplicit) &&
        // A total is disputed by another total, not by one of its parts.
        !(totalAsked && saidTotal(top.c, top.r) && !saidTotal(s.c, s.r)) &&
        // "During the second eruption": a figure whose sentence numbers the asked one is not disputed by
        // one whose sentence does not ("When the volcano erupted on 11 February … 14 km high").
        !(q.ordinals.length > 0 && saysAskedOrdinal(q, top.r) && !saysAskedOrdinal(q, s.r)) &&
        // Asked whether the sources agree, two figures for one thing are of one size: "1,740 trucks" and
        // "1 820 грузовиков"; "82 trucks" counts something else.
        (!agreeAsked || ofLikeSize(s, top)) &&
        otherFigureOfSameKind(q, s, top) &&
        !ofOtherYearThanAsked(q, s.c, s.r) &&
        // "What tonnage …?" answered in tonnes: "10 vessels" disputes no tonnage.
        !(fitsAsked?.(top.c.text) && !fitsAsked(s.c.text)) &&
        // What both count is asked, or both are sums of money ("$214 million" / "240 млн долларов": a sum
        // names no counted noun after it) said of as much of the question, or asked to compare.
        ((MONEY.test(s.c.text) &&
          MONEY.test(top.c.text) &&
          (s.r.coverage >= top.r.coverage || asksWhetherSourcesAgree(q.text))) ||
          (countsAsked(q, s.c, s.r) && countsAsked(q, top.c, top.r)) ||
          // Asked whether the sources agree on a number of people, "2,900 workers" and "3 400 горняков"
          // count the same strikers by other names.
          (agreeAsked && countsPeople(s) && countsPeople(top))),
    );
  const rival = rivalAt(TUNING.rivalShare, false);
  // Asked whether the sources agree, the other source's figure may stand further down the ranking (an
  // interview's answer names no crossing: "у нас стояло около девятисот фур"): among the candidates of the
  // deeper sentences, else of the whole ranking in the same measure. One search serves both.
  const agreeAskedRival = (keep: (s: Scored) => boolean = () => true) => {
    const everyFigure = bestCandidates(q, ranked, findNumbers, weighNumber, ranked.length).filter(
      (s) => keep(s) && ofLikeSize(s, top),
    );
    const deeper = new Set(ranked.slice(0, TUNING.perUnitDepth));
    return (
      rivalAt(
        TUNING.agreeRivalShare,
        true,
        everyFigure.filter((s) => deeper.has(s.r)),
      ) ?? sameMeasureRival(q, top, everyFigure)
    );
  };
  // Or the document itself disputes it in the next sentence: "X said 12. The ministry, however, put the number at 15."
  // Or, asked whether the sources agree, a weaker figure of another source (last: a near rival or the
  // document's own dispute is the likelier answer).
  const nearer = rival ?? disputingNext(q, top, ranked);
  // Asked whether the sources agree, a rough figure in words ("more than a thousand trucks") gives way to
  // another source's figure in digits ("около 1 700 фур"), when the answer's own is in digits.
  const inDigits = (s: Scored) => /\d/.test(s.c.text);
  const rough = !nearer || (inDigits(top) && !inDigits(nearer));
  const disputed =
    agreeAsked && rough
      ? ((inDigits(top) ? agreeAskedRival(inDigits) : undefined) ?? nearer ?? agreeAskedRival())
      : nearer;
  if (disputed)
    values.push({ kind: 'number', text: disputed.c.text, value: disputed.c.value as number, from: disputed.r });
  // A question asking two numbers ("... and how many were there before?") gets the next one too.
  const second = SECOND_NUMBER_ASKED.test(q.text)
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

/**
 * Asked whether the sources agree, another source's figure of the same measure of the same thing ("31
 * tonnes of herring" / "19 тонн сельди", "310 trucks" / "350 фур"), however weakly its sentence repeats
 * the rest of the question: the words of the measure and of what it counts say what it is a figure of.
 */
function sameMeasureRival(q: AnalyzedQuestion, top: Scored, pool: Scored[]): Scored | undefined {
  const measureOf = (s: Scored) => new Set(countedKinds(s));
  // A unit of measure or of time is what the figure gives ("50 hours before …"): the words after it, not.
  const topWords = countedKinds(top);
  const topUnits = topWords.filter((c) => MEASURE_UNIT.test(c) || TIME_UNIT.test(c));
  const topMeasure = new Set(topUnits.length ? topUnits : topWords);
  if (!topMeasure.size) return undefined;
  const act = askedAct(q);
  return pool.find((s) => {
    if (
      s.r.entry.sentence.sourceId === top.r.entry.sentence.sourceId ||
      (s.r.dateFit === 'conflict' && top.r.dateFit !== 'conflict') ||
      !otherFigureOfSameKind(q, s, top)
    )
      return false;
    // Every word of the top figure's measure is said of it ("52 часа" against "50 hours", "19 тонн рыбы"
    // against "31 tonnes of herring"), where the question's own words may stand elsewhere in the sentence.
    const measure = measureOf(s);
    if ([...topMeasure].every((c) => measure.has(c))) return true;
    // "освобождены 25 человек" against "28 political prisoners released": people counted as people, of the
    // asked act, are the same people counted otherwise. (Not against a sum or a measure.)
    return !topUnits.length && !MONEY.test(top.c.text) && act !== undefined && countsPeopleOfAct(act, s);
  });
}

/** The figure counts people by a general word ("25 человек", "40 people"), in a sentence that says the act. */
function countsPeopleOfAct(act: QuestionTerm, s: Scored): boolean {
  const counted = s.r.entry.tokens[s.c.to - 1];
  return s.c.to > s.c.from + 1 && counted !== undefined && GENERIC_PERSONS.test(counted.norm) && saysAct(act, s.r);
}

/**
 * Another value of the same kind as the top figure: a share for a share, a duration for a duration; not a
 * part of a whole the question counts, nor a figure of another country's.
 */
export function otherFigureOfSameKind(q: AnalyzedQuestion, s: Scored, top: Scored): boolean {
  return (
    s.c.value !== top.c.value &&
    // "412,000 people" and "412 тысяч человек" are one figure written two ways.
    fullValue(s) !== fullValue(top) &&
    PERCENT_ASKED.test(s.c.text) === PERCENT_ASKED.test(top.c.text) &&
    DURATION.test(s.c.text) === DURATION.test(top.c.text) &&
    MONEY.test(s.c.text) === MONEY.test(top.c.text) &&
    !countsOnlyNationals(s, top) &&
    !isWholeOfPart(q, s.c, s.r) &&
    !ofOtherCountry(q, s.r.entry.tokens.slice(s.c.from, s.c.to + 2))
  );
}

/**
 * "two Venezuelans" counts people by their country alone: no other figure for "28 Venezuelan political
 * prisoners", which counts people of a kind.
 */
function countsOnlyNationals(s: Scored, top: Scored): boolean {
  return countedKinds(top).length > 0 && countedKinds(s).length === 0 && countedConcepts(s).length > 0;
}

/** What a figure counts, its country left out: "28 Venezuelan political prisoners" counts political prisoners. */
function countedKinds(s: Scored): string[] {
  return countedConcepts(s).filter((c) => !c.startsWith('geo_'));
}

/** The concepts of the words a figure's candidate takes after its number: its unit and what it counts. */
function countedConcepts(s: Scored): string[] {
  return conceptsOfTokens(s.r.entry.tokens.slice(s.c.from + 1, s.c.to)).map((h) => h.concept);
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

/** A part is shown with its whole, whose words say what it counts: "three of its 11 Kestrel aircraft". */
function partWithWhole(part: Candidate, whole: Candidate, r: RankedSentence): string {
  const start = r.entry.tokens[part.from]?.start ?? 0;
  const end = r.entry.tokens[whole.to - 1]?.end ?? start;
  return r.entry.sentence.text.slice(start, end);
}

/** A question asking a part of a group: "how many of the …", "сколько из …". */
const PART_ASKED = /(?<![\p{L}])(how many of|сколько из)(?![\p{L}])/iu;

/** What has a term that is not a sentence: a loan, a lease, a contract. */
const TERM_OF_CONTRACT =
  /(?<![\p{L}])(loans?|credits?|bonds?|leases?|concessions?|contracts?|mortgages?|кредит\p{L}*|за[её]м\p{L}*|займ\p{L}*|облигац\p{L}*|аренд\p{L}*|концесси\p{L}*|контракт\p{L}*)(?![\p{L}])/iu;

/** A figure's full value, its magnitude word counted ("76 тысяч" is 76,000). */
function fullValue(s: Scored): number {
  const magnitude = magnitudeOf(s.c.text);
  return (s.c.value ?? 0) * (magnitude ? MAGNITUDE_FACTOR[magnitude] : 1);
}

/** How many times the larger of two figures is the smaller; 1 where either is not positive. */
function sizeRatio(a: Scored, b: Scored): number {
  const [x, y] = [fullValue(a), fullValue(b)];
  return x <= 0 || y <= 0 ? 1 : Math.max(x, y) / Math.min(x, y);
}

/** Two figures within `TUNING.disputedFigureRatio` of each other. */
function ofLikeSize(a: Scored, b: Scored): boolean {
  return sizeRatio(a, b) <= TUNING.disputedFigureRatio;
}

/** A question asking a second number: "… and how many against?", «… и сколько против?», «… а также». */
const SECOND_NUMBER_ASKED =
  /\S.*(?<![\p{L}])and(?![\p{L}]).*(?<![\p{L}])how (many|much)(?![\p{L}])|\S.*(?<![\p{L}])и ((в|во|на|у|из|с|к|по) )?скольк\p{L}*(?![\p{L}])|(?<![\p{L}])и (какой|какая|какое)(?![\p{L}])|(?<![\p{L}])а также(?![\p{L}])/iu;

/** The figure's counted noun names people: "2,900 workers", "3 400 горняков", "47 человек". */
function countsPeople(s: Scored): boolean {
  const noun = s.r.entry.tokens[countedNounAt(s.c, s.r)];
  return noun !== undefined && namesPeople(noun);
}

/** An English question counting things: "how many employees", "how many of the 41 arrested". */
const HOW_MANY = /(?<![\p{L}])how many(?![\p{L}])/iu;

/** The figure a change reached, said right after the one it started from: "с 11,2 % (ноябрь) до 14,8 %". */
function figureReached(start: Scored, scored: readonly Scored[]): Scored | undefined {
  const text = start.r.entry.sentence.text;
  const tokens = start.r.entry.tokens;
  const from = tokens[start.c.from]?.start ?? 0;
  if (!/(?<![\p{L}])(from|с|со)\s*$/iu.test(text.slice(Math.max(0, from - 6), from))) return undefined;
  // (A figure's sign may be no token of its own: "11,2 %".)
  const end = text.startsWith(start.c.text, from) ? from + start.c.text.length : (tokens[start.c.to - 1]?.end ?? 0);
  return scored.find((s) => {
    if (s.r !== start.r || s.c.from < start.c.to) return false;
    const between = text.slice(end, tokens[s.c.from]?.start ?? 0);
    return /^\s*(\([^()]{0,40}\)\s*)?(to|до)\s*$/iu.test(between);
  });
}

/** Words from a question's word to the figure of a sum it names: "at a cost of about EUR 2.3 million" (4), "штраф в размере 5 млн" (3). */
const NAMING_REACH = 4;

/** A sum right after a word of the question: "at a cost of about EUR 2.3 million" is the cost asked, however far the rest stands. */
function namedByAskedWord(c: Candidate, r: RankedSentence): boolean {
  return termFoundIn(r, () => true, c.from - NAMING_REACH, c.from);
}

/** The question's names (not places) a sentence names. */
function namesMatched(r: RankedSentence): Set<QuestionTerm> {
  return new Set(
    r.matches.filter((m) => m.term.name && !isPlaceTerm(m.term) && m.positions.length > 0).map((m) => m.term),
  );
}
