/**
 * Writes a typed answer's first line in the asker's language: dates and numbers rendered there,
 * counted things and roles through the vocabulary, names as the source writes them. Quotes are
 * added by the caller, verbatim. Never re-derives a fact: it only words what compose-typed chose.
 */
import { formatDate } from '../extract/dates.ts';
import { isCollectiveNumeral, magnitudeOf, parseNumberToken } from '../extract/numerals.ts';
import { conceptsOfTokens, displayPeople, displayTerm, worldConceptOf } from '../lexicon/vocabulary.ts';
import { agreeWithNumber, nominative, partOfSpeech } from '../text/morphology.ts';
import { isCyrillic, languageOfText, tokenize } from '../text/tokens.ts';
import type { FuzzyDate, Lang } from '../types.ts';
import { isVerbForm } from './compose/shared.ts';
import type { AnswerValue, TypedAnswer } from './compose-typed.ts';

export const TEXTS = {
  en: {
    noAnswer: 'The documents do not say.',
    withheld: 'The documents do not say: their source says it was not disclosed or is not known.',
    notMentioned: (names: string) => `The documents do not mention ${names}.`,
    nearest: 'The closest they come:',
    emptyQuestion: 'Please ask a question about the documents: who, what, when, where, how many or why.',
    sourcesSay: 'Here is what the sources say:',
    differ: 'The sources differ:',
    timeline: 'In order:',
    yes: 'Yes.',
    no: 'No.',
    unstated: 'Not that the documents say. The closest they come:',
    reason: 'The sources give this reason:',
    noRole: 'The sources describe them so:',
    sourceIn: (lang: Lang) => (lang === 'ru' ? 'the source is in Russian' : 'the source is in English'),
    truncated: 'Your question was long, so only its beginning was read.',
    per: (value: string, source: string) => `${value} (${source})`,
  },
  ru: {
    noAnswer: 'В документах об этом не сказано.',
    withheld: 'В документах этого нет: источник сообщает, что это не раскрывается или неизвестно.',
    notMentioned: (names: string) => `В документах не упоминается: ${names}.`,
    nearest: 'Ближе всего к вопросу:',
    emptyQuestion: 'Задайте вопрос о документах: кто, что, когда, где, сколько или почему.',
    sourcesSay: 'Вот что говорят источники:',
    differ: 'Источники расходятся:',
    timeline: 'По порядку:',
    yes: 'Да.',
    no: 'Нет.',
    unstated: 'В документах этого нет. Ближе всего к вопросу:',
    reason: 'Источники называют такую причину:',
    noRole: 'Вот как их описывают источники:',
    sourceIn: (lang: Lang) => (lang === 'ru' ? 'источник на русском' : 'источник на английском'),
    truncated: 'Вопрос длинный, поэтому прочитано только его начало.',
    per: (value: string, source: string) => `${value} (${source})`,
  },
} as const;

const MAGNITUDES: Record<string, Record<Lang, string>> = {
  million: { en: 'million', ru: 'млн' },
  billion: { en: 'billion', ru: 'млрд' },
  thousand: { en: 'thousand', ru: 'тыс.' },
};

/** A figure written as an age: "72-летний", "54-year-old", "aged 40". */
const AGE_WRITTEN = /\d-летн|\d-year-old|(?<![\p{L}])aged\s+\d/iu;

/** A number in the asker's language: as written when the source speaks it, else the value and its thing translated. */
function renderNumber(v: AnswerValue, lang: Lang): string {
  if (languageOfText(v.text) === lang || !/\p{L}/u.test(v.text)) return v.text;
  const value = String(v.value ?? v.text).replace('.', lang === 'ru' ? ',' : '.');
  // "72-летний житель", "a 54-year-old captain": an age, whoever has it.
  if (AGE_WRITTEN.test(v.text))
    return `${value} ${lang === 'ru' ? agreeing('год', Number(v.value), 'ru') : 'years old'}`;
  const magnitude = magnitudeOf(v.text);
  const currency = /[$]|доллар|dollar/i.test(v.text) ? (lang === 'ru' ? ' долларов' : ' dollars') : '';
  // The counted thing is read from the words after the number ("трёх *освобождённых*"), not the number:
  // the last of them, the noun after its adjectives ("four Azerbaijani *servicemen*"), a country only alone,
  // by its people ("19,870 Haitians" → «19870 гаитян»).
  // (The number's own words are no thing: "Двадцать девять из них".)
  const hits = conceptsOfTokens(
    tokenize(v.text).filter(
      (t, i) =>
        i > 0 && parseNumberToken(t.norm) === undefined && !MAGNITUDE_TOKEN.test(t.norm) && !isPredicate(t.norm),
    ),
  );
  const noun =
    [...hits.filter((h) => !h.concept.startsWith('geo_')).reverse(), ...hits]
      .map((h) => (h.concept.startsWith('geo_') ? displayPeople(h.concept, lang) : displayTerm(h.concept, lang)))
      .find(
        (t): t is string =>
          t !== undefined &&
          !/^\d/.test(t) &&
          !Object.values(MAGNITUDES).some((m) => m[lang] === t || m.en === t) &&
          // An adjective alone is no counted thing: "11,500 older people" counts people, not «старых».
          !(lang === 'ru' && partOfSpeech(t.split(' ').at(-1) ?? '') === 'ADJF'),
      ) ??
    // «шестеро госпитализированы»: a collective numeral counts people.
    (PEOPLE_COUNTED.test(v.text) || isCollectiveNumeral(tokenize(v.text)[0]?.norm ?? '')
      ? lang === 'ru'
        ? 'человек'
        : 'people'
      : undefined);
  // After "million" the thing is plural whatever the number ("70 million cubic metres", "1,5 млн кубометров").
  const counted = noun ? agreeing(noun, magnitude ? 5 : Number(v.value ?? Number.NaN), lang) : noun;
  const parts = [value, magnitude ? MAGNITUDES[magnitude]?.[lang] : undefined, currency ? currency.trim() : counted];
  const rendered = parts.filter(Boolean).join(' ');
  // "10 млн седи": a unit no dictionary translates is not dropped; the figure as written follows.
  const untranslated = !currency && !counted && UNIT_AFTER.test(v.text.replace(MAGNITUDE_WORD, ''));
  return untranslated ? `${rendered} (${v.text})` : rendered;
}

/** A word after the figure: the unit or the thing it counts. */
const UNIT_AFTER = /\d\S*\s+\p{L}/u;
/** A magnitude word, which is rendered apart and counts nothing: "млн", "thousand", «тысяч». */
const MAGNITUDE_WORDS = String.raw`millions?|billions?|thousands?|млн|млрд|тыс|миллион\p{L}*|миллиард\p{L}*|тысяч\p{L}*`;
const MAGNITUDE_TOKEN = new RegExp(`^(${MAGNITUDE_WORDS})$`, 'iu');
const MAGNITUDE_WORD = new RegExp(String.raw`(?<![\p{L}])(${MAGNITUDE_WORDS})\.?(?![\p{L}])`, 'giu');

/** People counted by the plain word: "11,500 older people", "300 persons". */
const PEOPLE_COUNTED = /(?<![\p{L}])(people|persons|человек)(?![\p{L}])/iu;

/**
 * A Russian verb, short participle or gerund after a figure says what befell it, not what it counts:
 * «шестеро госпитализированы». (The verb forms are `isVerbForm`'s; a gerund is one more here.)
 */
function isPredicate(word: string): boolean {
  return isVerbForm(word) || (isCyrillic(word) && partOfSpeech(word) === 'GRND');
}

/** English nouns whose plural is themselves or another word ("52 people", "3 men"). */
const UNCOUNTED = /(people|men|women|children|staff|personnel|police|media|sheep|aircraft|equipment|data)$/;
/** A past participle used as a noun: "killed", "injured", "detained" (not "seed" or "need"). */
const PARTICIPLE = /[^e]ed$/;
const IRREGULAR: Readonly<Record<string, string>> = { person: 'people', man: 'men', woman: 'women', child: 'children' };

/** The counted thing as the number has it: "4 companies", "4 военнослужащих". */
export function agreeing(noun: string, n: number, lang: Lang): string {
  if (!Number.isFinite(n) || n === 1) return noun;
  if (lang === 'ru') {
    // The noun and its adjectives before it agree; what follows the noun does not ("2 лодки с мигрантами").
    let headSeen = false;
    return noun
      .split(' ')
      .map((w) => {
        if (headSeen) return w;
        headSeen = partOfSpeech(w) === 'NOUN';
        // A fraction takes the genitive singular, as two does: "1,5 гектара".
        return agreeWithNumber(w, Number.isInteger(n) ? n : 2);
      })
      .join(' ');
  }
  const words = noun.split(' ');
  const last = words[words.length - 1] as string;
  // "2 killed", "14 injured": a participle standing for people takes no plural ending (not "killeds").
  if (/s$/.test(last) || UNCOUNTED.test(last) || PARTICIPLE.test(last)) return noun;
  if (IRREGULAR[last]) return [...words.slice(0, -1), IRREGULAR[last]].join(' ');
  // "fisherman", "chairwoman" → "-men", "-women" ("human" is no man, "German" a name).
  const plural = /^[a-z-]*[^u]m[ae]n$/.test(last)
    ? `${last.slice(0, -2)}en`
    : /(x|z|ch|sh)$/.test(last)
      ? `${last}es`
      : /[^aeiou]y$/.test(last)
        ? `${last.slice(0, -1)}ies`
        : `${last}s`;
  return [...words.slice(0, -1), plural].join(' ');
}

/**
 * What rendering asks of the knowledge base: whether a document writes a word (a nominative form is
 * shown only then), and how the documents spell a name in the other script, if any does.
 */
export interface RenderLookup {
  knows: (word: string) => boolean;
  spelledIn?: (name: string, lang: Lang) => string | undefined;
}

function renderValue(v: AnswerValue, lang: Lang, lookup: RenderLookup): string {
  const { knows } = lookup;
  switch (v.kind) {
    case 'date':
      // A year the source does not write is not shown: it was inferred and may be wrong.
      return v.date
        ? formatDate(v.date.yearInferred ? ({ ...v.date, year: undefined } as FuzzyDate) : v.date, lang)
        : v.text;
    case 'number':
      return renderNumber(v, lang);
    case 'yes':
      return TEXTS[lang].yes;
    case 'no':
      return TEXTS[lang].no;
    case 'unstated':
      return TEXTS[lang].unstated;
    case 'role': {
      // The role in the asker's words (the vocabulary's form); the source's own words are in the quote.
      // An English source's own title is the more exact ("Deputy Assistant Secretary of State", not "secretary
      // of state"); a Russian one would keep its case ("заместителем"), so the vocabulary's form is shown.
      const ownWords =
        lang === 'en' && languageOfText(v.text) === 'en' && /\s/.test(v.text) ? asTitle(v.text) : undefined;
      const role = ownWords ?? (v.concept ? displayTerm(v.concept, lang) : undefined);
      const shown =
        role ??
        (languageOfText(v.text) === lang ? v.text : `${v.text} (${TEXTS[lang].sourceIn(languageOfText(v.text))})`);
      // The holder as the documents spell the name asked ("who is ilkin wendt" → "Ilkin Vendt"), if they do.
      const whose = v.holder ? `${lookup.spelledIn?.(v.holder, lang) ?? v.holder} — ` : '';
      if (!v.of) return `${whose}${shown}`;
      // The body as named: in the other language it says so.
      const of =
        languageOfText(v.of) === lang || !/\p{L}/u.test(v.of)
          ? v.of
          : `${v.of} (${TEXTS[lang].sourceIn(languageOfText(v.of))})`;
      return `${whose}${shown}, ${of}`;
    }
    case 'name':
    case 'place': {
      // A described place keeps its words and their cases: "на пограничном мосту" reads as an answer.
      if (v.asWritten)
        return languageOfText(v.text) === lang ? v.text : `${v.text} (${TEXTS[lang].sourceIn(languageOfText(v.text))})`;
      // Russian names are shown in the nominative ("Ильёй Вендтом" → "Илья Вендт") when a document
      // writes that form too: an indeclinable surname is left as it is.
      const toNominative = (w: string) => {
        const nom = nominative(w);
        return nom !== w && knows(nom.toLowerCase().replace(/ё/g, 'е')) ? nom : w;
      };
      // A world-level place is named as the asker's language names it ("Литве" → "Lithuania", "Литва").
      const world = v.kind === 'place' ? worldPlaceName(v.text, lang) : undefined;
      if (world) return world;
      const shown = isCyrillic(v.text) ? v.text.split(/\s+/).map(toNominative).join(' ') : v.text;
      if (languageOfText(shown) === lang) return shown;
      // "Илкин Вендт" to an English asker as a document in English spells him, when one does; a town too.
      const spelled = lookup.spelledIn?.(shown, lang);
      return spelled ?? `${shown} (${TEXTS[lang].sourceIn(languageOfText(shown))})`;
    }
    default:
      return v.text;
  }
}

/** A title as written, its first letter in lower case unless every word is capitalised ("Special envoy" opened a sentence). */
function asTitle(text: string): string {
  const words = text.split(/\s+/).filter((w) => !/^(of|the|for|and|to|on|in|at)$/.test(w));
  return words.every((w) => /^\p{Lu}/u.test(w)) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The gazetteer's name of a country or city written alone ("Литве", "Lithuania"), in `lang`. */
function worldPlaceName(text: string, lang: Lang): string | undefined {
  const concept = worldConceptOf(text);
  return concept ? displayTerm(concept, lang) : undefined;
}

function sourceName(v: AnswerValue): string {
  const s = v.from.entry.source;
  return s.published ? `${s.title}, ${s.published}` : s.title;
}

/** Values rendered alike ("Lithuania" from "Литве" and from "Lithuania") are said once. */
function distinct(rendered: string[]): string[] {
  return [...new Set(rendered)];
}

/** The first line of the answer, in the asker's language. */
export function headline(answer: TypedAnswer, lang: Lang, lookup: RenderLookup = { knows: () => true }): string {
  const t = TEXTS[lang];
  if (!answer.answered) {
    if (answer.abstain === 'empty') return t.emptyQuestion;
    if (answer.abstain === 'withheld') return t.withheld;
    if (answer.abstain === 'unknown-name' && answer.unknownNames.length)
      return t.notMentioned(answer.unknownNames.join(', '));
    return t.noAnswer;
  }
  const values = answer.values;
  if (answer.conflict && values.length >= 2) {
    return `${t.differ} ${values.map((v) => t.per(renderValue(v, lang, lookup), sourceName(v))).join('; ')}.`;
  }
  switch (answer.type) {
    case 'timeline':
      return t.timeline;
    case 'reason':
      return t.reason;
    case 'role':
      return values.length ? renderValue(values[0] as AnswerValue, lang, lookup) : t.noRole;
    case 'yesno':
      return values.map((v) => renderValue(v, lang, lookup)).join(' ');
    case 'list':
    case 'event':
    case 'about':
      return values.length ? distinct(values.map((v) => renderValue(v, lang, lookup))).join(', ') : t.sourcesSay;
    default:
      return values.length ? distinct(values.map((v) => renderValue(v, lang, lookup))).join('; ') : t.sourcesSay;
  }
}
