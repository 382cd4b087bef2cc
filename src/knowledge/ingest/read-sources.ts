import * as crypto from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { extractionFingerprint } from '../answer/derivation-fingerprint.ts';
import type { IngestWarning, RawDocument } from './ingest.ts';

/** Documents larger than this are skipped with a warning: briefings are small, a huge file is an accident. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md']);
const SIDECAR = 'sources.json';

/** Every .txt/.md file directly in each directory (sorted, so ingest is deterministic), with sidecar metadata. */
export async function readSourceDirectories(dirs: string[], warnings: IngestWarning[]): Promise<RawDocument[]> {
  const docs: RawDocument[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = (await readdir(dir)).sort();
    } catch (err) {
      warnings.push({ file: dir, message: `cannot read the directory: ${(err as Error).message}` });
      continue;
    }
    const sidecar = await readSidecar(join(dir, SIDECAR), warnings);
    for (const name of names) {
      if (name.startsWith('.') || !DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase())) continue;
      const path = join(dir, name);
      const info = await stat(path).catch((err: NodeJS.ErrnoException) => err);
      if (info instanceof Error) {
        warnings.push({ file: path, message: `skipped: ${fsProblem(info)}` });
        continue;
      }
      if (!info.isFile()) {
        if (!info.isDirectory())
          warnings.push({ file: path, message: 'skipped: not a regular file (a device, a pipe or a link to one)' });
        continue;
      }
      if (info.size > MAX_DOCUMENT_BYTES) {
        warnings.push({
          file: path,
          message: `skipped: ${(info.size / 1048576).toFixed(1)} MB is over the ${MAX_DOCUMENT_BYTES / 1048576} MB limit per document`,
        });
        continue;
      }
      const bytes = await readFile(path).catch((err: NodeJS.ErrnoException) => err);
      if (bytes instanceof Error) {
        warnings.push({ file: path, message: `skipped: ${fsProblem(bytes)}` });
        continue;
      }
      docs.push({ file: path, bytes, sidecar: sidecar.get(name) });
    }
  }
  return docs;
}

/** What a person can do about a file the system would not let us read. */
function fsProblem(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
      return 'cannot read it: permission denied (check its owner and mode, e.g. chmod a+r)';
    case 'ELOOP':
      return 'a symbolic link that loops back on itself';
    case 'ENOENT':
      return 'a symbolic link to a file that does not exist';
    default:
      return `cannot read it (${err.code ?? err.message})`;
  }
}

async function readSidecar(path: string, warnings: IngestWarning[]): Promise<Map<string, Record<string, unknown>>> {
  const byFile = new Map<string, Record<string, unknown>>();
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return byFile;
  }
  try {
    const parsed = JSON.parse(raw) as { sources?: unknown };
    const list = Array.isArray(parsed.sources) ? parsed.sources : [];
    for (const entry of list) {
      if (entry && typeof entry === 'object' && typeof (entry as { file?: unknown }).file === 'string') {
        byFile.set((entry as { file: string }).file, entry as Record<string, unknown>);
      }
    }
  } catch (err) {
    warnings.push({ file: path, message: `ignored: not valid JSON (${(err as Error).message})` });
  }
  return byFile;
}

/**
 * A document's id, unique in its folder and stable (it depends only on the file names there).
 * "000_<hash>.txt" keeps its 3-digit prefix as id (as the eval scorer does) when no other file in the
 * same folder starts with those 3 digits; otherwise, and for other files, the id is the base name
 * ("001_b"), or the whole name ("a.md") when another file differs only by its extension.
 * `siblings`: the paths of every document read with it (only those in the same folder count).
 */
export function sourceIdOf(file: string, siblings: readonly string[] = [file]): string {
  return sourceIdsOf([file, ...siblings]).get(file) as string;
}

/** sourceIdOf for every file at once, each folder's names counted once (a thousand files need no million comparisons). */
export function sourceIdsOf(files: readonly string[]): Map<string, string> {
  const namesByFolder = new Map<string, Set<string>>();
  for (const file of files) {
    const names = namesByFolder.get(dirname(file)) ?? new Set();
    names.add(basename(file));
    namesByFolder.set(dirname(file), names);
  }
  const ids = new Map<string, string>();
  for (const [folder, names] of namesByFolder) {
    const prefixes = countBy(names, (n) => (/^\d{3}_/.test(n) ? n.slice(0, 3) : undefined));
    const stems = countBy(names, (n) => basename(n, extname(n)));
    for (const name of names) {
      const prefix = name.slice(0, 3);
      const stem = basename(name, extname(name));
      const id =
        /^\d{3}_/.test(name) && prefixes.get(prefix) === 1 ? prefix : (stems.get(stem) as number) > 1 ? name : stem;
      ids.set(`${folder}\0${name}`, id);
    }
  }
  return new Map(files.map((f) => [f, ids.get(`${dirname(f)}\0${basename(f)}`) as string]));
}

function countBy(names: Iterable<string>, key: (name: string) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) {
    const k = key(name);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

export function sha256(bytes: Uint8Array | string): string {
  return ONE_SHOT_HASH ? crypto.hash('sha256', bytes, 'hex') : crypto.createHash('sha256').update(bytes).digest('hex');
}

/** crypto.hash (Node 20.12 and later) digests a small input without a Hash object: every fact's id is one. */
const ONE_SHOT_HASH = typeof crypto.hash === 'function';

export type Decoded = { ok: true; text: string; note?: string } | { ok: false; reason: string };

/**
 * Bytes to text. UTF-8 is expected; a file that is not valid UTF-8 but reads as Windows-1251 Cyrillic
 * is accepted with a note (old Russian office files); anything with NUL bytes is binary and refused.
 */
export function decodeDocument(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : '';
  if (utf16) {
    // Windows Notepad's "Unicode": the byte order mark says which; TextDecoder drops the mark itself.
    return { ok: true, text: new TextDecoder(utf16).decode(bytes) };
  }
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch {
    const text = new TextDecoder('windows-1251').decode(bytes);
    const cyrillic = (text.match(/[а-яё]/gi) ?? []).length;
    if (cyrillic > text.length * 0.3) {
      return { ok: true, text, note: 'not UTF-8; decoded as Windows-1251 (save it as UTF-8 to silence this)' };
    }
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}

/** What "the sources changed" means: any file added, removed or edited (every file read, readable or not). */
export function sourcesDigestOf(docs: readonly { file: string; bytes: Uint8Array }[]): string {
  // The code that read them is part of what the store is made from: a new extractor rebuilds it.
  return sha256(
    [`extraction:${extractionFingerprint()}`, ...docs.map((d) => `${basename(d.file)}:${sha256(d.bytes)}`).sort()].join(
      '\n',
    ),
  );
}
