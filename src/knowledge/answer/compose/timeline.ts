/** The timeline composer: the dated events of a chronology, in order. */
import { isBackgroundDate } from '../../extract/date-roles.ts';
import { dateSortKey } from '../../extract/dates.ts';
import type { FuzzyDate } from '../../types.ts';
import type { AnalyzedQuestion, QuestionTerm } from '../analyze.ts';
import { type Candidate, dateCandidates } from '../candidates.ts';
import type { RankedSentence } from '../retrieve.ts';
import { TUNING } from '../tuning.ts';
import { listUnderIntro } from './list.ts';
import { abstained, mentionStart, type TypedAnswer } from './shared.ts';

/**
 * A timeline "in 2025–2026" or "начиная с 2025 года" keeps only the events of those years, and so does
 * one of "the two 2026 shutdowns" (a year before a noun, which the question's dates leave out).
 */
function withinAskedYears(q: AnalyzedQuestion, date: FuzzyDate): boolean {
  const dated = q.dates.map((d) => d.date.year).filter((y): y is number => y !== undefined);
  const years = dated.length ? dated : [...q.text.matchAll(YEAR_BEFORE_NOUN)].map((m) => Number(m[1]));
  if (!years.length || date.year === undefined) return true;
  const from = Math.min(...years);
  const since = /(?<![\p{L}])(since|from|starting|начиная|с)\s/iu.test(q.text);
  const to = since ? Number.POSITIVE_INFINITY : Math.max(...years);
  return date.year >= from && date.year <= to;
}

/** A year standing before a word: "the 2026 shutdowns", "2026 quotas". */
const YEAR_BEFORE_NOUN = /(?<![\d.,:/-])((?:19|20)\d\d)\s+\p{L}/gu;

function withDocumentYear(date: FuzzyDate, r: RankedSentence): FuzzyDate {
  if (date.year !== undefined) return date;
  const year = Number(r.entry.source.published?.slice(0, 4));
  return year ? { ...date, year } : date;
}

/** The same date as precisely given: one day, or one month (three reports of "February 2025" are one entry). */
function sameDate(a: FuzzyDate, b: FuzzyDate): boolean {
  return (
    a.precision === b.precision &&
    a.precision !== 'year' &&
    a.precision !== 'season' &&
    dateSortKey(a) === dateSortKey(b)
  );
}

type TimelineEntry = { from: RankedSentence; date: FuzzyDate };

/** The background dates among r's date candidates ("imposed in 2021", "since 2020") as entries, one a date. */
function pushBackgroundEntries(
  q: AnalyzedQuestion,
  r: RankedSentence,
  candidates: readonly Candidate[],
  entries: TimelineEntry[],
): void {
  for (const c of candidates) {
    if (!c.date || !isBackgroundDate(r.entry.sentence.text, mentionStart(r, c))) continue;
    const date = withDocumentYear(c.date, r);
    if (!withinAskedYears(q, date) || entries.some((e) => sameDate(e.date, date) || e.date.year === date.year))
      continue;
    entries.push({ from: r, date });
  }
}

/** Between two dates of a list: "14 April, 27 May and 14 July", "10 и 12 июня". */
const LIST_GAP = /^\s*(,|;|and|и|,\s*and|,\s*и|as well as|а также|,\s*а также)\s*$/iu;
/** Between the days of a range: "14–15 April", "10-11 февраля". */
const RANGE_GAP = /^\s*[-–—]\s*$/u;

/**
 * The dates of the list `chosen` stands in, in order ("on 14–15 April, 27 May and 14 July": three), or
 * `chosen` alone. A range counts once, by its first day: the event began then.
 */
function enumeratedDates(r: RankedSentence, own: readonly Candidate[], chosen: Candidate): Candidate[] {
  const text = r.entry.sentence.text;
  const start = (c: Candidate) => c.start ?? mentionStart(r, c);
  const end = (c: Candidate) => c.end ?? r.entry.tokens[c.to - 1]?.end ?? start(c);
  const sorted = [...own].sort((a, b) => start(a) - start(b));
  const at = sorted.indexOf(chosen);
  const gap = (a: Candidate, b: Candidate) => text.slice(end(a), start(b));
  const joined = (a: Candidate, b: Candidate) => LIST_GAP.test(gap(a, b)) || RANGE_GAP.test(gap(a, b));
  let first = at;
  while (first > 0 && joined(sorted[first - 1] as Candidate, sorted[first] as Candidate)) first--;
  let last = at;
  while (last < sorted.length - 1 && joined(sorted[last] as Candidate, sorted[last + 1] as Candidate)) last++;
  if (first === last) return [chosen];
  const run = sorted.slice(first, last + 1);
  return run.filter((c, i) => i === 0 || !RANGE_GAP.test(gap(run[i - 1] as Candidate, c)));
}

/** Between two names of a list in the question: a comma, "and", "и", "or". */
const LIST_JOINT = /^\s*(,\s*|,?\s*(and|or|и|или)\s+)$/iu;

/** The question's names, those it lists one after another in one group ("Hrebenne, Korczowa and Medyka"). */
function listedNames(q: AnalyzedQuestion, named: readonly QuestionTerm[]): QuestionTerm[][] {
  const groups: QuestionTerm[][] = [];
  for (const t of named) {
    const last = groups[groups.length - 1];
    const previous = last?.[last.length - 1];
    const before = previous && q.tokens[previous.position];
    const at = q.tokens[t.position];
    if (last && before && at && LIST_JOINT.test(q.text.slice(before.end, at.start))) last.push(t);
    else groups.push([t]);
  }
  return groups;
}

export function composeTimeline(q: AnalyzedQuestion, ranked: RankedSentence[]): TypedAnswer {
  const bestCoverage = ranked[0]?.coverage ?? 0;
  const entries: TimelineEntry[] = [];
  const named = q.terms.filter((t) => t.name && !t.unknown);
  const groups = listedNames(q, named);
  // "Движение через развязку восстанавливалось в три этапа:": the dated items of a strong list's intro are
  // entries however few of the question's words they repeat ("— 23 февраля — по обоим путям"). (Taking
  // them as the whole chronology lost events a list did not hold.)
  const list = listUnderIntro(ranked);
  const items = new Set(list ? list.slice(1) : []);
  // Each sentence once: an item that is also ranked is visited as an item.
  for (const r of new Set([...items, ...ranked.slice(0, TUNING.timelineDepth)])) {
    const item = items.has(r);
    if (!item && r.coverage < TUNING.timelineCoverageShare * bestCoverage) continue;
    // A chronology of something named is of that thing: "sanctions on <the airline>" is no list of every sanction.
    // Of names the question lists ("the blockades at Hrebenne, Korczowa and Medyka"), each entry tells of one.
    if (!item && !groups.every((group) => group.some((t) => r.matches.some((m) => m.term === t)))) continue;
    // The event's own date: a since-date or a date in a relative clause is background, never an entry.
    const candidates = dateCandidates(q, r);
    const own = candidates.filter((c) => c.date && !isBackgroundDate(r.entry.sentence.text, mentionStart(r, c)));
    // "Built in 1992 and bought in 2017, it was detained last October": the event's day or month, not a bare year beside it.
    const finer = own.filter((c) => c.date?.precision !== 'year');
    const dated = [...(finer.length ? finer : own)].sort((a, b) => a.distance - b.distance)[0];
    // "All three rounds were held in Doha: on 14–15 April, 27 May and 14 July": each date of a list is an entry.
    const listed = dated ? enumeratedDates(r, own, dated) : [];
    const fresh = (date: FuzzyDate) =>
      withinAskedYears(q, date) &&
      !entries.some((e) => (e.from.entry.n === r.entry.n && listed.length < 2) || sameDate(e.date, date));
    for (const c of listed) {
      // A yearless day ("14 августа") is of its document's year, for the order and the period.
      const date = withDocumentYear(c.date as FuzzyDate, r);
      // One entry a day: three reports of the same release are one event of the chronology.
      if (fresh(date)) entries.push({ from: r, date });
    }
    // In the history of something named, its background is an earlier entry: "lifts the sanctions on <it>,
    // imposed in 2021" dates the imposing, whatever date the lifting has.
    if (named.length) pushBackgroundEntries(q, r, candidates, entries);
    if (entries.length >= TUNING.timelineEntries) break;
  }
  if (entries.length === 0) return abstained(q, 'not-stated', ranked);
  // A chronology of dated events: once two entries give a day or a month ("late April" too), a bare year or season
  // ("in 2025", "this summer") is a remark about the period, not an entry.
  const precise = entries.filter((e) => ['day', 'part-of-month', 'month'].includes(e.date.precision));
  if (precise.length >= 2) {
    const years = precise.map((e) => e.date.year ?? 0);
    const [first, last] = [Math.min(...years), Math.max(...years)];
    // A year before or after all of them is no remark about their period but an entry of its own.
    const kept = entries.filter(
      (e) =>
        precise.includes(e) ||
        (e.date.precision === 'year' && e.date.year !== undefined && (e.date.year < first || e.date.year > last)),
    );
    entries.splice(0, entries.length, ...kept);
  }
  entries.sort((a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)));
  return {
    type: q.type,
    answered: true,
    unknownNames: [],
    values: entries.map((e) => ({ kind: 'date' as const, text: '', date: e.date, from: e.from })),
    conflict: false,
    quotes: entries,
    confidence: Math.min(1, bestCoverage),
  };
}
