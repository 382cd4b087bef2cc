/**
 * What a figure counts beyond its unit: the total of several things rather than one of them ("на общую
 * сумму 186 млн" for three contracts), another act of its kind ("killed two … and wounded four"), or how many live somewhere.
 */
import { conceptsOfTokens } from '../../lexicon/vocabulary.ts';
import { type Candidate, spansApart } from '../candidates.ts';
import type { RankedSentence } from '../retrieve.ts';
import { MONEY } from './amounts.ts';
import { countedNounAt, namesPeople } from './count-units.ts';
import { mentionStart } from './shared.ts';

/** The sentence's text in the `reach` characters before the figure. */
function textBefore(c: Candidate, r: RankedSentence, reach: number): string {
  const start = mentionStart(r, c);
  return r.entry.sentence.text.slice(Math.max(0, start - reach), start);
}

/** The sentence's text after the figure. */
function textAfter(c: Candidate, r: RankedSentence): string {
  return r.entry.sentence.text.slice(r.entry.tokens[c.to - 1]?.end ?? 0);
}

/** A figure said to be a total: "на общую сумму 186 млн", "worth $186 million in total", "a combined 40". */
const TOTAL_BEFORE =
  /(?<![\p{L}])(на общую сумму|общей (стоимостью|суммой)|в общей сложности|a total of|totall?ing|a combined|combined)\s*[^\s\d]{0,3}\s*$/iu;
const TOTAL_AFTER =
  /^[^.;:]{0,25}?(?<![\p{L}])(in total|in all|combined|altogether|в общей сложности|в сумме)(?![\p{L}])/iu;
/**
 * A figure paid in parts, said after it: "$420 million loan, to be disbursed in three tranches", "420 млн
 * долларов тремя траншами".
 */
const IN_PARTS_AFTER =
  /(?<![\p{L}])((in|over) (two|three|four|five|six|\d+) (tranches|instalments|installments|payments|stages)|(двумя|тремя|четырьмя|пятью|\d+) (транш|платеж|платёж|этап|част)\p{L}*|в (два|три|четыре|пять|\d+) (транш|платеж|платёж|этап|при[её]м)\p{L}*)(?![\p{L}])/iu;
/** Several things the total is of: "с тремя подрядчиками", "its first three contracts", "both loans". */
const SEVERAL =
  /(?<![\p{L}])(two|three|four|five|six|seven|eight|nine|ten|both|двух|двум|двумя|тр[её]х|тр[её]м|тремя|четыр[её]х|четырьмя|пяти|пятью|обоих|обеих)(?![\p{L}])/iu;
const TOTAL_WORDS =
  /(?<![\p{L}])(total|in all|altogether|combined|overall|всего|общ\p{L}*|в сумме|суммарн\p{L}*|в общей сложности|вместе)(?![\p{L}])/iu;

/**
 * A question asking a total: by its word ("in all"), or by naming the several things the total is of
 * ("How much were the owners of the three boats fined?" is answered by "a combined 91,000 soles").
 */
export function asksTotal(question: string): boolean {
  return TOTAL_WORDS.test(question) || SEVERAL.test(question);
}

/**
 * "На какую сумму заключён контракт с «Кештов Строй»?" and a sentence gives "контракты с тремя подрядчиками
 * на общую сумму 186 млн долларов": the total of several is not the figure of one of them.
 */
export function totalOfSeveral(c: Candidate, r: RankedSentence): boolean {
  return totalBesideIt(c, r) && SEVERAL.test(r.entry.sentence.text.slice(0, mentionStart(r, c)));
}

/** A sentence opening by saying it gives totals: "Всего по гуманитарной схеме поставлено …", "In all, …". */
const TOTAL_OPENING =
  /^[\s•·\-–—*]*(всего|итого|в общей сложности|общ\p{L}* (сумм|объ[её]м|числ|количеств|стоимост)\p{L}*|in total|in all|altogether|overall|(the )?total)(?![\p{L}])/iu;

/** A figure said to be a total, beside it, by its sentence's opening word, or paid in parts after it. */
export function saidTotal(c: Candidate, r: RankedSentence): boolean {
  return totalBesideIt(c, r) || TOTAL_OPENING.test(r.entry.sentence.text) || IN_PARTS_AFTER.test(textAfter(c, r));
}

/** A figure called a total right before or after it: "на общую сумму 186 млн", "$186 million in total". */
function totalBesideIt(c: Candidate, r: RankedSentence): boolean {
  return TOTAL_BEFORE.test(textBefore(c, r, 30)) || TOTAL_AFTER.test(textAfter(c, r));
}

/** Acts that one number cannot both count, each act by its concepts. */
interface ExclusiveActs {
  acts: readonly (readonly string[])[];
  /** The acts are what befalls people: they bind only a number of people, not "after 38 days". */
  ofPeople?: boolean;
  /** The acts are kinds of money: they bind only a sum. */
  ofMoney?: boolean;
}

/** Kinds of money one sum cannot be at once: a fine is no bail, a loan no compensation. */
const MONEY_KINDS: readonly (readonly string[])[] = [
  ['jus_fine', 'rep_penalty_fee'],
  ['jus_bail', 'phr_on_bail'],
  ['jus_ransom'],
  ['eco_loan', 'eco_loan_agreement'],
  ['eco_compensation_payments', 'jus_compensation_victims', 'dip_reparation'],
  ['eco_grant'],
  ['eco_tax'],
  ['eco_salary_pension'],
  ['eco_losses', 'eco_economic_damage'],
  ['jus_corruption'],
];

const EXCLUSIVE_ACTS: readonly ExclusiveActs[] = [
  // Those killed are not those wounded, missing, rescued, arrested or charged.
  {
    acts: [
      ['sec_killed'],
      ['sec_wounded'],
      ['sec_missing', 'phr_go_missing'],
      ['sec_rescue'],
      ['jus_charges'],
      ['jus_arrest', 'jus_detention', 'phr_detained'],
    ],
    ofPeople: true,
  },
  // Trucks waiting in a queue are not those that crossed.
  { acts: [['trn_queue'], ['trn_cross_border']] },
  { acts: MONEY_KINDS, ofMoney: true },
];

/** Whether the word a figure counts names people ("41 people", "three soldiers"), not days or trucks. */
function countsPeople(c: Candidate, r: RankedSentence): boolean {
  const counted = r.entry.tokens[countedNounAt(c, r)];
  return counted !== undefined && namesPeople(counted);
}

/**
 * "The clash killed two Cambodian soldiers and wounded four Thai soldiers": asked how many were wounded,
 * the number next to "killed" counts another act. The act word nearest the number binds it (a tie binds
 * neither).
 */
export function countsOtherAct(askedActs: readonly string[], c: Candidate, r: RankedSentence): boolean {
  for (const { acts, ofPeople, ofMoney } of EXCLUSIVE_ACTS) {
    const asked = acts.filter((act) => act.some((concept) => askedActs.includes(concept)));
    if (asked.length !== 1) continue;
    if (ofPeople && !countsPeople(c, r)) continue;
    if (ofMoney && !MONEY.test(c.text)) continue;
    let nearest: readonly string[] | undefined;
    let best = 5;
    for (const hit of conceptsOfTokens(r.entry.tokens)) {
      const act = acts.find((a) => a.includes(hit.concept));
      if (!act) continue;
      // "потери — около 9 млн манатов: штрафы, испорченный груз": what follows a colon itemises the sum.
      if (ofMoney && beyondBreak(hit, c, r)) continue;
      const gap = spansApart(hit, c);
      if (gap < best) {
        best = gap;
        nearest = act;
      } else if (gap === best && act !== nearest) nearest = undefined;
    }
    if (nearest !== undefined && nearest !== asked[0]) return true;
  }
  return false;
}

/** Whether a colon, semicolon or bracket stands between a word and the figure. */
function beyondBreak(hit: { from: number; to: number }, c: Candidate, r: RankedSentence): boolean {
  const [a, b] = hit.to <= c.from ? [hit.to, c.from] : [c.to, hit.from];
  const start = r.entry.tokens[a - 1]?.end ?? 0;
  const end = r.entry.tokens[b]?.start ?? start;
  return /[:;()]/.test(r.entry.sentence.text.slice(start, end));
}

/** Verbs of living somewhere: "live", «живёт», «проживают». */
const LIVING = String.raw`live|lives|living|жив[её]т|живут|прожива\p{L}*`;
/** A question asking how many live somewhere. */
export const POPULATION_ASKED = new RegExp(
  String.raw`(?<![\p{L}])(population|inhabitants|${LIVING}|насел\p{L}*)(?![\p{L}])`,
  'iu',
);
/** "How many people live in …": only a verb of living, not «население» ("тарифы для населения" asks households' tariffs). */
export const LIVING_ASKED = new RegExp(String.raw`(?<![\p{L}])(${LIVING})(?![\p{L}])`, 'iu');
/** Before a place's population: "the town of some 2,300 people", "село с населением 800 человек", "population of 12,000". */
const POPULATION_BEFORE =
  /(?<![\p{L}])((town|city|village|settlement|community|город\p{L}*|сел\p{L}*|пос[её]л\p{L}*|деревн\p{L}*)\s+(of|with)|population( of)?|населением( в)?|насчитывающ\p{L}*)\s+((some|about|around|nearly|almost|roughly|over|more than|около|почти|более|свыше)\s+)?$/iu;

/**
 * "The mayor said the town of some 2,300 people had run out of water": how many live there, not how many
 * blocked its road.
 */
export function isPopulation(c: Candidate, r: RankedSentence): boolean {
  return POPULATION_BEFORE.test(textBefore(c, r, 40));
}

/** An instalment of a sum: "первый транш кредита — 4,2 млн долларов", "the second tranche of $5 million". */
const INSTALMENT = String.raw`(?<![\p{L}])(tranches?|instal?lments?|disbursements?|транш\p{L}*|взнос\p{L}*)(?![\p{L}])`;
const INSTALMENT_BEFORE = new RegExp(`${INSTALMENT}[^.;:!?]{0,35}$`, 'iu');
/** A question asking an instalment itself. */
export const INSTALMENT_ASKED = new RegExp(INSTALMENT, 'iu');

/**
 * "На какую сумму банк кредитует проект?" and a sentence gives "первый транш кредита — 4,2 млн долларов":
 * an instalment is not the sum of the loan.
 */
export function isInstalment(c: Candidate, r: RankedSentence): boolean {
  return INSTALMENT_BEFORE.test(textBefore(c, r, 50));
}

/** A figure given only roughly: "several million lari", "несколько сотен грузовиков", "dozens of trucks". */
const VAGUE_BEFORE =
  /(?:^|[\s"«(])(several|a few|dozens of|hundreds of|thousands of|несколько|нескольких|десятки|десятков|сотни|сотен|тысячи)\s*["«]?$/iu;

/** Whether the figure is only a rough one (no digits after a word of vagueness): an exact figure of the same says more. */
export function isVagueFigure(c: Candidate, r: RankedSentence): boolean {
  return !/\d/.test(c.text) && VAGUE_BEFORE.test(textBefore(c, r, 20));
}

/** Before a figure set as a goal: "the campaign targets 230,000 people", «цель — 230 тыс. человек», "aims to reach". */
const TARGET_BEFORE =
  /(?<![\p{L}])(targets?|targeting|targeted|aims? (at|to \p{L}+)|goal( of| is)?|target( of| is)?|цель\p{L}*|целевой показатель|рассчитан\p{L}* на)\s*[—–:-]?\s*(?:(?:about|some|around|около|порядка)\s+)?$/iu;
/** A question about a goal or a plan, which a target answers: "what is the target", «сколько планируется». */
const TARGET_ASKED =
  /(?<![\p{L}])(targets?|aim\p{L}*|goal\p{L}*|plan\p{L}*|expect\p{L}*|intend\p{L}*|цел\p{L}*|план\p{L}*|намеч\p{L}*|рассчитыва\p{L}*|должн\p{L}*|ожида\p{L}*|собира\p{L}*)(?![\p{L}])/iu;

export function asksTarget(question: string): boolean {
  return TARGET_ASKED.test(question);
}

/**
 * Before a capacity's figure, a few words back in its clause: "annual design capacity has risen from
 * 250,000 TEU to 600,000 TEU" (both figures).
 */
const CAPACITY_BEFORE =
  /(?<![\p{L}])(capacity|capacities|мощност\p{L}*|пропускн\p{L}* способност\p{L}*)(?![\p{L}])(?:(?!, )[^.;:—–]){0,40}$/iu;
/** A question about what something can hold or carry, which a capacity answers. */
const CAPACITY_ASKED =
  /(?<![\p{L}])(capacity|capacities|design\p{L}*|able|can|could|мощност\p{L}*|пропускн\p{L}*|рассчитан\p{L}*|смож\p{L}*|способн\p{L}*|может|могут)(?![\p{L}])/iu;

export function asksCapacity(question: string): boolean {
  return CAPACITY_ASKED.test(question);
}

/** "The terminal's capacity has risen to 600,000 TEU": what it can handle, not what it handled. */
export function isCapacity(c: Candidate, r: RankedSentence): boolean {
  return CAPACITY_BEFORE.test(textBefore(c, r, 55));
}

/** "The campaign targets 230,000 people": a goal, not how many were reached. */
export function isTarget(c: Candidate, r: RankedSentence): boolean {
  return TARGET_BEFORE.test(textBefore(c, r, 40));
}
