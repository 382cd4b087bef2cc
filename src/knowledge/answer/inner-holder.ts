/**
 * Questions that need two facts about people: "Кто адвокат бывшего директора завода?" asks first who
 * ran the plant, then who is that man's lawyer. A document names the lawyer by his
 * client ("Адвокат Зарипова Тимур Асланов"), rarely by the client's title too. This module finds the phrase
 * that asks the other person by a title; answer.ts answers it as a who-question and asks the outer one with
 * the name in the phrase's place.
 */
import type { Lang } from '../types.ts';
import type { AnalyzedQuestion, QuestionTerm } from './analyze.ts';
import { isVerbForm } from './compose/shared.ts';
import { quotedTokens } from './sentence-features.ts';

export interface InnerHolder {
  /** The phrase to replace by the other person's name, as character offsets in the question. */
  start: number;
  end: number;
  /** The phrase as written: "бывшего директора завода", "the former chairman of the port authority". */
  phrase: string;
}

/** Titles one holds towards another person, not in a body: a lawyer, an adviser, a relative. */
export const RELATION_TITLE =
  /^c:(jus_lawyer|jus_spouse|role_(lawyer|adviser|aide|wife|husband|son|daughter|brother|sister|mother|father))$/;

/** Words between the relation and the other's title: "of the former", «бывшего». */
const LINK_WORD = /^(of|the|a|an|former|ex|бывш\p{L}*|прежн\p{L}*)$/u;

/** A title of a post ("директора", "chief engineer"), which the phrase must start with. */
const POST_TITLE = /^c:role_/;

/** Where a clause after the phrase begins: it tells of the outer person, not of the other. */
const PHRASE_END = /[,;:?!]/;

export function innerHolderOf(q: AnalyzedQuestion): InnerHolder | undefined {
  // A noun: "Кто защищает …?" asks who acts, which a document may tell of anyone.
  const relation = q.terms.find(
    (t) => t.focus && t.features.some((f) => RELATION_TITLE.test(f)) && !isVerbForm(t.raw.toLowerCase()),
  );
  if (!relation) return undefined;
  let k = relation.position + 1;
  while (k < q.tokens.length && LINK_WORD.test((q.tokens[k] as (typeof q.tokens)[number]).norm)) k++;
  const title = termAt(q, k);
  if (!title || title.name || !title.features.some((f) => POST_TITLE.test(f))) return undefined;
  if (title.features.some((f) => RELATION_TITLE.test(f))) return undefined;
  // "the lawyer of the former chairman": the phrase asked alone is "the former chairman".
  let from = relation.position + 1;
  while (q.tokens[from]?.norm === 'of') from++;
  const first = q.tokens[from];
  const titleToken = q.tokens[k];
  if (!first || !titleToken) return undefined;
  // The phrase runs to the clause's end: "директора завода, который был задержан …" ends at the comma.
  const rest = q.text.slice(titleToken.end);
  const stop = PHRASE_END.exec(rest);
  const end = titleToken.end + (stop ? stop.index : rest.length);
  const inside = q.terms.filter((t) => t.position > k && (q.tokens[t.position]?.end ?? Infinity) <= end);
  // "адвоката инженера Ильмара Вендтока" names the other: nothing to find first. A name after "of" or in
  // quotes names the body ("директора «Нортгейт Пласт»", "the director of Northgate Plast").
  // "адвоката начальника отдела Ильи Вендта" names him after the title's words.
  const quoted = quotedTokens(q.text, q.tokens);
  if (inside.some((t) => t.name && !quoted.has(t.position) && !ofBefore(q, t))) return undefined;
  return { start: first.start, end, phrase: q.text.slice(first.start, end).trim() };
}

function termAt(q: AnalyzedQuestion, position: number): QuestionTerm | undefined {
  return q.terms.find((t) => t.position === position);
}

/** "the director of Northgate Plast": a name after "of" is the body's. */
function ofBefore(q: AnalyzedQuestion, t: QuestionTerm): boolean {
  return q.tokens[t.position - 1]?.norm === 'of';
}

/** The other person asked alone: "Who is the former chairman of the port authority?". */
export function innerHolderQuestion(phrase: string, lang: Lang): string {
  return `${lang === 'ru' ? 'Кто' : 'Who is'} ${phrase}?`;
}

/** The outer question with the phrase replaced by the other person's name. */
export function withHolderName(text: string, inner: InnerHolder, name: string): string {
  return `${text.slice(0, inner.start).trimEnd()} ${name} ${text.slice(inner.end).trimStart()}`.trim();
}
