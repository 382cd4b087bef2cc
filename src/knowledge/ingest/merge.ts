import { type DayRange, dayRanges } from '../extract/dates-calendar.ts';
import { datesCompatible, precisionRank } from '../extract/dates.ts';
import { sameEvent } from '../extract/events.ts';
import type { Fact, FuzzyDate } from '../types.ts';
import { sortedUnion, union } from './set-lists.ts';

/**
 * The same event told by several sources becomes one fact with several pieces of evidence.
 * Where they disagree on a count of the same thing, both values are kept and the conflict is marked.
 *
 * Twins share a type and a participant or a counted number: a fact is compared only with the facts
 * filed under those keys, and, since compatible dates share their year, only with those of its year
 * (a fact whose date has no year is compared with every year, and every year with it). The first
 * candidate in filing order that passes wins. Within a bucket, facts whose date lies inside one month
 * are also filed by that month: a fact dated inside June is compared only with the June ones and those
 * with wider dates (a season, a year, no year), in filing order, since two dates inside different months
 * of a year cannot denote the same day. The cheap tests run first (hedged, sanction action, the days the
 * dates can denote, computed once per date, the sources already merged). The result is the same as
 * testing `sameEvent` on every candidate of the bucket.
 */
export function mergeAcrossSources(facts: readonly Fact[]): Fact[] {
  const merge = crossSourceMerge();
  for (const fact of facts) merge.add(fact);
  return merge.facts;
}

/**
 * The same merge fed one fact at a time, in document order: with workers, ingest merges each document
 * as its facts arrive instead of all of them after the last worker is done.
 */
export function crossSourceMerge(): { facts: Fact[]; add: (fact: Fact) => void } {
  const out: Fact[] = [];
  const byKey = new Map<string, Map<string, Bucket>>();
  /** Filing numbers, and the number of the twin search under way (a kept fact tried in it is not tried again). */
  const counter = { seq: 0, search: 0 };

  const add = (fact: Fact) => {
    // The keys are worked out once: the search for a twin and the filing both use them.
    const keys = keysOf(fact);
    // A plan or a rumour ("may visit") is not the same event as the visit reported as done.
    const twin = mayBeTwin(fact) ? findTwin(fact, keys, byKey, ++counter.search) : undefined;
    if (!twin) {
      const copy = cloneFact(fact);
      out.push(copy);
      if (!mayBeTwin(copy)) return;
      const kept: Kept = {
        fact: copy,
        sources: new Set(copy.evidence.map((e) => e.sourceId)),
        buckets: [],
        search: 0,
        ...datePlaces(copy.date),
      };
      file(byKey, keys, kept, counter);
      return;
    }
    const kept = twin;
    const target = kept.fact;
    file(byKey, keys, kept, counter);
    target.evidence.push(...fact.evidence);
    for (const e of fact.evidence) kept.sources.add(e.sourceId);
    target.sentenceIds.push(...fact.sentenceIds);
    target.participants = union(target.participants, fact.participants);
    target.places = union(target.places, fact.places);
    target.concepts = sortedUnion(target.concepts, fact.concepts);
    if (fact.date && target.date && precisionRank(fact.date) < precisionRank(target.date)) {
      const before = kept.slot;
      target.date = fact.date;
      Object.assign(kept, datePlaces(target.date));
      if (kept.slot !== before) for (const bucket of kept.buckets) moveSlot(bucket, kept, before, kept.slot);
    }
    for (const c of fact.counts) {
      const other = target.counts.find((x) => x.concept === c.concept && x.concept !== undefined);
      if (other && other.value !== c.value && !c.additional && !other.additional) {
        const conflicts = target.conflicts ?? [];
        conflicts.push({ field: 'count', values: [String(other.value), String(c.value)] });
        target.conflicts = conflicts;
      }
      if (!other) target.counts.push(c);
    }
  };
  return { facts: out, add };
}

/**
 * A fact that may be the same event as another: nothing else is searched for a twin, nor filed as one
 * (a plan, a fact without a date, or a type never merged fails every search; what a merge changes of a
 * kept fact is never what this reads).
 */
function mayBeTwin(fact: Fact): boolean {
  return !fact.hedged && fact.type !== 'other' && fact.type !== 'statement' && fact.date !== undefined;
}

/**
 * A fact kept in the merged list, with what the merge asks of it again and again: the sources it was
 * merged from, the buckets it is filed in, the days its date can denote and its slot (both worked out
 * again only when its date changes), and the last twin search that tried it.
 */
interface Kept {
  fact: Fact;
  sources: Set<string>;
  buckets: Bucket[];
  search: number;
  ranges: DayRange[] | undefined;
  slot: number;
}

/** Files `kept` under the keys of the fact being added (its own, or its twin's new ones). */
function file(
  byKey: Map<string, Map<string, Bucket>>,
  keys: readonly string[],
  kept: Kept,
  counter: { seq: number },
): void {
  const year = yearOf(kept.fact);
  for (const key of keys) {
    let years = byKey.get(key);
    if (!years) {
      years = new Map();
      byKey.set(key, years);
    }
    let bucket = years.get(year);
    if (!bucket) {
      bucket = { all: [], bySlot: new Map() };
      years.set(year, bucket);
    }
    // The buckets a fact is filed in are few (one per key): a list says as fast as a set whether it is in this one.
    if (kept.buckets.includes(bucket)) continue;
    const entry = { seq: counter.seq++, kept };
    bucket.all.push(entry);
    slotList(bucket, kept.slot).push(entry);
    kept.buckets.push(bucket);
  }
}

/** A fact filed under one key and year, with its filing number (the order candidates are tried in). */
interface Entry {
  seq: number;
  kept: Kept;
}

interface Bucket {
  /** Every fact, in filing order. */
  all: Entry[];
  /** The same entries by slot: the month a date lies inside (1..12), or WIDE. */
  bySlot: Map<number, Entry[]>;
}

/** A date that does not lie inside one month of a known year: a season, a year, no year, no date. */
const WIDE = 0;

function slotList(bucket: Bucket, slot: number): Entry[] {
  let list = bucket.bySlot.get(slot);
  if (!list) {
    list = [];
    bucket.bySlot.set(slot, list);
  }
  return list;
}

/** The days a date can denote (with a year: else mayBeSameDays does not read them) and its slot. */
function datePlaces(date: FuzzyDate | undefined): { ranges: DayRange[] | undefined; slot: number } {
  if (!date || date.year === undefined) return { ranges: undefined, slot: WIDE };
  const ranges = dayRanges(date, date.year) as DayRange[] | undefined;
  return { ranges, slot: date.month === undefined ? WIDE : monthSlotOf(ranges, date.year, date.month) };
}

/** The month a date lies inside (its every day in one month of its year), else WIDE. */
function monthSlotOf(ranges: readonly DayRange[] | undefined, year: number, month: number): number {
  if (ranges?.length !== 1) return WIDE;
  const [first, last] = ranges[0] as DayRange;
  const monthStart = dayRanges({ year, month, precision: 'month' }, year)?.[0];
  if (!monthStart || first < monthStart[0] || last > monthStart[1]) return WIDE;
  return month;
}

/** A fact whose date changed slot: its entry moves, keeping its filing number. */
function moveSlot(bucket: Bucket, kept: Kept, from: number, to: number): void {
  const old = bucket.bySlot.get(from);
  const at = old?.findIndex((e) => e.kept === kept) ?? -1;
  if (!old || at < 0) return;
  const [entry] = old.splice(at, 1) as [Entry];
  const list = slotList(bucket, to);
  let i = list.length;
  while (i > 0 && (list[i - 1] as Entry).seq > entry.seq) i--;
  list.splice(i, 0, entry);
}

function keysOf(f: Fact): string[] {
  const keys: string[] = [];
  for (const p of f.participants) if (!p.startsWith('place:')) keys.push(`${f.type}|p|${p}`);
  for (const c of f.counts) keys.push(`${f.type}|c|${c.value}|${c.concept ?? ''}`);
  return keys;
}

function yearOf(f: Fact): string {
  return f.date?.year === undefined ? '?' : String(f.date.year);
}

/** What a twin search compares each candidate with: the fact, its date's days, its first source, the search's number. */
interface Search {
  fact: Fact;
  date: FuzzyDate;
  ranges: DayRange[] | undefined;
  source: string | undefined;
  search: number;
}

function findTwin(
  fact: Fact,
  keys: readonly string[],
  byKey: ReadonlyMap<string, ReadonlyMap<string, Bucket>>,
  search: number,
): Kept | undefined {
  const date = fact.date as FuzzyDate;
  const { ranges, slot } = datePlaces(date);
  const s: Search = { fact, date, ranges, source: fact.evidence[0]?.sourceId, search };
  const year = yearOf(fact);
  for (const key of keys) {
    const years = byKey.get(key);
    if (!years) continue;
    const buckets = year === '?' ? [...years.values()] : [years.get(year), years.get('?')];
    for (const bucket of buckets) {
      if (!bucket) continue;
      const found = slot === WIDE ? firstOf(bucket.all, s) : firstOfTwo(bucket, slot, s);
      if (found) return found;
    }
  }
  return undefined;
}

/** Whether a kept fact, not yet tried in this search, is the searched fact's twin: the cheap tests first. */
function passes(k: Kept, s: Search): boolean {
  if (k.search === s.search) return false;
  k.search = s.search;
  const f = k.fact;
  if (f.hedged || f.sanctionAction !== s.fact.sanctionAction || !f.date) return false;
  if (!mayBeSameDays(f.date, k.ranges, s.date, s.ranges)) return false;
  if (s.source !== undefined && k.sources.has(s.source)) return false;
  return sameEvent(f, s.fact, datesCompatible);
}

function firstOf(entries: readonly Entry[], s: Search): Kept | undefined {
  for (const e of entries) if (passes(e.kept, s)) return e.kept;
  return undefined;
}

/** The first passing fact among the month's entries and the wide ones, in filing order. */
function firstOfTwo(bucket: Bucket, slot: number, s: Search): Kept | undefined {
  const a = bucket.bySlot.get(slot) ?? [];
  const b = bucket.bySlot.get(WIDE) ?? [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const takeA = j >= b.length || (i < a.length && (a[i] as Entry).seq < (b[j] as Entry).seq);
    const e = (takeA ? a[i++] : b[j++]) as Entry;
    if (passes(e.kept, s)) return e.kept;
  }
  return undefined;
}

/** A necessary condition of datesCompatible, cheap when both dates have a year (`ra`, `rb`: their days). */
function mayBeSameDays(
  a: FuzzyDate,
  ra: readonly DayRange[] | undefined,
  b: FuzzyDate,
  rb: readonly DayRange[] | undefined,
): boolean {
  if (a.year === undefined || b.year === undefined) return datesCompatible(a, b);
  if (!ra || !rb) return true;
  for (const [firstA, lastA] of ra)
    for (const [firstB, lastB] of rb) if (firstA <= lastB && firstB <= lastA) return true;
  return false;
}

/**
 * A copy of a fact whose lists are its own: the merge adds to a kept fact's lists (the counts list is
 * also its sentence's annotation's), never changes the dates, evidence or counts in them, so those are shared.
 */
function cloneFact(fact: Fact): Fact {
  return {
    ...fact,
    participants: [...fact.participants],
    places: [...fact.places],
    counts: [...fact.counts],
    concepts: [...fact.concepts],
    evidence: [...fact.evidence],
    sentenceIds: [...fact.sentenceIds],
    ...(fact.conflicts ? { conflicts: [...fact.conflicts] } : {}),
  };
}
