/**
 * Ranks sentences for a question: each question term found in a sentence adds its weight (less when
 * it is found only through the vocabulary or only in the sentence before, the section heading or the
 * title); the date the question names, and a candidate of the expected answer type, add more.
 */

import { isBackgroundDate } from '../extract/date-roles.ts';
import { datesCompatible } from '../extract/dates.ts';
import type { FuzzyDate } from '../types.ts';
import type { AnalyzedQuestion, QuestionTerm } from './analyze.ts';
import { dateKeys, type IndexedSentence, type SentenceIndex } from './sentence-index.ts';
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
}

export function totalWeight(q: AnalyzedQuestion): number {
  // A word no document has weighs nothing (analyze.ts): only what can be found counts.
  const terms = q.terms.reduce((sum, t) => sum + t.weight, 0);
  return terms + (q.dates.length ? TUNING.dateWeight : 0);
}

function matchTerm(term: QuestionTerm, entry: IndexedSentence, index: SentenceIndex): TermMatch | undefined {
  let best: TermMatch | undefined;
  for (const f of term.features) {
    const at = entry.features.get(f);
    const credit = term.derived?.includes(f)
      ? TUNING.derivedCredit
      : f.startsWith('s:')
        ? 1
        : f.startsWith('k:')
          ? TUNING.nameKeyCredit
          : TUNING.conceptCredit;
    if (at && (!best || credit > best.credit)) best = { term, credit, positions: at };
  }
  if (best) return best;
  const context = contextOf(entry, index);
  const heading = index.sourceFeatures.get(entry.sentence.sourceId);
  for (const f of term.features) {
    // A name in the sentence before or in the title is who "he", "she" or "the envoy" refers to.
    if (context?.features.has(f) || heading?.has(f)) {
      return { term, credit: term.name ? TUNING.nameContextCredit : TUNING.contextCredit, positions: [] };
    }
  }
  return undefined;
}

const LIST_ITEM = /^\s*(?:[—–•*·▪-]|\d{1,2}[.)]\s)/u;

/**
 * The sentence before, which "he", "the envoy" or an undated sentence refers back to; none for a
 * list item, which is its own unit (the item before it speaks of someone else: "— Name, 61, ...").
 */
function contextOf(entry: IndexedSentence, index: SentenceIndex): IndexedSentence | undefined {
  const prev = entry.previous !== undefined ? index.sentences[entry.previous] : undefined;
  if (!prev) return undefined;
  const item = LIST_ITEM.test(entry.sentence.text) && prev.sentence.paragraph !== entry.sentence.paragraph;
  return item ? undefined : prev;
}

/** Whether a date fits one the question asks, remembered per distinct date for one question. */
type DateFits = (d: FuzzyDate) => boolean;

function dateFits(q: AnalyzedQuestion): DateFits {
  const asked = q.dates.map((d) => d.date);
  const memo = new Map<string, boolean>();
  return (d) => {
    const key = `${d.precision}|${d.year}|${d.month}|${d.day}|${d.part}|${d.season}`;
    let v = memo.get(key);
    if (v === undefined) {
      v = asked.some((a) => datesCompatible(a, d) && coarseEnough(a, d));
      memo.set(key, v);
    }
    return v;
  };
}

function dateFitOf(
  q: AnalyzedQuestion,
  entry: IndexedSentence,
  index: SentenceIndex,
  fits: DateFits,
): RankedSentence['dateFit'] {
  if (!q.dates.length) return 'none';
  const own = entry.annotation.dates;
  if (own.some((m) => fits(m.date))) return 'exact';
  const carried = entry.annotation.date;
  if (carried && fits(carried)) return 'context';
  const prev = contextOf(entry, index);
  if (prev?.annotation.dates.some((m) => fits(m.date))) return 'context';
  // A date in a background clause ("who was detained in 2021") is not the event's: it contradicts nothing.
  const eventDates = own.filter((m) => !isBackgroundDate(entry.sentence.text, m.start));
  if (eventDates.length > 0 && eventDates.every((m) => m.date.year !== undefined)) return 'conflict';
  // No date of its own, but it stands under another one (the event of the paragraph before).
  if (own.length === 0 && carried?.year !== undefined && !fits(carried)) return 'conflict';
  return 'none';
}

/** A year-only sentence date does not confirm a question's day ("in 2026" is no evidence for "24 July"). */
function coarseEnough(asked: FuzzyDate, found: FuzzyDate): boolean {
  const rank = { day: 0, 'part-of-month': 1, month: 2, season: 3, year: 4 } as const;
  return rank[found.precision] <= Math.max(rank[asked.precision], 2) || rank[found.precision] <= rank[asked.precision];
}

export function rankSentences(q: AnalyzedQuestion, index: SentenceIndex, limit = TUNING.rankLimit): RankedSentence[] {
  // Candidate → how many of the question's enumerated features it has (its next sentence counts half).
  const hits = new Map<number, number>();
  const add = (n: number) => {
    hits.set(n, (hits.get(n) ?? 0) + 1);
    // The next sentence may carry the answer to what this one introduces.
    const next = index.sentences[n]?.next;
    if (next !== undefined) hits.set(next, (hits.get(next) ?? 0) + 0.5);
  };
  // Candidates come from the question's rarer features: a word in a large share of all sentences
  // ("release" in a corpus about releases) only scores, it does not enumerate. A question made of
  // common words alone still reaches its rarest one.
  const common = Math.max(TUNING.commonFeatureFloor, index.sentences.length * TUNING.commonFeatureShare);
  const features = q.terms.flatMap((t) => t.features).filter((f) => index.postings.has(f));
  const df = (f: string) => index.postings.get(f)?.length ?? 0;
  const rare = features.filter((f) => df(f) <= common);
  const enumerate = rare.length ? rare : features.sort((a, b) => df(a) - df(b)).slice(0, 1);
  for (const f of enumerate) for (const n of index.postings.get(f) ?? []) add(n);
  // A question naming a day or a month reaches the sentences of that month even with no word in common
  // (a bare year only filters: it would reach a whole year of sentences).
  for (const d of q.dates) {
    if (d.date.month === undefined) continue;
    const keys = dateKeys(d.date);
    const key = keys[keys.length - 1] as string;
    const found = key.startsWith('*')
      ? [...index.byDate].filter(([k]) => k.endsWith(key.slice(1))).flatMap(([, v]) => v)
      : (index.byDate.get(key) ?? []);
    if (found.length <= common) for (const n of found) add(n);
  }
  // Past a few thousand, only the candidates sharing the most features with the question are scored.
  const candidates =
    hits.size <= TUNING.maxCandidates
      ? hits.keys()
      : [...hits]
          .sort((a, b) => b[1] - a[1] || a[0] - b[0])
          .slice(0, TUNING.maxCandidates)
          .map(([n]) => n);
  const fits = dateFits(q);
  const total = totalWeight(q) || 1;
  const ranked: RankedSentence[] = [];
  for (const n of candidates) {
    const entry = index.sentences[n] as IndexedSentence;
    const matches: TermMatch[] = [];
    let sum = 0;
    for (const t of q.terms) {
      if (t.unknown) continue;
      const m = matchTerm(t, entry, index);
      if (!m) continue;
      matches.push(m);
      sum += t.weight * m.credit;
    }
    const dateFit = dateFitOf(q, entry, index, fits);
    // A question of a date alone ("What happened on 19 March?") also takes what the day's sentences go on to tell.
    const dated = dateFit === 'exact' || (dateFit === 'context' && !q.terms.some((t) => !t.unknown));
    if (!matches.some((m) => m.positions.length > 0) && !dated) continue;
    if (dateFit === 'exact') sum += TUNING.dateWeight;
    else if (dateFit === 'context') sum += TUNING.dateWeight * TUNING.contextCredit;
    const coverage = sum / total;
    let score = sum;
    const focusTerms = q.terms.filter((t) => t.focus);
    const focusMissed = focusTerms.length > 0 && !focusTerms.some((t) => matches.some((m) => m.term === t));
    if (focusMissed) score *= TUNING.focusMissFactor;
    if (dateFit === 'conflict') score *= TUNING.dateConflictFactor;
    if (q.ordinals.length) {
      if (q.ordinals.some((o) => entry.ordinals.includes(o))) score *= TUNING.ordinalFitFactor;
      else if (entry.ordinals.length) score *= TUNING.ordinalConflictFactor;
    }
    if (entry.hedged) score *= TUNING.hedgeFactor;
    // A line without a closing stop is a headline, a bullet fragment or a caption: it sums up, it rarely tells.
    if (!/[.!?…»"”)]\s*$/.test(entry.sentence.text)) score *= TUNING.headlineFactor;
    // Long sentences match more by chance: a mild length penalty.
    score /= 1 + (TUNING.lengthPenalty * Math.max(0, entry.tokenCount - 25)) / 25;
    ranked.push({ entry, score, coverage, matches, dateFit });
  }
  ranked.sort((a, b) => b.score - a.score || a.entry.n - b.entry.n);
  return ranked.slice(0, limit);
}
