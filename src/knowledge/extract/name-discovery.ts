import { GIVEN_NAME_FORMS, isGivenName } from '../lexicon/first-names.ts';
import { STOPWORDS } from '../lexicon/stopwords.ts';
import { matchConcepts } from '../text/concept-matcher.ts';
import { isDictionaryGivenName } from '../text/morphology.ts';
import { nameKey, phoneticKey, type Token, tokenize } from '../text/tokens.ts';
import type { Entity, EntityKind } from '../types.ts';
import type { EntityRecognizer } from './entities.ts';
import { isMonthWord } from './months.ts';

/**
 * Discovers the people, organisations and other names a document introduces (the gazetteer knows only
 * world-level names):
 * - a given name followed by a capitalised surname ("Анна Залесская", "Gregory Thornbury");
 * - a title or role before a capitalised name ("спецпосланник Марк Галлоуэй", "envoy Thornbury",
 *   "министра иностранных дел Республики Рунии Карла Вендта");
 * - an organisation in «quotes», a capitalised word built on "банк", an English run of capitalised words
 *   ending in an organisation word ("... Bank", "... Institute"), a Russian organisation word followed by
 *   its genitive ("Банк реконструкции", "Совет старейшин");
 * - a capitalised sequence, not at the start of a sentence, that comes back ("Kartvel Harbor", "Эйрлайн").
 * A person's forms in either script share one id (see personId), so "Грегори Торнбери" finds "Gregory Thornbury".
 */
export function discoverEntities(texts: readonly string[], known: EntityRecognizer): Entity[] {
  return mergeNameObservations([observeNames(texts, known)]);
}

/**
 * What one document says about names, before it is compared with the others: the rules' findings in
 * the order they were made. Documents are observed apart (in ingest workers) and merged in document
 * order, which gives what one pass over every sentence gave.
 */
export interface NameObservations {
  /** The key of every «quoted» phrase: a lone quoted word is a name only when it comes back in some document. */
  quoteKeys: string[];
  /** Forms found by a rule, in the order found. */
  finds: NameFind[];
  /** Capitalised runs not at the start of a sentence, by key in order of first sight: names when they come back. */
  runs: [key: string, run: { forms: string[]; org: boolean }][];
  /** Keys of surnames the person rules found: a run made of one is not a name of its own. */
  surnameKeys: string[];
}

export interface NameFind {
  id: string;
  kind: EntityKind;
  form: string;
  surname?: string;
  /** The form has the given name in its dictionary form. */
  nominative?: boolean;
  /** A quoted word that counts only if its quote key comes back across the documents. */
  ifQuoteRecurs?: string;
}

/** Token `k` may be part of a name the gazetteer does not know. */
function isName(tokens: readonly Token[], knownSpans: ReadonlySet<number>, k: number): boolean {
  const t = tokens[k];
  return t !== undefined && !knownSpans.has(k) && nameLike(t);
}

/** The rules run over the sentences of one document. */
export function observeNames(texts: readonly string[], known: EntityRecognizer): NameObservations {
  const finds: NameFind[] = [];
  const add = (id: string, kind: EntityKind, form: string, surname?: string, nominative?: boolean) => {
    finds.push({
      id,
      kind,
      form,
      ...(surname !== undefined ? { surname } : {}),
      ...(nominative ? { nominative } : {}),
    });
  };
  const quoteKeys: string[] = [];
  for (const text of texts) for (const m of text.matchAll(/«([^«»]{2,60})»/g)) quoteKeys.push(quoteKey(m[1] as string));
  const runs = new Map<string, { forms: string[]; org: boolean }>();
  const surnameKeys = new Set<string>();
  for (const text of texts) {
    const tokens = tokenize(text);
    const knownSpans = new Set<number>();
    for (const m of known.recognize(tokens)) for (let k = m.from; k < m.to; k++) knownSpans.add(k);
    // A given name and a surname.
    for (let i = 0; i < tokens.length - 1; i++) {
      const t = tokens[i] as Token;
      if (knownSpans.has(i) || !t.capitalized || !(isGivenName(t) || dictionaryGivenName(text, tokens, i))) continue;
      let j = i + 1;
      while (
        j < tokens.length &&
        j <= i + 2 &&
        (tokens[j] as Token).capitalized &&
        !knownSpans.has(j) &&
        /^\p{L}/u.test((tokens[j] as Token).raw) &&
        !isGivenName(tokens[j] as Token) &&
        adjacent(text, tokens[j - 1] as Token, tokens[j] as Token)
      )
        j++;
      if (j === i + 1) continue;
      // Surnames are not concepts ("Ivan Visited" is not a name), nor abbreviations or one letter.
      const surname = tokens[j - 1] as Token;
      if (!surnameLike(surname)) continue;
      const form = text.slice(t.start, surname.end);
      add(personId(surname, t), 'person', form, surname.raw, GIVEN_NAME_FORMS.has(t.norm));
      surnameKeys.add(phoneticKey(nameKey(surname.norm)));
      i = j - 1;
    }
    // A title or role, then a name: "envoy Thornbury", "посол США в Рунии Вендт".
    for (let i = 0; i < tokens.length - 1; i++) {
      const t = tokens[i] as Token;
      const english = TITLE_EN.test(t.norm);
      if (!english && !TITLE_RU.test(t.norm)) continue;
      let j = i + 1;
      // Between a Russian title and the name: its genitive words and known places ("посол США в Рунии").
      while (
        j < tokens.length &&
        j <= i + 4 &&
        !english &&
        adjacent(text, tokens[j - 1] as Token, tokens[j] as Token) &&
        (knownSpans.has(j) || /^[а-яё]+$/.test((tokens[j] as Token).raw))
      )
        j++;
      if (!isName(tokens, knownSpans, j) || !adjacent(text, tokens[j - 1] as Token, tokens[j] as Token)) continue;
      if (isTitle(tokens[j] as Token)) continue; // "Советник Президента" is two roles, no name
      if (isGivenName(tokens[j] as Token)) continue; // the given-name rule has it
      let end = j + 1;
      while (
        end < tokens.length &&
        end < j + 2 &&
        isName(tokens, knownSpans, end) &&
        !isGivenName(tokens[end] as Token) && // "советника Галлоуэя Виктором Вайткусом": two people
        adjacent(text, tokens[end - 1] as Token, tokens[end] as Token)
      )
        end++;
      const surname = tokens[end - 1] as Token;
      // "эксперт Института ...": an organisation after a role is not a person; nor is "директор Портового
      // управления …", a capitalised adjective of the organisation word after it.
      const after = tokens[end];
      if (
        isTitle(surname) ||
        !surnameLike(surname) ||
        tokens.slice(j, end).some((x) => ORG_WORDS_RU.test(x.norm) || ORG_SUFFIX_EN.test(x.raw)) ||
        (after !== undefined && !after.capitalized && ORG_WORDS_RU.test(after.norm))
      )
        continue;
      add(personId(surname), 'person', text.slice((tokens[j] as Token).start, surname.end), surname.raw);
      surnameKeys.add(phoneticKey(nameKey(surname.norm)));
      i = end - 1;
    }
    for (const m of text.matchAll(/«([^«»]{2,60})»/g)) {
      const inner = (m[1] as string).trim();
      const words = tokenize(inner);
      if (words.length === 0 || words.length > 3 || !words[0]?.capitalized || /[?!.,…:]/.test(inner)) continue;
      const before = tokenize(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0)).slice(-2);
      const orgWordBefore = before.some((b) => ORG_WORDS_RU.test(b.norm));
      if (!orgWordBefore && matchConcepts(words.slice(0, 1)).length > 0) continue;
      if (known.recognize(words).length > 0) continue;
      // Whether it comes back is known only when every document has been read.
      finds.push({
        id: `org:${phoneticKey(words.map((w) => w.stem).join(''))}`,
        kind: 'org',
        form: inner,
        ...(orgWordBefore ? {} : { ifQuoteRecurs: quoteKey(inner) }),
      });
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (knownSpans.has(i) || !t.capitalized) continue;
      if (/банк/.test(t.norm) && t.norm.length > 5 && !/^банк/.test(t.norm))
        add(`org:${phoneticKey(t.stem)}`, 'org', t.raw);
      // "Банк реконструкции", "Совета старейшин": a Russian organisation word and the genitive after it.
      if (ORG_HEAD_RU.test(t.norm) && !startsSentence(text, tokens, i)) {
        let end = i + 1;
        while (
          end < tokens.length &&
          end <= i + 3 &&
          adjacent(text, tokens[end - 1] as Token, tokens[end] as Token) &&
          NAME_CONTINUATION_RU.test((tokens[end] as Token).raw) &&
          !VERB_RU.test((tokens[end] as Token).norm) &&
          !STOPWORDS.has((tokens[end] as Token).norm)
        )
          end++;
        if (end > i + 1) {
          const span = tokens.slice(i, end);
          add(
            `org:${phoneticKey(span.map((x) => nameKey(x.norm)).join(''))}`,
            'org',
            text.slice(t.start, (span.at(-1) as Token).end),
          );
        }
      }
      if (ORG_SUFFIX_EN.test(t.raw) && i > 0) {
        let s = i - 1;
        while (
          s >= 0 &&
          ((tokens[s] as Token).capitalized || /^(of|for|the)$/.test((tokens[s] as Token).norm)) &&
          adjacent(text, tokens[s] as Token, tokens[s + 1] as Token) &&
          !knownSpans.has(s) &&
          s > i - 6
        )
          s--;
        s++;
        while (s < i && /^(of|for|the)$/.test((tokens[s] as Token).norm)) s++;
        if (s < i)
          add(
            `org:${phoneticKey(
              tokens
                .slice(s, i + 1)
                .map((x) => x.stem)
                .join(''),
            )}`,
            'org',
            text.slice((tokens[s] as Token).start, t.end),
          );
      }
    }
    // Capitalised sequences not at the start of a sentence, counted: the ones that come back are names.
    for (let i = 0; i < tokens.length; i++) {
      if (!isName(tokens, knownSpans, i) || startsSentence(text, tokens, i) || isGivenName(tokens[i] as Token))
        continue;
      let end = i + 1;
      while (
        end < tokens.length &&
        end < i + 4 &&
        isName(tokens, knownSpans, end) &&
        !isGivenName(tokens[end] as Token) &&
        adjacent(text, tokens[end - 1] as Token, tokens[end] as Token)
      )
        end++;
      const span = tokens.slice(i, end);
      if (span.some(isTitle)) {
        i = end - 1;
        continue;
      }
      const key = span.map((x) => phoneticKey(nameKey(x.norm))).join(' ');
      const run = runs.get(key) ?? { forms: [], org: false };
      run.forms.push(text.slice((span[0] as Token).start, (span.at(-1) as Token).end));
      run.org ||= ORG_WORDS_RU.test((span[0] as Token).norm) || ORG_SUFFIX_EN.test((span.at(-1) as Token).raw);
      runs.set(key, run);
      i = end - 1;
    }
  }
  return { quoteKeys, finds, runs: [...runs], surnameKeys: [...surnameKeys] };
}

/** The documents' observations, in document order, made into entities: what comes back counts. */
export function mergeNameObservations(observed: readonly NameObservations[]): Entity[] {
  const found = new Map<string, Candidate>();
  /** Word keys already part of a name found by a rule: a recurring run made of them is not a name of its own. */
  const claimed = new Set<string>();
  /** Forms come back many times (every mention of a person): their word keys are claimed once. */
  const claimedForms = new Set<string>();
  const add = (id: string, kind: EntityKind, form: string, surname?: string, nominative?: boolean) => {
    const c: Candidate = found.get(id) ?? {
      id,
      kind,
      forms: new Map(),
      surnameForms: new Set(),
      cyrillic: /[а-яё]/i.test(form),
    };
    c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
    if (!claimedForms.has(form)) for (const t of tokenize(form)) claimed.add(phoneticKey(nameKey(t.norm)));
    claimedForms.add(form);
    if (surname) c.surnameForms.add(surname);
    if (nominative && !c.nominative) c.nominative = form;
    found.set(id, c);
  };
  const quoted = new Map<string, number>();
  for (const o of observed) for (const key of o.quoteKeys) quoted.set(key, (quoted.get(key) ?? 0) + 1);
  const runs = new Map<string, { forms: string[]; org: boolean }>();
  const surnameKeys = new Set<string>();
  for (const o of observed) {
    for (const f of o.finds) {
      if (f.ifQuoteRecurs !== undefined && (quoted.get(f.ifQuoteRecurs) ?? 0) <= 1) continue;
      add(f.id, f.kind, f.form, f.surname, f.nominative);
    }
    for (const [key, run] of o.runs) {
      const all = runs.get(key);
      if (all) {
        all.forms.push(...run.forms);
        all.org ||= run.org;
      } else runs.set(key, { forms: [...run.forms], org: run.org });
    }
    for (const key of o.surnameKeys) surnameKeys.add(key);
  }
  for (const [key, run] of [...runs].filter(([, r]) => r.forms.length >= 2)) {
    if (surnameKeys.has(key) || key.split(' ').every((k) => claimed.has(k))) continue;
    const id = `${run.org ? 'org' : 'other'}:${key.replace(/ /g, '-')}`;
    if (found.has(id) || found.has(`org:${key.replace(/ /g, '')}`)) continue;
    for (const form of run.forms) add(id, run.org ? 'org' : 'other', form);
  }
  return [...found.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((c) => {
      const byCount = [...c.forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const display = c.nominative ?? (byCount[0] as [string, number])[0];
      const aliases = [...new Set([...c.forms.keys(), ...c.surnameForms])].sort();
      return {
        id: c.id,
        kind: c.kind,
        names: c.cyrillic ? { ru: display } : { en: display },
        aliases,
        discovered: true,
      };
    });
}

interface Candidate {
  id: string;
  kind: EntityKind;
  forms: Map<string, number>;
  /** A form with the given name in its dictionary form ("Анна Залесская" rather than "Анны Залесской"). */
  nominative?: string;
  surnameForms: Set<string>;
  cyrillic: boolean;
}

const ORG_WORDS_RU =
  /^(компани|авиакомпани|банк|концерн|предприяти|завод|организаци|фонд|парти|движени|газет|издани|агентств|холдинг|корпораци|комбинат|объединени|центр|правозащитн|институт|комитет|совет|служб|министерств|ассоциаци|союз|профсоюз|управлени|администраци|палат|клуб|сеть|телеканал|радио|портал|сайт)/;
const ORG_SUFFIX_EN =
  /^(bank|company|airlines?|air|airways|institute|ministry|department|council|agency|committee|fund|party|service|corporation|group|university|center|centre|commission|office|foundation|bureau|association|steel|holding|energy|credit|invest|oil|gas)$/i;

/** Titles and roles after which a capitalised word is a name: "envoy Gregory Thornbury", "Foreign Minister Vendt". */
const TITLE_EN =
  /^(president|minister|secretary|envoy|ambassador|senator|congressman|congresswoman|general|adviser|advisor|director|spokesman|spokeswoman|spokesperson|chairman|chairwoman|governor|mayor|journalist|reporter|analyst|lawyer|attorney|commissioner|negotiator|diplomat|mr|mrs|ms|dr)$/;
/** The same in Russian, by the start of the word so that every case form counts: "спецпосланника", "послом". */
const TITLE_RU =
  /^(президент|премьер|министр|замминистр|замглав|посол$|посла$|послу$|послом$|спецпосланник|посланник|спецпредставител|представител|госсекретар|генерал|советник|помощник|директор|председател|сенатор|конгрессмен|депутат|губернатор|мэр|журналист|корреспондент|эксперт|аналитик|политолог|блогер|адвокат|юрист|переговорщик|дипломат|пресс-секретар|спикер)/;
/** Words that qualify a title inside a capitalised run ("Deputy Assistant Secretary"): not part of the name after it. */
const TITLE_MODIFIER_EN =
  /^(foreign|deputy|assistant|prime|special|vice|chief|senior|state|acting|first|former|general)$/;
/** Russian organisation words that head a name followed by its genitive: "Банк реконструкции", "Совет старейшин". */
const ORG_HEAD_RU =
  /^(?:(?:банк|совет|институт|фонд|комитет|центр|суд|союз)(?:а|у|ом|е|ы|ов)?|(?:агентств|министерств|управлени|движени)(?:о|а|у|ом|е|я|ю|ем|и)|(?:служб|компани|парти|ассоциаци|комисси)(?:а|ы|е|у|ой|я|и|ю|ей))$/;
/** A lower-case word in the genitive or an adjective that continues an organisation's name; a verb ends it. */
const NAME_CONTINUATION_RU = /^[а-яё]{3,}$/;
/** A Russian verb form ends an organisation's name: "Совет заявил", "Банк сообщает". */
const VERB_RU = /(л|ла|ли|ло|ет|ит|ут|ют|ат|ят|ть|ться|тся|ся|ет)$/;
/** Given names that end in -а/-я but are men's. */
const MALE_A_NAMES = new Set(['никита', 'илья', 'кузьма', 'фома', 'лука', 'nikita', 'ilya', 'luca']);
const FEMININE_SURNAME = /(ская|ской|скую|цкая|цкой|цкую|овой|евой|иной|ыной|skaya|skaia|tskaya)$/;
const FEMININE_IF_WOMAN = /(ова|ева|ёва|ина|ына|ova|eva|ina)$/;

/**
 * A person's id: the cross-script key of the surname, so that "Gregory Thornbury" and "Грегори Торнбери"
 * are one person, and a mark for a woman, so that spouses who share a surname are two people.
 */
function personId(surname: Token, given?: Token): string {
  const woman =
    FEMININE_SURNAME.test(surname.norm) ||
    (FEMININE_IF_WOMAN.test(surname.norm) &&
      given !== undefined &&
      GIVEN_NAME_FORMS.has(given.norm) &&
      /[ая]$|a$/.test(given.norm) &&
      !MALE_A_NAMES.has(given.norm));
  return `person:${phoneticKey(nameKey(surname.norm))}${woman ? '-f' : ''}`;
}

function isTitle(t: Token): boolean {
  return TITLE_EN.test(t.norm) || TITLE_MODIFIER_EN.test(t.norm) || TITLE_RU.test(t.norm);
}

/** The token starts a sentence: the first of its text, or after a full stop, a colon or a line break. */
function startsSentence(text: string, tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const gap = text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start);
  return /[.!?…:;]|\n/.test(gap);
}

/** Nothing but spaces (or a hyphen) between two tokens: they belong to one name. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^[ \t\u00a0]*$/.test(text.slice(a.end, b.start));
}

/**
 * A capitalised word that can be part of a name: not a month, a function word or a concept ("Visit").
 * Remembered by the word as written: a token's other fields (norm, capital) follow from it, and the
 * rules ask of the same capitalised words over and over.
 */
function nameLike(t: Token): boolean {
  // As remembered() does, without a closure made for each call (every capitalised token comes here).
  const known = nameLikeWords.get(t.raw);
  if (known !== undefined) return known;
  const value = isNameLike(t);
  if (nameLikeWords.size > NAME_LIKE_CACHE_SIZE) nameLikeWords.clear();
  nameLikeWords.set(t.raw, value);
  return value;
}

const nameLikeWords = new Map<string, boolean>();
const NAME_LIKE_CACHE_SIZE = 100_000;

function isNameLike(t: Token): boolean {
  return (
    t.capitalized &&
    /^\p{L}/u.test(t.raw) &&
    t.raw.length > 1 &&
    !isMonthWord(t.norm) &&
    !WEEKDAY.test(t.norm) &&
    !STOPWORDS.has(t.norm) &&
    matchConcepts([t]).length === 0
  );
}

const WEEKDAY =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|сред[аеуы]|четверг|пятниц|суббот|воскресень)/;

/**
 * A given name the dictionary knows ("Ширин Акмурадова", "Довлет Сапаргельдыев") inside a sentence: at
 * its start a capital says nothing ("Роза Ветров расцвела", "Слава Нортгейта росла"), nor does it after
 * an opening quotation mark («Ширак Карго», «Абай Кидан» name a company and a dam after a person).
 */
function dictionaryGivenName(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return (
    !startsSentence(text, tokens, i) &&
    !/[«"“„]\s*$/u.test(text.slice(Math.max(0, t.start - 3), t.start)) &&
    isDictionaryGivenName(t.raw)
  );
}

/** A word that can end a person's name: a name-like word, not an abbreviation ("СССР"), not a neuter adjective. */
function surnameLike(t: Token): boolean {
  return nameLike(t) && !/^\p{Lu}{2,}$/u.test(t.raw) && !/(ое|ее|ые|ие)$/.test(t.norm);
}

function quoteKey(inner: string): string {
  return tokenize(inner)
    .map((t) => nameKey(t.norm))
    .join(' ');
}
