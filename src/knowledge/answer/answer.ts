import { dateSortKey, datesCompatible, formatDate, precisionRank } from '../extract/dates.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { Answer, ChatContext, Citation, FuzzyDate, Lang } from '../types.ts';
import { type AnalyzedQuestion, analyzeQuestion, asksWhetherSourcesAgree } from './analyze.ts';
import { answerTypeOf } from './answer-types.ts';
import { withAntecedents } from './antecedents.ts';
import { favourAttributed } from './attribution.ts';
import { authorAsked, composeAuthor } from './authorship.ts';
import { dateCandidates, dateStoodUnder } from './candidates.ts';
import { askedAct } from './compose/asked-act.ts';
import { composeAnswer, holdsAskedValue, type TypedAnswer } from './compose-typed.ts';
import { splitCompound, splitSeries } from './compound.ts';
import { enumeratedEvents } from './enumerated-events.ts';
import { type InnerEvent, innerDateQuestion, innerEventOf, withInnerDate } from './inner-event.ts';
import { type InnerHolder, innerHolderOf, innerHolderQuestion, withHolderName } from './inner-holder.ts';
import { withInterviewAnswers } from './interview-answers.ts';
import { LIST_ITEM, withListItems } from './list-items.ts';
import { spelledIn } from './name-spelling.ts';
import { headline, TEXTS } from './render.ts';
import { type RankedSentence, rankSentences as rankByWords } from './retrieve.ts';
import type { IndexedSentence, SentenceIndex } from './sentence-index.ts';
import { TUNING } from './tuning.ts';
import { withWithheldFollowUp } from './withheld.ts';

/** The sentences ranked for a question: by its words, then its attributed source ("according to …") first. */
function rankSentences(q: AnalyzedQuestion, index: SentenceIndex): RankedSentence[] {
  // Asked whether the sources agree, the other source's figure may stand far down the ranking (an
  // interview's answer repeats few of the question's words): twice as many sentences are read.
  const limit = asksWhetherSourcesAgree(q.text) ? 2 * TUNING.rankLimit : TUNING.rankLimit;
  const ranked = favourAttributed(q, index, rankByWords(q, index, limit));
  const joined = withAntecedents(q, withListItems(q, withInterviewAnswers(ranked, index), index), index);
  return withWithheldFollowUp(q, joined, index, (r) => holdsAskedValue(q, r));
}

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
 * question → answer type and terms → ranked sentences → typed answer → text with verbatim citations.
 */
export function answerQuestion(kb: KnowledgeBase, question: string, options: AnswerOptions = {}): Answer {
  const whole = answerSingle(kb, question, options);
  // "Trace the case: when was he detained, when was he freed, and when did he return?": each in turn.
  const series = splitSeries(whole.answer.question);
  if (series) return withSeries(kb, whole, series.questions, options).answer;
  // "When did the envoy arrive, and from where?": the second question is a follow-up of the first.
  const parts = splitCompound(whole.answer.question);
  if (!parts) return whole.answer;
  const second = answerSingle(kb, parts.second, { ...options, context: whole.answer.context });
  // "Who is Rasim Vendt, and where does he live?" read as one is typed by its second question word: the
  // first question asked alone answers first, when it asks another thing. ("Which rounds were held, and
  // when?" read as one asks a timeline, neither part's type: the whole answers it.)
  const typeOf = (text: string) => answerTypeOf(text, whole.answer.lang);
  if (whole.typed.type === typeOf(parts.second) && whole.typed.type !== typeOf(parts.first)) {
    // "In what stages, and on which dates, …?": the stages the first question finds, each with its date.
    const first = answerSingle(kb, parts.first, options, typeOf(parts.second) === 'timeline');
    if (first.answer.answered) return asWholeAsked(withSecondPart(first, second).answer, whole.answer);
  }
  if (whole.answer.answered) return withSecondPart(whole, second).answer;
  // Asked as one, nothing fits both halves; each half may still be stated.
  const first = answerSingle(kb, parts.first, options);
  if (!first.answer.answered || !second.answer.answered) return whole.answer;
  return asWholeAsked(withSecondPart(first, second).answer, whole.answer);
}

/**
 * An answer made of parts of the question is the whole question's: its text, context, and the notice
 * that a long question was cut (each part, being short, was not).
 */
function asWholeAsked(answer: Answer, whole: Answer): Answer {
  const asked = { ...answer, question: whole.question, context: whole.context };
  if (!whole.truncated || answer.truncated) return asked;
  // The part's text was rendered without the notice (renderLines puts it first when a question was cut).
  return { ...asked, truncated: true, text: `${TEXTS[answer.lang].truncated}\n${answer.text}` };
}

/**
 * "Trace the talks: when was the commission due to meet, when did it meet, and when did the committee
 * convene?": each question of the series is answered as a follow-up of the whole, and adds what it says.
 */
function withSeries(kb: KnowledgeBase, whole: SingleAnswer, questions: string[], options: AnswerOptions): SingleAnswer {
  const context = whole.answer.context;
  let main: SingleAnswer | undefined = whole.answer.answered ? whole : undefined;
  for (const question of questions) {
    const part = answerSingle(kb, question, { ...options, context });
    if (!part.answer.answered) continue;
    main = main ? withSecondPart(main, part) : part;
  }
  if (!main) return whole;
  return { ...main, answer: asWholeAsked(main.answer, whole.answer) };
}

interface SingleAnswer {
  answer: Answer;
  typed: TypedAnswer;
}

/** The answer with what the second question adds: its values in the summary, its new quotes after the first ones. */
function withSecondPart(main: SingleAnswer, second: SingleAnswer): SingleAnswer {
  const extra = second.answer;
  if (!extra.answered) return main;
  const known = new Set(main.answer.citations.map(citationKey));
  const added = extra.citations.filter((c) => !known.has(citationKey(c))).slice(0, TUNING.secondPartQuotes);
  const addsValue = second.typed.values.length > 0 && !main.answer.summary.includes(extra.summary);
  if (!added.length && !addsValue) return main;
  // A chronology's summary ends with its colon ("In order:"): what follows is its list.
  const joint = main.answer.summary.endsWith(':') ? ' ' : '; ';
  const summary = addsValue ? `${main.answer.summary}${joint}${extra.summary}` : main.answer.summary;
  const citations = [...main.answer.citations, ...added];
  const answer = main.answer;
  return {
    typed: main.typed,
    answer: {
      ...answer,
      summary,
      citations,
      text: renderLines(answer.lang, answer.truncated, summary, citations, true),
    },
  };
}

/** The date of the event a quoted sentence tells: its nearest own date, else the one it stands under. */
function dateOfQuote(q: AnalyzedQuestion, r: RankedSentence): string | undefined {
  const own = dateCandidates(q, r)
    .filter((c) => c.date && !c.background)
    .sort((a, b) => a.distance - b.distance)[0];
  // "Третий этап ✅ Дорога открыта, впервые с 16 июня": a since-date is background; the post's date is the event's.
  const date = own?.date ?? dateStoodUnder(r);
  return date ? formatDate(date, q.lang) : undefined;
}

function citationKey(c: Citation): string {
  return `${c.sourceId}:${c.start}`;
}

/** `datesAsked`: every quote is labelled with the date of what it tells, when the composer gave it none. */
function answerSingle(kb: KnowledgeBase, question: string, options: AnswerOptions, datesAsked = false): SingleAnswer {
  const analyze = (text: string, lang = options.lang) =>
    analyzeQuestion(text, kb.index, {
      spelling: kb.spelling,
      ...(lang ? { lang } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
  let q = analyze(String(question ?? ''));
  // A question rewritten for retrieval is still the question asked: its text, type and truncation stay.
  const asAsked = (rewritten: AnalyzedQuestion): AnalyzedQuestion => ({
    ...rewritten,
    text: q.text,
    type: q.type,
    truncated: q.truncated,
  });
  // Context only fills what the question lacks: a question naming its subject is answered as if asked alone.
  const subject = options.context?.subject;
  // The follow-up keeps its own language: the borrowed words may be in the other one.
  if (subject?.length && needsSubject(q)) q = asAsked(analyze(`${q.text} ${subject.join(' ')}`, q.lang));
  // "How many were freed on the day of the envoy's visit?": the visit's day first, then the count that day.
  const inner = DAY_ANCHORED.has(q.type) ? innerDay(kb, q, analyze) : undefined;
  if (inner) q = asAsked(analyze(withInnerDate(q.text, inner.phrase, formatDate(inner.date, q.lang)), q.lang));
  // "Кто адвокат бывшего директора завода?": who ran the plant first, then that man's lawyer.
  const holder = q.type === 'person' ? innerHolder(kb, q, analyze) : undefined;
  if (holder) q = asAsked(analyze(withHolderName(q.text, holder.phrase, holder.name), q.lang));
  const ranked = rankSentences(q, kb.index);
  const asked = authorAsked(q.text);
  const authored = asked ? composeAuthor(kb.data.texts, ranked, asked) : undefined;
  const typed = withInnerEvidence(authored?.typed ?? composeAsked(kb, q, ranked, inner, analyze), holder);
  const citations = typed.quotes
    .map(({ from, date }) =>
      citationOf(
        kb,
        from.entry.sentence.sourceId,
        from.entry.sentence.start,
        PASSAGE_TYPES.has(typed.type) ? withNextSentences(kb, from.entry, TUNING.passageTail) : from.entry.sentence.end,
        date ? formatDate(date, q.lang) : datesAsked ? dateOfQuote(q, from) : undefined,
      ),
    )
    .filter((c): c is Citation => c !== undefined)
    // A quote a longer one before it already holds is not shown twice (a chronology's sentence may date two events).
    .filter(
      (c, i, all) =>
        !all
          .slice(0, i)
          .some((e) => e.sourceId === c.sourceId && e.start <= c.start && c.end <= e.end && e.label === c.label),
    );
  // An author's name is proved by the byline, quoted first.
  const byline = authored && citationOf(kb, authored.sourceId, authored.byline.start, authored.byline.end);
  if (byline) citations.unshift(byline);
  const summary = headline(typed, q.lang, {
    knows: kb.spelling.knows,
    spelledIn: (name, lang) => spelledIn(kb.index, name, lang),
  });
  // A source saying the detail was kept back proves the summary, like an answer's quotes.
  const text = renderLines(q.lang, q.truncated, summary, citations, typed.answered || typed.abstain === 'withheld');
  // Not the act asked: "and when was he let go?" after "when was he detained" asks another act of the same man.
  const act = askedAct(q);
  const context: ChatContext = {
    // Names, rare words and the period asked: what a follow-up that names nothing is about.
    subject: [
      ...q.terms
        .filter((t) => t.name || (t.weight >= 3 && t !== act))
        .map((t) => t.raw)
        .slice(0, 4),
      ...q.dates.map((d) => d.text),
    ],
  };
  const answer: Answer = {
    question: q.text,
    lang: q.lang,
    answered: typed.answered,
    intent: intentOf(typed),
    confidence: typed.confidence,
    text,
    summary,
    citations: typed.answered ? citations : [],
    facts: [],
    ...(q.truncated ? { truncated: true } : {}),
    context: context.subject?.length ? context : (options.context ?? {}),
  };
  return { answer, typed };
}

/** Question types a day can anchor: a date question asking for the day of another event is just a date question. */
const DAY_ANCHORED: ReadonlySet<TypedAnswer['type']> = new Set([
  'count',
  'person',
  'place',
  'list',
  'event',
  'yesno',
  'about',
  'role',
]);

interface InnerDay {
  phrase: InnerEvent;
  date: FuzzyDate;
  from: RankedSentence;
}

/** The day of the event a question anchors on, when the documents give one day for it without dispute. */
function innerDay(
  kb: KnowledgeBase,
  q: AnalyzedQuestion,
  analyze: (text: string, lang: Lang) => AnalyzedQuestion,
): InnerDay | undefined {
  const phrase = innerEventOf(q.text);
  if (!phrase) return undefined;
  const asked = analyze(innerDateQuestion(phrase.event, q.lang), q.lang);
  const typed = composeAnswer(asked, rankSentences(asked, kb.index));
  const value = typed.answered && !typed.conflict ? typed.values[0] : undefined;
  const date = value?.date;
  if (!value || date?.precision !== 'day') return undefined;
  return { phrase, date, from: value.from };
}

/** The typed answer of a question no byline answers; a chronology of named events dates each one too. */
function composeAsked(
  kb: KnowledgeBase,
  q: AnalyzedQuestion,
  ranked: RankedSentence[],
  inner: InnerDay | undefined,
  analyze: (text: string, lang: Lang) => AnalyzedQuestion,
): TypedAnswer {
  const composed = withInnerEvidence(composeAnswer(q, ranked), inner);
  return (q.type === 'timeline' ? datedEvents(kb, q, analyze, composed) : undefined) ?? composed;
}

/**
 * "Put in order, with dates: A, B and C": each event asked as a past date question, with the names
 * the question gives before its list ("хронологию дела Вендта: задержание, приговор"); then in order.
 */
function datedEvents(
  kb: KnowledgeBase,
  q: AnalyzedQuestion,
  analyze: (text: string, lang: Lang) => AnalyzedQuestion,
  whole: TypedAnswer,
): TypedAnswer | undefined {
  const events = enumeratedEvents(q.text);
  if (!events) return undefined;
  // What the list as a whole found stays; each event adds its date when the whole missed it.
  const entries: TypedAnswer['quotes'] = whole.answered ? [...whole.quotes] : [];
  const listStart = q.text.indexOf(events[0] as string);
  const names = q.terms.filter((t) => t.name && (q.tokens[t.position]?.end ?? Infinity) <= listStart).map((t) => t.raw);
  for (const event of events) {
    const asked = analyze(`${innerDateQuestion(event, q.lang).replace(/\?$/, '')} ${names.join(' ')}`.trim(), q.lang);
    const typed = composeAnswer(asked, rankSentences(asked, kb.index));
    const value = typed.answered ? typed.values[0] : undefined;
    const date = value?.date;
    if (!value || !date) continue;
    // "April 2026" from the whole list gives way to the event's own "18 April".
    const vaguer = entries.findIndex(
      (e) => e.date && datesCompatible(e.date, date) && precisionRank(e.date) > precisionRank(date),
    );
    if (vaguer >= 0 && !entries.some((e) => e.from.entry.n === value.from.entry.n)) {
      entries[vaguer] = { from: value.from, date };
      continue;
    }
    if (entries.some((e) => e.from.entry.n === value.from.entry.n || (e.date && datesCompatible(e.date, date))))
      continue;
    entries.push({ from: value.from, date });
  }
  if (entries.length < 2) return undefined;
  entries.sort((a, b) => dateSortKey(a.date as FuzzyDate).localeCompare(dateSortKey(b.date as FuzzyDate)));
  return {
    type: 'timeline',
    answered: true,
    unknownNames: [],
    values: entries.map((e) => ({ kind: 'date' as const, text: '', date: e.date as FuzzyDate, from: e.from })),
    conflict: false,
    quotes: entries,
    confidence: entries.length / events.length,
  };
}

interface InnerPerson {
  phrase: InnerHolder;
  name: string;
  from: RankedSentence;
}

/** The person a question asks by a title only, when the documents name one without dispute. */
function innerHolder(
  kb: KnowledgeBase,
  q: AnalyzedQuestion,
  analyze: (text: string, lang: Lang) => AnalyzedQuestion,
): InnerPerson | undefined {
  const phrase = innerHolderOf(q);
  if (!phrase) return undefined;
  const asked = analyze(innerHolderQuestion(phrase.phrase, q.lang), q.lang);
  const typed = composeAnswer(asked, rankSentences(asked, kb.index));
  const value = typed.answered && !typed.conflict && typed.type === 'person' ? typed.values[0] : undefined;
  if (value?.kind !== 'name') return undefined;
  return { phrase, name: value.text, from: value.from };
}

/**
 * The inner fact's sentence is quoted too (an inner event's labelled with its day, the other person's as
 * it stands): it is half of the proof.
 */
function withInnerEvidence(
  typed: TypedAnswer,
  inner: { from: RankedSentence; date?: FuzzyDate } | undefined,
): TypedAnswer {
  if (!inner || !typed.answered || typed.quotes.some((x) => x.from.entry.n === inner.from.entry.n)) return typed;
  const quote = inner.date ? { from: inner.from, date: inner.date } : { from: inner.from };
  return { ...typed, quotes: [...typed.quotes, quote] };
}

/** Answers that are passages: what happened, why, which, yes or no. */
const PASSAGE_TYPES: ReadonlySet<TypedAnswer['type']> = new Set(['event', 'reason', 'list', 'yesno', 'about']);

/** Where a quote of a passage answer ends: `count` sentences on, within its paragraph or post (TUNING.passageTail). One verbatim slice. */
function withNextSentences(kb: KnowledgeBase, entry: IndexedSentence, count: number): number {
  let last = entry;
  for (let k = 0; k < count && last.next !== undefined; k++) {
    const next = kb.index.sentences[last.next];
    if (!next) break;
    if (next.sentence.paragraph !== last.sentence.paragraph && !sameBlock(kb, last, next)) break;
    last = next;
  }
  return last.sentence.end;
}

/**
 * A post's next line goes on with its first ("Сегодня в Калькутте завершилось заседание.\nЗа два дня
 * договорились о …"): a single line break, neither line an item of a list or a dated line of a chronology.
 */
function sameBlock(kb: KnowledgeBase, last: IndexedSentence, next: IndexedSentence): boolean {
  const text = kb.data.texts[last.sentence.sourceId] ?? '';
  const between = text.slice(last.sentence.end, next.sentence.start);
  const listedOrDated = (line: string) => LIST_ITEM.test(line) || /^\s*\d/.test(line);
  return between.split('\n').length === 2 && !listedOrDated(last.sentence.text) && !listedOrDated(next.sentence.text);
}

/** A follow-up ("and how many of them were foreigners?") names no one and nothing rare. */
function needsSubject(q: AnalyzedQuestion): boolean {
  if (q.terms.some((t) => t.name)) return false;
  const known = q.terms.filter((t) => !t.unknown);
  // "What happened on 19 March 2026?" is about its day; "Сколько отпустили в марте 2026?", "Where was the
  // third round held?" name what and when, or which one. "And in March?", "And the second?" name nothing.
  if (q.type === 'event' && q.dates.length > 0) return false;
  if ((q.dates.length > 0 || q.ordinals.length > 0) && known.length > 0) return false;
  return known.filter((t) => t.weight >= 2).length <= 1;
}

function intentOf(typed: TypedAnswer): Answer['intent'] {
  const map: Record<TypedAnswer['type'], Answer['intent']> = {
    timeline: 'timeline',
    count: 'how_many',
    date: 'when',
    role: 'who',
    person: 'who',
    place: 'where',
    reason: 'why',
    yesno: 'yesno',
    list: 'which',
    event: 'what_happened',
    about: 'about',
  };
  return map[typed.type];
}

function citationOf(
  kb: KnowledgeBase,
  sourceId: string,
  start: number,
  end: number,
  label?: string,
): Citation | undefined {
  const text = kb.data.texts[sourceId];
  const source = kb.source(sourceId);
  if (text === undefined || !source) return undefined;
  return {
    sourceId,
    title: source.title,
    published: source.published,
    quote: text.slice(start, end),
    start,
    end,
    ...(label ? { label } : {}),
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

function renderLines(
  lang: Lang,
  truncated: boolean | undefined,
  summary: string,
  citations: Citation[],
  quotesProve: boolean,
): string {
  const lines: string[] = [];
  if (truncated) lines.push(TEXTS[lang].truncated);
  lines.push(summary);
  // Quotes that do not prove the summary are only the passages closest to the question.
  if (!quotesProve && citations.length > 0) lines.push(TEXTS[lang].nearest);
  for (const c of citations) {
    const label = c.label ? `${c.label}: ` : '';
    lines.push(`— ${label}«${displayQuote(c.quote)}» (${sourceLine(c)})`);
  }
  return lines.join('\n');
}
