import { dayRanges } from '../extract/dates-calendar.ts';
import { datesCompatible, precisionRank } from '../extract/dates.ts';
import { sameEvent } from '../extract/events.ts';
import type { Fact, FuzzyDate } from '../types.ts';

/**
 * The same event told by several sources becomes one fact with several pieces of evidence.
 * Where they disagree on a count of the same thing, both values are kept and the conflict is marked.
 *
 * Twins share a type and a participant or a counted number: a fact is compared only with the facts
 * filed under those keys, and, since compatible dates share their year, only with those of its year
 * (a fact whose date has no year is compared with every year, and every year with it). The first
 * candidate in filing order that passes wins. Within a bucket the cheap tests run first (hedged,
 * sanction action, the days the two dates can denote, computed once per date, the sources already
 * merged), so a pass over the facts stays linear in practice; the result is the same as testing
 * `sameEvent` on every candidate.
 */
export function mergeAcrossSources(facts: readonly Fact[]): Fact[] {
  const out: Fact[] = [];
  const byKey = new Map<string, Map<string, Bucket>>();
  const sourcesOf = new Map<Fact, Set<string>>();

  const file = (keysFrom: Fact, target: Fact) => {
    const year = yearOf(target);
    for (const key of keysOf(keysFrom)) {
      let years = byKey.get(key);
      if (!years) {
        years = new Map();
        byKey.set(key, years);
      }
      let bucket = years.get(year);
      if (!bucket) {
        bucket = { list: [], members: new Set() };
        years.set(year, bucket);
      }
      if (!bucket.members.has(target)) {
        bucket.members.add(target);
        bucket.list.push(target);
      }
    }
  };

  for (const fact of facts) {
    // A plan or a rumour ("may visit") is not the same event as the visit reported as done.
    const twin =
      !fact.hedged && fact.type !== 'other' && fact.type !== 'statement' && fact.date
        ? findTwin(fact, byKey, sourcesOf)
        : undefined;
    if (!twin) {
      const copy = cloneFact(fact);
      out.push(copy);
      sourcesOf.set(copy, new Set(copy.evidence.map((e) => e.sourceId)));
      file(copy, copy);
      continue;
    }
    file(fact, twin);
    twin.evidence.push(...fact.evidence);
    for (const e of fact.evidence) sourcesOf.get(twin)?.add(e.sourceId);
    twin.sentenceIds.push(...fact.sentenceIds);
    twin.participants = [...new Set([...twin.participants, ...fact.participants])];
    twin.places = [...new Set([...twin.places, ...fact.places])];
    twin.concepts = [...new Set([...twin.concepts, ...fact.concepts])].sort();
    if (fact.date && twin.date && precisionRank(fact.date) < precisionRank(twin.date)) twin.date = fact.date;
    for (const c of fact.counts) {
      const other = twin.counts.find((x) => x.concept === c.concept && x.concept !== undefined);
      if (other && other.value !== c.value && !c.additional && !other.additional) {
        const conflicts = twin.conflicts ?? [];
        conflicts.push({ field: 'count', values: [String(other.value), String(c.value)] });
        twin.conflicts = conflicts;
      }
      if (!other) twin.counts.push(c);
    }
  }
  return out;
}

interface Bucket {
  list: Fact[];
  members: Set<Fact>;
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
  byKey: ReadonlyMap<string, ReadonlyMap<string, Bucket>>,
  sourcesOf: ReadonlyMap<Fact, Set<string>>,
): Fact | undefined {
  const source = fact.evidence[0]?.sourceId;
  const date = fact.date as FuzzyDate;
  const year = yearOf(fact);
  const seen = new Set<Fact>();
  const passes = (f: Fact) => {
    if (seen.has(f)) return false;
    seen.add(f);
    if (f.hedged || f.sanctionAction !== fact.sanctionAction || !f.date) return false;
    if (!mayBeSameDays(f.date, date)) return false;
    if (source !== undefined && sourcesOf.get(f)?.has(source)) return false;
    return sameEvent(f, fact, datesCompatible);
  };
  for (const key of keysOf(fact)) {
    const years = byKey.get(key);
    if (!years) continue;
    const lists = year === '?' ? [...years.values()] : [years.get(year), years.get('?')];
    for (const bucket of lists) {
      if (!bucket) continue;
      for (const f of bucket.list) if (passes(f)) return f;
    }
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

/** A deep copy of a fact (plain JSON data): what structuredClone gave, without its cost. */
function cloneFact(fact: Fact): Fact {
  return plainCopy(fact);
}

function plainCopy<T>(v: T): T {
  if (Array.isArray(v)) return v.map(plainCopy) as T;
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = plainCopy((v as Record<string, unknown>)[k]);
    return out as T;
  }
  return v;
}
