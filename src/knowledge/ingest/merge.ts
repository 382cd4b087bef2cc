import { dayRanges } from '../extract/dates-calendar.ts';
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
  const sourcesOf = new Map<Fact, Set<string>>();
  const bucketsOf = new Map<Fact, Bucket[]>();
  let seq = 0;

  /** Files `target` under the keys of the fact being added (its own, or its twin's new ones). */
  const file = (keys: readonly string[], target: Fact) => {
    const year = yearOf(target);
    for (const key of keys) {
      let years = byKey.get(key);
      if (!years) {
        years = new Map();
        byKey.set(key, years);
      }
      let bucket = years.get(year);
      if (!bucket) {
        bucket = { all: [], bySlot: new Map(), members: new Set() };
        years.set(year, bucket);
      }
      if (bucket.members.has(target)) continue;
      bucket.members.add(target);
      const entry = { seq: seq++, fact: target };
      bucket.all.push(entry);
      slotList(bucket, slotOf(target.date)).push(entry);
      const list = bucketsOf.get(target);
      if (list) list.push(bucket);
      else bucketsOf.set(target, [bucket]);
    }
  };

  const add = (fact: Fact) => {
    // The keys are worked out once: the search for a twin and the filing both use them.
    const keys = keysOf(fact);
    // A plan or a rumour ("may visit") is not the same event as the visit reported as done.
    const twin =
      !fact.hedged && fact.type !== 'other' && fact.type !== 'statement' && fact.date
        ? findTwin(fact, keys, byKey, sourcesOf)
        : undefined;
    if (!twin) {
      const copy = cloneFact(fact);
      out.push(copy);
      sourcesOf.set(copy, new Set(copy.evidence.map((e) => e.sourceId)));
      file(keys, copy);
      return;
    }
    file(keys, twin);
    twin.evidence.push(...fact.evidence);
    for (const e of fact.evidence) sourcesOf.get(twin)?.add(e.sourceId);
    twin.sentenceIds.push(...fact.sentenceIds);
    twin.participants = union(twin.participants, fact.participants);
    twin.places = union(twin.places, fact.places);
    twin.concepts = sortedUnion(twin.concepts, fact.concepts);
    if (fact.date && twin.date && precisionRank(fact.date) < precisionRank(twin.date)) {
      const before = slotOf(twin.date);
      twin.date = fact.date;
      const after = slotOf(twin.date);
      if (after !== before) for (const bucket of bucketsOf.get(twin) ?? []) moveSlot(bucket, twin, before, after);
    }
    for (const c of fact.counts) {
      const other = twin.counts.find((x) => x.concept === c.concept && x.concept !== undefined);
      if (other && other.value !== c.value && !c.additional && !other.additional) {
        const conflicts = twin.conflicts ?? [];
        conflicts.push({ field: 'count', values: [String(other.value), String(c.value)] });
        twin.conflicts = conflicts;
      }
      if (!other) twin.counts.push(c);
    }
  };
  return { facts: out, add };
}

/** A fact filed under one key and year, with its filing number (the order candidates are tried in). */
interface Entry {
  seq: number;
  fact: Fact;
}

interface Bucket {
  /** Every fact, in filing order. */
  all: Entry[];
  /** The same entries by slot: the month a date lies inside (1..12), or WIDE. */
  bySlot: Map<number, Entry[]>;
  members: Set<Fact>;
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

/** The slot of each date object, worked out once: a fact is filed under several keys and compared many times. */
const SLOTS = new WeakMap<FuzzyDate, number>();

/** The month a date lies inside (its every day in one month of its year), else WIDE. */
function slotOf(date: FuzzyDate | undefined): number {
  if (!date || date.year === undefined || date.month === undefined) return WIDE;
  let slot = SLOTS.get(date);
  if (slot === undefined) {
    slot = monthSlotOf(date, date.year, date.month);
    SLOTS.set(date, slot);
  }
  return slot;
}

function monthSlotOf(date: FuzzyDate, year: number, month: number): number {
  const ranges = rangesOf(date);
  if (ranges?.length !== 1) return WIDE;
  const [first, last] = ranges[0] as [number, number];
  const monthStart = dayRanges({ year, month, precision: 'month' }, year)?.[0];
  if (!monthStart || first < monthStart[0] || last > monthStart[1]) return WIDE;
  return month;
}

/** A fact whose date changed slot: its entry moves, keeping its filing number. */
function moveSlot(bucket: Bucket, fact: Fact, from: number, to: number): void {
  const old = bucket.bySlot.get(from);
  const at = old?.findIndex((e) => e.fact === fact) ?? -1;
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

function findTwin(
  fact: Fact,
  keys: readonly string[],
  byKey: ReadonlyMap<string, ReadonlyMap<string, Bucket>>,
  sourcesOf: ReadonlyMap<Fact, Set<string>>,
): Fact | undefined {
  const source = fact.evidence[0]?.sourceId;
  const date = fact.date as FuzzyDate;
  const year = yearOf(fact);
  const slot = slotOf(date);
  const seen = new Set<Fact>();
  const passes = (f: Fact) => {
    if (seen.has(f)) return false;
    seen.add(f);
    if (f.hedged || f.sanctionAction !== fact.sanctionAction || !f.date) return false;
    if (!mayBeSameDays(f.date, date)) return false;
    if (source !== undefined && sourcesOf.get(f)?.has(source)) return false;
    return sameEvent(f, fact, datesCompatible);
  };
  for (const key of keys) {
    const years = byKey.get(key);
    if (!years) continue;
    const buckets = year === '?' ? [...years.values()] : [years.get(year), years.get('?')];
    for (const bucket of buckets) {
      if (!bucket) continue;
      const found = slot === WIDE ? firstOf(bucket.all, passes) : firstOfTwo(bucket, slot, passes);
      if (found) return found;
    }
  }
  return undefined;
}

function firstOf(entries: readonly Entry[], passes: (f: Fact) => boolean): Fact | undefined {
  for (const e of entries) if (passes(e.fact)) return e.fact;
  return undefined;
}

/** The first passing fact among the month's entries and the wide ones, in filing order. */
function firstOfTwo(bucket: Bucket, slot: number, passes: (f: Fact) => boolean): Fact | undefined {
  const a = bucket.bySlot.get(slot) ?? [];
  const b = bucket.bySlot.get(WIDE) ?? [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const takeA = j >= b.length || (i < a.length && (a[i] as Entry).seq < (b[j] as Entry).seq);
    const e = (takeA ? a[i++] : b[j++]) as Entry;
    if (passes(e.fact)) return e.fact;
  }
  return undefined;
}

/** The days of a dated fact, once per date object (a merged fact that takes a finer date gets a new object). */
const RANGES = new WeakMap<FuzzyDate, ReturnType<typeof dayRanges> | null>();

/** A necessary condition of datesCompatible, cheap when both dates have a year. */
function mayBeSameDays(a: FuzzyDate, b: FuzzyDate): boolean {
  if (a.year === undefined || b.year === undefined) return datesCompatible(a, b);
  const ra = rangesOf(a);
  const rb = rangesOf(b);
  if (!ra || !rb) return true;
  for (const [firstA, lastA] of ra)
    for (const [firstB, lastB] of rb) if (firstA <= lastB && firstB <= lastA) return true;
  return false;
}

function rangesOf(date: FuzzyDate) {
  let r = RANGES.get(date);
  if (r === undefined) {
    r = dayRanges(date, date.year) ?? null;
    RANGES.set(date, r);
  }
  return r ?? undefined;
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
