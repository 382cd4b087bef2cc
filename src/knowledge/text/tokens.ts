import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import { lemma } from './morphology.ts';

export interface Token {
  /** As written. */
  raw: string;
  /** Lower case, ё folded to е. */
  norm: string;
  /** Snowball stem of norm (Russian or English by script). */
  stem: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  capitalized: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*/gu;

/** Lower case and ё→е: the one folding used for every comparison of words. */
export function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е');
}

export function isCyrillic(s: string): boolean {
  return /[\u0400-\u04FF]/.test(s);
}

const stemCache = new Map<string, string>();
const STEM_CACHE_SIZE = 200_000;
/** Snowball stem by script; hyphenated words are stemmed as a whole on their last part. */
export function stem(norm: string): string {
  let s = stemCache.get(norm);
  if (s !== undefined) return s;
  if (/\d/.test(norm)) s = norm;
  // Russian words are stemmed from their dictionary form: a stemmer alone splits "угля" from "уголь".
  else if (isCyrillic(norm)) s = stemRussian(norm.includes('-') ? norm : lemma(norm));
  else s = stemEnglish(norm);
  if (stemCache.size > STEM_CACHE_SIZE) stemCache.clear();
  stemCache.set(norm, s);
  return s;
}

/**
 * Stems worked out before (by the process that built an index cache, with the same code): taken as
 * if computed here, so a start-up does not lemmatise the vocabulary's twenty thousand words again.
 */
export function rememberStems(norms: readonly string[], stems: readonly string[]): void {
  norms.forEach((norm, i) => {
    const s = stems[i];
    if (s !== undefined && stemCache.size < STEM_CACHE_SIZE) stemCache.set(norm, s);
  });
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    // "Halloran's" is Halloran: the English possessive is not part of the name.
    const raw = m[0].replace(/['’]s$/i, '');
    const norm = fold(raw).replace(/[‐’]/g, (c) => (c === '‐' ? '-' : "'"));
    out.push({
      raw,
      norm,
      stem: stem(norm),
      start: m.index ?? 0,
      end: (m.index ?? 0) + raw.length,
      capitalized: /^\p{Lu}/u.test(raw),
    });
  }
  return out;
}

const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ў: 'u',
};

/**
 * A rough cross-script key: Cyrillic transliterated, doubled letters and vowels that
 * transliterations disagree on folded ("Халлоран"/"Halloran"/"Холлоран" all become "hlrn"; "Грегори
 * Торнбери"/"Gregory Thornbury", "Залесская"/"Zalesskaya", "Гулиев"/"Guliyev", "Евгений"/"Yevgeny").
 */
export function phoneticKey(word: string): string {
  const latin = [...fold(word)].map((c) => TRANSLIT[c] ?? c).join('');
  return (
    latin
      .replace(/[^a-z]/g, '')
      .replace(/ck|q/g, 'k')
      .replace(/ph/g, 'f')
      .replace(/gh/g, 'g')
      .replace(/th/g, 't')
      // Russian writes an English W as "у" at the start of a name ("Уилсон" for Wilson) and as "в" inside
      // ("Эдвардс" for Edwards): u, v and w at the start, w inside, become v.
      .replace(/^[uvw]/, 'v')
      .replace(/w/g, 'v')
      // A Russian initial "е" is "ye" in English ("Евгений"/"Yevgeny", "Ереван"/"Yerevan").
      .replace(/^ye/, 'e')
      .replace(/x/g, 'ks')
      .replace(/c(?=[eiy])/g, 's')
      .replace(/c/g, 'k')
      .replace(/kh/g, 'h')
      .replace(/(.)\1+/g, '$1')
      .replace(/(?!^)[aeiouy]/g, '')
  );
}

const NAME_ENDINGS_RU = [
  'ыми',
  'ими',
  'ого',
  'его',
  'ому',
  'ему',
  'ией',
  'ием',
  'иях',
  'ия',
  'ию',
  'ии',
  'ий',
  'ый',
  'ой',
  'ей',
  'ая',
  'яя',
  'ое',
  'ее',
  'ую',
  'юю',
  'ых',
  'их',
  'ые',
  'ие',
  'ым',
  'им',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ою',
  'ы',
  'и',
  'а',
  'я',
  'у',
  'ю',
  'е',
];

/**
 * A key for names that survives Russian declension: "Гончаров", "Гончарова", "Гончаровым" → "гончаров";
 * "Залесский", "Залесского" → "залесск". Snowball is built for common words and cuts surnames
 * unevenly ("гончаров" → "гончар" but "гончарова" → "гончаров"), so names get their own folding.
 * Indeclinable names ending in -о ("Коваленко", "Кастельяно") are left alone.
 */
export function nameKey(norm: string): string {
  if (!isCyrillic(norm)) return norm.replace(/['’]s$/, '');
  const w = norm.replace(/ь/g, '');
  if (w.length <= 3) return w;
  for (const ending of NAME_ENDINGS_RU) {
    if (w.endsWith(ending) && w.length - ending.length >= 3) return w.slice(0, -ending.length);
  }
  return w;
}
