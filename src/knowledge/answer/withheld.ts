/**
 * A source that says a detail was kept back ("declined to give a figure", "имена двух других не
 * раскрываются", "the dates of the visit were not disclosed") answers a question for that detail:
 * the documents do not give it, and a value found elsewhere in them belongs to something else.
 */
import { LETTERS } from '../text/letters.ts';
import type { AnalyzedQuestion } from './analyze.ts';
import type { AnswerType } from './answer-types.ts';
import { joinedAsContext, withJoined } from './context-sentence.ts';
import type { RankedSentence } from './retrieve.ts';
import type { SentenceIndex } from './sentence-index.ts';

const NOT = `(?:not|never|n['’]t)`;

/** What is said to be kept back, by the kind of answer it would have been. */
const WITHHELD_OBJECT: Partial<Record<AnswerType, string>> = {
  count: String.raw`how many|how much|сколько|figures?|numbers?|amounts?|sums?|totals?|estimates?|цифр\p{L}*|числ\p{L}*|сумм\p{L}*|размер\p{L}*|количеств\p{L}*|оценк\p{L}*`,
  date: String.raw`dates?|timing|when|дат\p{L}*|срок\p{L}*|когда`,
  person: String.raw`names?|identit\p{L}*|who|whom|имен\p{L}*|имя|фамили\p{L}*|кто`,
  place: String.raw`locations?|where|whereabouts|места?|местонахождени\p{L}*|где|куда`,
  reason: String.raw`why|reasons?|почему|причин\p{L}*`,
};
/**
 * "Which information …?" is kept back by "did not make public what information": "what" and the
 * asked noun right after it (found by its position in the sentence, in either language).
 */
const WITHHELD_WHAT = String.raw`what|which|что за|как\p{L}*`;

/** Refusing, before the verb of what was not given: "declined to", "would not", "without". */
const REFUSED = `declined|refused|would ${NOT}|did ${NOT}|without`;
/** The verbs of keeping back, in either order with their object. */
const WITHHOLD_EN = `(?:${REFUSED}|does ${NOT}|do ${NOT}) (?:to )?(?:say|give|giving|disclose|disclosing|name|naming|specify|specifying|reveal|revealing|provide|providing|make public)`;
const WITHHELD_EN = `(?:was|were|has been|have been|is|are|had been|has|have|had) ${NOT} (?:yet )?(?:been )?(?:disclosed|revealed|made public|released|given|named|specified|published|announced)|undisclosed|unnamed|unspecified`;
const WITHHOLD_RU = String.raw`не (?:сказа\p{L}*|говор\p{L}*|раскрыва\p{L}*|раскры\p{L}*|называ\p{L}*|назва\p{L}*|уточня\p{L}*|уточни\p{L}*|сообща\p{L}*|сообщи\p{L}*|разглаша\p{L}*|привод\p{L}*|прив[её]л\p{L}*|указыва\p{L}*|указа\p{L}*|опубликова\p{L}*|обнародова\p{L}*|объявл\p{L}*)|отказал\p{L}* (?:назвать|уточнить|сообщить|раскрыть|комментировать)|без указания|неназванн\p{L}*|не был\p{L}* (?:раскрыт|назван|указан)\p{L}*`;

/**
 * Not known to the source: "It was not immediately clear why he was travelling", "неясно, почему",
 * "it remains unknown when".
 */
const UNKNOWN_EN = `(?:(?:was|is|were|are|remains|remained) ${NOT} (?:immediately |yet |entirely )?(?:clear|known)|(?:was|is|remains|remained) (?:unclear|unknown))`;
const UNKNOWN_RU = `(?:неясно|не ясно|непонятно|не понятно|неизвестно|не известно|остаётся неясным|остается неясным|пока неясно)`;

/**
 * Someone whose identity is not known: "has not been identified", «до сих пор не установлен», «личность
 * не установлена», "an unidentified man".
 */
const UNIDENTIFIED = String.raw`(?<![\p{L}])(?:${NOT} (?:yet )?(?:been )?identified|unidentified|не (?:был\p{L}* )?(?:установлен|опознан|идентифицирован)\p{L}*|неустановленн\p{L}*|неопознанн\p{L}*)(?![\p{L}])`;

/** Between the verb and its object: "Куда и когда его переведут для отбывания наказания, посольству пока не сообщили". */
const between = `(?:[^.;!?]{0,80}?)`;

function pattern(type: AnswerType, object = WITHHELD_OBJECT[type]): RegExp | undefined {
  if (!object) return undefined;
  const obj = String.raw`(?<![\p{L}])(?:${object})(?![\p{L}])`;
  const verb = String.raw`(?<![\p{L}])(?:${WITHHOLD_EN}|${WITHHELD_EN}|${WITHHOLD_RU}|${UNKNOWN_EN}|${UNKNOWN_RU})(?![\p{L}])`;
  // "Declined to name the others": naming is giving a person's name.
  const naming =
    type === 'person'
      ? String.raw`|(?<![\p{L}])(?:${REFUSED}) (?:to )?(?:name|naming|identify|identifying)(?![\p{L}])|${UNIDENTIFIED}`
      : '';
  return withLetters(`${verb}${between}${obj}|${obj}${between}${verb}${naming}`);
}

/** Written with \p{L} for reading; compiled with the letters of the documents' scripts, for lower-cased text. */
function withLetters(source: string): RegExp {
  return new RegExp(source.replaceAll('[\\p{L}]', `[${LETTERS}]`).replaceAll('\\p{L}', `[${LETTERS}]`), 'gu');
}
const WHAT_PATTERN = pattern('list', WITHHELD_WHAT) as RegExp;
const WHAT_WORD = withLetters(String.raw`(?<![\p{L}])(?:${WITHHELD_WHAT})(?![\p{L}])`);

const PATTERNS = new Map<AnswerType, RegExp>();
for (const type of Object.keys(WITHHELD_OBJECT) as AnswerType[]) {
  const p = pattern(type);
  if (p) PATTERNS.set(type, p);
}

/** Whether the sentence says that the kind of detail the question asks for was kept back. */
export function saysWithheld(type: AnswerType, text: string): boolean {
  const p = PATTERNS.get(type);
  if (!p) return false;
  const lower = text.toLowerCase();
  // "о том, сохранится ли эта дата, пока не говорят", "did not say whether the figure would change": what
  // is kept back is whether, not the date or the figure.
  for (const m of lower.matchAll(p))
    if (!WHETHER.test(lower.slice(Math.max(0, m.index - WHETHER_REACH), m.index) + m[0])) return true;
  return false;
}

/** A yes/no asked indirectly: "whether", «ли». */
const WHETHER = new RegExp(withLetters(String.raw`(?<![\p{L}])(?:whether|ли)(?![\p{L}])`).source, 'u');
/** How far before what is kept back its "whether" may stand: «сохранится ли эта дата». */
const WHETHER_REACH = 25;

/**
 * Whether the sentence keeps back which of the asked things: "did not say what information …", or its
 * name ("консорциум, название которого организаторы не раскрыли", "a bank whose name was not disclosed").
 */
function withholdsWhich(focus: readonly string[], r: RankedSentence): boolean {
  if (!focus.length) return false;
  const text = r.entry.sentence.text.toLowerCase();
  const { tokens, features } = r.entry;
  const focusAt = (holds: (p: number) => boolean) => focus.some((f) => features.get(f)?.some(holds));
  // The name of the asked noun, a few words from it: "the consortium, whose name", «название банка».
  for (const at of wordsKeptBack(text, NAME_PATTERN, NAME_WORD)) {
    const token = tokens.findIndex((t) => t.start >= at.start);
    if (token >= 0 && focusAt((p) => p !== token && Math.abs(p - token) <= NAME_REACH)) return true;
  }
  // The word after "what", in either order of verb and object.
  for (const at of wordsKeptBack(text, WHAT_PATTERN, WHAT_WORD)) {
    const token = tokens.findIndex((t) => t.start > at.end);
    if (token >= 0 && focusAt((p) => p === token)) return true;
  }
  return false;
}

/** A name, what a "which" question asks of its noun: "name", «название», «наименование». */
const NAME_OBJECT = String.raw`names?|названи\p{L}*|наименовани\p{L}*|имя|имени|имена`;
const NAME_PATTERN = pattern('list', NAME_OBJECT) as RegExp;
const NAME_WORD = withLetters(String.raw`(?<![\p{L}])(?:${NAME_OBJECT})(?![\p{L}])`);
/** How many words from "name" the asked noun may stand. */
const NAME_REACH = 3;

/** Where the object word (`word`) stands in each phrase of keeping back (`pattern`) of a lower-cased text. */
function* wordsKeptBack(text: string, pattern: RegExp, word: RegExp): Generator<{ start: number; end: number }> {
  for (const m of text.matchAll(pattern))
    for (const w of m[0].matchAll(word)) {
      const start = m.index + (w.index ?? 0);
      yield { start, end: start + w[0].length };
    }
}

/**
 * The sentence among the best that says the asked detail was kept back, if one scores nearly as well
 * as the best: then no value the documents give elsewhere is the one asked.
 */
export function withheldAmong(
  type: AnswerType,
  ranked: readonly RankedSentence[],
  depth: number,
  share: number,
  focus: readonly string[] = [],
  nameAsked = false,
): RankedSentence | undefined {
  const best = ranked[0]?.score ?? 0;
  // "What is the real name of the hacker …?" asks who he is: a person kept back answers it.
  const keeps = (r: RankedSentence) =>
    type === 'list'
      ? withholdsWhich(focus, r) || (nameAsked && saysWithheld('person', r.entry.sentence.text))
      : saysWithheld(type, r.entry.sentence.text);
  return ranked.slice(0, depth).find((r) => r.score >= share * best && keeps(r));
}

/** The words of a sentence that speaks only of the one before it ("Its reasons were not given."). */
const FOLLOW_UP_TOKENS = 7;
/** A reason kept back is often an indirect question, longer: "It was not immediately clear why he was travelling to Georgia." */
const REASON_FOLLOW_UP_TOKENS = 14;

/**
 * "… отстранила трёх инженеров. Причины компания не раскрыла.": a short sentence right after the best
 * one, in its paragraph, that keeps back the asked detail keeps it back of what the best one tells,
 * though it repeats none of the question's words, when the best one gives no value of the asked kind.
 * It joins the ranking beside the best one.
 */
export function withWithheldFollowUp(
  q: AnalyzedQuestion,
  ranked: RankedSentence[],
  index: SentenceIndex,
  holdsAskedValue: (r: RankedSentence) => boolean,
): RankedSentence[] {
  const best = ranked[0];
  const next = best?.entry.next === undefined ? undefined : index.sentences[best.entry.next];
  if (
    !best ||
    !next ||
    next.sentence.paragraph !== best.entry.sentence.paragraph ||
    next.tokens.length > (q.type === 'reason' ? REASON_FOLLOW_UP_TOKENS : FOLLOW_UP_TOKENS) ||
    ranked.some((r) => r.entry.n === next.n && r.score >= best.score) ||
    !saysWithheld(q.type, next.sentence.text) ||
    // "Vendt was named; the names of the other two were not disclosed": the best one gives the value.
    holdsAskedValue(best)
  )
    return ranked;
  return withJoined(
    ranked.filter((r) => r.entry.n !== next.n),
    [joinedAsContext(best, next)],
  );
}
