/**
 * What decoding the store file gives, kept in a binary file beside it (`data/facts.json` →
 * `data/facts.decoded.bin`) so that a start-up copies it instead of decoding the JSON again: where each
 * top-level part lies, the documents' texts as UTF-16 (copied into one string, no UTF-8 to decode), and
 * the annotation columns (annotation-columns.ts). At a thousand documents decoding those from the JSON
 * took some 300 ms of a start-up, and most of its garbage.
 *
 * A cache: facts.json stays the store. The file says which store file it was made from (its size and
 * modification time, as the index cache does); one of another store, another format version, or that
 * does not read back whole is not used, the JSON is decoded, and the file is written again.
 *
 * Layout: "BBSF", the header's length (uint32, little-endian), the header (JSON), then each table at an
 * offset aligned to 8 bytes.
 */
import { endianness } from 'node:os';
import { writeFileAtomically } from '../atomic-write.ts';
import { readWholeFile } from '../read-whole-file.ts';
import {
  ANNOTATION_COLUMN_NAMES,
  type AnnotationColumnArrays,
  type AnnotationRows,
  annotationRowsOf,
} from './annotation-columns.ts';
import type { ByteSpan } from './json-sections.ts';

/** Bump when this layout, the annotation columns or how the parts are decoded changes. */
export const DECODED_SIDE_FILE_VERSION = 1;

const MAGIC = 'BBSF';

export interface StoreFileStamp {
  size: number;
  mtimeMs: number;
}

/** The parts of a store file that are slow to decode from its JSON. */
export interface DecodedParts {
  spans: Map<string, ByteSpan>;
  texts: Record<string, string>;
  annotations: AnnotationRows;
}

interface Header {
  version: number;
  littleEndian: boolean;
  store: StoreFileStamp;
  spans: Array<[string, number, number]>;
  textIds: string[];
  /** Table name → [offset after the header, length in bytes]. */
  tables: Record<string, [number, number]>;
}

/** The side file of a store: its name with `.decoded.bin` for `.json` (or after it). */
export function decodedSideFilePath(storeFile: string): string {
  return `${storeFile.endsWith('.json') ? storeFile.slice(0, -'.json'.length) : storeFile}.decoded.bin`;
}

/** The side file's bytes, or why there are none; never rejects (a missing file is the usual first start). */
export function readDecodedSideFile(storeFile: string): Promise<Buffer | { stale: string }> {
  return readWholeFile(decodedSideFilePath(storeFile)).catch((err: NodeJS.ErrnoException) => ({
    stale: err.code === 'ENOENT' ? 'missing' : err.message,
  }));
}

/** The parts kept in a side file's bytes when it was made from the store file of `stamp`; otherwise why not. */
export function decodedPartsOf(bytes: Buffer, stamp: StoreFileStamp): DecodedParts | { stale: string } {
  try {
    if (bytes.byteLength < 8 || bytes.toString('latin1', 0, 4) !== MAGIC) return { stale: 'not a decoded store file' };
    const headerLength = bytes.readUInt32LE(4);
    const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as Header;
    if (header.version !== DECODED_SIDE_FILE_VERSION)
      return { stale: `version ${header.version}, expected ${DECODED_SIDE_FILE_VERSION}` };
    if (header.littleEndian !== (endianness() === 'LE')) return { stale: 'written on a machine of other byte order' };
    if (header.store.size !== stamp.size || header.store.mtimeMs !== stamp.mtimeMs)
      return { stale: 'made from another version of the store' };
    const tables = new Tables(bytes, alignedStart(headerLength), header.tables);
    const annotations = annotationRowsOf(annotationColumnsOf(tables));
    if (!annotations) return { stale: 'inconsistent annotation columns' };
    const texts = textsOf(tables, header.textIds);
    if (!texts) return { stale: 'inconsistent texts' };
    const spans = new Map(header.spans.map(([key, start, end]) => [key, { start, end }]));
    return { spans, texts, annotations };
  } catch (err) {
    return { stale: `unreadable (${(err as Error).message})` };
  }
}

/** Writes the side file of a store file (of `stamp`) atomically. */
export async function writeDecodedSideFile(
  storeFile: string,
  stamp: StoreFileStamp,
  parts: DecodedParts,
): Promise<void> {
  const chunks: Uint8Array[] = [];
  const layout: Header['tables'] = {};
  let offset = 0;
  const add = (name: string, a: Uint8Array | Int32Array | Uint32Array) => {
    layout[name] = [offset, a.byteLength];
    chunks.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    offset += a.byteLength;
    const pad = (8 - (offset % 8)) % 8;
    if (pad) {
      chunks.push(new Uint8Array(pad));
      offset += pad;
    }
  };
  const textIds = Object.keys(parts.texts);
  const textList = Object.values(parts.texts);
  const textEnds = new Int32Array(textList.length);
  let end = 0;
  textList.forEach((text, k) => {
    end += text.length;
    textEnds[k] = end;
  });
  add('textEnds', textEnds);
  add('textUtf16', Buffer.from(textList.join(''), 'utf16le'));
  for (const name of ANNOTATION_COLUMN_NAMES) add(name, parts.annotations.columns[name]);
  const header: Header = {
    version: DECODED_SIDE_FILE_VERSION,
    littleEndian: endianness() === 'LE',
    store: { size: stamp.size, mtimeMs: stamp.mtimeMs },
    spans: [...parts.spans].map(([key, span]) => [key, span.start, span.end]),
    textIds,
    tables: layout,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(alignedStart(json.byteLength));
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(json.byteLength, 4);
  json.copy(prefix, 8);
  await writeFileAtomically(decodedSideFilePath(storeFile), async (file) => {
    await file.writev([prefix, ...chunks]);
  });
}

function alignedStart(headerLength: number): number {
  return Math.ceil((8 + headerLength) / 8) * 8;
}

/** The tables of a side file's bytes, each copied out (a view would keep the whole file, texts and all, alive). */
class Tables {
  constructor(
    private readonly bytes: Buffer,
    private readonly start: number,
    private readonly layout: Header['tables'],
  ) {}

  /** [offset in bytes, length] of a table, checked to lie inside the file. */
  span(name: string): [number, number] {
    const at = this.layout[name];
    if (!at) throw new Error(`no table "${name}"`);
    const [offset, length] = at;
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0)
      throw new Error(`table "${name}" has a bad place`);
    if (this.start + offset + length > this.bytes.byteLength) throw new Error(`table "${name}" is cut short`);
    return [this.start + offset, length];
  }

  copy<T extends Int32Array | Uint32Array | Uint8Array>(
    name: string,
    type: { new (b: ArrayBuffer): T; BYTES_PER_ELEMENT: number },
  ): T {
    const [from, length] = this.span(name);
    if (length % type.BYTES_PER_ELEMENT !== 0) throw new Error(`table "${name}" is cut short`);
    const at = this.bytes.byteOffset + from;
    return new type(this.bytes.buffer.slice(at, at + length) as ArrayBuffer);
  }

  /** The UTF-16 text at [from, to) of the file's bytes (from span). */
  utf16(from: number, to: number): string {
    return this.bytes.toString('utf16le', from, to);
  }
}

function annotationColumnsOf(tables: Tables): AnnotationColumnArrays {
  return {
    entities: tables.copy('entities', Int32Array),
    concepts: tables.copy('concepts', Int32Array),
    date: tables.copy('date', Int32Array),
    from: tables.copy('from', Int32Array),
    contextual: tables.copy('contextual', Uint8Array),
    dateStart: tables.copy('dateStart', Uint32Array),
    dateTriples: tables.copy('dateTriples', Int32Array),
    restOf: tables.copy('restOf', Int32Array),
    restStart: tables.copy('restStart', Uint32Array),
    restBytes: tables.copy('restBytes', Uint8Array),
  };
}

/**
 * Node gives a UTF-16 string of more than about a million bytes as an external string, and answering
 * reads texts sliced from one more slowly (the first answer took half as long again): the texts are
 * copied in pieces of fewer characters, each a string of V8's own heap (large enough to be allocated
 * where the collector never copies it).
 */
const PIECE_CHARS = 400_000;

/** The texts, each a slice of the piece it is copied into; undefined when their ends do not fit the table. */
function textsOf(tables: Tables, ids: unknown): Record<string, string> | undefined {
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || id === '__proto__')) return undefined;
  const ends = tables.copy('textEnds', Int32Array);
  const [from, bytes] = tables.span('textUtf16');
  if (ends.length !== ids.length || bytes % 2 !== 0) return undefined;
  const texts: Record<string, string> = {};
  let pieceStart = 0;
  let piece = '';
  let start = 0;
  for (let k = 0; k < ends.length; k++) {
    const end = ends[k] as number;
    if (end < start || 2 * end > bytes) return undefined;
    if (end > pieceStart + piece.length) {
      pieceStart = start;
      const pieceEnd = Math.max(end, Math.min(start + PIECE_CHARS, bytes / 2));
      piece = tables.utf16(from + 2 * start, from + 2 * pieceEnd);
    }
    texts[ids[k] as string] = piece.slice(start - pieceStart, end - pieceStart);
    start = end;
  }
  return 2 * start === bytes ? texts : undefined;
}
