/**
 * A fingerprint of what turns a sentence into index features besides the store itself: the code of
 * the tokenizer, the stemmers and lemmatiser, the stop words, the vocabulary and its word lists. A
 * cached index built by other code (a vocabulary line added, a stop word removed) is stale even though
 * the store it was built from did not change.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KNOWLEDGE_DIR } from '../code-location.ts';

const KNOWLEDGE = KNOWLEDGE_DIR;

/** Relative to src/knowledge/: every module whose output ends up in the index tables. */
const DERIVING_MODULES = [
  'answer/index-parts.ts',
  'answer/index-tables.ts',
  'answer/sentence-features.ts',
  'extract/months.ts',
  'extract/numerals.ts',
  'lexicon/stopwords.ts',
  'lexicon/vocabulary.ts',
  'text/morphology.ts',
  'text/ordinals.ts',
  'text/tokens.ts',
];

/** The packages whose dictionaries and stemmers the modules use, each by a file it exports: their versions. */
const DERIVING_PACKAGES = ['az', '@orama/stemmers/english'];

/** Relative to src/knowledge/: the folders whose code reads documents into facts and sentences. */
const EXTRACTING_FOLDERS = ['ingest/', 'extract/', 'lexicon/', 'text/'];

let computed: string | undefined;
let extraction: string | undefined;

/**
 * A fingerprint of the code that turns documents into the store (ingest, extract, lexicon, text) and
 * of the packages it uses: a store made by other code is stale although its documents did not change.
 */
export function extractionFingerprint(): string {
  if (extraction !== undefined) return extraction;
  const hash = createHash('sha256');
  for (const folder of EXTRACTING_FOLDERS) {
    for (const file of filesUnder(new URL(folder, KNOWLEDGE))) {
      hash.update(`\0${folder}${file}\0`);
      hash.update(readFileSync(new URL(file, new URL(folder, KNOWLEDGE))));
    }
  }
  const require = createRequire(import.meta.url);
  for (const entry of DERIVING_PACKAGES) hash.update(`\0${entry}\0${versionOf(require, entry)}`);
  extraction = hash.digest('hex');
  return extraction;
}

/** Files of a folder and its subfolders, relative to it, sorted; none when it cannot be read (a packaged build). */
function filesUnder(folder: URL): string[] {
  try {
    return (readdirSync(fileURLToPath(folder), { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath ?? d.path, d.name).slice(fileURLToPath(folder).length))
      .sort();
  } catch {
    return [];
  }
}

function versionOf(require: NodeJS.Require, entry: string): string {
  try {
    return packageVersion(require.resolve(entry));
  } catch {
    return 'missing';
  }
}

export function derivationFingerprint(): string {
  if (computed !== undefined) return computed;
  const hash = createHash('sha256');
  const add = (label: string, read: () => string | Buffer) => {
    hash.update(`\0${label}\0`);
    try {
      hash.update(read());
    } catch {
      // A file that cannot be read (a packaged build without sources) counts as itself missing.
      hash.update('missing');
    }
  };
  for (const module of DERIVING_MODULES) add(module, () => readFileSync(new URL(module, KNOWLEDGE)));
  const vocab = new URL('lexicon/vocab/', KNOWLEDGE);
  let lists: string[] = [];
  try {
    lists = readdirSync(fileURLToPath(vocab)).sort();
  } catch {
    lists = [];
  }
  for (const list of lists) add(`vocab/${list}`, () => readFileSync(new URL(list, vocab)));
  const require = createRequire(import.meta.url);
  for (const entry of DERIVING_PACKAGES) add(entry, () => packageVersion(require.resolve(entry)));
  computed = hash.digest('hex');
  return computed;
}

/** The version in the nearest package.json above a file (a package need not export its package.json). */
function packageVersion(file: string): string {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (json.name && json.version) return `${json.name}@${json.version}`;
    } catch {
      // no package.json at this level: go up
    }
  }
  return 'unknown';
}
