/**
 * The fact store's file format (schema version 2): the same `FactStoreData` without duplicated text.
 *
 * In memory nothing changes: `encodeStore` turns a `FactStoreData` into a `LeanStore`, `decodeStore`
 * gives back a `FactStoreData` equal to the original, key order included (test/knowledge/store/lean-format.test.ts).
 * On disk:
 * - each document text is stored once (`texts`); a sentence is `[start, end, paragraph, heading, text]`
 *   where `text` is 0 when the cleaned text equals the original slice, 1 when it is that slice with runs
 *   of white space collapsed, otherwise the cleaned text itself; ids and indexes are implied by the order;
 * - evidence is `[sentence, start, end]`: its quote is `texts[source].slice(start, end)`;
 * - the text of a date or count mention is a slice of its sentence's text, stored as 0;
 * - repeated values (dates, entity and concept lists, headings) are stored once in `values` and
 *   referred to by index;
 * - no indentation.
 */
import type {
  CountMention,
  DateMention,
  Evidence,
  Fact,
  FactStoreData,
  FuzzyDate,
  Sentence,
  SentenceAnnotation,
} from '../types.ts';
import type { SentenceRows } from './sentence-rows.ts';

/** A sentence: start, end, paragraph, heading (index into values, -1 none), cleaned text (0, 1 or the text). */
export type LeanSentence = [number, number, number, number, 0 | 1 | string];
/** A date mention: date (index into values), start, end; an object when its text is not the slice. */
export type LeanDateMention = [number, number, number] | DateMention;
/** A count mention whose `text` is 0 when it is the slice of its sentence. */
export type LeanCount = Omit<CountMention, 'text'> & { text: string | 0 };
/**
 * An annotation: entities (values index), dates, counts, concepts (values index), date (values index, -1 none),
 * dateFrom (sentence number, -1 none), dateContextual (0 no, 1 yes, 2 and stamped).
 */
export type LeanAnnotation = [number, LeanDateMention[], LeanCount[], number, number, number, 0 | 1 | 2];
/**
 * A fact: id, type, sanctionAction (0 none), date (values index, -1 none), participants, places (values
 * indexes), counts (0: those of the first evidence's sentence), concepts (values index), evidence as [sentence, start, end] triples flattened,
 * hedged (0/1), conflicts (0 none), sentenceIds (0 when they are the evidence's sentences).
 */
export type LeanFact = [
  string,
  Fact['type'],
  Fact['sanctionAction'] | 0,
  number,
  number,
  number,
  CountMention[] | 0,
  number,
  number[],
  0 | 1,
  NonNullable<Fact['conflicts']> | 0,
  string[] | 0,
];

export interface LeanStore {
  schemaVersion: number;
  sourcesDigest: string;
  sources: FactStoreData['sources'];
  entities: FactStoreData['entities'];
  /** Sentences per source, in the order of `sources`. */
  sentenceCounts: number[];
  sentences: LeanSentence[];
  annotations: LeanAnnotation[];
  facts: LeanFact[];
  values: unknown[];
  texts: Record<string, string>;
}

/** The keys of a lean store, in the order they are written: `values` after the rows that fill it, `texts` last. */
export const LEAN_KEYS = [
  'schemaVersion',
  'sourcesDigest',
  'sources',
  'entities',
  'sentenceCounts',
  'sentences',
  'annotations',
  'facts',
  'values',
  'texts',
] as const satisfies readonly (keyof LeanStore)[];

const collapse = (s: string) => s.replace(/\s+/g, ' ');

/**
 * The lean store, one piece at a time: `sentence(i)`, `annotation(i)` and `fact(i)` give the rows
 * (interning into `values` as they go), so a writer can stream them without holding every row.
 * `values` is complete once every row was asked for: it is written after them.
 */
export interface LeanEncoder {
  sentenceCounts: number[];
  values: unknown[];
  sentence(i: number): LeanSentence;
  annotation(i: number): LeanAnnotation;
  fact(i: number): LeanFact;
}

export function leanEncoder(data: FactStoreData): LeanEncoder {
  const values: unknown[] = [];
  const valueIds = new Map<string, number>();
  const ref = (v: unknown): number => {
    const key = JSON.stringify(v);
    let id = valueIds.get(key);
    if (id === undefined) {
      id = values.length;
      values.push(v);
      valueIds.set(key, id);
    }
    return id;
  };
  const optRef = (v: unknown) => (v === undefined ? -1 : ref(v));

  const sentenceNo = new Map<string, number>();
  const sentenceCounts = data.sources.map(() => 0);
  let at = 0;
  data.sentences.forEach((s, i) => {
    // Sentences come grouped by source, in the order of `sources`, numbered from 0 in each.
    while (at < data.sources.length && data.sources[at]?.id !== s.sourceId) at++;
    if (at >= data.sources.length || s.index !== sentenceCounts[at] || s.id !== `${s.sourceId}#${s.index}`) {
      throw new Error(`encodeStore: sentence ${s.id} is out of order (sentences must come by source, numbered from 0)`);
    }
    sentenceCounts[at] = (sentenceCounts[at] as number) + 1;
    sentenceNo.set(s.id, i);
  });

  const sentence = (i: number): LeanSentence => {
    const s = data.sentences[i] as Sentence;
    const slice = (data.texts[s.sourceId] ?? '').slice(s.start, s.end);
    const text = s.text === slice ? 0 : s.text === collapse(slice) ? 1 : s.text;
    return [s.start, s.end, s.paragraph, optRef(s.heading), text];
  };

  const annotation = (i: number): LeanAnnotation => {
    const s = data.sentences[i] as Sentence;
    const a = data.annotations[s.id];
    if (!a) throw new Error(`encodeStore: sentence ${s.id} has no annotation`);
    const dates: LeanDateMention[] = a.dates.map((d) =>
      d.text === s.text.slice(d.start, d.end) ? [ref(d.date), d.start, d.end] : d,
    );
    const counts: LeanCount[] = a.counts.map((c) => (c.text === s.text.slice(c.start, c.end) ? { ...c, text: 0 } : c));
    const from = a.dateFrom === undefined ? -1 : (sentenceNo.get(a.dateFrom) ?? -1);
    if (a.dateFrom !== undefined && from < 0)
      throw new Error(`encodeStore: ${s.id} has dateFrom ${a.dateFrom}, no such sentence`);
    return [
      ref(a.entities),
      dates,
      counts,
      ref(a.concepts),
      optRef(a.date),
      from,
      a.dateStamped ? 2 : a.dateContextual ? 1 : 0,
    ];
  };

  // Most facts count what their first sentence counts: then the counts are that sentence's.
  const sameCounts = (fact: Fact) => {
    const first = fact.evidence[0];
    const a = first ? data.annotations[first.sentenceId] : undefined;
    return a !== undefined && JSON.stringify(a.counts) === JSON.stringify(fact.counts);
  };

  const fact = (i: number): LeanFact => {
    const f = data.facts[i] as Fact;
    const evidence: number[] = [];
    for (const e of f.evidence) {
      const n = sentenceNo.get(e.sentenceId);
      const s = n === undefined ? undefined : data.sentences[n];
      if (
        n === undefined ||
        s?.sourceId !== e.sourceId ||
        (data.texts[e.sourceId] ?? '').slice(e.start, e.end) !== e.quote
      ) {
        throw new Error(`encodeStore: evidence of fact ${f.id} is not a slice of its source (${e.sentenceId})`);
      }
      evidence.push(n, e.start, e.end);
    }
    const sameIds =
      f.sentenceIds.length === f.evidence.length && f.sentenceIds.every((id, k) => f.evidence[k]?.sentenceId === id);
    return [
      f.id,
      f.type,
      f.sanctionAction ?? 0,
      optRef(f.date),
      ref(f.participants),
      ref(f.places),
      sameCounts(f) ? 0 : f.counts,
      ref(f.concepts),
      evidence,
      f.hedged ? 1 : 0,
      f.conflicts ?? 0,
      sameIds ? 0 : f.sentenceIds,
    ];
  };

  return { sentenceCounts, values, sentence, annotation, fact };
}

/** The whole lean store at once (tests, small stores); FileFactStore streams it through leanEncoder instead. */
export function encodeStore(data: FactStoreData): LeanStore {
  const enc = leanEncoder(data);
  const sentences = data.sentences.map((_, i) => enc.sentence(i));
  const annotations = data.sentences.map((_, i) => enc.annotation(i));
  const facts = data.facts.map((_, i) => enc.fact(i));
  return {
    schemaVersion: data.schemaVersion,
    sourcesDigest: data.sourcesDigest,
    sources: data.sources,
    entities: data.entities,
    sentenceCounts: enc.sentenceCounts,
    sentences,
    annotations,
    facts,
    values: enc.values,
    texts: data.texts,
  };
}

/**
 * Freezes a stored value and everything in it. A value repeated across sentences and facts (an entity
 * list, a date) is then one object in memory, shared by all its users: a loaded store is read, never
 * changed, and a frozen value makes a change fail where it is attempted instead of changing every user.
 */
function frozen<T>(v: T): T {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return v;
  for (const inner of Object.values(v)) frozen(inner);
  return Object.freeze(v);
}

export function decodeStore(lean: LeanStore): FactStoreData {
  const rows = leanRows(lean, (i) => lean.annotations[i]);
  const annotations: Record<string, SentenceAnnotation> = {};
  lean.annotations.forEach((_, i) => {
    annotations[(rows.sentences[i] as Sentence).id] = rows.annotation(i);
  });
  const annotationOf = (id: string) => annotations[id] as SentenceAnnotation;
  return {
    schemaVersion: lean.schemaVersion,
    sourcesDigest: lean.sourcesDigest,
    sources: lean.sources,
    texts: lean.texts,
    sentences: rows.sentences,
    entities: lean.entities,
    facts: lean.facts.map((row) => rows.fact(row, annotationOf)),
    annotations,
  };
}

function isParsed(rows: readonly LeanSentence[] | SentenceRows): rows is readonly LeanSentence[] {
  return Array.isArray(rows);
}

/**
 * The rows of a lean store, decoded one at a time: the sentences at once (everything else refers to
 * them), an annotation or a fact when asked for. decodeStore asks for all of them; lazy-store.ts only
 * for those that are used.
 */
export interface LeanRows {
  sentences: Sentence[];
  annotation(i: number): SentenceAnnotation;
  /** `annotationOf` gives the decoded annotation of a sentence id: a fact counting what its sentence counts shares its list. */
  fact(row: LeanFact, annotationOf: (sentenceId: string) => SentenceAnnotation): Fact;
}

/** What leanRows reads of a lean store: all of it but the annotation and fact rows, the sentence rows parsed or as read from the file (sentence-rows.ts). */
export type LeanHead = Omit<LeanStore, 'annotations' | 'facts' | 'sentences'> & {
  sentences: readonly LeanSentence[] | SentenceRows;
};

/** `annotationRow(i)`: the i-th annotation row, from the parsed list or from annotation-columns.ts. */
export function leanRows(lean: LeanHead, annotationRow: (i: number) => LeanAnnotation | undefined): LeanRows {
  // The closures below hold only what they read: the sentence rows are garbage once decoded.
  const { values, texts } = lean;
  const value = <T>(i: number): T => frozen(values[i] as T);
  const rows = lean.sentences;
  const rowAt = isParsed(rows) ? (n: number) => rows[n] : (n: number) => rows.row(n);
  const sentences: Sentence[] = new Array(rows.length);
  let n = 0;
  // A loop, not forEach: a callback reading `lean` would keep the whole parsed store alive in the closures' context.
  for (const [k, source] of lean.sources.entries()) {
    const text = texts[source.id] ?? '';
    const count = lean.sentenceCounts[k] ?? 0;
    for (let index = 0; index < count; index++, n++) {
      const row = rowAt(n);
      if (!row) throw new Error(`decodeStore: ${source.id} should have ${count} sentences, the store has fewer`);
      const [start, end, paragraph, heading, t] = row;
      const sentence: Sentence = {
        id: `${source.id}#${index}`,
        sourceId: source.id,
        index,
        text: t === 0 ? text.slice(start, end) : t === 1 ? collapse(text.slice(start, end)) : t,
        start,
        end,
        paragraph,
      };
      if (heading >= 0) sentence.heading = values[heading] as string;
      sentences[n] = sentence;
    }
  }
  if (n !== rows.length) throw new Error('decodeStore: more sentences than the sources account for');

  const annotation = (i: number): SentenceAnnotation => {
    const s = sentences[i] as Sentence;
    const row = annotationRow(i);
    if (!row) throw new Error(`decodeStore: no annotation for sentence ${s.id}`);
    const [entities, dates, counts, concepts, date, from, contextual] = row;
    const a: SentenceAnnotation = {
      entities: value(entities),
      dates: dates.map((d) =>
        Array.isArray(d) ? { date: value<FuzzyDate>(d[0]), text: s.text.slice(d[1], d[2]), start: d[1], end: d[2] } : d,
      ),
      counts: counts.map((c) => (c.text === 0 ? { ...c, text: s.text.slice(c.start, c.end) } : (c as CountMention))),
      concepts: value(concepts),
    };
    if (date >= 0) a.date = value(date);
    if (from >= 0) a.dateFrom = (sentences[from] as Sentence).id;
    if (contextual) a.dateContextual = true;
    if (contextual === 2) a.dateStamped = true;
    return a;
  };

  const fact = (row: LeanFact, annotationOf: (sentenceId: string) => SentenceAnnotation): Fact => {
    const [id, type, sanctionAction, date, participants, places, counts, concepts, ev, hedged, conflicts, ids] = row;
    const evidence: Evidence[] = [];
    for (let i = 0; i < ev.length; i += 3) {
      const s = sentences[ev[i] as number] as Sentence;
      const start = ev[i + 1] as number;
      const end = ev[i + 2] as number;
      evidence.push({
        sourceId: s.sourceId,
        sentenceId: s.id,
        start,
        end,
        quote: (texts[s.sourceId] ?? '').slice(start, end),
      });
    }
    const first = evidence[0];
    const fact: Fact = { id, type } as Fact;
    if (sanctionAction) fact.sanctionAction = sanctionAction;
    if (date >= 0) fact.date = value(date);
    fact.participants = value(participants);
    fact.places = value(places);
    fact.counts = counts !== 0 ? counts : first ? frozen(annotationOf(first.sentenceId).counts) : [];
    fact.concepts = value(concepts);
    fact.evidence = evidence;
    if (hedged) fact.hedged = true;
    fact.sentenceIds = ids === 0 ? evidence.map((e) => e.sentenceId) : ids;
    if (conflicts) fact.conflicts = conflicts;
    return fact;
  };

  return { sentences, annotation, fact };
}
