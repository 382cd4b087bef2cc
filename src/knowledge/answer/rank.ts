import { datesCompatible, dateWithin } from '../extract/dates.ts';
import type { EventType, FuzzyDate } from '../types.ts';
import type { ParsedQuestion } from './question.ts';
import { dateKeyOf, type IndexedSentence, type RetrievalIndex } from './retrieval-index.ts';

export interface Scored {
  item: IndexedSentence;
  score: number;
  /** Share (0..1) of what the question names that the sentence (with its neighbours) covers. */
  coverage: number;
  /** A name the question asks about that few passages mention is neither in the sentence nor around it. */
  missesRareEntity: boolean;
  /** The sentence's date fits the question's date or range. */
  dateFit: 'fits' | 'contextual' | 'outside' | 'undated' | 'none-asked';
}

/** Places every document of a corpus names (its countries) tell little: they weigh less. */
function entityWeight(index: RetrievalIndex, id: string): number {
  const df = index.byEntity.get(id)?.length ?? 0;
  const share = df / Math.max(1, index.sentences.length);
  return share > 0.15 ? 0.6 : share > 0.05 ? 1.5 : 2.5;
}

function idf(index: RetrievalIndex, df: number): number {
  const n = index.sentences.length;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Events that the question's event also covers ("visits" include talks held during a visit). */
const RELATED_EVENTS: Partial<Record<EventType, EventType[]>> = {
  visit: ['visit', 'meeting'],
  meeting: ['meeting', 'visit', 'call'],
  call: ['call'],
  release: ['release'],
  sanctions: ['sanctions'],
};

/** Date comparisons walk calendars; a corpus has few distinct dates, so each pair is compared once. */
const fitCache = new Map<string, boolean>();

const questionKeys = new WeakMap<ParsedQuestion, string>();
function questionDateKey(q: ParsedQuestion): string {
  let key = questionKeys.get(q);
  if (key === undefined) {
    key = `${dateKeyOf(q.date)}>${dateKeyOf(q.range?.from)}>${dateKeyOf(q.range?.to)}`;
    questionKeys.set(q, key);
  }
  return key;
}

/** The sentences whose date's year the question's date or range allows. */
function datedSentences(index: RetrievalIndex, q: ParsedQuestion): IndexedSentence[] {
  const from = q.date ? q.date.year : q.range?.from?.year;
  const to = q.date ? q.date.year : (q.range?.to?.year ?? (q.range?.from ? Number.POSITIVE_INFINITY : undefined));
  const out: IndexedSentence[] = [];
  for (const [year, list] of index.byYear) {
    if ((from === undefined || year >= from) && (to === undefined || year <= to)) out.push(...list);
  }
  return out;
}

export function dateFits(q: ParsedQuestion, d: FuzzyDate | undefined, dKey?: string): boolean | undefined {
  if (!q.date && !q.range) return undefined;
  if (!d || d.year === undefined) return false;
  const key = `${questionDateKey(q)}>${dKey ?? dateKeyOf(d)}`;
  let fits = fitCache.get(key);
  if (fits === undefined) {
    fits = computeDateFits(q, d);
    if (fitCache.size > 100_000) fitCache.clear();
    fitCache.set(key, fits);
  }
  return fits;
}

function computeDateFits(q: ParsedQuestion, d: FuzzyDate): boolean {
  if (q.date) {
    if (dateWithin(d, q.date)) return true;
    // "June 2025" may be the 21 June asked about, but "spring 2025" does not tell what happened on 3 May.
    return d.precision === 'month' && q.date.precision === 'day' && datesCompatible(d, q.date);
  }
  const r = q.range as { from?: FuzzyDate; to?: FuzzyDate };
  const year = d.year ?? 0;
  if (r.from?.year !== undefined && year < r.from.year) return false;
  if (r.to?.year !== undefined && year > r.to.year) return false;
  return true;
}

/** Above this many candidate sentences, those that share only one item with the question are skipped. */
const MAX_CANDIDATES = 3000;

/** Scores every sentence that shares an entity, a concept or a content word with the question. */
export function rankSentences(index: RetrievalIndex, q: ParsedQuestion): Scored[] {
  // How many of the question's items each sentence has: on a big corpus only the sentences sharing
  // two or more are scored, since one common word or name alone never makes the best answer.
  const hits = new Map<string, number>();
  const hit = (id: string) => hits.set(id, (hits.get(id) ?? 0) + 1);
  for (const e of q.entities) for (const id of index.byEntity.get(e) ?? []) hit(id);
  for (const c of q.concepts) for (const id of index.byConcept.get(c) ?? []) hit(id);
  for (const t of q.terms) for (const id of index.byStem.get(t) ?? []) hit(id);
  const candidates = new Set<string>();
  const strong = [...hits].filter(([, n]) => n >= 2);
  for (const [id] of hits.size > MAX_CANDIDATES && strong.length >= 20 ? strong : hits) candidates.add(id);
  // A question that names only a period ("What happened on 19 March 2026?") looks at everything dated then.
  // Date comparisons for this question, once per distinct date of the corpus.
  const fitByKey = new Map<string, boolean>();
  const fitsHere = (d: FuzzyDate | undefined, key: string): boolean | undefined => {
    if (!q.date && !q.range) return undefined;
    let fits = fitByKey.get(key);
    if (fits === undefined) {
      fits = dateFits(q, d, key) ?? false;
      fitByKey.set(key, fits);
    }
    return fits;
  };
  if (q.date || q.range) {
    for (const s of datedSentences(index, q)) if (fitsHere(s.annotation.date, s.dateKey)) candidates.add(s.sentence.id);
  }

  const wanted = q.entities.map((e) => ({ id: e, w: entityWeight(index, e) }));
  const conceptW = q.concepts.map((c) => ({
    id: c,
    w: 1 + (0.5 * idf(index, index.byConcept.get(c)?.length ?? 0)) / 3,
  }));
  const termW = q.terms.map((t) => ({ id: t, w: (0.6 * idf(index, index.byStem.get(t)?.length ?? 0)) / 3 }));
  const sameLangTerms = q.terms.length > 0;
  const dateWeight = q.date || q.range ? 2 : 0;
  const totalWeight =
    dateWeight +
    wanted.reduce((s, x) => s + x.w, 0) +
    conceptW.reduce((s, x) => s + x.w, 0) +
    termW.reduce((s, x) => s + x.w, 0);
  const events = new Set(q.eventTypes.flatMap((e) => RELATED_EVENTS[e] ?? [e]));

  const out: Scored[] = [];
  for (const id of candidates) {
    const item = index.byId.get(id) as IndexedSentence;
    const a = item.annotation;
    const para = index.paragraphs.get(item.paragraphKey);
    // The topic is often set a paragraph earlier ("Совет мира" named, then "the summit" and "he").
    const before =
      item.previousParagraphKey === undefined ? undefined : index.paragraphs.get(item.previousParagraphKey);
    let covered = 0;
    let score = 0;
    let missesRareEntity = false;
    for (const e of wanted) {
      const near = a.entities.includes(e.id) || para?.entities.has(e.id) || before?.entities.has(e.id);
      if (!near && e.w >= 2.5) missesRareEntity = true;
      if (a.entities.includes(e.id)) {
        covered += e.w;
        score += e.w * 1.5;
      } else if (para?.entities.has(e.id)) {
        covered += e.w * 0.6;
        score += e.w * 0.6;
      } else if (before?.entities.has(e.id)) {
        covered += e.w * 0.3;
        score += e.w * 0.3;
      }
    }
    for (const c of conceptW) {
      if (a.concepts.includes(c.id)) {
        covered += c.w;
        score += c.w;
      } else if (para?.concepts.has(c.id)) {
        covered += c.w * 0.5;
        score += c.w * 0.4;
      }
    }
    if (sameLangTerms) {
      for (const t of termW) {
        const tf = item.stems.get(t.id) ?? 0;
        if (tf > 0) {
          covered += item.lang === q.lang ? t.w : 0;
          const norm = (tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * item.length) / index.avgLength));
          score += t.w * norm * 1.5;
        }
      }
    }
    const type = item.fact?.type;
    if (type && events.has(type)) score += 1.2;
    if (a.concepts.includes('hedge')) score -= 0.8;

    let dateFit: Scored['dateFit'] = 'none-asked';
    const fits = fitsHere(a.date, item.dateKey);
    if (fits !== undefined) {
      const ownFit = a.dates.some((d) => dateFits(q, d.date));
      if (fits && !a.dateContextual) dateFit = 'fits';
      else if (fits || ownFit) dateFit = 'contextual';
      else dateFit = a.date ? 'outside' : 'undated';
      score += dateFit === 'fits' ? 3 : dateFit === 'contextual' ? 1.5 : dateFit === 'outside' ? -4 : -1.5;
      covered += dateFit === 'fits' ? dateWeight : dateFit === 'contextual' ? dateWeight / 2 : 0;
    }
    if (q.intent === 'why' && a.concepts.includes('reason')) score += 2;
    // "the first visit", "второй разговор": a sentence that uses the same ordinal speaks of that one.
    if (q.ordinalAny !== undefined && item.ordinals.includes(q.ordinalAny)) score += 1.5;
    // A sentence that says everything the question asks about (all its concepts) is the likelier answer.
    const rareHere = wanted.filter((e) => e.w >= 2.5).every((e) => a.entities.includes(e.id));
    if (rareHere && q.concepts.length > 1 && q.concepts.every((c) => a.concepts.includes(c))) score += 1.5;
    const coverage = totalWeight > 0 ? covered / totalWeight : 0;
    out.push({ item, score: score + 2 * coverage, coverage, dateFit, missesRareEntity });
  }
  out.sort((x, y) => y.score - x.score || x.item.sentence.id.localeCompare(y.item.sentence.id));
  return out;
}
