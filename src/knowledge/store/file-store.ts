import { writeFileAtomically } from '../atomic-write.ts';
import { readWholeFileStamped } from '../read-whole-file.ts';
import type { FactStoreData } from '../types.ts';
import {
  checkFactStoreData,
  type FactStore,
  FactStoreFormatError,
  FactStoreVersionError,
  SCHEMA_VERSION,
} from './fact-store.ts';
import { type AnnotationRows, annotationColumns, annotationColumnsFromJson } from './annotation-columns.ts';
import { type ByteSpan, topLevelSpans } from './json-sections.ts';
import { LEAN_KEYS, type LeanAnnotation, type LeanFact, type LeanHead, leanEncoder } from './lean-format.ts';
import { decodeStoreLazily } from './lazy-store.ts';
import { isSentenceRows, type SentenceRows, sentenceRowsFromJson } from './sentence-rows.ts';
import { textsFromJson } from './texts-json.ts';
import {
  type DecodedParts,
  decodedPartsOf,
  readDecodedSideFile,
  type StoreFileStamp,
  writeDecodedSideFile,
} from './decoded-side-file.ts';

export interface FileFactStoreOptions {
  /** Progress lines for a person (the side file being rebuilt); none when not given. */
  log?: (line: string) => void;
}

/**
 * The fact store as one compact JSON file (the lowdb store's format, see lean-format.ts: each document
 * text once, everything else offsets into it). Written streaming to a temp file beside it, flushed to disk,
 * then renamed over it, so a crash mid-write leaves the previous file whole.
 * One writing process per file: the bot reads, `npm run ingest` (or /reload in the bot) writes.
 */
export class FileFactStore implements FactStore {
  constructor(
    readonly path: string,
    private readonly options: FileFactStoreOptions = {},
  ) {}

  /**
   * Reads the store, with the parts slow to decode taken from its side file (decoded-side-file.ts) when
   * that was made from this very file; otherwise decoded from the JSON, and the side file written again.
   */
  async read(): Promise<FactStoreData | null> {
    // Both read in libuv's pool at once: the side file's read costs the main thread nothing.
    const sideReading = readDecodedSideFile(this.path);
    let read: { bytes: Buffer; stamp: StoreFileStamp };
    try {
      read = await readWholeFileStamped(this.path);
    } catch (err) {
      await sideReading;
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    const side = await sideReading;
    const kept = Buffer.isBuffer(side) ? decodedPartsOf(side, read.stamp) : side;
    const decoded = 'stale' in kept ? { stale: kept.stale } : this.decodedWith(read.bytes, kept);
    if ('data' in decoded) return decoded.data;
    const { data, parts } = decodeLean(read.bytes, this.path);
    const checked = checkFactStoreData(data, this.path);
    await this.writeSideFile(read.stamp, parts, decoded.stale);
    return checked;
  }

  /** The store decoded with the side file's parts, or why they do not fit it (the JSON, untouched, is then decoded). */
  private decodedWith(bytes: Buffer, kept: DecodedParts): { data: FactStoreData } | { stale: string } {
    if (!spansFit(bytes, kept.spans)) return { stale: "its parts' places do not fit the store" };
    try {
      return { data: checkFactStoreData(decodeLean(bytes, this.path, kept).data, this.path) };
    } catch (err) {
      return { stale: `it does not fit the store (${(err as Error).message})` };
    }
  }

  /** A side file that cannot be written costs the next start-up its time, never this one. */
  private async writeSideFile(stamp: StoreFileStamp, parts: DecodedParts, why: string): Promise<void> {
    const log = this.options.log ?? (() => {});
    log(`Writing the decoded parts of ${this.path} beside it: their file is not usable (${why}).`);
    try {
      await writeDecodedSideFile(this.path, stamp, parts);
    } catch (err) {
      log(`warning: the decoded parts of ${this.path} could not be written (${(err as Error).message})`);
    }
  }

  /**
   * Writes the store, then its side file: the first start-up after an ingest decodes no JSON either.
   * With `sideFile: false` the caller writes the side file later (writeSideFileOfWritten), once the data it wrote
   * from is released: decoding the file again beside that data raised ingest's peak memory by a sixth.
   */
  async write(data: FactStoreData, { sideFile = true }: { sideFile?: boolean } = {}): Promise<void> {
    await writeFileAtomically(this.path, (file) => writeLean(data, (chunk) => file.write(chunk).then(() => undefined)));
    if (sideFile) await this.writeSideFileOfWritten();
  }

  /** The side file of the store as written, decoded from its bytes: exactly what a read would make of them. */
  async writeSideFileOfWritten(): Promise<void> {
    try {
      const { bytes, stamp } = await readWholeFileStamped(this.path);
      await writeDecodedSideFile(this.path, stamp, decodeLean(bytes, this.path).parts);
    } catch (err) {
      this.options.log?.(
        `warning: the decoded parts of ${this.path} could not be written (${(err as Error).message}); they are at the next start`,
      );
    }
  }
}

/**
 * Checks the shape of a lean store from disk and turns it back into FactStoreData, annotations and facts
 * as they are first read. Each top-level part is parsed on its own (json-sections.ts): the annotation
 * rows go into columns, and the fact rows stay as their bytes until the facts are read. With `kept`
 * (from the side file, its spans checked by spansFit), the spans, texts and annotations are taken from
 * it; the JSON's bytes are then left as they are.
 */
function decodeLean(bytes: Buffer, where: string, kept?: DecodedParts): { data: FactStoreData; parts: DecodedParts } {
  let spans: Map<string, ByteSpan>;
  if (kept) spans = kept.spans;
  else {
    let first = 0;
    while (first < bytes.length && /\s/.test(String.fromCharCode(bytes[first] as number))) first++;
    if (bytes[first] !== 0x7b) throw new FactStoreFormatError(where, 'not an object');
    try {
      spans = topLevelSpans(bytes);
    } catch (err) {
      throw new FactStoreFormatError(where, `bad JSON: ${(err as Error).message}`);
    }
  }
  const part = (key: string): unknown => {
    const span = spans.get(key);
    if (!span) return undefined;
    try {
      return JSON.parse(bytes.toString('utf8', span.start, span.end));
    } catch (err) {
      throw new FactStoreFormatError(where, `bad JSON in "${key}": ${(err as Error).message}`);
    }
  };
  const version = part('schemaVersion');
  if (version !== SCHEMA_VERSION) throw new FactStoreVersionError(version, where);
  const v: Partial<LeanHead> = {};
  for (const key of ['sourcesDigest', 'sources', 'entities', 'sentenceCounts', 'values'] as const) {
    (v as Record<string, unknown>)[key] = part(key);
  }
  const sentences = sentencesOf(bytes, spans.get('sentences'), part, where);
  v.texts = kept ? kept.texts : textsOf(bytes, spans.get('texts'), part, where);
  for (const key of ['sources', 'entities', 'sentenceCounts', 'values'] as const) {
    if (!Array.isArray(v[key])) throw new FactStoreFormatError(where, `"${key}" is not a list`);
  }
  if (!Array.isArray(sentences) && !isSentenceRows(sentences))
    throw new FactStoreFormatError(where, '"sentences" is not a list');
  v.sentences = sentences as LeanHead['sentences'];
  if (!v.texts || typeof v.texts !== 'object') throw new FactStoreFormatError(where, '"texts" is missing');
  if (typeof v.sourcesDigest !== 'string') throw new FactStoreFormatError(where, '"sourcesDigest" is missing');
  const annotations = kept
    ? kept.annotations
    : annotationsOf(bytes, spans.get('annotations'), v.sentences?.length ?? 0, part, where);
  if (annotations.length !== v.sentences?.length)
    throw new FactStoreFormatError(where, 'not one annotation per sentence');
  const factSpan = spans.get('facts');
  if (!factSpan || bytes[factSpan.start] !== 0x5b) throw new FactStoreFormatError(where, '"facts" is not a list');
  // A copy of just these bytes: a view would keep the whole file's buffer alive.
  const factBytes = Buffer.from(bytes.subarray(factSpan.start, factSpan.end));
  try {
    const data = decodeStoreLazily({
      ...(v as LeanHead),
      schemaVersion: version,
      annotations,
      facts: factRowsFrom(factBytes, where),
    });
    return { data, parts: { spans, texts: v.texts as Record<string, string>, annotations } };
  } catch (err) {
    if (err instanceof FactStoreFormatError) throw err;
    throw new FactStoreFormatError(where, (err as Error).message);
  }
}

/**
 * Whether spans kept in a side file fit these bytes: each inside the file, in order, and right after its
 * key (`"key":`). A side file made from this very file always fits; the check keeps one that somehow
 * does not from being trusted.
 */
function spansFit(bytes: Buffer, spans: Map<string, ByteSpan>): boolean {
  let previousEnd = 0;
  for (const [key, { start, end }] of spans) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < previousEnd || end < start || end > bytes.length)
      return false;
    const before = Buffer.from(`${JSON.stringify(key)}:`, 'utf8');
    if (start < before.length || !bytes.subarray(start - before.length, start).equals(before)) return false;
    previousEnd = end;
  }
  return true;
}

/** The sentence rows as columns (sentence-rows.ts), or parsed as JSON when they are not as the store writes them. */
function sentencesOf(
  bytes: Buffer,
  span: ByteSpan | undefined,
  part: (key: string) => unknown,
  where: string,
): unknown {
  let read: SentenceRows | undefined;
  try {
    read = span ? sentenceRowsFromJson(bytes, span.start, span.end) : undefined;
  } catch (err) {
    throw new FactStoreFormatError(where, `bad JSON in "sentences": ${(err as Error).message}`);
  }
  return read ?? part('sentences');
}

/**
 * The texts as slices of one string (texts-json.ts), or parsed as JSON when they are not as the store
 * writes them. Their bytes may be written over: nothing reads them after.
 */
function textsOf(
  bytes: Buffer,
  span: ByteSpan | undefined,
  part: (key: string) => unknown,
  where: string,
): Record<string, string> | undefined {
  let read: Record<string, string> | undefined;
  try {
    read = span ? textsFromJson(bytes, span.start, span.end) : undefined;
  } catch (err) {
    throw new FactStoreFormatError(where, `bad JSON in "texts": ${(err as Error).message}`);
  }
  return read ?? (part('texts') as Record<string, string> | undefined);
}

/** The annotation rows as columns, read from their bytes (annotation-columns.ts), or parsed as JSON when they are not as the store writes them. */
function annotationsOf(
  bytes: Buffer,
  span: ByteSpan | undefined,
  expectedRows: number,
  part: (key: string) => unknown,
  where: string,
): AnnotationRows {
  let read: AnnotationRows | undefined;
  try {
    read = span ? annotationColumnsFromJson(bytes, span.start, span.end, expectedRows) : undefined;
  } catch (err) {
    throw new FactStoreFormatError(where, `bad JSON in "annotations": ${(err as Error).message}`);
  }
  if (read) return read;
  const rows = part('annotations');
  if (!Array.isArray(rows)) throw new FactStoreFormatError(where, '"annotations" is not a list');
  return annotationColumns(rows as LeanAnnotation[]);
}

/**
 * Parses the fact rows when first asked. A function of its own: a closure made inside decodeLean would
 * share its scope, and with it the whole file's bytes, for as long as the store is open.
 */
function factRowsFrom(bytes: Buffer, where: string): () => LeanFact[] {
  return () => {
    try {
      return JSON.parse(bytes.toString('utf8')) as LeanFact[];
    } catch (err) {
      throw new FactStoreFormatError(where, `bad JSON in "facts": ${(err as Error).message}`);
    }
  };
}

/** Writes the lean store as compact JSON in chunks of about 1 MB, row by row: never the whole store as one string or one array. */
async function writeLean(data: FactStoreData, write: (chunk: string) => Promise<void>): Promise<void> {
  const enc = leanEncoder(data);
  let buffer = '';
  // A promise only when a chunk is written: the rows (hundreds of thousands) wait for none otherwise.
  const put = (s: string): Promise<void> | undefined => {
    buffer += s;
    if (buffer.length < 1 << 20) return undefined;
    const chunk = buffer;
    buffer = '';
    return write(chunk);
  };
  const rows = async (count: number, row: (i: number) => unknown) => {
    await put('[');
    for (let i = 0; i < count; i++) {
      const written = put(`${i ? ',' : ''}${JSON.stringify(row(i))}`);
      if (written) await written;
    }
    await put(']');
  };
  const head: Record<string, unknown> = {
    schemaVersion: data.schemaVersion,
    sourcesDigest: data.sourcesDigest,
    sources: data.sources,
    entities: data.entities,
    sentenceCounts: enc.sentenceCounts,
  };
  await put('{');
  for (const [k, key] of LEAN_KEYS.entries()) {
    await put(`${k ? ',' : ''}${JSON.stringify(key)}:`);
    if (key === 'sentences') await rows(data.sentences.length, enc.sentence);
    else if (key === 'annotations') await rows(data.sentences.length, enc.annotation);
    else if (key === 'facts') await rows(data.facts.length, enc.fact);
    else if (key === 'values') await rows(enc.values.length, (i) => enc.values[i]);
    else if (key === 'texts') {
      await put('{');
      for (const [i, [id, text]] of Object.entries(data.texts).entries()) {
        await put(`${i ? ',' : ''}${JSON.stringify(id)}:${JSON.stringify(text)}`);
      }
      await put('}');
    } else await put(JSON.stringify(head[key]));
  }
  await put('}');
  if (buffer) await write(buffer);
}
