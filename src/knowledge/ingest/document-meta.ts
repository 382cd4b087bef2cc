import type { Lang, SourceMeta } from '../types.ts';
import { datelineDate } from './dateline.ts';
import type { FrontMatter } from './front-matter.ts';

const PUBLISHED = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Russian when at least a third of the letters are Cyrillic (of the first 20,000 UTF-16 units). One pass
 * over the characters: it runs on every paragraph, and matching every letter built arrays as long as the text.
 */
export function detectLang(text: string): Lang {
  const end = Math.min(text.length, 20000);
  let letters = 0;
  let cyrillic = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      // A pair of surrogates is one character, a letter or not as a whole.
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (LETTER.test(text.slice(i, i + 2))) letters++;
        i++;
      }
    } else if (isBmpLetter(c)) letters++;
  }
  return letters > 0 && cyrillic / letters > 0.33 ? 'ru' : 'en';
}

const LETTER = /^\p{L}$/u;
/** Per UTF-16 unit of the basic plane: 0 not yet asked, 1 a letter, 2 not. */
const BMP_LETTERS = new Uint8Array(0x10000);

function isBmpLetter(c: number): boolean {
  let known = BMP_LETTERS[c] as number;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    BMP_LETTERS[c] = known;
  }
  return known === 1;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/**
 * A document's metadata: front matter first, then the sidecar sources.json entry, then what the text
 * itself gives (title from its first line, language detected). A date that is not YYYY[-MM[-DD]] is dropped
 * with a warning rather than guessed.
 */
export function documentMeta(args: {
  id: string;
  file: string;
  sha256: string;
  text: string;
  bodyStart: number;
  front: FrontMatter;
  sidecar?: Record<string, unknown>;
  firstLine: string | undefined;
  warn: (message: string) => void;
}): SourceMeta {
  const { front, sidecar } = args;
  const f = front.fields;
  const published = str(f.published) ?? str(f.date) ?? str(sidecar?.published);
  let publishedOk: string | null = null;
  if (published) {
    if (PUBLISHED.test(published)) publishedOk = published;
    else args.warn(`published date "${published}" is not YYYY, YYYY-MM or YYYY-MM-DD; treated as unknown`);
  }
  // No date given with the file: the one its dateline gives, marked as estimated.
  const dateline = publishedOk ? undefined : datelineDate(args.text, args.bodyStart);
  const langField = str(f.lang) ?? str(f.language) ?? str(sidecar?.lang);
  const lang: Lang = langField === 'ru' || langField === 'en' ? langField : detectLang(args.text.slice(args.bodyStart));
  const estimated = Array.isArray(sidecar?.estimated)
    ? (sidecar.estimated as unknown[]).filter((x): x is string => typeof x === 'string')
    : [];
  const title = str(f.title) ?? str(sidecar?.title) ?? args.firstLine?.slice(0, 160) ?? args.id;
  if (!str(f.title) && !str(sidecar?.title)) estimated.push('title');
  if (dateline) estimated.push('published');
  return {
    id: args.id,
    file: args.file,
    title,
    author: str(f.author) ?? str(sidecar?.author) ?? null,
    publisher: str(f.publisher) ?? str(sidecar?.publisher) ?? null,
    published: publishedOk ?? dateline ?? null,
    estimated: [...new Set(estimated)].sort(),
    lang,
    url: str(f.url) ?? str(f.source) ?? str(sidecar?.url) ?? null,
    sha256: args.sha256,
  };
}

/** The document date as numbers, for resolving yearless and relative dates. */
export function docDateOf(meta: SourceMeta): { year: number; month?: number; day?: number } | null {
  if (!meta.published) return null;
  const [y, m, d] = meta.published.split('-').map(Number);
  if (!y) return null;
  return { year: y, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) };
}
