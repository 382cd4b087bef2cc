import type { KnowledgeBase } from '../knowledge-base.ts';
import type { Answer, ChatContext, Citation, Lang } from '../types.ts';
import { compose, type Composition, type QuoteRef } from './compose.ts';
import { LABELS } from './labels.ts';
import { type ParsedQuestion, parseQuestion } from './question.ts';
import { rankSentences } from './rank.ts';

export interface AnswerOptions {
  /** Force the answer language; by default it follows the question. */
  lang?: Lang;
  /** What the chat asked before (for follow-ups). */
  context?: ChatContext;
  /** "Now", for questions like "last November". Defaults to the clock. */
  now?: Date;
}

/**
 * The one answer function: every surface (chat, inline, digest, CLI) calls it.
 * question → intent and slots → ranked passages and facts → composition → citations sliced verbatim.
 */
export function answerQuestion(kb: KnowledgeBase, question: string, options: AnswerOptions = {}): Answer {
  const q = parseQuestion(String(question ?? ''), kb.index, options);
  const lang = q.lang;
  if (q.tokens.length === 0 || !q.tokens.some((t) => /\p{L}/u.test(t.raw))) {
    return notAQuestion(q, 'unknown', LABELS[lang].emptyQuestion, options);
  }
  // "hello", "asdf": nothing in the question that the documents could be about.
  const saysNothing =
    q.entities.length === 0 &&
    q.concepts.length === 0 &&
    !q.date &&
    !q.range &&
    q.terms.every((t) => !kb.index.byStem.has(t));
  if (saysNothing) {
    // "Who is Angela Merkel?": names no document uses are named back, not met with the help text.
    const names = q.tokens
      .slice(1)
      .filter((t) => t.capitalized && !kb.index.vocabulary.has(t.norm))
      .map((t) => t.raw);
    const text = names.length ? LABELS[lang].notMentioned(names.join(' ')) : LABELS[lang].emptyQuestion;
    return notAQuestion(q, q.intent, text, options);
  }
  const ranked = rankSentences(kb.index, q);
  const composition = compose(kb, q, ranked);
  const citations = withoutOverlaps(composition.quotes)
    .map((ref) => citationOf(kb, ref))
    .filter((c): c is Citation => c !== undefined);
  const text = renderText(lang, composition, citations, q.truncated);
  const context: ChatContext = {
    lastIntent: q.intent,
    ...(q.entities.length || composition.entities?.length
      ? { entities: [...new Set([...q.entities, ...(composition.entities ?? [])])].slice(0, 6) }
      : options.context?.entities
        ? { entities: options.context.entities }
        : {}),
    ...((composition.date ?? q.date) ? { date: composition.date ?? q.date } : {}),
    ...(composition.factIds.length ? { factIds: composition.factIds.slice(0, 10) } : {}),
    ...(q.eventTypes[0] ? { eventType: q.eventTypes[0] } : {}),
  };
  return {
    question: q.text,
    lang,
    answered: composition.answered,
    intent: q.intent,
    confidence: composition.confidence,
    text,
    summary: composition.summary,
    citations: composition.answered ? citations : [],
    facts: composition.factIds,
    ...(q.truncated ? { truncated: true } : {}),
    context,
  };
}

/** An answer that answers nothing: an empty question, "hello", a name no document uses. */
function notAQuestion(q: ParsedQuestion, intent: Answer['intent'], text: string, options: AnswerOptions): Answer {
  return {
    question: q.text,
    lang: q.lang,
    answered: false,
    intent,
    confidence: 0,
    text,
    summary: text,
    citations: [],
    facts: [],
    ...(q.truncated ? { truncated: true } : {}),
    context: options.context ?? {},
  };
}

/** A quote inside another one (a sentence quoted again with the sentence before it) is shown once. */
function withoutOverlaps(refs: QuoteRef[]): QuoteRef[] {
  const out: QuoteRef[] = [];
  for (const r of refs) {
    const twin = out.find((o) => o.sourceId === r.sourceId && o.start < r.end && r.start < o.end);
    if (!twin) out.push({ ...r });
    else {
      twin.start = Math.min(twin.start, r.start);
      twin.end = Math.max(twin.end, r.end);
    }
  }
  return out;
}

function citationOf(kb: KnowledgeBase, ref: QuoteRef): Citation | undefined {
  const text = kb.data.texts[ref.sourceId];
  const source = kb.source(ref.sourceId);
  if (text === undefined || !source) return undefined;
  return {
    sourceId: ref.sourceId,
    title: source.title,
    published: source.published,
    quote: text.slice(ref.start, ref.end),
    start: ref.start,
    end: ref.end,
    ...(ref.label ? { label: ref.label } : {}),
  };
}

/** For display only: the verbatim quote with its line breaks folded and markdown link targets hidden. */
export function displayQuote(quote: string): string {
  return quote
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function sourceLine(c: Citation): string {
  return c.published ? `${c.title}, ${c.published}` : c.title;
}

function renderText(lang: Lang, comp: Composition, citations: Citation[], truncated: boolean): string {
  const lines: string[] = [];
  if (truncated) lines.push(LABELS[lang].truncated);
  lines.push(comp.summary);
  if (!comp.answered && citations.length > 0) lines.push(LABELS[lang].nearest);
  for (const c of citations) {
    const label = c.label ? `${c.label}: ` : '';
    lines.push(`— ${label}«${displayQuote(c.quote)}» (${sourceLine(c)})`);
  }
  return lines.join('\n');
}
