import { DocumentIndexBuilder, type DocumentIndexPart } from '../answer/index-parts.ts';
import { type IndexTables, IndexTablesBuilder } from '../answer/index-tables.ts';
import { extractCounts } from '../extract/counts.ts';
import { isBackgroundDate, mayHaveDate } from '../extract/date-roles.ts';
import { extractDates, precisionRank } from '../extract/dates.ts';
import { daysApartMentions, shiftedDayMention } from '../extract/day-shift.ts';
import { EntityRecognizer, gazetteerEntities, gazetteerGenders } from '../extract/entities.ts';
import { resolveEventYears } from '../extract/event-year.ts';
import { readEvent } from '../extract/events.ts';
import { mergeNameObservations, type NameObservations, observeNames } from '../extract/name-discovery.ts';
import { wordsStemmedBeforeReading } from '../lexicon/remembered-words.ts';
import { vocabulary } from '../lexicon/vocabulary.ts';
import { SCHEMA_VERSION } from '../store/fact-store.ts';
import { type ConceptHit, matchConcepts } from '../text/concept-matcher.ts';
import { shareMorphologyDictionaries } from '../text/morphology.ts';
import { stem, tokenize } from '../text/tokens.ts';
import type {
  DateMention,
  Entity,
  EventType,
  Evidence,
  Fact,
  FactStoreData,
  FuzzyDate,
  Lang,
  Sentence,
  SentenceAnnotation,
  SourceMeta,
} from '../types.ts';
import { type Block, splitBlocks } from './blocks.ts';
import { detectLang, docDateOf, documentMeta } from './document-meta.ts';
import { type FrontMatter, parseFrontMatter } from './front-matter.ts';
import { IngestPool, type VocabularyStems } from './ingest-pool.ts';
import { crossSourceMerge } from './merge.ts';
import { type PostStamp, postStamps, stampBefore } from './post-stamps.ts';
import { decodeDocument, readSourceDirectories, sha256, sourceIdsOf, sourcesDigestOf } from './read-sources.ts';
import { recordingDate, statesRecording } from './recorded-date.ts';
import { splitSentences } from './sentences.ts';

export interface IngestWarning {
  file: string;
  message: string;
}

export interface IngestReport {
  documents: number;
  sentences: number;
  entities: number;
  factsByType: Partial<Record<EventType, number>>;
  warnings: IngestWarning[];
  /** Bytes of source text read. */
  bytes: number;
}

export interface IngestResult {
  data: FactStoreData;
  report: IngestReport;
  /** The sentence index's tables of `data`, made from the tokens the annotations were made from (the same as buildIndexTables(data)). */
  tables: IndexTables;
}

/** A document file as it arrives: its name and its raw bytes (decoding and checks happen in ingest). */
export interface RawDocument {
  file: string;
  bytes: Uint8Array;
  /** Metadata from a sidecar sources.json entry, if any. */
  sidecar?: Record<string, unknown>;
}

/** How to run ingest. */
export interface IngestOptions {
  /**
   * Threads over the documents: this one and workers - 1 worker threads; 1 runs everything on this
   * thread. The store is the same byte for byte whatever the number. Default 1: on the 2-core machine
   * measured (README, "Speed and memory"), two workers used a third more CPU (a JIT warm-up per worker,
   * copies across threads) and more memory, and gained nothing while other jobs held the second core;
   * ask for them where cores are free.
   */
  workers?: number;
}

/** Reads every .txt/.md file (and sources.json sidecar) of the directories, then builds the store. */
export async function ingestDirectories(dirs: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const warnings: IngestWarning[] = [];
  const raw = await readSourceDirectories(dirs, warnings);
  const result = await ingestDocumentsInParallel(raw, options);
  result.report.warnings.unshift(...warnings);
  return result;
}

/** Builds the fact store from documents in memory, on this thread. Deterministic: same documents, same output. */
export function ingestDocuments(docs: RawDocument[]): IngestResult {
  const sorted = sortDocuments(docs);
  const admitted = admitDocuments(sorted, sorted.map(prepareDocument));
  const entities = findEntities(admitted.docs);
  const recognizer = new EntityRecognizer(entities, gazetteerGenders());
  // Each document's facts and index part are merged as soon as it is annotated, so the copies do not pile up.
  const merge = crossSourceMerge();
  const tables = new IndexTablesBuilder();
  let sentences = 0;
  const annotations = admitted.docs.map((d) => {
    const a = annotateDocument(d, recognizer);
    for (const fact of a.facts) merge.add(fact);
    tables.add(a.index, sentences);
    sentences += d.sentences.length;
    return a.annotations;
  });
  return finishIngest(docs, admitted, entities, annotations, merge.facts, tables);
}

/**
 * The same as ingestDocuments with the per-document work (decoding, sentences, name rules, dates, counts,
 * names, facts) spread over worker threads; what needs every document (which names come back, which facts
 * are the same event) is merged here, in document order.
 */
export async function ingestDocumentsInParallel(
  docs: RawDocument[],
  options: IngestOptions = {},
): Promise<IngestResult> {
  const workers = options.workers ?? 1;
  if (workers <= 1 || docs.length < 2) return ingestDocuments(docs);
  const sorted = sortDocuments(docs);
  const pool = IngestPool.start(Math.min(workers, sorted.length), sorted, shareMorphologyDictionaries);
  if (!pool) return ingestDocuments(docs);
  try {
    // This thread prepares and annotates a share of the documents itself, as ingestDocuments does, and
    // makes the vocabulary round 2 needs while the workers finish round 1; they are given its stems.
    const strings = new SharedStrings();
    // What round 1 gives is not kept here past admitDocuments: its name observations are let go of after findEntities.
    const admitted = admitDocuments(sorted, strings.inPrepared(await pool.prepare(prepareDocument, vocabulary)));
    const entities = findEntities(admitted.docs);
    const recognizer = new EntityRecognizer(entities, gazetteerGenders());
    // Facts are merged here, in document order, as the documents are annotated.
    const merge = crossSourceMerge();
    const tables = new IndexTablesBuilder();
    let sentences = 0;
    const annotations: SentenceAnnotation[][] = [];
    await pool.annotate(
      admitted.docs,
      entities,
      vocabularyStemsOf(),
      (a) => {
        const doc = admitted.docs[annotations.length] as AdmittedDocument;
        quoteFrom(doc.text, a.facts);
        strings.inAnnotated(a);
        annotations.push(a.annotations);
        for (const fact of a.facts) merge.add(fact);
        tables.add(a.index, sentences);
        sentences += doc.sentences.length;
      },
      (d) => annotateDocument(d, recognizer),
    );
    // The workers' heaps go before the store needs memory here.
    await pool.close();
    return finishIngest(docs, admitted, entities, annotations, merge.facts, tables);
  } finally {
    await pool.close();
  }
}

function vocabularyStemsOf(): VocabularyStems {
  const words = wordsStemmedBeforeReading();
  return { words, stems: words.map(stem) };
}

function sortDocuments(docs: readonly RawDocument[]): RawDocument[] {
  return [...docs].sort((a, b) => a.file.localeCompare(b.file));
}

/** A sentence before its document has its final id. */
export interface SentenceDraft {
  text: string;
  start: number;
  end: number;
  paragraph: number;
  heading?: string;
  lang: Lang;
}

/** What one document gives on its own, before it is compared with the others (runs in a worker). */
export type PreparedDocument =
  | { ok: false; reason: string }
  | {
      ok: true;
      note?: string;
      hash: string;
      text: string;
      front: FrontMatter;
      firstLine: string | undefined;
      /** Some block is a paragraph (not only headings, lists or furniture). */
      hasProse: boolean;
      drafts: SentenceDraft[];
      /** What the name rules found in it, merged across documents in findEntities. */
      names: NameObservations;
    };

export function prepareDocument(doc: RawDocument): PreparedDocument {
  const decoded = decodeDocument(doc.bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  const text = decoded.text;
  const front = parseFrontMatter(text);
  const blocks = splitBlocks(text, front.bodyStart, front.fields.title);
  const drafts = sentenceDrafts(blocks);
  return {
    ok: true,
    ...(decoded.note ? { note: decoded.note } : {}),
    hash: sha256(doc.bytes),
    text,
    front,
    firstLine: blocks.find((b) => b.kind !== 'junk')?.clean,
    hasProse: blocks.some((b) => b.kind === 'paragraph'),
    drafts,
    names: observeNames(
      drafts.map((d) => d.text),
      gazetteerRecognizer(),
    ),
  };
}

let gazetteer: EntityRecognizer | undefined;
/** The names known before any document is read; built once per thread. */
function gazetteerRecognizer(): EntityRecognizer {
  gazetteer ??= new EntityRecognizer(gazetteerEntities(), gazetteerGenders());
  return gazetteer;
}

function sentenceDrafts(blocks: readonly Block[]): SentenceDraft[] {
  const drafts: SentenceDraft[] = [];
  let heading: string | undefined;
  blocks.forEach((block, blockIndex) => {
    if (block.kind === 'heading') heading = block.clean.slice(0, 200);
    if (block.kind !== 'paragraph') return;
    const lang = detectLang(block.clean);
    for (const span of splitSentences(block.clean, lang)) {
      drafts.push({
        text: span.text,
        start: block.map[span.start] as number,
        end: (block.map[span.end - 1] as number) + 1,
        paragraph: blockIndex,
        ...(heading ? { heading } : {}),
        lang,
      });
    }
  });
  return drafts;
}

/** A document that made it into the store: where it was in the sorted input, its metadata and its sentences. */
export interface AdmittedDocument {
  at: number;
  meta: SourceMeta;
  text: string;
  sentences: Sentence[];
  langs: Lang[];
  /** What the name rules found in it, until findEntities has merged it. */
  names?: NameObservations;
}

interface Admitted {
  docs: AdmittedDocument[];
  sentences: Sentence[];
  warnings: IngestWarning[];
}

/** Skips what cannot be read and duplicates, gives each document its id, in file order. */
function admitDocuments(sorted: readonly RawDocument[], prepared: readonly PreparedDocument[]): Admitted {
  const warnings: IngestWarning[] = [];
  const docs: AdmittedDocument[] = [];
  const seenHashes = new Map<string, string>();
  const seenIds = new Set<string>();
  const ids = sourceIdsOf(sorted.map((d) => d.file));
  sorted.forEach((doc, at) => {
    const p = prepared[at] as PreparedDocument;
    if (!p.ok) {
      warnings.push({ file: doc.file, message: `skipped: ${p.reason}` });
      return;
    }
    if (p.note) warnings.push({ file: doc.file, message: p.note });
    const twin = seenHashes.get(p.hash);
    if (twin) {
      warnings.push({ file: doc.file, message: `skipped: the same document as ${twin}` });
      return;
    }
    let id = ids.get(doc.file) as string;
    if (seenIds.has(id)) {
      warnings.push({ file: doc.file, message: `another document already has id "${id}"; this one is "${id}-2"` });
      id = `${id}-2`;
    }
    if (p.front.problem) warnings.push({ file: doc.file, message: p.front.problem });
    if (!p.hasProse) {
      warnings.push({ file: doc.file, message: 'skipped: no prose found (only headings, lists or page furniture)' });
      return;
    }
    const meta = documentMeta({
      id,
      file: doc.file,
      sha256: p.hash,
      text: p.text,
      bodyStart: p.front.bodyStart,
      front: p.front,
      ...(doc.sidecar ? { sidecar: doc.sidecar } : {}),
      firstLine: p.firstLine,
      warn: (message) => warnings.push({ file: doc.file, message }),
    });
    seenHashes.set(p.hash, doc.file);
    seenIds.add(id);
    docs.push({ at, meta, text: p.text, ...sentencesOf(id, p.drafts), names: p.names });
  });
  return { docs, sentences: docs.flatMap((d) => d.sentences), warnings };
}

/** The document's sentences with their ids; the same in the main thread and in a worker. */
export function sentencesOf(
  sourceId: string,
  drafts: readonly SentenceDraft[],
): { sentences: Sentence[]; langs: Lang[] } {
  const sentences = drafts.map(
    (d, index): Sentence => ({
      id: `${sourceId}#${index}`,
      sourceId,
      index,
      text: d.text,
      start: d.start,
      end: d.end,
      paragraph: d.paragraph,
      ...(d.heading ? { heading: d.heading } : {}),
    }),
  );
  return { sentences, langs: drafts.map((d) => d.lang) };
}

/**
 * The gazetteer plus the names discovered across all documents: a name counts when it comes back, so
 * what each document showed (observed where it was prepared) is merged here, in document order, and
 * then let go of (every capitalised run of every document: tens of MB at a thousand documents).
 */
function findEntities(docs: readonly AdmittedDocument[]): Entity[] {
  const entities = [...gazetteerEntities(), ...mergeNameObservations(docs.map((d) => d.names ?? NO_NAMES))];
  for (const d of docs) delete d.names;
  return entities;
}

const NO_NAMES: NameObservations = { quoteKeys: [], finds: [], runs: [], surnameKeys: [] };

/** The report's day as a date a relative day can be told from (none when it gives no day). */
function dayOf(date: { year: number; month?: number; day?: number } | null): FuzzyDate | undefined {
  if (!date?.month || !date.day) return undefined;
  return { year: date.year, month: date.month, day: date.day, precision: 'day' };
}

export interface AnnotatedDocument {
  annotations: SentenceAnnotation[];
  facts: Fact[];
  /** What the document gives the sentence index, from the same tokens. */
  index: DocumentIndexPart;
}

/**
 * Dates, counts, names and concepts of each sentence of one document, the facts they make, and the
 * document's part of the sentence index (runs in a worker). Each sentence is tokenised once for all of them.
 */
export function annotateDocument(
  doc: Pick<AdmittedDocument, 'meta' | 'text' | 'sentences' | 'langs'>,
  recognizer: EntityRecognizer,
): AnnotatedDocument {
  const { meta, sentences } = doc;
  const textsById = new Map([[meta.id, doc.text]]);
  const sentenceById = new Map(sentences.map((s) => [s.id, s]));
  const annotations: SentenceAnnotation[] = [];
  const facts: Fact[] = [];
  let previous: { sentence: Sentence; annotation: SentenceAnnotation } | undefined;
  let lastEventDate: FuzzyDate | undefined;
  const stamps = postStamps(doc.text);
  let post: PostStamp | undefined;
  // An interview's relative days are told from the day it was recorded, when it says which.
  const published = docDateOf(meta);
  const documentDate = recordingDate(doc.text, published) ?? published;
  const index = new DocumentIndexBuilder();
  sentences.forEach((sentence, i) => {
    const lang = doc.langs[i] ?? meta.lang;
    // A new post of a digest starts its own day: no date carries over from the post before.
    const stamp = stamps.length ? stampBefore(stamps, sentence.start) : undefined;
    if (stamp && stamp !== post) {
      post = stamp;
      previous = undefined;
      lastEventDate = stamp.date;
    }
    const samePara = previous !== undefined && previous.sentence.paragraph === sentence.paragraph;
    const tokens = tokenize(sentence.text);
    const contextDate = samePara ? explicitDate(previous) : undefined;
    const contextYear = contextDate?.year;
    // (Only a document dated by its recording has a note of it to tell from the publication.)
    const docDate = post
      ? post.date
      : documentDate !== published && statesRecording(sentence.text)
        ? published
        : documentDate;
    const dates = mayHaveDate(sentence.text)
      ? resolveEventYears(
          sentence.text,
          extractDates(sentence.text, lang, { docDate, ...(contextYear !== undefined ? { contextYear } : {}) }),
          docDate,
          contextDate,
        )
      : [];
    // "on 14 February, two days after gunmen overran the station": the overrunning's day, from the clause's.
    if (dates.length) dates.push(...daysApartMentions(sentence.text, dates));
    // "Накануне …", "The next day …": a day from the one the text told last, when the sentence has none of its own.
    // Before the text has told any, from the report's own day: a lead's "Накануне …" is the day before it.
    if (!dates.some((d) => d.date.precision === 'day')) {
      const anchor =
        samePara && previous?.annotation.date ? previous.annotation.date : (lastEventDate ?? dayOf(docDate));
      const shifted = shiftedDayMention(sentence.text, anchor);
      if (shifted) dates.push(shifted);
    }
    index.add(sentence.text, tokens, dates);
    const annotation: SentenceAnnotation = {
      entities: [...new Set(recognizer.recognize(tokens).map((m) => m.entityId))],
      dates,
      counts: extractCounts(sentence.text, lang),
      concepts: conceptIdsOf(matchConcepts(tokens)),
    };
    // A date in brackets is an aside ("третий разговор (первый был в августе прошлого года)"): it does
    // not date the sentence, nor the ones after it.
    const eventDates = dates.length
      ? dates.filter((d) => !isBackgroundDate(sentence.text, d.start) && !inBrackets(sentence.text, d.start))
      : dates;
    // The sentence's event date: the most precise dated mention ("late January" over "this year").
    const own = mostPreciseDated(eventDates) ?? eventDates[0];
    if (own) annotation.date = own.date;
    else if (SAME_DAY.test(sentence.text) && lastEventDate) {
      annotation.date = lastEventDate;
    } else if (samePara && previous?.annotation.date && !previous.annotation.dateContextual) {
      annotation.date = previous.annotation.date;
      annotation.dateFrom = previous.annotation.dateFrom ?? previous.sentence.id;
    } else if (lastEventDate) {
      annotation.date = lastEventDate;
      annotation.dateContextual = true;
      if (post && lastEventDate === post.date) annotation.dateStamped = true;
    }
    if (own && (own.date.precision === 'day' || own.date.precision === 'month') && own.date.year !== undefined) {
      lastEventDate = own.date;
    }
    annotations.push(annotation);
    const fact = factOf(sentence, annotation, textsById, sentenceById);
    if (fact) facts.push(fact);
    previous = { sentence, annotation };
  });
  return { annotations, facts, index: index.done() };
}

/** Whether the text at `at` is inside round brackets opened before it in the sentence. */
function inBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** The concept ids of a sentence's hits, each once, sorted (most sentences have none or one: nothing to sort). */
function conceptIdsOf(hits: readonly ConceptHit[]): string[] {
  if (hits.length === 0) return [];
  const ids = [...new Set(hits.map((h) => h.concept.id))];
  return ids.length > 1 ? ids.sort() : ids;
}

/**
 * The first of the dated mentions with a year that is most precise, then earliest: the first of them
 * sorted so (the sort is stable), found in one pass without sorting a copy for every sentence.
 */
function mostPreciseDated(dates: readonly DateMention[]): DateMention | undefined {
  let best: DateMention | undefined;
  for (const d of dates) {
    if (d.date.year === undefined) continue;
    if (!best || (precisionRank(d.date) - precisionRank(best.date) || d.start - best.start) < 0) best = d;
  }
  return best;
}

/**
 * A worker sends its facts without their quotes (unquoted): a quote is a span of the document's text,
 * which this thread holds, and cut from it here it is a slice of that text, not a copy of it made by
 * the message (some 10 MB of copies at 1,000 documents, and the time to copy them).
 */
export function unquoted(facts: readonly Fact[]): void {
  for (const fact of facts) for (const e of fact.evidence) e.quote = '';
}

/** The quotes of facts sent unquoted, cut again from their document's text, as factOf cuts them. */
function quoteFrom(text: string, facts: readonly Fact[]): void {
  for (const fact of facts) for (const e of fact.evidence) e.quote = text.slice(e.start, e.end);
}

/**
 * A worker's message brings a copy of every string in it, once per place it stands: each annotation's
 * and fact's entity and concept ids, each sentence's heading. Annotated on this thread, those are one
 * string each, shared; here the copies are swapped for the first one seen, so that the store held until
 * it is written is no larger for the workers (17 MB less live heap at 1,000 documents, 211 → 194 MB).
 */
class SharedStrings {
  private readonly seen = new Map<string, string>();

  private one(s: string): string {
    const known = this.seen.get(s);
    if (known !== undefined) return known;
    this.seen.set(s, s);
    return s;
  }

  private all(list: string[]): void {
    for (let i = 0; i < list.length; i++) list[i] = this.one(list[i] as string);
  }

  inPrepared(prepared: PreparedDocument[]): PreparedDocument[] {
    for (const p of prepared) {
      if (!p.ok) continue;
      for (const d of p.drafts) {
        if (d.heading !== undefined) d.heading = this.one(d.heading);
        d.lang = this.one(d.lang) as Lang;
      }
    }
    return prepared;
  }

  inAnnotated(a: AnnotatedDocument): void {
    for (const n of a.annotations) {
      this.all(n.entities);
      this.all(n.concepts);
      for (const c of n.counts) {
        if (c.noun !== undefined) c.noun = this.one(c.noun);
        if (c.concept !== undefined) c.concept = this.one(c.concept);
      }
    }
    for (const f of a.facts) {
      f.type = this.one(f.type) as EventType;
      this.all(f.participants);
      this.all(f.places);
      this.all(f.concepts);
      for (const e of f.evidence) e.sourceId = this.one(e.sourceId);
    }
  }
}

/** Puts the store together, in document order, with the facts merged across sources. */
function finishIngest(
  docs: readonly RawDocument[],
  admitted: Admitted,
  entities: Entity[],
  /** Per admitted document, its sentences' annotations. */
  byDocument: readonly SentenceAnnotation[][],
  merged: Fact[],
  tables: IndexTablesBuilder,
): IngestResult {
  const warnings = [...admitted.warnings];
  const annotations: Record<string, SentenceAnnotation> = {};
  admitted.docs.forEach((d, k) => {
    const a = byDocument[k] as SentenceAnnotation[];
    d.sentences.forEach((s, i) => {
      annotations[s.id] = a[i] as SentenceAnnotation;
    });
  });
  const read = admitted.docs;
  const data: FactStoreData = {
    schemaVersion: SCHEMA_VERSION,
    sourcesDigest: sourcesDigestOf(docs),
    sources: read.map((d) => d.meta),
    texts: Object.fromEntries(read.map((d) => [d.meta.id, d.text])),
    sentences: admitted.sentences,
    entities,
    facts: merged,
    annotations,
  };
  const factsByType: Partial<Record<EventType, number>> = {};
  for (const f of merged) factsByType[f.type] = (factsByType[f.type] ?? 0) + 1;
  if (read.length === 0) warnings.push({ file: '(all)', message: 'no document could be read' });
  return {
    data,
    tables: tables.finish(data),
    report: {
      documents: read.length,
      sentences: admitted.sentences.length,
      entities: entities.length,
      factsByType,
      warnings,
      bytes: read.reduce((n, d) => n + d.text.length, 0),
    },
  };
}

const SAME_DAY = /(в тот же день|в этот же день|в тот день|тогда же|that same day|the same day|on that day|that day)/i;

/** The year the sentence before states for its own event: not a background date's ("accused of … in 2022"). */
function explicitDate(
  previous: { sentence: Sentence; annotation: SentenceAnnotation } | undefined,
): FuzzyDate | undefined {
  const d = previous?.annotation.dates.find(
    (m) =>
      m.date.year !== undefined &&
      !m.date.yearInferred &&
      !m.date.relative &&
      !isBackgroundDate(previous.sentence.text, m.start),
  );
  return d?.date;
}

function factOf(
  sentence: Sentence,
  a: SentenceAnnotation,
  texts: ReadonlyMap<string, string>,
  sentences: ReadonlyMap<string, Sentence>,
): Fact | undefined {
  const event = readEvent(a.concepts);
  if (!event && !a.date) return undefined;
  const text = texts.get(sentence.sourceId) ?? '';
  // A date carried over from the sentence before: quote both, so the citation shows the date.
  let start = sentence.start;
  if (a.dateFrom) {
    const from = a.dateFrom ? sentences.get(a.dateFrom) : undefined;
    if (from && from.sourceId === sentence.sourceId && from.paragraph === sentence.paragraph) start = from.start;
  }
  const evidence: Evidence = {
    sourceId: sentence.sourceId,
    sentenceId: sentence.id,
    start,
    end: sentence.end,
    quote: text.slice(start, sentence.end),
  };
  const type: EventType = event?.type ?? 'other';
  return {
    id: sha256(`${type}|${sentence.sourceId}|${sentence.start}|${sentence.end}|${sentence.text}`).slice(0, 16),
    type,
    ...(event?.sanctionAction ? { sanctionAction: event.sanctionAction } : {}),
    ...(a.date ? { date: a.date } : {}),
    participants: a.entities.filter((e) => !e.startsWith('place:')),
    places: a.entities.filter((e) => e.startsWith('place:')),
    counts: a.counts,
    concepts: a.concepts,
    evidence: [evidence],
    ...(event?.hedged ? { hedged: true } : {}),
    sentenceIds: [sentence.id],
  };
}
