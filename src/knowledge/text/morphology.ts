/**
 * Russian morphology from a dictionary: Az.js with the OpenCorpora dictionaries it ships (no
 * download at run time). Lemmas join what a stemmer splits ("угля"/"уголь", "освобождённых"/
 * "освободить"), and the nominative form is what an answer shows ("Вендтом" → "Вендт").
 *
 * The dictionaries are read synchronously once (about half a second), the first time a Russian word
 * is lemmatised, so every caller (ingest, the index, the vocabulary, the question) sees the same forms.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { isMainThread, workerData } from 'node:worker_threads';
import { remembered } from './remembered.ts';

interface AzParse {
  tag: {
    POS?: string;
    Name?: boolean;
    Surn?: boolean;
    Geox?: boolean;
    futr?: boolean;
    past?: boolean;
    toString(): string;
  };
  score: number;
  /** Which of its parsers read the word: "Dictionary" for a word it knows, others guess from the ending. */
  parser: string;
  /** Letters Az took as repeated by mistake, and typos it corrected, to read the word so. */
  stutterCnt: number;
  typosCnt: number;
  normalize(): { word: string };
  inflect(grammemes: string[]): { word: string } | false | undefined;
}
interface AzModule {
  load: (url: string, responseType: string, callback: (err: Error | null, data?: unknown) => void) => void;
  Morph: ((word: string, config?: { parsers: string[] }) => AzParse[]) & {
    init: (path: string, callback: (err?: Error) => void) => void;
  };
}

const require = createRequire(import.meta.url);
let az: AzModule | null | undefined;

/**
 * Az's binary dictionaries (~10 MB) by file name, read into memory that threads can share: an ingest
 * worker is given its parent's (ingest-pool.ts, `workerData.dictionaries`) instead of reading copies of
 * its own. Taken as this module loads, before any module that lemmatises as it loads can ask for a word.
 * Az only reads them, through typed arrays.
 */
const dictionaries: Record<string, SharedArrayBuffer> = { ...sharedByParentThread() };

function sharedByParentThread(): Readonly<Record<string, SharedArrayBuffer>> {
  const given = isMainThread ? undefined : (workerData as { dictionaries?: unknown } | null)?.dictionaries;
  return given && typeof given === 'object' ? (given as Record<string, SharedArrayBuffer>) : {};
}

function dictionaryDir(): string {
  return join(dirname(require.resolve('az/package.json')), 'dicts');
}

/** This thread's dictionaries in shared memory, loading Az first if it was not (to give to worker threads). */
export function shareMorphologyDictionaries(): Readonly<Record<string, SharedArrayBuffer>> {
  loadAz();
  return dictionaries;
}

/** A file's bytes read straight into shared memory: not read into a buffer first and copied (10 MB at each start). */
function sharedCopyOf(url: string): SharedArrayBuffer {
  const fd = openSync(url, 'r');
  try {
    const size = fstatSync(fd).size;
    const shared = new SharedArrayBuffer(size);
    const view = new Uint8Array(shared);
    let read = 0;
    while (read < size) {
      const got = readSync(fd, view, read, size - read, read);
      if (got === 0) break;
      read += got;
    }
    // A file cut short meanwhile: what it has, as readFileSync would give it.
    return read < size ? shared.slice(0, read) : shared;
  } finally {
    closeSync(fd);
  }
}

function loadAz(): AzModule | null {
  if (az !== undefined) return az;
  try {
    const module = require('az') as AzModule;
    const dicts = dictionaryDir();
    // Az reads its files asynchronously and builds its tables once its count of files still loading drops
    // to zero. A reader that called back at once dropped it to zero after every file: Az threw until both
    // tag tables were in, then built its ~10k tag objects three times over, all garbage but the last, which
    // stayed in the process's memory. So the reads wait in a queue until init has asked for every file,
    // then run in order: the tables are built once, and init completes before it returns.
    const reads: (() => void)[] = [];
    module.load = (url, responseType, callback) => {
      reads.push(() => {
        let data: unknown;
        try {
          if (responseType === 'json') data = JSON.parse(readFileSync(url, 'utf8'));
          else {
            const file = basename(url);
            dictionaries[file] ??= sharedCopyOf(url);
            data = dictionaries[file];
          }
          // Each tag comes with a copy naming its grammemes in Russian (`tag.ext`), which only Az's own
          // debug printing reads; empty copies spare ~5 MB of objects and hidden classes.
          if (url.endsWith('gramtab-opencorpora-ext.json')) data = (data as string[]).map(() => '');
        } catch (err) {
          callback(err as Error);
          return;
        }
        callback(null, data);
      });
    };
    let failed: Error | undefined;
    let done = false;
    module.Morph.init(dicts, (err) => {
      failed ??= err ?? undefined;
      done = true;
    });
    // Az deep-freezes its tag table; a frozen object needs a hidden class of its own, and ~10k tags with
    // ~5k property layouts made ~5 MB of them. Nothing writes to the tags (nor could: they are Az's
    // private state), so freezing is skipped while the tables are built, synchronously, just here.
    const freeze = Object.freeze;
    Object.freeze = <T>(o: T): T => o;
    try {
      for (const read of reads) read();
    } finally {
      Object.freeze = freeze;
    }
    az = done && !failed ? module : null;
  } catch {
    az = null;
  }
  return az;
}

const lemmaCache = new Map<string, string>();

/** The dictionary form of a Russian word (lower case), or the word itself when it is not Russian. */
export function lemma(word: string): string {
  return remembered(lemmaCache, 500_000, word, lemmaOf);
}

/**
 * Az's parsers up to the first that stops the search once a reading is found: Az asks the guessers
 * (prefixes, suffixes) only for a word these leave without a reading that needs no correction.
 */
const UNTIL_FIRST_STOP = { parsers: ['Dictionary?', 'AbbrName?', 'AbbrPatronymic'] };

function lemmaOf(word: string): string {
  if (!/^[а-яё-]+$/i.test(word) || word.length <= 2) return word;
  const morph = loadAz()?.Morph;
  if (!morph) return word;
  // The guessers add no dictionary reading: a word without one is itself. With a reading no parser
  // corrected, Az stops where UNTIL_FIRST_STOP ends, so its readings are those of the full search.
  let parses = morph(word, UNTIL_FIRST_STOP);
  if (!parses.some((p) => p.parser === 'Dictionary')) return word;
  if (!parses.some((p) => !p.stutterCnt && !p.typosCnt)) parses = morph(word);
  const best = parses[0];
  // Only a word the dictionary knows: a guessed paradigm turns a place name into nonsense
  // (a "-ане" locative read as a form of "ана", a "-иси" name as a verb); the stemmer handles such words.
  return best && best.parser === 'Dictionary' ? best.normalize().word.toLowerCase().replace(/ё/g, 'е') : word;
}

const nominativeCache = new Map<string, string>();

/**
 * The nominative singular of a Russian word or name as written ("Вендтом" → "Вендт",
 * "заместителем" → "заместитель"), keeping its capital; other words unchanged. Kept: rendering asks
 * it of every form of a name a document writes.
 */
export function nominative(word: string): string {
  if (!/^[А-ЯЁа-яё-]+$/.test(word) || word.length < 3) return word;
  return remembered(nominativeCache, 20_000, word, nominativeOf);
}

function nominativeOf(word: string): string {
  try {
    const parses = loadAz()?.Morph(word) ?? [];
    const capital = /^[А-ЯЁ]/.test(word);
    // A capitalised word is read as a name where the dictionary allows it ("Мунтян" the surname, not a plural).
    const named = capital ? parses.find((p) => /Name|Surn|Patr|Geox|Orgn/.test(p.tag.toString())) : undefined;
    const best = named ?? parses.find((p) => p.tag.POS === 'NOUN' || p.tag.POS === 'ADJF') ?? parses[0];
    if (!best) return word;
    const nom = best.inflect(['nomn']);
    const form = nom && typeof nom === 'object' ? nom.word : best.normalize().word;
    // Az gives a hyphenated compound's reading no word ("компании-оператора").
    if (typeof form !== 'string') return word;
    return capital ? form.charAt(0).toUpperCase() + form.slice(1) : form;
  } catch {
    return word;
  }
}

const CASE = /\b(nomn|gent|gen1|gen2|datv|accs|acc2|ablt|loct|loc1|loc2|voct)\b/g;
const SAME_CASE: Readonly<Record<string, string>> = {
  gen1: 'gent',
  gen2: 'gent',
  acc2: 'accs',
  loc1: 'loct',
  loc2: 'loct',
};
const casesCache = new Map<string, ReadonlySet<string> | null>();

/**
 * The grammatical cases a Russian word can be in, over all its readings ("Трампом": instrumental;
 * "Совета": genitive); undefined for a word that does not decline ("Лукашенко") or is not Russian.
 * Two words of one name share a case; a change of case starts another phrase.
 */
export function casesOf(word: string): ReadonlySet<string> | undefined {
  if (!/^[А-ЯЁа-яё-]+$/.test(word) || word.length < 3) return undefined;
  // "Жан-Макс", "Санкт-Петербурге": the last part shows the case (the dictionary reads a hyphenated
  // word as one it does not know, "Жан-Макс" as a genitive).
  const last = word.slice(word.lastIndexOf('-') + 1);
  if (last !== word) return last.length >= 3 ? casesOf(last) : undefined;
  return remembered(casesCache, 100_000, word, casesOfWord) ?? undefined;
}

function casesOfWord(word: string): ReadonlySet<string> | null {
  try {
    const found = new Set<string>();
    let fixed = false;
    let known = false;
    let named = false;
    for (const p of loadAz()?.Morph(word) ?? []) {
      const tag = p.tag.toString();
      if (/\bFixd\b/.test(tag)) fixed = true;
      if (p.parser === 'Dictionary') known = true;
      if (/\bName\b/.test(tag)) named = true;
      for (const m of tag.matchAll(CASE)) found.add(SAME_CASE[m[1] as string] ?? (m[1] as string));
    }
    // "Сабитов", "Норматов": read only as a genitive plural (of the given name "Сабит", of a noun guessed),
    // a capitalised word in -ов or -ин is as likely a man's surname in the nominative ("Ильдар Сабитов").
    if ((named || !known) && SURNAME_ENDING.test(word) && /^[А-ЯЁ]/.test(word) && !found.has('nomn')) found.add('nomn');
    // A foreign name the dictionary does not know, ending in У, Ю, О or Э ("Телмеску", "Брандяну", "Кештану"),
    // does not decline: Russian writes it alike in every case. (An Е or И may end a declined one: "Варнели".)
    if (!known && /[уюоэ]$/i.test(word) && /^[А-ЯЁ]/.test(word)) return null;
    return fixed || found.size === 0 ? null : found;
  } catch {
    return null;
  }
}

/** Endings of a man's surname in the nominative that are also endings of a genitive plural. */
const SURNAME_ENDING = /(ов|ев|ёв|ин|ын)$/;

/** Whether two Russian words can be in one case (a word that does not decline, or is not Russian, can be in any). */
export function mayShareCase(a: string, b: string): boolean {
  const ca = casesOf(a);
  const cb = casesOf(b);
  return !ca || !cb || [...ca].some((c) => cb.has(c));
}

const givenNameCache = new Map<string, boolean>();

/**
 * Whether the dictionary (OpenCorpora) knows a Russian word as a given name in the singular: "Ширин",
 * "Довлет", "Айгуль", names of many nations no hand-written list holds. Not a plural form ("Петров",
 * "Мусаев" are also genitive plurals of "Пётр", "Мусай"): those are surnames as often as not.
 */
export function isDictionaryGivenName(word: string): boolean {
  if (!/^[а-яё-]+$/i.test(word) || word.length < 3) return false;
  // The dictionary finds a proper name only as capitalised: "ширин" is a word, "Ширин" also a name.
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return remembered(givenNameCache, 20_000, capitalised, dictionaryGivenName);
}

/** A tag of a given name in the singular ("NOUN,anim,femn,Sgtm,Fixd,Name sing,nomn"). */
const SINGULAR_NAME = /\bName\b.*\bsing\b|\bsing\b.*\bName\b/;

function dictionaryGivenName(word: string): boolean {
  try {
    return (loadAz()?.Morph(word) ?? []).some((p) => p.parser === 'Dictionary' && SINGULAR_NAME.test(p.tag.toString()));
  } catch {
    return false;
  }
}

/** The part of speech of a Russian word the dictionary knows (no guess for an unknown one), if any. */
export function dictionaryPartOfSpeech(word: string): string | undefined {
  const best = firstReading(word);
  return best?.known ? best.pos : undefined;
}

/** The part of speech the dictionary gives a Russian word first ("NOUN", "VERB", "ADJF"...), if any. */
export function partOfSpeech(word: string): string | undefined {
  return firstReading(word)?.pos;
}

/**
 * The tense of a Russian verb the dictionary knows ("поедет": future, "подписали": past); none for
 * other words, and none for a word it does not know ("Варнел" is no past tense of a verb).
 */
export function verbTense(word: string): 'past' | 'future' | undefined {
  const best = firstReading(word);
  return best?.pos === 'VERB' && best.known ? best.tense : undefined;
}

const pluralCache = new Map<string, boolean>();

/**
 * Whether a word is only a plural: "рабочих", "перевозчиков" in Russian (every reading the dictionary
 * knows is plural), "workers", "Hauliers'" in English. A body's name holds its members so ("Профсоюз
 * портовых рабочих", "the Port Workers' Union"); one person's title is singular.
 */
export function isOnlyPlural(word: string): boolean {
  if (/^[a-z]+$/i.test(word)) return /[^s]s$/i.test(word);
  if (!/^[а-яё]+$/i.test(word) || word.length < 3) return false;
  return remembered(pluralCache, 100_000, word.toLowerCase(), (w) => {
    const tags = dictionaryTags(w);
    return tags.length > 0 && tags.every((t) => /\bplur\b/.test(t));
  });
}

/** The tags of the readings the dictionary knows of a lower-cased word (none when the analyser fails). */
function dictionaryTags(word: string): string[] {
  try {
    return (loadAz()?.Morph(word) ?? []).filter((p) => p.parser === 'Dictionary').map((p) => p.tag.toString());
  } catch {
    return [];
  }
}

const massCache = new Map<string, boolean>();

/**
 * Whether a Russian noun after «сколько» names a substance, measured rather than counted: its genitive is
 * singular ("газа", "нефти", "воды"), where a counted noun's is plural ("рейсов", "судов").
 */
export function isMassGenitive(word: string): boolean {
  if (!/^[а-яё]+$/i.test(word) || word.length < 3) return false;
  return remembered(massCache, 100_000, word.toLowerCase(), (w) => {
    const tags = dictionaryTags(w).filter((t) => /\bNOUN\b/.test(t));
    return (
      tags.some((t) => /\bgent\b/.test(t) && /\bsing\b/.test(t)) &&
      !tags.some((t) => /\bgent\b/.test(t) && /\bplur\b/.test(t))
    );
  });
}

/** What is kept of Az's first reading of a word: its part of speech, and whether the dictionary knows the word. */
interface Reading {
  pos: string | undefined;
  known: boolean;
  tense: 'past' | 'future' | undefined;
}

const readingCache = new Map<string, Reading | null>();

/**
 * Az's first reading of a Russian word, guessed for a word it does not know; none for another script.
 * Kept (two fields, not Az's parse, which holds on to much more): answering asks it of the same names
 * and words again and again, each a dictionary walk.
 */
function firstReading(word: string): Reading | undefined {
  if (!/^[а-яё-]+$/i.test(word)) return undefined;
  return remembered(readingCache, 20_000, word, readingOf) ?? undefined;
}

function readingOf(word: string): Reading | null {
  try {
    const parse = loadAz()?.Morph(word)[0];
    return parse
      ? {
          pos: parse.tag.POS,
          known: parse.parser === 'Dictionary',
          tense: parse.tag.futr ? 'future' : parse.tag.past ? 'past' : undefined,
        }
      : null;
  } catch {
    return null;
  }
}

/** "задержанный" after a number: the nominative singular after 1, else the genitive plural (as for adjectives). */
function participleWithNumber(word: string, one: boolean): string {
  const m = /^(.+?)(ый|ой|ий|ая|яя|ое|ее|ые|ие)$/.exec(word);
  if (!m) return word;
  const [, stem, ending] = m as unknown as [string, string, string];
  const soft = /^(ий|яя|ее|ие)$/.test(ending) || /[гкхжшщч]$/.test(stem);
  if (one) return stem + (/^(ые|ие)$/.test(ending) ? (soft ? 'ий' : 'ый') : ending);
  return stem + (soft ? 'их' : 'ых');
}

/**
 * A Russian word in the form a number takes ("4 военнослужащих", "21 компания", "5 компаний"): the
 * nominative singular after 1, the genitive singular after 2–4 (plural for an adjective), the genitive
 * plural otherwise. Other words, and words the dictionary does not know, unchanged.
 */
/** Indeclinable nouns the dictionary reads as another word's form: "лари" (the currency) is no plural of "ларь". */
const INDECLINABLE = new Set(['лари', 'тетри']);

export function agreeWithNumber(word: string, n: number): string {
  if (!/^[а-яё-]+$/i.test(word) || !Number.isInteger(n) || INDECLINABLE.has(word.toLowerCase())) return word;
  try {
    // Only a word the dictionary knows: a guessed paradigm would inflect a stem into nonsense.
    const parse = (loadAz()?.Morph(word) ?? []).find(
      (p) => p.parser === 'Dictionary' && (p.tag.POS === 'NOUN' || p.tag.POS === 'ADJF' || p.tag.POS === 'PRTF'),
    );
    if (!parse) return word;
    const last = n % 10;
    const tens = n % 100;
    const one = last === 1 && tens !== 11;
    const few = last >= 2 && last <= 4 && (tens < 12 || tens > 14);
    // After a number "человек" keeps its counting form ("5 человек", not "людей").
    if (word === 'человек' && !one && !few) return word;
    // A noun made of an adjective ("военнослужащий", "заключённый") declines like one: "4 военнослужащих".
    // A participle used as a noun ("задержанный"): Az would inflect it through its verb ("задержавших",
    // the other voice), so its adjective ending is changed instead: "13 задержанных".
    if (parse.tag.POS === 'PRTF') return participleWithNumber(word, one);
    const adjectival = parse.tag.POS === 'ADJF' || /(ый|ий|ой)$/.test(word);
    const grammemes = one ? ['nomn', 'sing'] : few ? ['gent', adjectival ? 'plur' : 'sing'] : ['gent', 'plur'];
    const form = parse.inflect(grammemes);
    return form && typeof form === 'object' ? form.word : word;
  } catch {
    return word;
  }
}
