/**
 * The sentence index's tables in one binary file beside the fact store (`data/facts.json` →
 * `data/facts.index.bin`), so a start-up reads them instead of tokenising every sentence again.
 *
 * Layout: "BBIX", the header's length (uint32, little-endian), the header (JSON), then each table
 * at an offset aligned to 8 bytes: typed arrays as their bytes, string lists as UTF-8 joined by NUL.
 * The header says what the tables were built from (the store file's size and modification time,
 * the code that derives features, the number of sentences); a file that differs in any of these, of
 * another format version, or that does not read back whole, is stale and `readIndexCache` says why.
 */
import { endianness } from 'node:os';
import { writeFileAtomically } from '../atomic-write.ts';
import { readWholeFile } from '../read-whole-file.ts';
import type { IndexTables } from './index-tables.ts';

/** Bump when IndexTables or this layout changes. */
export const INDEX_CACHE_VERSION = 2;

const MAGIC = 'BBIX';

/** The store file a cache was built from: a rewritten store has another size or time. */
export interface StoreStamp {
  size: number;
  mtimeMs: number;
}

/** What a cache must have been built from to be used. */
export interface IndexCacheKey {
  store: StoreStamp;
  /** derivationFingerprint() of the code that built it. */
  derivation: string;
  /** Sentences in the store. */
  sentences: number;
}

/** The cache file of a store: its name with `.index.bin` for `.json` (or after it). */
export function indexCachePath(storeFile: string): string {
  return `${storeFile.endsWith('.json') ? storeFile.slice(0, -'.json'.length) : storeFile}.index.bin`;
}

type ArrayTable = {
  [K in keyof IndexTables]: IndexTables[K] extends Int32Array | Uint8Array ? K : never;
}[keyof IndexTables];
type StringTable = 'features' | 'words' | 'vocabularyWords' | 'vocabularyStems';

const INT32_TABLES = [
  'dataIndex',
  'postingStart',
  'postingSentences',
  'positionStart',
  'positions',
  'tokenCounts',
  'ordinalStart',
  'ordinals',
  'sourceFeatureStart',
  'sourceFeatureIds',
  'dateStart',
  'dateSentences',
  'stemOrder',
  'wordCounts',
  'vocabularyTermStart',
  'vocabularyTermWords',
] as const satisfies readonly ArrayTable[];
const UINT8_TABLES = ['hedged'] as const satisfies readonly ArrayTable[];
const STRING_TABLES = [
  'features',
  'words',
  'vocabularyWords',
  'vocabularyStems',
] as const satisfies readonly StringTable[];

interface Header {
  version: number;
  littleEndian: boolean;
  key: IndexCacheKey;
  postedCount: number;
  dateKeys: string[];
  acronyms: Array<[string, string[]]>;
  /** Table name → [offset after the header, length in bytes]. */
  tables: Record<string, [number, number]>;
}

/** Writes the tables for a store atomically (a temp file beside it, flushed, then renamed over the old cache). */
export async function writeIndexCache(storeFile: string, tables: IndexTables, key: IndexCacheKey): Promise<void> {
  const chunks: Uint8Array[] = [];
  const layout: Header['tables'] = {};
  let offset = 0;
  const add = (name: string, bytes: Uint8Array) => {
    layout[name] = [offset, bytes.byteLength];
    chunks.push(bytes);
    offset += bytes.byteLength;
    const pad = (8 - (offset % 8)) % 8;
    if (pad) {
      chunks.push(new Uint8Array(pad));
      offset += pad;
    }
  };
  for (const name of [...INT32_TABLES, ...UINT8_TABLES]) {
    const a = tables[name];
    add(name, new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  }
  for (const name of STRING_TABLES) add(name, Buffer.from(tables[name].join('\0'), 'utf8'));
  const header: Header = {
    version: INDEX_CACHE_VERSION,
    littleEndian: endianness() === 'LE',
    key,
    postedCount: tables.postedCount,
    dateKeys: tables.dateKeys,
    acronyms: tables.acronyms,
    tables: layout,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(alignedStart(json.byteLength));
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(json.byteLength, 4);
  json.copy(prefix, 8);

  await writeFileAtomically(indexCachePath(storeFile), async (file) => {
    await file.writev([prefix, ...chunks]);
  });
}

/** The cached tables of a store when they were built from `key`; otherwise why not (missing, stale, unreadable). */
export async function readIndexCache(
  storeFile: string,
  key: IndexCacheKey,
): Promise<{ tables: IndexTables } | { stale: string }> {
  let bytes: Buffer;
  try {
    bytes = await readWholeFile(indexCachePath(storeFile));
  } catch (err) {
    return { stale: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : (err as Error).message };
  }
  try {
    if (bytes.byteLength < 8 || bytes.toString('latin1', 0, 4) !== MAGIC) return { stale: 'not an index cache' };
    const headerLength = bytes.readUInt32LE(4);
    const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as Header;
    if (header.version !== INDEX_CACHE_VERSION)
      return { stale: `version ${header.version}, expected ${INDEX_CACHE_VERSION}` };
    if (header.littleEndian !== (endianness() === 'LE')) return { stale: 'written on a machine of other byte order' };
    const why = keyDifference(header.key, key);
    if (why) return { stale: why };
    const tables = decodeTables(bytes, alignedStart(headerLength), header);
    const broken = inconsistency(tables, key.sentences);
    return broken ? { stale: `inconsistent (${broken})` } : { tables };
  } catch (err) {
    return { stale: `unreadable (${(err as Error).message})` };
  }
}

function alignedStart(headerLength: number): number {
  return Math.ceil((8 + headerLength) / 8) * 8;
}

function keyDifference(found: IndexCacheKey, wanted: IndexCacheKey): string | undefined {
  if (found.store.size !== wanted.store.size || found.store.mtimeMs !== wanted.store.mtimeMs)
    return 'built from another version of the store';
  if (found.derivation !== wanted.derivation) return 'built by other code or word lists';
  if (found.sentences !== wanted.sentences)
    return `built for ${found.sentences} sentences, the store has ${wanted.sentences}`;
  return undefined;
}

function decodeTables(bytes: Buffer, start: number, header: Header): IndexTables {
  const slice = (name: string): [number, number] => {
    const at = header.tables[name];
    if (!at) throw new Error(`no table "${name}"`);
    const [offset, length] = at;
    if (start + offset + length > bytes.byteLength) throw new Error(`table "${name}" is cut short`);
    return [bytes.byteOffset + start + offset, length];
  };
  const int32 = (name: string): Int32Array => {
    const [from, length] = slice(name);
    // A view when aligned (no copy); a copy otherwise.
    return from % 4 === 0
      ? new Int32Array(bytes.buffer, from, length / 4)
      : new Int32Array(bytes.buffer.slice(from, from + length));
  };
  const strings = (name: string): string[] => {
    const [from, length] = slice(name);
    return length === 0
      ? []
      : bytes.toString('utf8', from - bytes.byteOffset, from - bytes.byteOffset + length).split('\0');
  };
  const [hedgedFrom, hedgedLength] = slice('hedged');
  const tables: Partial<IndexTables> = {
    postedCount: header.postedCount,
    dateKeys: header.dateKeys,
    acronyms: header.acronyms,
    hedged: new Uint8Array(bytes.buffer, hedgedFrom, hedgedLength),
    features: strings('features'),
    words: strings('words'),
    vocabularyWords: strings('vocabularyWords'),
    vocabularyStems: strings('vocabularyStems'),
  };
  for (const name of INT32_TABLES) tables[name] = int32(name);
  return tables as IndexTables;
}

/**
 * Whether every number of a table is in [0, limit). A loop, not `every`: it runs once per start over
 * two million numbers, before the callback of `every` would be optimised.
 */
function allBelow(table: Int32Array, limit: number): boolean {
  for (let k = 0; k < table.length; k++) {
    const x = table[k] as number;
    if (x < 0 || x >= limit) return false;
  }
  return true;
}

/** Whether the vocabulary's term words run in order over vocabularyTermWords and name words of vocabularyWords. */
function termWordsFit(t: IndexTables): boolean {
  const start = t.vocabularyTermStart;
  const ids = t.vocabularyTermWords;
  if (start[0] !== 0 || start[start.length - 1] !== ids.length) return false;
  for (let k = 1; k < start.length; k++) if ((start[k] as number) < (start[k - 1] as number)) return false;
  return allBelow(ids, t.vocabularyWords.length);
}

/** What does not add up in tables read back, if anything: lengths that disagree, an id out of range. */
function inconsistency(t: IndexTables, storeSentences: number): string | undefined {
  const n = t.dataIndex.length;
  const checks: Array<[boolean, string]> = [
    [t.postingStart.length === t.postedCount + 1, 'postings'],
    [t.postedCount <= t.features.length, 'features'],
    [t.positionStart.length === t.postingSentences.length + 1, 'positions'],
    [t.postingStart[t.postedCount] === t.postingSentences.length, 'posting ends'],
    [t.positionStart[t.postingSentences.length] === t.positions.length, 'position ends'],
    [t.tokenCounts.length === n && t.hedged.length === n && t.ordinalStart.length === n + 1, 'per sentence'],
    [t.dateStart.length === t.dateKeys.length + 1, 'dates'],
    [t.words.length === t.wordCounts.length, 'words'],
    [t.vocabularyWords.length === t.vocabularyStems.length, 'vocabulary'],
    [termWordsFit(t), 'vocabulary terms'],
    [n <= storeSentences && allBelow(t.dataIndex, storeSentences), 'sentence numbers'],
    [allBelow(t.postingSentences, n), 'posted sentences'],
    [allBelow(t.sourceFeatureIds, t.features.length), 'source features'],
    [allBelow(t.stemOrder, t.postedCount), 'stems'],
  ];
  return checks.find(([ok]) => !ok)?.[1];
}
