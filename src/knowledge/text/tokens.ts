import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import type { Lang } from '../types.ts';
import { dictionaryPartOfSpeech, lemma } from './morphology.ts';
import { remembered } from './remembered.ts';
import { SPELLING_HASH_BASIS, SpelledCache, spellingHashStep } from './spelled-cache.ts';

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

/**
 * A word, as tokenize finds it (by a scan that reads this pattern's rules, test/knowledge/text keeps
 * them equal). A word broken at a line end by a hyphen ("Mis-\nsion", "государстве-\nнного") is one
 * word: a lower-case letter on each side, as in text copied from a justified PDF.
 */
export const WORD = /[\p{L}\p{N}]+(?:(?:[-‐'’]|(?<=\p{Ll})-[ \t]*\r?\n[ \t]*(?=\p{Ll}))[\p{L}\p{N}]+)*/gu;
const LINE_BREAK_HYPHEN = /-[ \t]*\r?\n[ \t]*/g;
const POSSESSIVE = /['’]s$/i;
const CAPITAL = /^\p{Lu}/u;

/** Lower case and ё→е: the one folding used for every comparison of words. */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
}

export function isCyrillic(s: string): boolean {
  return /[\u0400-\u04FF]/.test(s);
}

/** The language a text of the documents is written in, by its script. */
export function languageOfText(text: string): Lang {
  return isCyrillic(text) ? 'ru' : 'en';
}

/** Word keys are asked for again and again for the same few thousand words (every token of every sentence). */
const stemCache = new Map<string, string>();
const STEM_CACHE_SIZE = 200_000;
const nameKeyCache = new Map<string, string>();
const phoneticCache = new Map<string, string>();

function cached(cache: Map<string, string>, word: string, compute: (word: string) => string): string {
  return remembered(cache, STEM_CACHE_SIZE, word, compute);
}

/** Snowball stem by script; hyphenated words are stemmed as a whole on their last part. */
export function stem(norm: string): string {
  return cached(stemCache, norm, stemOf);
}

function stemOf(norm: string): string {
  if (/\d/.test(norm)) return norm;
  // Russian words are stemmed from their dictionary form: a stemmer alone splits "угля" from "уголь".
  if (isCyrillic(norm)) {
    // An abbreviation without a vowel ("ссср", "фсб") is no word to lemmatise: the analyser reads "ссср" as "сравнить".
    if (!/[аеёиоуыэюя]/.test(norm)) return norm;
    return norm.includes('-') ? stemRussian(norm) : stemOfLemma(lemma(norm));
  }
  return stemEnglish(norm);
}

/**
 * The stemmer takes "-ит", "-ят", "-ен" off as verb endings: "визит" would become "виз", the stem of
 * "виза", and every visit would match visas. A noun's dictionary form that ends in a consonant is
 * its own stem.
 */
function stemOfLemma(word: string): string {
  const stemmed = stemRussian(word);
  if (stemmed.length > word.length - 2 || !/[бвгджзклмнпрстфхцчшщ]$/.test(word)) return stemmed;
  // Only a dictionary form: an inflected word the dictionary does not know ("спецпосланником") is stemmed.
  return dictionaryPartOfSpeech(word) === 'NOUN' ? word : stemmed;
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

/** What a token is apart from where it is: a function of the word as written alone. */
type WordForm = Pick<Token, 'raw' | 'norm' | 'stem' | 'capitalized'>;

/**
 * Word forms by the word as written: a document repeats its words, and every sentence is tokenised by
 * several readers (names, entities, concepts, the index), so one lookup replaces the folding, the
 * possessive and capital tests and the stem lookup of each occurrence.
 */
const wordFormCache = new Map<string, WordForm>();

function wordForm(word: string): WordForm {
  return remembered(wordFormCache, STEM_CACHE_SIZE, word, wordFormOf);
}

function wordFormOf(word: string): WordForm {
  // "Halloran's" is Halloran: the English possessive is not part of the name.
  const raw = POSSESSIVE.test(word) ? word.replace(POSSESSIVE, '') : word;
  let norm = fold(raw);
  // The replacements are tested for before they run.
  if (norm.includes('‐') || norm.includes('’')) norm = norm.replace(/[‐’]/g, (c) => (c === '‐' ? '-' : "'"));
  return { raw, norm, stem: stem(norm), capitalized: CAPITAL.test(raw) };
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // The words WORD matches, found by a scan of the text's code units (this loop sees every word of every
  // document; the pattern made a match object for each): wordEnd reads WORD's rules.
  const length = text.length;
  for (let at = 0; at < length; ) {
    const c = wordCodeAt(text, at);
    if (!(c & WORD_CHAR)) {
      at += c & ASTRAL ? 2 : 1;
      continue;
    }
    const start = at;
    at = wordEnd(text, at);
    // A word seen before is found by its code units where it stands, not cut out of the text first and
    // hashed by the map (most of the cost of a lookup, for every word of every sentence).
    let hash = SPELLING_HASH_BASIS;
    let lineBreak = false;
    for (let k = start; k < at; k++) {
      const code = text.charCodeAt(k);
      if (code === 0x0a) lineBreak = true;
      hash = spellingHashStep(hash, code);
    }
    let form = lineBreak ? undefined : spelledForms.find(text, start, at, hash);
    let end = at;
    if (form === undefined) {
      const word = text.slice(start, at);
      const joined = lineBreak ? word.replace(LINE_BREAK_HYPHEN, '') : word;
      form = wordForm(joined);
      if (!lineBreak) spelledForms.add(word, hash, form);
      // The span covers a line break inside the word, not a possessive "'s" stripped from its form.
      end = start + word.length - (joined.length - form.raw.length);
    } else end = start + form.raw.length;
    out.push({
      raw: form.raw,
      norm: form.norm,
      stem: form.stem,
      start,
      end,
      capitalized: form.capitalized,
    });
  }
  return out;
}

const spelledForms = new SpelledCache<WordForm>(STEM_CACHE_SIZE);

/** What wordCodeAt says of the code point at a position: a letter or number, a lower-case letter, two code units long. */
const WORD_CHAR = 1;
const LOWER = 2;
const ASTRAL = 4;

/** WORD_CHAR and LOWER of each code unit of the Basic Multilingual Plane, from the patterns themselves. */
let bmpClasses: Uint8Array | undefined;

function classesOfBmp(): Uint8Array {
  if (bmpClasses) return bmpClasses;
  const classes = new Uint8Array(0x10000);
  const wordChar = /^[\p{L}\p{N}]$/u;
  const lower = /^\p{Ll}$/u;
  for (let code = 0; code < 0x10000; code++) {
    // Surrogates are code points only in pairs (wordCodeAt reads those): alone they are neither.
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = String.fromCharCode(code);
    if (wordChar.test(ch)) classes[code] = WORD_CHAR | (lower.test(ch) ? LOWER : 0);
  }
  bmpClasses = classes;
  return classes;
}

const ASTRAL_WORD_CHAR = /^[\p{L}\p{N}]$/u;
const ASTRAL_LOWER = /^\p{Ll}$/u;

/** The classes of the code point starting at `at` (as a Unicode pattern reads it: a surrogate pair is one). */
function wordCodeAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff || at + 1 >= text.length) return (bmpClasses ?? classesOfBmp())[code] as number;
  const low = text.charCodeAt(at + 1);
  if (low < 0xdc00 || low > 0xdfff) return 0;
  const ch = text.slice(at, at + 2);
  if (!ASTRAL_WORD_CHAR.test(ch)) return ASTRAL;
  return ASTRAL | WORD_CHAR | (ASTRAL_LOWER.test(ch) ? LOWER : 0);
}

/** The classes of the code point ending right before `at`. */
function wordCodeBefore(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  if (code >= 0xdc00 && code <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return wordCodeAt(text, at - 2);
  }
  return wordCodeAt(text, at - 1);
}

/** The end of the run of letters and numbers from `at`. */
function runEnd(text: string, at: number): number {
  while (at < text.length) {
    const c = wordCodeAt(text, at);
    if (!(c & WORD_CHAR)) break;
    at += c & ASTRAL ? 2 : 1;
  }
  return at;
}

/**
 * Where WORD's match from `start` (a letter or number) ends: runs of letters and numbers joined by a
 * hyphen or apostrophe ([-‐'’]), or by a hyphen at a line end between lower-case letters
 * (`(?<=\p{Ll})-[ \t]*\r?\n[ \t]*(?=\p{Ll})`). A join is taken only when a run follows it.
 */
function wordEnd(text: string, start: number): number {
  let at = runEnd(text, start);
  for (;;) {
    const sep = text.charCodeAt(at);
    if (sep === 0x2d || sep === 0x2010 || sep === 0x27 || sep === 0x2019) {
      if (at + 1 < text.length && wordCodeAt(text, at + 1) & WORD_CHAR) {
        at = runEnd(text, at + 1);
        continue;
      }
      if (sep === 0x2d && wordCodeBefore(text, at) & LOWER) {
        let k = at + 1;
        while (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09) k++;
        if (text.charCodeAt(k) === 0x0d) k++;
        if (text.charCodeAt(k) === 0x0a) {
          k++;
          while (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09) k++;
          if (k < text.length && wordCodeAt(text, k) & LOWER) {
            at = runEnd(text, k);
            continue;
          }
        }
      }
    }
    return at;
  }
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
  return cached(phoneticCache, word, phoneticKeyOf);
}

/**
 * Latin letters with diacritics as Russian spells their sound ("Končulj"/"Кончуль", "Jevtić"/"Евтич",
 * "Timošin"/"Тимошин", Romanian "Țurcanu"/"Цуркану", Turkish "Şahin"/"Шахин"); other marks dropped
 * ("Müller" as "Muller"). In a word written with the Slavic letters (č, ć, š, ž, đ), J is the Russian Й:
 * after L or N it softens them ("lj", "nj": "ль", "нь"). A Romanian name's C is read as Romanian reads it.
 */
function plainLatin(word: string): string {
  if (isCyrillic(word)) return word;
  let w = word;
  if (!/^[a-z]*$/.test(w)) {
    // A C alone is Ц in the Slavic and Polish spellings ("Cvetković"/"Цветкович", "Wójcik"/"Вуйцик").
    if (/[čćšžđ]/.test(w)) w = slavicJ(w).replace(/c(?![hzčć])/g, 'ts');
    // Polish J is Й too ("Wójtowicz"/"Вуйтович"), and its Ź a soft З ("Woźniak"/"Возняк").
    // (An Ó alone is Spanish too: Polish where a W, CZ, SZ or RZ shows it, "Económica" is not.)
    else if (/[ąęłńśźż]/.test(w) || (w.includes('ó') && /w|[csr]z/.test(w)))
      w = w.replace(/j/g, 'y').replace(/c(?![hz])/g, 'ts');
    // Spanish J is Х and its initial H is silent ("Jiménez"/"Хименес", "Hernández"/"Эрнандес").
    else if (/[áéíóúñ]/.test(w)) w = w.replace(/^h/, '').replace(/j/g, 'kh');
    // Turkish and Azerbaijani Ç is Ч ("Çelik"/"Челик", "Koç"/"Коч"); the French one, before A, O or U in a
    // word with no other Turkish letter, is С ("François"/"Франсуа").
    if (w.includes('ç')) w = w.replace(/ç/g, /[şğıöüə]/.test(w) || /ç(?![aou])/.test(w) ? 'ch' : 's');
    w = w
      .replace(/[čć]/g, 'ch')
      .replace(/[šśșş]/g, 'sh')
      .replace(/[țţ]/g, 'ts')
      .replace(/ź/g, 'z')
      .replace(/[žż]/g, 'zh')
      .replace(/đ/g, 'dj')
      .replace(/ł/g, 'l');
    w = w.normalize('NFD').replace(/\p{M}/gu, '');
  }
  // A silent K before N ("Knight"/"Найт", "Knox"/"Нокс"); an English EW before I, U or ART is "ью"
  // ("Lewis"/"Льюис", "Stewart"/"Стюарт"); a German Z after L, R or N ends a name as "ц"
  // ("Schulz"/"Шульц", "Merz"/"Мерц").
  w = w
    .replace(/^kn(?=[aeiouy])/, 'n')
    .replace(/ew(?=i|u|art)/g, 'e')
    .replace(/(?<=[lrn])z$/, 'ts');
  return ROMANIAN.test(word) && !SPANISH.test(word) ? romanianReading(w) : w;
}

/**
 * A word that may be a Japanese name in Hepburn letters: nothing but its syllables (a vowel after at most
 * one consonant, a doubled one, or a final N), with a syllable Russian spells its own way (shi, chi, tsu,
 * ji, fu, a z). "Pashinyan" and "Karachi" look the same, so it is read both ways (altPhoneticKeys).
 */
const JAPANESE =
  /^(?=.*(shi|chi|tsu|ji|z|fu))(?:(?:kk|ss|tt|pp|tch)?(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aeiou]|n(?![aeiouy]))+$/;

/**
 * How Russian spells Japanese (Polivanov's system): SH as С, CH as Т, J and Z as ДЗ
 * ("Kishida"/"Кисида", "Takaichi"/"Такаити", "Kanzaki"/"Кандзаки").
 */
function japaneseReading(word: string): string {
  return word
    .replace(/sh/g, 's')
    .replace(/tch|ch/g, 't')
    .replace(/j/g, 'dz')
    .replace(/z/g, 'dz');
}

/**
 * A Romanian name: its letters (ă, â, î, ș, ț), its endings (-escu, -eanu, -anu, -ache, -oiu) or its
 * softened C before O or U ("Ciorbea", "Ciucă"), which English hardly writes.
 */
const ROMANIAN = /[ăâîșşțţ]|(escu|eanu|anu|ache|oiu)$|ci[ou]/u;
/** Spanish reads CI before a vowel as С ("Ignacio"/"Игнасио", "Horacio"/"Орасио"): its accents and endings. */
const SPANISH = /[áéíóúñ]|ll|(cio|cia|cion|dad|ez)$/u;

/**
 * How Romanian reads C, as Russian spells it: before E or I it is Ч, the E or I before another vowel
 * only softening it ("Ciorbea"/"Чорбя", "Ciucă"/"Чукэ"); CH before E or I is a hard К
 * ("Dumitrache"/"Думитраке"). (Its G before E or I, ДЖ in Romania, Russian mostly writes Г for Moldova:
 * "Grigore"/"Григоре".)
 */
function romanianReading(word: string): string {
  return word
    .replace(/ch(?=[ei])/g, 'k')
    .replace(/c[ei](?=[aou])/g, 'ch')
    .replace(/c(?=[ei])/g, 'ch');
}

/**
 * The keys of a Latin word read the other ways Russian may spell it, those that differ from its key: a
 * Japanese name's ("Kishida"/"Кисида") or a Chinese one's ("Liang"/"Лян"), else an English soft G
 * ("George"/"Джордж", "Angela"/"Анджела"); a J read as Y. A word keeps its own key beside them: "King" is "Кинг",
 * "Gibson" "Гибсон". (CH read as К or as Ш, and a Spanish J or X as Х, joined more names but more
 * words that are none: "March" met "Marsh"; measured and left out.)
 */
export function altPhoneticKeys(word: string): readonly string[] {
  return remembered(altPhoneticCache, STEM_CACHE_SIZE, word, altPhoneticKeysOf);
}

const CONSONANT_J = /(?<=[bcfghklmprstvz])j/g;

const altPhoneticCache = new Map<string, readonly string[]>();
const NO_KEYS: readonly string[] = [];

function altPhoneticKeysOf(word: string): readonly string[] {
  if (isCyrillic(word)) return NO_KEYS;
  const latin = plainLatin(fold(word));
  // A word may look Chinese and be English ("Roger", "Angela"): the English reading is always one.
  const readings = [
    ...(JAPANESE.test(latin) ? [japaneseReading(latin)] : PINYIN.test(latin) ? [chineseReading(latin)] : []),
    ...(SOUTH_SLAVIC.test(latin) ? [southSlavicReading(latin)] : []),
    ...(FRENCH.test(word) ? [frenchReading(word)] : []),
    latin.replace(/(?<!g)g(?=[eiy])/g, 'j'),
    // A J after a consonant read as Y, as Estonian, Finnish and Scandinavian names have it ("Tarju"/"Тарью",
    // "Bjorn"/"Бьорн"); English has a J there hardly ever, and a J before a vowel is its "Дж".
    latin.replace(CONSONANT_J, 'y'),
  ];
  const own = phoneticKey(word);
  const keys = new Set(readings.filter((r) => r !== latin).map(keyOfLatin));
  keys.delete(own);
  return keys.size ? [...keys] : NO_KEYS;
}

/** A word that may be French spelling (of a Francophone African or Canadian name): OU, DJ, an É, È or Ê. */
const FRENCH = /ou|dj|[éèê]/u;

/**
 * How Russian spells French: OU as У (before a vowel the glide "Куэ-", "Уа-"), CH as Ш, DJ as ДЖ, the
 * accents only marks, not read as Spanish ("Ouagadougou"/"Уагадугу", "Michèle"/"Мишель", "Bouchard"/"Бушар").
 */
function frenchReading(word: string): string {
  return fold(word)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ou(?=[aeiy])/g, 'w')
    .replace(/ou/g, 'u')
    .replace(/ch/g, 'sh');
}

/**
 * A South Slavic word written without its letters' marks, as English reports write them ("Telmovic",
 * "Podgorica", "Srbija", "Ljubljana"): its endings (-ic, -ica, -ija, -ije) or its LJ, NJ.
 */
const SOUTH_SLAVIC = /(ic|ica|ija|ije)$|lj|nj/;

/**
 * How Russian spells such a word: J is Й (silent after L or N, which it softens), a final -IC is -ИЧ and
 * another C is Ц ("Jovanovic"/"Йованович", "Podgorica"/"Подгорица", "Srbija"/"Сербия").
 */
function southSlavicReading(word: string): string {
  return slavicJ(word)
    .replace(/ic$/, 'ich')
    .replace(/c(?!h)/g, 'ts');
}

/** A Slavic J is Й, silent after an L or N that it softens ("lj", "nj": "ль", "нь"). */
function slavicJ(word: string): string {
  return word.replace(/(?<=[ln])j/g, '').replace(/j/g, 'y');
}

/** A word that may be Chinese in pinyin: nothing but its syllables (an initial and a final each). */
const PINYIN =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u))+$/;

/**
 * How Russian spells pinyin (Palladius): ZH as ЧЖ, J and Z as ЦЗ, Q and C as Ц, X as С, an initial R as
 * Ж, NG as Н, an initial YI as И ("Zhang"/"Чжан", "Jinping"/"Цзиньпин", "Liang"/"Лян", "Xi"/"Си").
 */
function chineseReading(word: string): string {
  return word
    .replace(/^yi/, 'i')
    .replace(/zh/g, 'chZ')
    .replace(/^r/, 'Z')
    .replace(/[jz]/g, 'tsz')
    .replace(/q|c(?!h)/g, 'ts')
    .replace(/x/g, 's')
    .replace(/ng/g, 'n')
    .replace(/Z/g, 'zh');
}

function phoneticKeyOf(word: string): string {
  // Inside a name, Russian writes an English W before E as "у" ("Галлоуэй"/"Galloway"); "уа" is often a U ("Стюарт").
  return keyOfLatin([...plainLatin(fold(word)).replace(/(?<=.)у(?=э)/g, 'w')].map((c) => TRANSLIT[c] ?? c).join(''));
}

/** The key of a word in Latin letters (a Cyrillic one transliterated). */
function keyOfLatin(latin: string): string {
  return (
    latin
      .replace(/[^a-z]/g, '')
      // A W after a vowel and before a consonant or the end is a vowel's glide, which Russian writes "у" or
      // not at all ("Браун"/"Brown", "Эшдаун"/"Ashdown", "Доусон"/"Dawson", "Эндрюс"/"Andrews"); not in the
      // Polish endings, where it is a V ("Kozłowski"/"Козловский", "Krawczyk"/"Кравчик").
      .replace(/(?<=[aeiou])w(?![aeiouy]|sk|ic|cz)/g, '')
      // Polish writes Ш and Ч as SZ and CZ, and the И after them as Y ("Szymański"/"Шиманский", "Krawczyk"/"Кравчик").
      .replace(/(?<=[sc])zy/g, 'zi')
      .replace(/sz/g, 'sh')
      .replace(/cz/g, 'ch')
      // "Дж" and "Ж" are an English J ("Джонс"/"Jones", "Жалдасов"/"Jaldasov"); a silent W or GH is dropped
      // ("Райт"/"Wright"), and so is a final W after a vowel ("Мэтью"/"Matthew").
      .replace(/dzh|zh|dj|dg(?=[eiy])/g, 'j')
      .replace(/^wr/, 'r')
      .replace(/wh/g, 'w')
      // "Ч" and an English CH are one sound, kept apart from the H class below.
      .replace(/sch/g, 'sh')
      // An English CHR is a K ("Кристофер"/"Christopher"); the H of JOHN is silent ("Джонсон"/"Johnson"),
      // and so is a final GH after a vowel ("Кавана"/"Kavanagh", "Ли"/"Leigh").
      .replace(/chr/g, 'kr')
      .replace(/ohn/g, 'on')
      .replace(/(?<=[aeiou])gh$/, '')
      .replace(/tch|ch/g, 'C')
      .replace(/ght/g, 't')
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
      // An initial Y before another vowel is an I's glide: "Йорданов", "Iordanov" and "Yordanov" are one name.
      .replace(/^y(?=[aiou])/, 'i')
      // An English initial A is often a Russian Э ("Эшдаун"/"Ashdown", "Эндрюс"/"Andrews", "Эштон"/"Ashton").
      .replace(/^e/, 'a')
      .replace(/x/g, 'ks')
      .replace(/c(?=[eiy])/g, 's')
      .replace(/c/g, 'k')
      .replace(/kh/g, 'h')
      // Ukrainian and Belarusian H is a Russian Г ("Григорий"/"Hryhoriy", "Сергей"/"Siarhei"), an English
      // H a Russian Х ("Хьюз"/"Hughes"): g and a lone h are one sound class; "ch" and "sh" stay apart.
      .replace(/(?<!s)h/g, 'g')
      // Russian writes an English final or voiced S as "з" ("Чарльз"/"Charles").
      .replace(/z/g, 's')
      .replace(/(.)\1+/g, '$1')
      .replace(/(?!^)[aeiouy]/g, '')
      .replace(/(.)\1+/g, '$1')
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
  // Not "-ам" and "-ям": a dative plural is rare for a name, and "Адам", "Ильхам", "Хайям" end so.
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
  return cached(nameKeyCache, norm, nameKeyOf);
}

function nameKeyOf(norm: string): string {
  if (!isCyrillic(norm)) return norm.replace(/['’]s$/, '');
  const w = norm.replace(/ь/g, '');
  if (w.length <= 3) return w;
  for (const ending of NAME_ENDINGS_RU) {
    if (w.endsWith(ending) && w.length - ending.length >= 3) return w.slice(0, -ending.length);
  }
  return w;
}
