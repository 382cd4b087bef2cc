/**
 * Number words and digit groups, English and Russian: "fourteen", "двадцать пять", "трёх", "1 300", "1,300".
 *
 * Pure and dictionary-based. Russian cardinals decline, so every case form a briefing can use is listed
 * (generated from a few stems below); ё is folded to е before any lookup.
 */

/** "четырнадцать"->14, "fourteen"->14, "трое"/"троих"/"трёх"->3, "1 300"/"1,300"/"1300"->1300; undefined if not a number. */
export function parseNumberToken(token: string): number | undefined {
  const trimmed = token.trim();
  if (trimmed === '') return undefined;
  if (/^\d/.test(trimmed)) return parseDigits(trimmed);
  const words = splitNumberWords(trimmed);
  const reader = new NumeralReader();
  for (const word of words) {
    if (!reader.add(word)) return undefined;
  }
  return reader.value();
}

/** A digit group as written in either language: "1300", "1 300" (space, no-break or thin space), "1,300". */
export const DIGIT_GROUP_SOURCE = String.raw`\d{1,3}(?:[ \u00A0\u2009\u202F,]\d{3})+(?!\d)|\d+`;

/** The whole of a string is one digit group; built once (every number of every sentence is tested). */
const WHOLE_DIGIT_GROUP = new RegExp(`^(?:${DIGIT_GROUP_SOURCE})$`);

/** Parses a digit group; undefined when the string is anything else (dates, decimals, codes). */
export function parseDigits(text: string): number | undefined {
  if (!WHOLE_DIGIT_GROUP.test(text)) return undefined;
  return Number(text.replace(/[^\d]/g, ''));
}

/** What one number word means. `scale` words multiply what precedes them ("three hundred", "две тысячи"). */
export interface NumberWord {
  value: number;
  kind: 'unit' | 'teen' | 'tens' | 'hundreds' | 'scale';
  /** Only counts when a counted noun follows ("one"/"один" are also pronouns and articles). */
  needsNoun?: boolean;
  /** English "hundred": multiplies the unit before it ("three hundred"); Russian hundreds are words of their own. */
  multipliesUnit?: boolean;
  /** Plural forms of scale words ("тысячи людей", "тысяч") read as "thousands of": vague unless multiplied. */
  needsMultiplier?: boolean;
}

/** Whether a word already folded by foldWord is a cardinal number word: lookupNumberWord without folding it again. */
export function isFoldedNumberWord(key: string): boolean {
  return NUMBER_WORDS.has(key);
}

/** Looks up one word (any case, ё or е); undefined if it is not a cardinal number word. */
export function lookupNumberWord(word: string): NumberWord | undefined {
  return NUMBER_WORDS.get(foldWord(word));
}

/**
 * Reads a run of number words left to right, refusing a word that cannot continue the number
 * ("twenty five" continues, "five twenty" does not), so a greedy scanner knows where a numeral ends.
 */
export class NumeralReader {
  private total = 0;
  private segment = 0;
  private hasHundreds = false;
  private hasTens = false;
  private hasUnits = false;
  private hasTeen = false;
  private lastScale = Number.POSITIVE_INFINITY;
  private words: NumberWord[] = [];

  /** Adds a word; false (and nothing changes) when it is not a number word or cannot follow the previous ones. */
  add(word: string): boolean {
    const entry = lookupNumberWord(word);
    if (!entry || !this.accepts(entry)) return false;
    this.apply(entry);
    this.words.push(entry);
    return true;
  }

  /** The number read so far; undefined if nothing was read or the reading is only a vague plural ("тысячи"). */
  value(): number | undefined {
    if (this.words.length === 0) return undefined;
    const [first] = this.words;
    if (this.words.length === 1 && first?.needsMultiplier) return undefined;
    return this.total + this.segment;
  }

  /** True when the whole numeral is a word for "one", which is also an article or pronoun. */
  needsNoun(): boolean {
    return this.words.length === 1 && this.words[0]?.needsNoun === true;
  }

  get wordCount(): number {
    return this.words.length;
  }

  private accepts(entry: NumberWord): boolean {
    const tensOrUnitsTaken = this.hasTens || this.hasUnits || this.hasTeen;
    switch (entry.kind) {
      case 'unit':
        return !this.hasUnits && !this.hasTeen;
      case 'teen':
      case 'tens':
        return !tensOrUnitsTaken;
      case 'hundreds':
        if (entry.multipliesUnit && this.hasUnits && !this.hasTens && !this.hasHundreds) return true; // "three hundred"
        return !this.hasHundreds && !tensOrUnitsTaken;
      case 'scale':
        return entry.value < this.lastScale && (this.segment > 0 || this.words.length === 0);
    }
  }

  private apply(entry: NumberWord): void {
    switch (entry.kind) {
      case 'unit':
        this.segment += entry.value;
        this.hasUnits = true;
        return;
      case 'teen':
        this.segment += entry.value;
        this.hasTeen = true;
        return;
      case 'tens':
        this.segment += entry.value;
        this.hasTens = true;
        return;
      case 'hundreds':
        // English "hundred" multiplies a preceding unit; Russian "двести" is already 200.
        this.segment = entry.multipliesUnit && this.hasUnits ? this.segment * entry.value : this.segment + entry.value;
        this.hasHundreds = true;
        this.hasUnits = false;
        return;
      case 'scale':
        this.total += (this.segment || 1) * entry.value;
        this.lastScale = entry.value;
        this.segment = 0;
        this.hasHundreds = this.hasTens = this.hasUnits = this.hasTeen = false;
        return;
    }
  }
}

/** Lowercase, ё->е, curly apostrophes straightened: the key every dictionary here uses. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words have neither: skip the replacements (every word of every document comes here).
  return lower.includes('ё') || lower.includes('’') ? lower.replace(/ё/g, 'е').replace(/’/g, "'") : lower;
}

/** "twenty-five" -> ["twenty", "five"]; "one hundred and fifty" -> ["one", "hundred", "fifty"]. */
function splitNumberWords(phrase: string): string[] {
  return phrase.split(/[\s\-\u2010\u2011]+/u).filter((word) => word !== '' && !CONNECTIVES.has(foldWord(word)));
}

/** Words allowed inside a numeral without changing it ("one hundred and fifty"). */
export const CONNECTIVES: ReadonlySet<string> = new Set(['and']);

// ---------------------------------------------------------------------------------------------------------
// Dictionaries. Russian forms are generated from stems so that all cases are present without a long list.

const NUMBER_WORDS = new Map<string, NumberWord>();

function define(
  value: number,
  kind: NumberWord['kind'],
  forms: readonly string[],
  extra: Partial<NumberWord> = {},
): void {
  for (const form of forms) NUMBER_WORDS.set(foldWord(form), { value, kind, ...extra });
}

// English.
const EN_UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
for (const [index, word] of EN_UNITS.entries())
  define(index + 1, 'unit', [word], index === 0 ? { needsNoun: true } : {});
const EN_TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
for (const [index, word] of EN_TEENS.entries()) define(index + 10, 'teen', [word]);
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
for (const [index, word] of EN_TENS.entries()) define((index + 2) * 10, 'tens', [word]);
define(100, 'hundreds', ['hundred'], { multipliesUnit: true });
define(1000, 'scale', ['thousand']);
define(1_000_000, 'scale', ['million']);

// Russian units 1..4 and the collective numerals ("трое", "троих") that count people.
define(1, 'unit', ['один', 'одна', 'одно', 'одного', 'одной', 'одному', 'одним', 'одном', 'одну', 'одною'], {
  needsNoun: true,
});
define(2, 'unit', ['два', 'две', 'двух', 'двум', 'двумя', 'двое', 'двоих', 'двоим', 'двоими']);
define(3, 'unit', ['три', 'трех', 'трем', 'тремя', 'трое', 'троих', 'троим', 'троими']);
define(4, 'unit', ['четыре', 'четырех', 'четырем', 'четырьмя', 'четверо', 'четверых', 'четверым', 'четверыми']);

/** A Russian collective numeral, which counts people by itself: «двое», «троих», «шестеро», «десятерых». */
export function isCollectiveNumeral(word: string): boolean {
  return COLLECTIVE_NUMERAL.test(word);
}
const COLLECTIVE_NUMERAL = /^(дво|тро|четвер|пятер|шестер|семер|восьмер|девятер|десятер)(е|о|их|ых|им|ым|ими|ыми)$/iu;

/** Nouns of the third declension in -ь: nominative, then -и (gen/dat/prep) and -ью (instr). */
function softStemForms(nominative: string): string[] {
  const stem = nominative.slice(0, -1);
  return [nominative, `${stem}и`, `${stem}ью`];
}
/** Collective numerals 5..10: "пятеро", "пятерых", "пятерым", "пятерыми". */
function collectiveForms(stem: string): string[] {
  return [`${stem}о`, `${stem}ых`, `${stem}ым`, `${stem}ыми`];
}
const RU_FIVE_TO_NINE: readonly [number, string, string][] = [
  [5, 'пять', 'пятер'],
  [6, 'шесть', 'шестер'],
  [7, 'семь', 'семер'],
  [8, 'восемь', 'восьмер'],
  [9, 'девять', 'девятер'],
];
for (const [value, nominative, collective] of RU_FIVE_TO_NINE) {
  define(value, 'unit', [...softStemForms(nominative), ...collectiveForms(collective)]);
}
define(8, 'unit', ['восьми', 'восьмью']); // the oblique stem drops the fleeting е
define(10, 'teen', [...softStemForms('десять'), ...collectiveForms('десятер')]);
const RU_TEENS = [
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
  'шестнадцать',
  'семнадцать',
  'восемнадцать',
  'девятнадцать',
];
for (const [index, word] of RU_TEENS.entries()) define(index + 11, 'teen', softStemForms(word));

define(20, 'tens', softStemForms('двадцать'));
define(30, 'tens', softStemForms('тридцать'));
define(40, 'tens', ['сорок', 'сорока']);
define(50, 'tens', ['пятьдесят', 'пятидесяти', 'пятьюдесятью']);
define(60, 'tens', ['шестьдесят', 'шестидесяти', 'шестьюдесятью']);
define(70, 'tens', ['семьдесят', 'семидесяти', 'семьюдесятью']);
define(80, 'tens', ['восемьдесят', 'восьмидесяти', 'восемьюдесятью', 'восьмьюдесятью']);
define(90, 'tens', ['девяносто', 'девяноста']);

define(100, 'hundreds', ['сто', 'ста']);
/** Hundreds 200..900: nominative, then the genitive (-сот, -стах), dative (-стам) and instrumental (-стами) stems. */
const RU_HUNDREDS: readonly [number, string, string, string, string][] = [
  [200, 'двести', 'двух', 'двум', 'двумя'],
  [300, 'триста', 'трех', 'трем', 'тремя'],
  [400, 'четыреста', 'четырех', 'четырем', 'четырьмя'],
  [500, 'пятьсот', 'пяти', 'пяти', 'пятью'],
  [600, 'шестьсот', 'шести', 'шести', 'шестью'],
  [700, 'семьсот', 'семи', 'семи', 'семью'],
  [800, 'восемьсот', 'восьми', 'восьми', 'восемью'],
  [900, 'девятьсот', 'девяти', 'девяти', 'девятью'],
];
for (const [value, nominative, genitive, dative, instrumental] of RU_HUNDREDS) {
  define(value, 'hundreds', [nominative, `${genitive}сот`, `${genitive}стах`, `${dative}стам`, `${instrumental}стами`]);
}

// "тысяча человек" is 1000; "тысячи людей" alone means "thousands of people" and is not a count.
define(1000, 'scale', ['тысяча', 'тысячу', 'тысячей', 'тысячею']);
define(1000, 'scale', ['тысячи', 'тысяч', 'тысячам', 'тысячами', 'тысячах', 'тыс'], { needsMultiplier: true });
define(1_000_000, 'scale', ['миллион', 'миллионом', 'миллионе', 'млн']);
define(1_000_000, 'scale', ['миллиона', 'миллионов', 'миллионам', 'миллионами', 'миллионах'], {
  needsMultiplier: true,
});

export type Magnitude = 'thousand' | 'million' | 'billion';

/** What a magnitude word multiplies its figure by. */
export const MAGNITUDE_FACTOR: Record<Magnitude, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** The magnitude word of a figure in digits: "76 тысяч", "$1.2 billion", "410,3 тыс. тонн". */
export function magnitudeOf(text: string): Magnitude | undefined {
  // A numeral in words holds its magnitude in its value ("тысячи семисот" is 1,700): only digits have one apart.
  if (!/\d/.test(text)) return undefined;
  const t = text.toLowerCase();
  if (/million|млн|миллион/.test(t)) return 'million';
  if (/billion|млрд|миллиард/.test(t)) return 'billion';
  if (/thousand|тыс/.test(t)) return 'thousand';
  return undefined;
}
