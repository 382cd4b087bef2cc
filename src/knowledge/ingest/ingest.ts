import { extractCounts } from '../extract/counts.ts';
import { datesCompatible, extractDates, precisionRank } from '../extract/dates.ts';
import { discoverEntities, EntityRecognizer, gazetteerEntities, gazetteerGenders } from '../extract/entities.ts';
import { isBackgroundDate, mayHaveDate } from '../extract/date-roles.ts';
import { resolveEventYears } from '../extract/event-year.ts';
import { readEvent, sameEvent } from '../extract/events.ts';
import { SCHEMA_VERSION } from '../store/fact-store.ts';
import { matchConcepts } from '../text/concept-matcher.ts';
import { tokenize } from '../text/tokens.ts';
import type {
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
import { parseFrontMatter } from './front-matter.ts';
import { decodeDocument, readSourceDirectories, sha256, sourceIdOf, sourcesDigestOf } from './read-sources.ts';
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
}

/** A document file as it arrives: its name and its raw bytes (decoding and checks happen in ingest). */
export interface RawDocument {
  file: string;
  bytes: Uint8Array;
  /** Metadata from a sidecar sources.json entry, if any. */
  sidecar?: Record<string, unknown>;
}

interface ReadDocument {
  meta: SourceMeta;
  text: string;
  blocks: Block[];
}

/** Reads every .txt/.md file (and sources.json sidecar) of the directories, then builds the store. */
export async function ingestDirectories(dirs: string[]): Promise<IngestResult> {
  const warnings: IngestWarning[] = [];
  const raw = await readSourceDirectories(dirs, warnings);
  const result = ingestDocuments(raw);
  result.report.warnings.unshift(...warnings);
  return result;
}

/** Builds the fact store from documents in memory. Deterministic: same documents, same output. */
export function ingestDocuments(docs: RawDocument[]): IngestResult {
  const warnings: IngestWarning[] = [];
  const read = readDocuments(docs, warnings);
  const sentences: Sentence[] = [];
  const sentenceLang = new Map<string, Lang>();
  for (const doc of read) {
    let index = 0;
    let heading: string | undefined;
    doc.blocks.forEach((block, blockIndex) => {
      if (block.kind === 'heading') heading = block.clean.slice(0, 200);
      if (block.kind !== 'paragraph') return;
      const lang = detectLang(block.clean);
      for (const span of splitSentences(block.clean, lang)) {
        const start = block.map[span.start] as number;
        const end = (block.map[span.end - 1] as number) + 1;
        const sentence: Sentence = {
          id: `${doc.meta.id}#${index}`,
          sourceId: doc.meta.id,
          index,
          text: span.text,
          start,
          end,
          paragraph: blockIndex,
          ...(heading ? { heading } : {}),
        };
        sentences.push(sentence);
        sentenceLang.set(sentence.id, lang);
        index++;
      }
    });
  }

  const known = new EntityRecognizer(gazetteerEntities(), gazetteerGenders());
  const discovered = discoverEntities(
    sentences.map((s) => s.text),
    known,
  );
  const entities = [...gazetteerEntities(), ...discovered];
  const recognizer = new EntityRecognizer(entities, gazetteerGenders());

  const metaById = new Map(read.map((d) => [d.meta.id, d.meta]));
  const textsById = new Map(read.map((d) => [d.meta.id, d.text]));
  const sentenceById = new Map(sentences.map((s) => [s.id, s]));
  const annotations: Record<string, SentenceAnnotation> = {};
  const facts: Fact[] = [];
  let previous: { sentence: Sentence; annotation: SentenceAnnotation } | undefined;
  let lastEventDate: FuzzyDate | undefined;
  for (const sentence of sentences) {
    const meta = metaById.get(sentence.sourceId) as SourceMeta;
    if (previous && previous.sentence.sourceId !== sentence.sourceId) {
      previous = undefined;
      lastEventDate = undefined;
    }
    const samePara = previous !== undefined && previous.sentence.paragraph === sentence.paragraph;
    const lang = sentenceLang.get(sentence.id) ?? meta.lang;
    const tokens = tokenize(sentence.text);
    const contextYear = samePara ? explicitYear(previous?.annotation) : undefined;
    const docDate = docDateOf(meta);
    const dates = mayHaveDate(sentence.text)
      ? resolveEventYears(
          sentence.text,
          extractDates(sentence.text, lang, { docDate, ...(contextYear !== undefined ? { contextYear } : {}) }),
          docDate,
          contextYear,
        )
      : [];
    const annotation: SentenceAnnotation = {
      entities: [...new Set(recognizer.recognize(tokens).map((m) => m.entityId))],
      dates,
      counts: extractCounts(sentence.text, lang),
      concepts: [...new Set(matchConcepts(tokens).map((h) => h.concept.id))].sort(),
    };
    const eventDates = dates.filter((d) => !isBackgroundDate(sentence.text, d.start));
    // The sentence's event date: the most precise dated mention ("late January" over "this year").
    const own =
      [...eventDates.filter((d) => d.date.year !== undefined)].sort(
        (a, b) => precisionRank(a.date) - precisionRank(b.date) || a.start - b.start,
      )[0] ?? eventDates[0];
    if (own) annotation.date = own.date;
    else if (SAME_DAY.test(sentence.text) && lastEventDate) {
      annotation.date = lastEventDate;
    } else if (samePara && previous?.annotation.date && !previous.annotation.dateContextual) {
      annotation.date = previous.annotation.date;
      annotation.dateFrom = previous.annotation.dateFrom ?? previous.sentence.id;
    } else if (lastEventDate) {
      annotation.date = lastEventDate;
      annotation.dateContextual = true;
    }
    if (own && (own.date.precision === 'day' || own.date.precision === 'month') && own.date.year !== undefined) {
      lastEventDate = own.date;
    }
    annotations[sentence.id] = annotation;
    const fact = factOf(sentence, annotation, textsById, sentenceById);
    if (fact) facts.push(fact);
    previous = { sentence, annotation };
  }

  const merged = mergeAcrossSources(facts);
  const data: FactStoreData = {
    schemaVersion: SCHEMA_VERSION,
    sourcesDigest: sourcesDigestOf(docs),
    sources: read.map((d) => d.meta),
    texts: Object.fromEntries(read.map((d) => [d.meta.id, d.text])),
    sentences,
    entities,
    facts: merged,
    annotations,
  };
  const factsByType: Partial<Record<EventType, number>> = {};
  for (const f of merged) factsByType[f.type] = (factsByType[f.type] ?? 0) + 1;
  if (read.length === 0) warnings.push({ file: '(all)', message: 'no document could be read' });
  return {
    data,
    report: {
      documents: read.length,
      sentences: sentences.length,
      entities: entities.length,
      factsByType,
      warnings,
      bytes: read.reduce((n, d) => n + d.text.length, 0),
    },
  };
}

const SAME_DAY = /(в тот же день|в этот же день|в тот день|тогда же|that same day|the same day|on that day|that day)/i;

function explicitYear(a: SentenceAnnotation | undefined): number | undefined {
  const d = a?.dates.find((m) => m.date.year !== undefined && !m.date.yearInferred && !m.date.relative);
  return d?.date.year;
}

function readDocuments(docs: RawDocument[], warnings: IngestWarning[]): ReadDocument[] {
  const out: ReadDocument[] = [];
  const seenHashes = new Map<string, string>();
  const seenIds = new Set<string>();
  const files = docs.map((d) => d.file);
  for (const doc of [...docs].sort((a, b) => a.file.localeCompare(b.file))) {
    const decoded = decodeDocument(doc.bytes);
    if (!decoded.ok) {
      warnings.push({ file: doc.file, message: `skipped: ${decoded.reason}` });
      continue;
    }
    if (decoded.note) warnings.push({ file: doc.file, message: decoded.note });
    const hash = sha256(doc.bytes);
    const twin = seenHashes.get(hash);
    if (twin) {
      warnings.push({ file: doc.file, message: `skipped: the same document as ${twin}` });
      continue;
    }
    let id = sourceIdOf(doc.file, files);
    if (seenIds.has(id)) {
      warnings.push({ file: doc.file, message: `another document already has id "${id}"; this one is "${id}-2"` });
      id = `${id}-2`;
    }
    const text = decoded.text;
    const front = parseFrontMatter(text);
    if (front.problem) warnings.push({ file: doc.file, message: front.problem });
    const blocks = splitBlocks(text, front.bodyStart, front.fields.title);
    if (!blocks.some((b) => b.kind === 'paragraph')) {
      warnings.push({ file: doc.file, message: 'skipped: no prose found (only headings, lists or page furniture)' });
      continue;
    }
    const firstLine = blocks.find((b) => b.kind !== 'junk')?.clean;
    const meta = documentMeta({
      id,
      file: doc.file,
      sha256: hash,
      text,
      bodyStart: front.bodyStart,
      front,
      ...(doc.sidecar ? { sidecar: doc.sidecar } : {}),
      firstLine,
      warn: (message) => warnings.push({ file: doc.file, message }),
    });
    seenHashes.set(hash, doc.file);
    seenIds.add(id);
    out.push({ meta, text, blocks });
  }
  return out;
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

/**
 * The same event told by several sources becomes one fact with several pieces of evidence.
 * Where they disagree on a count of the same thing, both values are kept and the conflict is marked.
 */
function mergeAcrossSources(facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  // Twins share a type and a participant or a counted number: look only there, not at every fact so far.
  // Compatible dates share their year, so facts are filed by year too; a fact whose date has no year
  // (a document without a date) is compared with every year, and every year with it.
  const byKey = new Map<string, Map<string, Fact[]>>();
  const keysOf = (f: Fact) => [
    ...f.participants.filter((p) => !p.startsWith('place:')).map((p) => `${f.type}|p|${p}`),
    ...f.counts.map((c) => `${f.type}|c|${c.value}|${c.concept ?? ''}`),
  ];
  const yearOf = (f: Fact) => (f.date?.year === undefined ? '?' : String(f.date.year));
  const file = (f: Fact, target: Fact) => {
    for (const key of keysOf(f)) {
      const years = byKey.get(key) ?? new Map<string, Fact[]>();
      const list = years.get(yearOf(target)) ?? [];
      if (!list.includes(target)) list.push(target);
      years.set(yearOf(target), list);
      byKey.set(key, years);
    }
  };
  const candidatesOf = function* (fact: Fact): Generator<Fact> {
    for (const key of keysOf(fact)) {
      const years = byKey.get(key);
      if (!years) continue;
      if (yearOf(fact) === '?') for (const list of years.values()) yield* list;
      else {
        yield* years.get(yearOf(fact)) ?? [];
        yield* years.get('?') ?? [];
      }
    }
  };
  for (const fact of facts) {
    // A plan or a rumour ("may visit") is not the same event as the visit reported as done.
    let twin: Fact | undefined;
    if (!fact.hedged && fact.type !== 'other' && fact.type !== 'statement' && fact.date) {
      const seen = new Set<Fact>();
      for (const f of candidatesOf(fact)) {
        if (seen.has(f)) continue;
        seen.add(f);
        if (
          !f.hedged &&
          !f.evidence.some((e) => e.sourceId === fact.evidence[0]?.sourceId) &&
          sameEvent(f, fact, datesCompatible)
        ) {
          twin = f;
          break;
        }
      }
    }
    if (!twin) {
      const copy = structuredClone(fact);
      out.push(copy);
      file(copy, copy);
      continue;
    }
    file(fact, twin);
    twin.evidence.push(...fact.evidence);
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
