/**
 * What the composers share: the typed answer and the composer's type, abstaining and answering, candidates
 * scored over the ranked sentences, corroborating quotes, and the readings of a sentence more than one makes.
 */
import { conceptsOfTokens } from '../../lexicon/vocabulary.ts';
import { partOfSpeech } from '../../text/morphology.ts';
import type { FuzzyDate } from '../../types.ts';
import { type AnalyzedQuestion, isPlaceTerm, type QuestionTerm } from '../analyze.ts';
import type { AnswerType } from '../answer-types.ts';
import type { Candidate } from '../candidates.ts';
import type { RankedSentence } from '../retrieve.ts';
import { isReplacedValue, OLD_VALUE_ASKED } from '../slot-constraints.ts';
import { TUNING } from '../tuning.ts';

export interface AnswerValue {
  kind: Candidate['kind'] | 'role' | 'yes' | 'no' | 'unstated';
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

function closeness(c: Candidate): number {
  return 1 / (1 + TUNING.distanceSlope * c.distance);
}

export function abstained(q: AnalyzedQuestion, reason: AbstainReason, ranked: RankedSentence[]): TypedAnswer {
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

export function answered(
  q: AnalyzedQuestion,
  values: AnswerValue[],
  quotes: RankedSentence[],
  conflict = false,
): TypedAnswer {
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
export function corroborating(ranked: RankedSentence[], best: RankedSentence): RankedSentence[] {
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

export interface Scored {
  c: Candidate;
  r: RankedSentence;
  score: number;
}

export function bestCandidates(
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

/** A question's name the documents have that is no place of the gazetteer: a person or a body. */
export function namesSomeone(t: QuestionTerm): boolean {
  return t.name && !t.unknown && !isPlaceTerm(t);
}

/**
 * Whether a candidate may stand beside the chosen one as another source's value: another document,
 * nearly as strong, and as well dated for the question (not another month's event).
 * `placeMayBeImplicit`: a rival sentence naming no place at all speaks of the question's (asked whether
 * the sources agree, an interview's answer names no country it is about).
 */
export function isRival(s: Scored, chosen: Scored, share: number, placeMayBeImplicit = false): boolean {
  // The same place: a country or city the chosen sentence answers for must be in the rival's too
  // ("in Kazakhstan" is not disputed by a figure for Belarus).
  const names = chosen.r.matches.filter((m) => m.term.name && isPlaceTerm(m.term)).map((m) => m.term);
  return (
    s.r.entry.sentence.sourceId !== chosen.r.entry.sentence.sourceId &&
    s.score >= share * chosen.score &&
    (s.r.dateFit !== 'conflict' || chosen.r.dateFit === 'conflict') &&
    (names.every((t) => s.r.matches.some((m) => m.term === t)) || (placeMayBeImplicit && !namesAnyPlace(s.r)))
  );
}

function namesAnyPlace(r: RankedSentence): boolean {
  return conceptsOfTokens(r.entry.tokens).some((h) => h.concept.startsWith('geo_'));
}

/** A Russian verb or participle in the short form ("назначен", "освободили"): it says what was done, not what is counted. */
export function isVerbForm(word: string): boolean {
  if (!/^[а-яё]+$/.test(word)) return false;
  const pos = partOfSpeech(word);
  return pos === 'VERB' || pos === 'PRTS' || pos === 'INFN';
}

/** Whether the sentence has a question term that `which` selects at a token of [from, to). */
export function termFoundIn(r: RankedSentence, which: (t: QuestionTerm) => boolean, from: number, to: number): boolean {
  return r.matches.some((m) => which(m.term) && m.positions.some((p) => p >= from && p < to));
}

/** Whether the sentence names a term `which` picks, itself or in its context (the sentence before, its heading). */
export function termTold(r: RankedSentence, which: (t: QuestionTerm) => boolean): boolean {
  return r.matches.some((m) => which(m.term) && m.credit > 0);
}

/** Where a candidate starts in its sentence's text. */
export function mentionStart(r: RankedSentence, c: Candidate): number {
  return r.entry.tokens[c.from]?.start ?? 0;
}

export type Composer = (q: AnalyzedQuestion, ranked: RankedSentence[]) => TypedAnswer;
