/**
 * Questions that need two facts: "How many were freed on the day of the envoy's visit?" asks first
 * when the visit was, then how many were freed that day. This module finds the inner event's phrase;
 * answer.ts answers it as a date question and asks the outer one with the date in its place.
 */
import type { Lang } from '../types.ts';
import { isVerbForm } from './compose/shared.ts';

export interface InnerEvent {
  /** The phrase to replace by the inner event's date, as character offsets in the question. */
  start: number;
  end: number;
  /** The event the phrase names: "the envoy's visit", "визита замгоссекретаря в Минск". */
  event: string;
}

// Only a day anchors the outer question: "when she was offered a pardon" names a situation, not a day.
const DAY_OF = [
  // "on the day of the visit", "on the same day as the handover", "the day when the envoy arrived"
  /(?<![\p{L}])(?:on |in )?the (?:same |very )?day,? (?:(?:of|that|when|as|on which) )?(?<event>[^,?;]+)/iu,
  // "в день визита", "в тот же день, когда посланник прилетел", "в тот день, когда ..."
  /(?<![\p{L}])в (?:тот же |тот самый |тот |этот )?день,?\s*(?:когда |в который )?(?<event>[^,?;]+)/iu,
];

/** The inner event a question anchors its day on, if it has one. */
export function innerEventOf(text: string): InnerEvent | undefined {
  for (const pattern of DAY_OF) {
    const m = pattern.exec(text);
    const found = m?.groups?.event;
    if (!m || !found) continue;
    // "Какой министр в день задержания Kapella заявил журналистам …": a named event ("задержания Kapella")
    // ends at the outer question's verb; one told by a clause ("когда посланник прилетел") has its own.
    const clause = /(когда|в который|when|that|on which)\s*$/iu.test(m[0].slice(0, m[0].length - found.length));
    const verb = clause ? -1 : found.split(/\s+/).findIndex((w, i) => i > 0 && isVerbForm(w.toLowerCase()));
    const kept = verb > 0 ? found.split(/\s+/).slice(0, verb).join(' ') : found;
    const event = kept.trim();
    // Two words at least: "в день визита" names a visit; "в день" alone names nothing.
    if (!event || event.split(/\s+/).length < 2) continue;
    const end = m.index + m[0].length - found.length + found.indexOf(kept) + kept.length;
    return { start: m.index, end, event };
  }
  return undefined;
}

/**
 * The inner event as a date question in the past ("When was the envoy's visit?"): a day a question
 * anchors on has happened, so a plan's date ("in 2027 under the agreement") must not answer it.
 */
export function innerDateQuestion(event: string, lang: Lang): string {
  return `${lang === 'ru' ? 'Когда было' : 'When was'} ${event}?`;
}

/** The outer question with the inner event's phrase replaced by its date. */
export function withInnerDate(text: string, inner: InnerEvent, date: string): string {
  return `${text.slice(0, inner.start).trimEnd()} ${date} ${text.slice(inner.end).trimStart()}`.trim();
}
