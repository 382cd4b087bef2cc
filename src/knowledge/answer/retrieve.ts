/**
 * Ranks sentences for a question: each question term found in a sentence adds its weight (less when
 * it is found only through the vocabulary or only in the sentence before, the section heading or the
 * title); the date the question names, and a candidate of the expected answer type, add more.
 */

import { isBackgroundDate } from '../extract/date-roles.ts';
import { datesCompatible } from '../extract/dates.ts';
import { dayRanges } from '../extract/dates-calendar.ts';
import { ordinalsIn } from '../text/ordinals.ts';
import type { FuzzyDate } from '../types.ts';
import type { AnalyzedQuestion, QuestionTerm } from './analyze.ts';
import { LIST_ITEM } from './list-items.ts';
import { dateKeys, type IndexedSentence, type SentenceIndex } from './sentence-index.ts';
import { BestScored, HighestFirst, mostCounted } from './top-k.ts';
import { TUNING } from './tuning.ts';

export interface TermMatch {
  term: QuestionTerm;
  /** 1 in the sentence itself, less through context. */
  credit: number;
  /** Token positions in the sentence where the term was found (empty for context matches). */
  positions: number[];
}

export interface RankedSentence {
  entry: IndexedSentence;
  score: number;
  /** Share of the question's weight the sentence covers, 0..1 (without type and date bonuses). */
  coverage: number;
  matches: TermMatch[];
  /** The question's date is among the sentence's dates (or its carried date). */
  dateFit: 'exact' | 'context' | 'none' | 'conflict';
  /** It answers an interviewer's question among the best sentences, whose words it need not repeat. */
  answersQuestion?: boolean;
  /** It tells the cause a ranked sentence refers back to ("Именно этим объясняется …"): it gives a reason. */
  toldCause?: boolean;
}

/** The ranking's order: the stronger first; of two as strong, the earlier sentence. */
export function byRank(a: RankedSentence, b: RankedSentence): number {
  return b.score - a.score || a.entry.n - b.entry.n;
}

/** Where the sentence says the question's word t (token positions; none when it matched only by context). */
export function termPositions(r: RankedSentence, t: QuestionTerm): readonly number[] {
  return r.matches.find((m) => m.term === t)?.positions ?? [];
}

export function totalWeight(q: AnalyzedQuestion): number {
  // A word no document has weighs nothing (analyze.ts): only what can be found counts.
  const terms = q.terms.reduce((sum, t) => sum + t.weight, 0);
  return terms + (q.dates.length ? TUNING.dateWeight : 0);
}

/** The feature a term was found by in one sentence: its posting slot and the credit it gives. */
interface FeatureHit {
  slot: number;
  credit: number;
}

/** The term's own feature of the highest credit in sentence n (the first of equals), written to `hit`. */
function findFeature(plan: TermPlan, n: number, index: SentenceIndex, hit: FeatureHit): boolean {
  hit.slot = -1;
  hit.credit = 0;
  for (let i = 0; i < plan.ids.length; i++) {
    const id = plan.ids[i] as number;
    const credit = plan.credits[i] as number;
    if (id < 0 || (hit.slot >= 0 && credit <= hit.credit)) continue;
    const slot = index.featureIds.slot(id, n);
    if (slot >= 0) {
      hit.slot = slot;
      hit.credit = credit;
    }
  }
  return hit.slot >= 0;
}

function matchTerm(
  plan: TermPlan,
  entry: IndexedSentence,
  index: SentenceIndex,
  traits: SentenceTraits,
  hit: FeatureHit,
): TermMatch | undefined {
  const { term } = plan;
  if (findFeature(plan, entry.n, index, hit))
    return { term, credit: hit.credit, positions: index.featureIds.positions(hit.slot) };
  // A name in the sentence before or in the title is who "he", "she" or "the envoy" refers to.
  if (inContext(plan, entry.n, index, traits)) return { term, credit: plan.contextCredit, positions: [] };
  return undefined;
}

/** How far back a list item looks for the sentence that introduces its list. */
const MAX_LIST_ITEMS = 40;

/**
 * The sentence before, which "he", "the envoy" or an undated sentence refers back to. A list item
 * is its own unit (the item before it speaks of someone else: "— Name, 61, ..."): its context is
 * the sentence that introduces the list ("the agency awarded three contracts:"), if one does.
 */
function contextOf(entry: IndexedSentence, index: SentenceIndex): IndexedSentence | undefined {
  const prev = entry.previous !== undefined ? index.sentences[entry.previous] : undefined;
  if (!prev) return undefined;
  const otherParagraph = prev.sentence.paragraph !== entry.sentence.paragraph;
  // A table's row or a caption (a paragraph of its own with no sentence end: "Northgate   11 May 2026   -")
  // is data, not what a sentence of the prose after it refers back to.
  if (otherParagraph && /[.!?…]$/u.test(entry.sentence.text) && !ENDS_SENTENCE.test(prev.sentence.text))
    return undefined;
  const item = otherParagraph && LIST_ITEM.test(entry.sentence.text);
  if (!item) return prev;
  let lead: IndexedSentence | undefined = prev;
  for (let k = 0; lead && k < MAX_LIST_ITEMS && LIST_ITEM.test(lead.sentence.text); k++)
    lead = lead.previous !== undefined ? index.sentences[lead.previous] : undefined;
  return lead && /:\s*(\[\d+\])?\s*$/.test(lead.sentence.text) ? lead : undefined;
}

/**
 * The sentence two back, which a sentence refers to through the one between when both refer back by a
 * pronoun in one paragraph ("Two men, Ion Vardan and Petr Lusk, came home on 9 April. They were handed
 * over on the bridge. In all they spent 28 days in custody."); -1 for none.
 */
function referredThrough(n: number, context: (n: number) => number, index: SentenceIndex): number {
  const between = context(n);
  if (between < 0) return -1;
  const further = context(between);
  if (further < 0) return -1;
  const sentenceOf = (k: number) => (index.sentences[k] as IndexedSentence).sentence;
  const own = sentenceOf(n);
  const middle = sentenceOf(between);
  if (middle.paragraph !== own.paragraph || sentenceOf(further).paragraph !== own.paragraph) return -1;
  return REFERS_BACK.test(own.text) && REFERS_BACK.test(middle.text) ? further : -1;
}

/** A third-person pronoun: the sentence speaks of someone named before it. */
const REFERS_BACK =
  /(?<![\p{L}])(he|she|they|him|them|his|her|their|он|она|они|его|её|ее|их|ему|ей|им|него|неё|нее|них|нему|ней|ним|ими|нею)(?![\p{L}])/iu;

/** How a sentence of prose ends; a table's row or a caption has none of these at its end. */
const ENDS_SENTENCE = /[.!?…:;»"”')\]]$/u;

/** Whether the date of a given id (SentenceTraits.date) fits one the question asks, remembered for one question. */
type DateFits = (id: number) => boolean;

const NO_MEMO = new Uint8Array(0);

function dateFits(q: AnalyzedQuestion, traits: SentenceTraits): DateFits {
  // Frozen copies: dayRanges keeps the days of a frozen date, so each asked date's are worked out once
  // a question, not once for each date of a candidate.
  const asked = q.dates.map((d) => Object.freeze({ ...d.date }));
  const askedSpans = asked.map((a) => daySpanOf(a));
  // By date id: 0 not judged yet, 1 no, 2 yes. Grown when the traits meet dates the question has not;
  // made at the first date judged, so a question that asks no date allocates none.
  let memo = NO_MEMO;
  return (id) => {
    if (id >= memo.length) {
      const grown = new Uint8Array(Math.max(2 * memo.length, traits.dateCount(), id + 1));
      grown.set(memo);
      memo = grown;
    }
    let v = memo[id] as number;
    if (v === 0) {
      const d = traits.date(id);
      const first = traits.firstDay(id);
      const last = traits.lastDay(id);
      // Days that cannot meet (most of a store's dates for a question's) need no closer look.
      v = asked.some((a, i) => {
        const span = askedSpans[i] as DaySpan;
        return first <= span.last && span.first <= last && datesCompatible(a, d) && coarseEnough(a, d);
      })
        ? 2
        : 1;
      memo[id] = v;
    }
    return v === 2;
  };
}

/** The first and the last day a date can denote, in its own year: unbounded without a year. */
interface DaySpan {
  first: number;
  last: number;
}

/**
 * datesCompatible reads a date that names its year in that year (dayRanges), and two dates can share
 * a day only if their spans overlap: a test on two numbers before the ranges are compared.
 */
function daySpanOf(date: FuzzyDate): DaySpan {
  const ranges = date.year === undefined ? undefined : dayRanges(date, date.year);
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const [from, to] of ranges ?? []) {
    first = Math.min(first, from);
    last = Math.max(last, to);
  }
  // No ranges, or a day that is not a number: nothing to rule out by.
  return first <= last ? { first, last } : { first: Number.NEGATIVE_INFINITY, last: Number.POSITIVE_INFINITY };
}

function dateFitOf(asksDate: boolean, n: number, fits: DateFits, traits: SentenceTraits): RankedSentence['dateFit'] {
  if (!asksDate) return 'none';
  const own = traits.ownDateCount(n);
  for (let i = 0; i < own; i++) if (fits(traits.ownDate(n, i))) return 'exact';
  const carried = traits.carriedDate(n);
  if (carried >= 0 && fits(carried)) return 'context';
  const prev = traits.context(n);
  if (prev >= 0)
    for (let i = 0, count = traits.ownDateCount(prev); i < count; i++)
      if (fits(traits.ownDate(prev, i))) return 'context';
  // A date in a background clause ("who was detained in 2021") is not the event's: it contradicts nothing.
  if (traits.datedEvent(n)) return 'conflict';
  // No date of its own, but it stands under another one (the event of the paragraph before).
  if (own === 0 && carried >= 0 && traits.date(carried).year !== undefined && !fits(carried)) return 'conflict';
  return 'none';
}

/** A year-only sentence date does not confirm a question's day ("in 2026" is no evidence for "24 July"). */
function coarseEnough(asked: FuzzyDate, found: FuzzyDate): boolean {
  const rank = { day: 0, 'part-of-month': 1, month: 2, season: 3, year: 4 } as const;
  return rank[found.precision] <= Math.max(rank[asked.precision], 2) || rank[found.precision] <= rank[asked.precision];
}

export function rankSentences(q: AnalyzedQuestion, index: SentenceIndex, limit = TUNING.rankLimit): RankedSentence[] {
  const candidates = candidateSentences(q, index);
  const traits = traitsOf(index);
  const terms = termPlans(q, index);
  const table = new SlotTable(index, candidates, terms);
  const headings = new HeadingTerms(traits, terms);
  const fits = dateFits(q, traits);
  const total = totalWeight(q) || 1;
  const hasFocus = q.terms.some((t) => t.focus);
  const { tokenCounts, hedged, ordinalStart, ordinals } = index.columns;
  const hit: FeatureHit = { slot: -1, credit: 0 };
  // First, from the slot table alone, a bound on each candidate's score: its terms found as found,
  // every other one as if found in its context, the date as fitting, no factor below 1 (each step of
  // finalScore only grows with its input, so the bound is never below the score). What is already
  // known of the candidate is taken as it is: its length and hedge (columns), and, once the traits
  // have met it and its context (a sentence another question reached), its date fit and whether it
  // reads as a headline; a focus term it cannot have misses. Then candidates in bound order (the
  // smaller sentence first among equals, as the ranking orders equal scores): each is scored in full
  // (its context, date fit, ordinal) while it could still be among the best `limit`; once one could
  // not, none after it can, for the worst kept only gets better.
  const asksDate = q.dates.length > 0;
  // The question's fields are read here, once: its object's shape differs between questions (a rewritten
  // question is a copy), and read inside the loops below each new shape sent them back to the interpreter.
  // The ordinals as a typed array for the same reason: an empty array and a full one differ in map.
  const askedOrdinals = Float64Array.from(q.ordinals);
  const asksEvent = q.type === 'event';
  const size = candidates.length;
  const { bounds, order, ties, heap } = roomFor(scratchOf(index), size, 0);
  let count = 0;
  for (let k = 0; k < size; k++) {
    let sum = 0;
    let direct = false;
    let focusMayBeFound = false;
    for (const plan of terms) {
      if (table.bestSlot(k, plan.order) >= 0) {
        sum += plan.weight * table.bestCredit(k, plan.order);
        if (table.positionedAt(k, plan.order)) direct = true;
        if (plan.focus) focusMayBeFound = true;
      } else if (table.mayBeInContext(k, plan.order, headings, traits)) {
        sum += plan.weight * plan.contextCredit;
        if (plan.focus) focusMayBeFound = true;
      }
    }
    // Without a question word in the sentence itself, only its date can keep it.
    if (!direct && !asksDate) continue;
    const n = candidates[k] as number;
    let conflict = false;
    if (asksDate) {
      if (traits.settled(n)) {
        // Its date fit is what scoring will find: the same test as there, nothing learnt.
        const dateFit = dateFitOf(asksDate, n, fits, traits);
        const dated = dateFit === 'exact' || (dateFit === 'context' && (terms.length === 0 || asksEvent));
        if (!direct && !dated) continue;
        if (dateFit === 'exact') sum += TUNING.dateWeight;
        else if (dateFit === 'context') sum += TUNING.dateWeight * TUNING.contextCredit;
        conflict = dateFit === 'conflict';
      } else sum += TUNING.dateWeight;
    }
    const flags =
      (hasFocus && !focusMayBeFound ? FOCUS_MISSED : 0) |
      (hedged[n] === 1 ? HEDGED : 0) |
      (traits.learnt(n) && traits.headline(n) ? HEADLINE : 0);
    // A sentence's ordinals are columns: its factor is known before scoring, and a fitting one is
    // bounded by 1 too, for scoring falls back to 1 when the ordinal stands by no question word.
    let ordinalBound = 1;
    if (askedOrdinals.length) {
      ordinalBound = ordinalFactor(askedOrdinals, n, ordinalStart, ordinals);
      if (ordinalBound === TUNING.ordinalFitFactor) ordinalBound = Math.max(1, ordinalBound);
    }
    bounds[count] = finalScore(sum, conflict, flags, ordinalBound, tokenCounts[n] as number);
    order[count] = k;
    ties[count] = n;
    count++;
  }
  const byBound = new HighestFirst(bounds, ties, count, heap);
  const best = new BestScored(limit);
  const kept: number[] = [];
  /** The candidate number of each kept sentence: its row of the slot table. */
  const keptRows: number[] = [];
  const scores: number[] = [];
  const coverages: number[] = [];
  const fitOf: Array<RankedSentence['dateFit']> = [];
  try {
    for (let next = byBound.take(); next >= 0; next = byBound.take()) {
      const k = order[next] as number;
      const n = candidates[k] as number;
      if (!best.admits(bounds[next] as number, n)) break;
      let sum = 0;
      let direct = false;
      let focusFound = false;
      for (const plan of terms) {
        let credit: number;
        const slot = table.bestSlot(k, plan.order);
        if (slot >= 0) {
          credit = table.bestCredit(k, plan.order);
          if (table.positionedAt(k, plan.order)) direct = true;
        } else {
          if (!table.inContext(plan, k, n, traits, headings)) continue;
          credit = plan.contextCredit;
        }
        sum += plan.weight * credit;
        if (plan.focus) focusFound = true;
      }
      // Without a question word in the sentence itself, only its date can keep it.
      if (!direct && !asksDate) continue;
      const dateFit = dateFitOf(asksDate, n, fits, traits);
      // A question of a date alone ("What happened on 19 March?") also takes what the day's sentences go on to
      // tell, and so does one of an event on a date ("… on 2 July in Varnel–Kestov relations"): a post of that
      // day tells it in sentences that need not repeat the question's words.
      const dated = dateFit === 'exact' || (dateFit === 'context' && (terms.length === 0 || asksEvent));
      if (!direct && !dated) continue;
      if (dateFit === 'exact') sum += TUNING.dateWeight;
      else if (dateFit === 'context') sum += TUNING.dateWeight * TUNING.contextCredit;
      const ordinal = askedOrdinals.length ? ordinalFactor(askedOrdinals, n, ordinalStart, ordinals) : 1;
      const flags =
        (hasFocus && !focusFound ? FOCUS_MISSED : 0) |
        (hedged[n] === 1 ? HEDGED : 0) |
        (traits.headline(n) ? HEADLINE : 0);
      const conflict = dateFit === 'conflict';
      const tokenCount = tokenCounts[n] as number;
      // With a fitting ordinal taken as standing by a question word: never below the score.
      let score = finalScore(sum, conflict, flags, ordinal, tokenCount);
      if (!best.admits(score, n)) continue;
      // "The first American freed" is no answer to "the first phone call": the ordinal must stand by a question word.
      if (
        ordinal === TUNING.ordinalFitFactor &&
        !ordinalByQuestionWord(q, index.sentences[n] as IndexedSentence, terms, index, traits, hit)
      )
        score = finalScore(sum, conflict, flags, 1, tokenCount);
      best.add(kept.length, score, n);
      kept.push(n);
      keptRows.push(k);
      scores.push(score);
      coverages.push(sum / total);
      fitOf.push(dateFit);
    }
  } finally {
    // The sentence map is shared by every question: it must be left zeroed whatever happens.
    table.release();
  }
  return best.best().map((k) => {
    const n = kept[k] as number;
    const row = keptRows[k] as number;
    const entry = index.sentences[n] as IndexedSentence;
    const matches: TermMatch[] = [];
    // The slot table already holds what findFeature would search for again (the same feature of the
    // same credit); only a term the sentence lacks is looked for in its context.
    for (const plan of terms) {
      const slot = table.bestSlot(row, plan.order);
      if (slot >= 0)
        matches.push({
          term: plan.term,
          credit: table.bestCredit(row, plan.order),
          positions: index.featureIds.positions(slot),
        });
      else if (inContext(plan, n, index, traits))
        matches.push({ term: plan.term, credit: plan.contextCredit, positions: [] });
    }
    return {
      entry,
      score: scores[k] as number,
      coverage: coverages[k] as number,
      matches,
      dateFit: fitOf[k] as RankedSentence['dateFit'],
    };
  });
}

/** The factor of sentence n's ordinals for the asked ones: fitting, conflicting, or 1 when it has none. */
function ordinalFactor(asked: Float64Array, n: number, ordinalStart: Int32Array, ordinals: Int32Array): number {
  const from = ordinalStart[n] as number;
  const to = ordinalStart[n + 1] as number;
  for (let i = from; i < to; i++) if (asked.includes(ordinals[i] as number)) return TUNING.ordinalFitFactor;
  return to > from ? TUNING.ordinalConflictFactor : 1;
}

/** Tokens between an asked ordinal and the question word it qualifies ("второй телефонный разговор"). */
const ORDINAL_REACH = 2;

/** Whether an ordinal the question asks stands within reach of a question word (not a name) in the sentence. */
function ordinalByQuestionWord(
  q: AnalyzedQuestion,
  entry: IndexedSentence,
  terms: TermPlan[],
  index: SentenceIndex,
  traits: SentenceTraits,
  hit: FeatureHit,
): boolean {
  const at = ordinalsIn(entry.tokens, entry.sentence.text)
    .filter((o) => q.ordinals.includes(o.value))
    .map((o) => o.at);
  // A name is not what an ordinal counts: in "the first Kestov citizen" it counts citizens.
  return terms.some(
    (plan) =>
      !plan.term.name &&
      matchTerm(plan, entry, index, traits, hit)?.positions.some((p) =>
        at.some((a) => Math.abs(a - p) <= ORDINAL_REACH),
      ),
  );
}

/** What scales a candidate's score besides its words, its date and an ordinal: bits, so no object a candidate. */
const FOCUS_MISSED = 1;
const HEDGED = 2;
const HEADLINE = 4;

/** `ordinal` is the factor of an ordinal that fits or conflicts, 1 for none. */
function finalScore(sum: number, dateConflict: boolean, flags: number, ordinal: number, tokenCount: number): number {
  let score = sum;
  if (flags & FOCUS_MISSED) score *= TUNING.focusMissFactor;
  if (dateConflict) score *= TUNING.dateConflictFactor;
  if (ordinal !== 1) score *= ordinal;
  if (flags & HEDGED) score *= TUNING.hedgeFactor;
  // A line without a closing stop is a headline, a bullet fragment or a caption: it sums up, it rarely tells.
  if (flags & HEADLINE) score *= TUNING.headlineFactor;
  // Long sentences match more by chance: a mild length penalty.
  score /= 1 + (TUNING.lengthPenalty * Math.max(0, tokenCount - 25)) / 25;
  return score;
}

/** A known question term with its features as ids and the credit each gives, worked out once a question. */
interface TermPlan {
  term: QuestionTerm;
  /** term.weight and term.focus, read by ranking's loops from this one shape (a term's object has several). */
  weight: number;
  focus: boolean;
  /** Feature ids in term.features order (-1 for one no sentence has). */
  ids: Int32Array;
  credits: Float64Array;
  contextCredit: number;
  /** Its place among the question's known terms. */
  order: number;
}

function termPlans(q: AnalyzedQuestion, index: SentenceIndex): TermPlan[] {
  return q.terms
    .filter((t) => !t.unknown)
    .map((term, order) => ({
      order,
      term,
      weight: term.weight,
      focus: term.focus === true,
      ids: Int32Array.from(term.features, (f) => index.featureIds.of(f)),
      credits: Float64Array.from(term.features, (f) => featureCredit(term, f)),
      contextCredit: term.name ? TUNING.nameContextCredit : TUNING.contextCredit,
    }));
}

/** A feature is walked when it has at most this many sentences a candidate; past it, each candidate is searched. */
const WALK_PER_CANDIDATE = 16;

/**
 * For every candidate and question term, what findFeature would find (the posting slot of the term's
 * feature of the highest credit, the first of equals) and whether the term is in the sentence before:
 * worked out by walking each feature's postings once, in order, instead of a binary search for each
 * candidate, term and feature (thousands a question, each a few cache misses). A feature far more
 * common than there are candidates is still searched, candidate by candidate.
 */
class SlotTable {
  private readonly slots: Int32Array;
  private readonly credits: Float64Array;
  /** 1 when the slot has token positions (the feature is in the sentence's own words). */
  private readonly positioned: Uint8Array;
  /** 1 when a walked feature of the term is in the sentence before the candidate. */
  private readonly before: Uint8Array;
  /** 1 when a walked feature of the term is in the first sentence of the candidate's paragraph (SentenceColumns.lead). */
  private readonly inLead: Uint8Array;
  /** Per term: the ids of its features that were not walked (searched in the sentence before at need). */
  private readonly unwalked: Int32Array[];
  private readonly width: number;
  private readonly mark: Int32Array;

  constructor(
    private readonly index: SentenceIndex,
    private readonly candidates: Int32Array,
    plans: readonly TermPlan[],
  ) {
    const width = plans.length;
    this.width = width;
    const size = candidates.length * width;
    const shared = roomFor(scratchOf(index), candidates.length, size);
    // A slot's credit and positioned flag are written whenever the slot is, and read only where it is set.
    const { slots, credits, before, inLead, positioned, mark } = shared;
    slots.fill(-1, 0, size);
    before.fill(0, 0, size);
    inLead.fill(0, 0, size);
    this.inLead = inLead;
    this.positioned = positioned;
    this.slots = slots;
    this.credits = credits;
    this.before = before;
    this.unwalked = [];
    this.mark = mark;
    for (let k = 0; k < candidates.length; k++) mark[candidates[k] as number] = k + 1;
    const nextOf = index.columns.next;
    const leadOf = index.columns.lead;
    const { featureIds } = index;
    for (const plan of plans) {
      const t = plan.order;
      const unwalked: number[] = [];
      // Features in the order findFeature tries them, each taken only when it gives more credit.
      for (let i = 0; i < plan.ids.length; i++) {
        const id = plan.ids[i] as number;
        if (id < 0) continue;
        const credit = plan.credits[i] as number;
        const sentences = featureIds.sentences(id);
        if (sentences.length > WALK_PER_CANDIDATE * candidates.length) {
          unwalked.push(id);
          for (let k = 0; k < candidates.length; k++) {
            const at = k * width + t;
            if ((slots[at] as number) >= 0 && credit <= (credits[at] as number)) continue;
            const slot = featureIds.slot(id, candidates[k] as number);
            if (slot >= 0) {
              slots[at] = slot;
              credits[at] = credit;
              positioned[at] = featureIds.positionCount(slot) > 0 ? 1 : 0;
            }
          }
          continue;
        }
        const first = featureIds.firstSlot(id);
        for (let j = 0; j < sentences.length; j++) {
          const s = sentences[j] as number;
          const k = mark[s] as number;
          if (k > 0) {
            const at = (k - 1) * width + t;
            if ((slots[at] as number) < 0 || credit > (credits[at] as number)) {
              slots[at] = first + j;
              credits[at] = credit;
              positioned[at] = featureIds.positionCount(first + j) > 0 ? 1 : 0;
            }
          }
          // The sentence after s has it in the sentence before.
          const next = nextOf[s] as number;
          if (next >= 0) {
            const after = mark[next] as number;
            if (after > 0) before[(after - 1) * width + t] = 1;
            // And those a few sentences further, when s begins their paragraph, in their paragraph's first.
            for (let f = nextOf[next] as number; f >= 0 && leadOf[f] === s; f = nextOf[f] as number) {
              const led = mark[f] as number;
              if (led > 0) inLead[(led - 1) * width + t] = 1;
            }
          }
        }
      }
      this.unwalked[t] = Int32Array.from(unwalked);
    }
  }

  /** Leaves the shared sentence map zeroed for the next question. */
  release(): void {
    for (const n of this.candidates) this.mark[n] = 0;
  }

  /** The posting slot of term t's best feature in candidate k, -1 when the candidate has none of them. */
  bestSlot(k: number, t: number): number {
    return this.slots[k * this.width + t] as number;
  }

  /** Whether that slot has token positions. */
  positionedAt(k: number, t: number): boolean {
    return this.positioned[k * this.width + t] === 1;
  }

  /**
   * Whether term t, absent from candidate k, may still be found in its context (inContext): false only
   * when no walked feature of it is in the sentence before, none was left unwalked, no document's
   * title or headings have it, and the candidate refers back through no sentence (referredThrough).
   * Read from the table, and the candidate's kept trait.
   */
  mayBeInContext(k: number, t: number, headings: HeadingTerms, traits: SentenceTraits): boolean {
    const at = k * this.width + t;
    return (
      this.before[at] === 1 ||
      this.inLead[at] === 1 ||
      (this.unwalked[t] as Int32Array).length > 0 ||
      headings.anywhere(t) ||
      // Not walked for: few sentences refer back through another (worked out once a sentence, and kept).
      traits.referredThrough(this.candidates[k] as number) >= 0
    );
  }

  /** The credit of that feature. */
  bestCredit(k: number, t: number): number {
    return this.credits[k * this.width + t] as number;
  }

  /** inContext for candidate k (sentence n). */
  inContext(plan: TermPlan, k: number, n: number, traits: SentenceTraits, headings: HeadingTerms): boolean {
    const at = k * this.width + plan.order;
    const context = traits.context(n);
    if ((context >= 0 && this.before[at] === 1) || this.inLead[at] === 1) return true;
    const unwalked = this.unwalked[plan.order] as Int32Array;
    return (
      hasAnyFeature(unwalked, context, this.index) ||
      hasAnyFeature(plan.ids, traits.referredThrough(n), this.index) ||
      hasAnyFeature(unwalked, traits.lead(n), this.index) ||
      headings.has(plan, traits.source(n))
    );
  }
}

function featureCredit(term: QuestionTerm, f: string): number {
  return term.derived?.includes(f)
    ? TUNING.derivedCredit
    : f.startsWith('s:')
      ? 1
      : f.startsWith('k:')
        ? TUNING.nameKeyCredit
        : TUNING.conceptCredit;
}

/** Whether sentence n (none when negative) has one of the feature ids (negative ids are features no document has). */
function hasAnyFeature(ids: Int32Array, n: number, index: SentenceIndex): boolean {
  if (n < 0) return false;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    if (id >= 0 && index.featureIds.slot(id, n) >= 0) return true;
  }
  return false;
}

/**
 * Whether a term not in sentence n is in the sentence before it, in its paragraph's first sentence
 * (SentenceColumns.lead), in the sentence it refers back to through another (referredThrough) or in its
 * document's title and headings. Within a ranking, those sentences are
 * looked up in the slot table when they are candidates too, and a document's headings are asked once
 * per term.
 */
function inContext(plan: TermPlan, n: number, index: SentenceIndex, traits: SentenceTraits): boolean {
  if (hasAnyFeature(plan.ids, traits.context(n), index) || hasAnyFeature(plan.ids, traits.lead(n), index)) return true;
  if (hasAnyFeature(plan.ids, traits.referredThrough(n), index)) return true;
  const heading = traits.headings(traits.source(n));
  return plan.term.features.some((f) => heading?.has(f));
}

/**
 * Which of the question's terms each document's title and headings have: marked from the documents
 * of each term feature, a few lookups a question, rather than each candidate's document asked for each.
 */
class HeadingTerms {
  /** [source × terms]: 1 when the source's title or headings have one of the term's features. */
  private readonly found: Uint8Array;
  /** [terms]: 1 when some source's title or headings have the term. */
  private readonly headed: Uint8Array;
  private readonly terms: number;

  constructor(traits: SentenceTraits, plans: readonly TermPlan[]) {
    this.terms = plans.length;
    this.found = new Uint8Array(traits.sourceCount * plans.length);
    this.headed = new Uint8Array(plans.length);
    for (const plan of plans)
      for (const f of plan.term.features)
        for (const source of traits.sourcesHeadedBy(f)) {
          this.found[source * this.terms + plan.order] = 1;
          this.headed[plan.order] = 1;
        }
  }

  has(plan: TermPlan, source: number): boolean {
    return source >= 0 && this.found[source * this.terms + plan.order] === 1;
  }

  /** Whether any document's title or headings have term t. */
  anywhere(t: number): boolean {
    return this.headed[t] === 1;
  }
}

/**
 * The sentences worth scoring for a question, from the postings of its rarer features and of the
 * month it names; past TUNING.maxCandidates, those sharing the most features with it.
 */
function candidateSentences(q: AnalyzedQuestion, index: SentenceIndex): Int32Array {
  // Candidate → how many of the question's enumerated features it has, doubled (its next sentence
  // counts half, so 1). The touched sentences go into a shared list (each at most once: its count is
  // no longer zero), not a fresh array grown by doubling: a common word reaches tens of thousands.
  const { hits, touched: list, doubled: counts } = scratchOf(index);
  const nextOf = index.columns.next;
  let count = 0;
  // Candidates come from the question's rarer features: a word in a large share of all sentences
  // ("release" in a corpus about releases) only scores, it does not enumerate. A question made of
  // common words alone still reaches its rarest one.
  const common = Math.max(TUNING.commonFeatureFloor, index.sentences.length * TUNING.commonFeatureShare);
  // By id: a feature's postings looked up by its string once, not at each test of its count.
  const { featureIds } = index;
  const features: number[] = [];
  for (const t of q.terms)
    for (const f of t.features) {
      const id = featureIds.of(f);
      if (id >= 0) features.push(id);
    }
  const rare = features.filter((id) => featureIds.count(id) <= common);
  const enumerate = rare.length ? rare : features.sort((a, b) => featureIds.count(a) - featureIds.count(b)).slice(0, 1);
  for (const id of enumerate) count = addHits(featureIds.sentences(id), nextOf, hits, list, count);
  // A question naming a day or a month reaches the sentences of that month even with no word in common
  // (a bare year only filters: it would reach a whole year of sentences).
  for (const d of q.dates) {
    if (d.date.month === undefined) continue;
    const keys = dateKeys(d.date);
    const key = keys[keys.length - 1] as string;
    const found = key.startsWith('*')
      ? [...index.byDate].filter(([k]) => k.endsWith(key.slice(1))).flatMap(([, v]) => v)
      : (index.byDate.get(key) ?? []);
    if (found.length <= common) count = addHits(found, nextOf, hits, list, count);
  }
  const touched = list.subarray(0, count);
  // Each count read once, and the shared counts left zeroed for the next question.
  const doubled = counts.subarray(0, count);
  for (let i = 0; i < count; i++) {
    const n = touched[i] as number;
    doubled[i] = hits[n] as number;
    hits[n] = 0;
  }
  // Past a few thousand, only the candidates sharing the most features with the question are scored.
  return count <= TUNING.maxCandidates ? touched.slice() : mostCounted(touched, doubled, TUNING.maxCandidates);
}

/** Counts each sentence 2 and the one after it 1, listing each the first time it is counted: the new length of the list. */
function addHits(
  sentences: ArrayLike<number>,
  nextOf: Int32Array,
  hits: Int32Array,
  list: Int32Array,
  listed: number,
): number {
  let count = listed;
  for (let i = 0; i < sentences.length; i++) {
    const n = sentences[i] as number;
    if (hits[n] === 0) list[count++] = n;
    hits[n] = (hits[n] as number) + 2;
    // The next sentence may carry the answer to what this one introduces.
    const next = nextOf[n] as number;
    if (next >= 0) {
      if (hits[next] === 0) list[count++] = next;
      hits[next] = (hits[next] as number) + 1;
    }
  }
  return count;
}

/**
 * Per-sentence arrays shared by every question on an index, left zeroed after each: the hit counts of
 * candidate enumeration (doubled), the list of the sentences it reached, and the sentence → candidate map of the slot table.
 */
interface Scratch {
  hits: Int32Array;
  mark: Int32Array;
  /** The sentences enumerated so far, in the order reached: its first entries are this question's. */
  touched: Int32Array;
  /** The hit counts of the touched sentences, by their place in touched. */
  doubled: Int32Array;
  /**
   * A ranking's per-candidate arrays (bound, candidate, tie, heap) and its slot table (candidate × term),
   * kept for the next ranking and grown when one needs more: allocated afresh, they were buffers outside
   * the heap a ranking, each zeroed, tracked by the collector and freed again.
   */
  bounds: Float64Array;
  order: Int32Array;
  ties: Int32Array;
  heap: Int32Array;
  slots: Int32Array;
  credits: Float64Array;
  before: Uint8Array;
  inLead: Uint8Array;
  positioned: Uint8Array;
}

const scratch = new WeakMap<SentenceIndex, Scratch>();

function scratchOf(index: SentenceIndex): Scratch {
  let s = scratch.get(index);
  if (!s || s.hits.length !== index.sentences.length) {
    const size = index.sentences.length;
    s = {
      hits: new Int32Array(size),
      mark: new Int32Array(size),
      touched: new Int32Array(size),
      doubled: new Int32Array(size),
      bounds: new Float64Array(0),
      order: new Int32Array(0),
      ties: new Int32Array(0),
      heap: new Int32Array(0),
      slots: new Int32Array(0),
      credits: new Float64Array(0),
      before: new Uint8Array(0),
      inLead: new Uint8Array(0),
      positioned: new Uint8Array(0),
    };
    scratch.set(index, s);
  }
  return s;
}

/** The scratch with its per-candidate arrays grown to hold `candidates`, and its slot table `cells`. */
function roomFor(s: Scratch, candidates: number, cells: number): Scratch {
  s.bounds = grown(s.bounds, candidates, (size) => new Float64Array(size));
  s.order = grown(s.order, candidates, (size) => new Int32Array(size));
  s.ties = grown(s.ties, candidates, (size) => new Int32Array(size));
  s.heap = grown(s.heap, candidates, (size) => new Int32Array(size));
  s.slots = grown(s.slots, cells, (size) => new Int32Array(size));
  s.credits = grown(s.credits, cells, (size) => new Float64Array(size));
  s.before = grown(s.before, cells, (size) => new Uint8Array(size));
  s.inLead = grown(s.inLead, cells, (size) => new Uint8Array(size));
  s.positioned = grown(s.positioned, cells, (size) => new Uint8Array(size));
  return s;
}

/** `had` when it holds `needed` items, else a new array of at least twice its length (nothing copied). */
function grown<T extends { length: number }>(had: T, needed: number, make: (size: number) => T): T {
  return had.length >= needed ? had : make(Math.max(needed, 2 * had.length));
}

/**
 * What ranking asks of a sentence that no question changes: the sentence it refers back to, whether
 * it reads as a headline, whether its own event dates could contradict a question's date. Worked out
 * the first time a question reaches the sentence, then kept for the index's lifetime.
 */
interface SentenceTraits {
  /** contextOf as a sentence number, -1 for none. */
  context(n: number): number;
  /** referredThrough as a sentence number, -1 for none. */
  referredThrough(n: number): number;
  /** SentenceColumns.lead: the paragraph's first sentence, a few sentences back; -1 for none. */
  lead(n: number): number;
  headline(n: number): boolean;
  /** Whether its flags and dates were worked out (headline and the dates then learn nothing). */
  learnt(n: number): boolean;
  /** Whether it, its context and the context's dates were worked out: dateFitOf then learns nothing. */
  settled(n: number): boolean;
  /** It has event dates (not background ones), with or without their year. */
  datedEvent(n: number): boolean;
  /** The number of its source, -1 for none; and the title and heading features of source number s. */
  source(n: number): number;
  headings(s: number): Set<string> | undefined;
  /** The numbers of the sources whose title or headings have a feature (headings' inverse). */
  sourcesHeadedBy(feature: string): readonly number[];
  sourceCount: number;
  /**
   * Ids of the dates of its own date mentions (the i-th of ownDateCount), and of the date it carries
   * (-1 for none): each distinct date object of the store gets one id, so a question judges it once
   * and remembers it in an array. Read one by one: a view of them would be an object a candidate.
   */
  ownDateCount(n: number): number;
  ownDate(n: number, i: number): number;
  carriedDate(n: number): number;
  date(id: number): FuzzyDate;
  /** daySpanOf the date of an id, kept with it. */
  firstDay(id: number): number;
  lastDay(id: number): number;
  /** How many date ids were given so far. */
  dateCount(): number;
}

const NO_SOURCES: readonly number[] = [];
const TRAITS_KNOWN = 1;
const TRAIT_HEADLINE = 2;
const TRAIT_DATED_EVENT = 4;
const traitsCache = new WeakMap<SentenceIndex, SentenceTraits>();

function traitsOf(index: SentenceIndex): SentenceTraits {
  const cached = traitsCache.get(index);
  if (cached) return cached;
  const count = index.sentences.length;
  const flags = new Uint8Array(count);
  // -2: not worked out yet.
  const contexts = new Int32Array(count).fill(-2);
  const chains = new Int32Array(count).fill(-2);
  const headingSets = [...index.sourceFeatures.values()];
  // Built at the first question that asks.
  let sourcesByHeading: Map<string, number[]> | undefined;
  const sourceOf = index.columns.source;
  const dates: FuzzyDate[] = [];
  const firstDays: number[] = [];
  const lastDays: number[] = [];
  const dateIds = new Map<FuzzyDate, number>();
  const dateId = (d: FuzzyDate) => {
    let id = dateIds.get(d);
    if (id === undefined) {
      id = dates.length;
      dates.push(d);
      const span = daySpanOf(d);
      firstDays.push(span.first);
      lastDays.push(span.last);
      dateIds.set(d, id);
    }
    return id;
  };
  // The date ids of sentence n's own mentions: ownIds[ownStart[n] .. ownStart[n] + ownCount[n]), once
  // flags[n] is set. One growing array, not an array per sentence: that would grow by an object and a
  // buffer for every sentence the questions reach.
  const ownStart = new Int32Array(count);
  const ownCount = new Uint16Array(count);
  let ownIds = new Int32Array(1024);
  let ownUsed = 0;
  // The id of the date sentence n carries, -1 for none; once flags[n] is set.
  const carried = new Int32Array(count);
  // A sentence's flags, own date ids and carried date, worked out together: its annotation is decoded
  // at each read (store/lazy-store.ts), so it is read once here rather than once for each.
  const learn = (n: number) => {
    const entry = index.sentences[n] as IndexedSentence;
    const { text } = entry.sentence;
    const { dates: own, date } = index.readAnnotation(n);
    const eventDates = own.filter((m) => !isBackgroundDate(text, m.start));
    let f = TRAITS_KNOWN;
    if (!/[.!?…»"”)]\s*$/.test(text)) f |= TRAIT_HEADLINE;
    // A yearless day ("by 6 April") dates its event too: it fits an asked year, and no other day of it.
    if (eventDates.length > 0) f |= TRAIT_DATED_EVENT;
    flags[n] = f;
    if (ownUsed + own.length > ownIds.length) {
      const grown = new Int32Array(Math.max(2 * ownIds.length, ownUsed + own.length));
      grown.set(ownIds);
      ownIds = grown;
    }
    ownStart[n] = ownUsed;
    ownCount[n] = own.length;
    for (const m of own) ownIds[ownUsed++] = dateId(m.date);
    carried[n] = date ? dateId(date) : -1;
  };
  const flagsOf = (n: number) => {
    if (flags[n] === 0) learn(n);
    return flags[n] as number;
  };
  const traits: SentenceTraits = {
    lead: (n) => index.columns.lead[n] as number,
    context(n) {
      let c = contexts[n] as number;
      if (c === -2) {
        c = contextOf(index.sentences[n] as IndexedSentence, index)?.n ?? -1;
        contexts[n] = c;
      }
      return c;
    },
    referredThrough(n) {
      let c = chains[n] as number;
      if (c === -2) {
        c = referredThrough(n, traits.context, index);
        chains[n] = c;
      }
      return c;
    },
    source: (n) => sourceOf[n] as number,
    headings: (s) => headingSets[s],
    sourcesHeadedBy: (f) => {
      if (!sourcesByHeading) {
        sourcesByHeading = new Map();
        for (let source = 0; source < headingSets.length; source++) {
          for (const feature of headingSets[source] ?? []) {
            const sources = sourcesByHeading.get(feature);
            if (sources) sources.push(source);
            else sourcesByHeading.set(feature, [source]);
          }
        }
      }
      return sourcesByHeading.get(f) ?? NO_SOURCES;
    },
    ownDateCount(n) {
      if (flags[n] === 0) learn(n);
      return ownCount[n] as number;
    },
    ownDate: (n, i) => ownIds[(ownStart[n] as number) + i] as number,
    carriedDate(n) {
      if (flags[n] === 0) learn(n);
      return carried[n] as number;
    },
    date: (id) => dates[id] as FuzzyDate,
    firstDay: (id) => firstDays[id] as number,
    lastDay: (id) => lastDays[id] as number,
    dateCount: () => dates.length,
    sourceCount: headingSets.length,
    headline: (n) => (flagsOf(n) & TRAIT_HEADLINE) !== 0,
    learnt: (n) => flags[n] !== 0,
    settled(n) {
      if (flags[n] === 0) return false;
      const c = contexts[n] as number;
      return c === -1 || (c >= 0 && flags[c] !== 0);
    },
    datedEvent: (n) => (flagsOf(n) & TRAIT_DATED_EVENT) !== 0,
  };
  traitsCache.set(index, traits);
  return traits;
}
