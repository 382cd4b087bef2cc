import { isBackgroundDate } from '../extract/date-roles.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { Citation, EventType, Fact, FuzzyDate, Lang, SanctionAction } from '../types.ts';
import { evidenceCitation, factCitation } from './fact-summary.ts';
import { formatFuzzyDate, fuzzyDateSortKey } from './fuzzy-date-order.ts';
import { factMatchesTopic, parseTopicKey, type TopicKey } from './topic.ts';

/**
 * A chronology of events: one entry per event (the same type on the same date told by several
 * sentences or documents is one entry), each dated as precisely as its own sentence dates it, with
 * the quote that states it. Built only from typed facts; nothing here re-reads the text for meaning.
 *
 * What is left out, and why:
 * - facts of type "other" (no event a person could name) and hedged facts (plans, rumours);
 * - facts whose date is not stated in their own sentence (carried over from a neighbour, or the
 *   document's current date): a chronology must not date an event by proximity;
 * - background dates: a date in a relative or participial phrase ("введённые в 2021 году"), and
 *   dates more than BACKGROUND_YEARS before the document was published (history recalled as context).
 */
export interface ChronologyEvent {
  /** Stable within one knowledge base: type, action and date. */
  key: string;
  date: FuzzyDate;
  /** The date for a person, as precisely as it is known ("21 Jun 2025", "early Nov 2025"). */
  dateText: string;
  type: EventType;
  sanctionAction?: SanctionAction;
  /** Display names in the reader's language, most mentioned first. */
  who: string[];
  where: string[];
  /** "52 people", "another 14 prisoners" in the reader's language. */
  counts: string[];
  /** "Prisoner release (52 people; Alexander Lukashenko)": what happened, who, how many. */
  line: string;
  /** The quote that states the event with its date; more sources tell it when `sources` > 1. */
  citation: Citation;
  sources: number;
  factIds: string[];
  /** How much the documents make of it: evidence, participants, counts, precision. For briefings. */
  weight: number;
}

export interface ChronologyOptions {
  lang: Lang;
  /** Only events matching any of these topics; all events when absent or empty. */
  topics?: readonly TopicKey[];
  order?: 'oldest' | 'newest';
  /** Keep typed events the documents do not date (a briefing may list them last; a timeline cannot). */
  undated?: boolean;
}

export function chronology(kb: KnowledgeBase, options: ChronologyOptions): ChronologyEvent[] {
  const topics = (options.topics ?? []).map(parseTopicKey).filter((t) => t !== undefined);
  const groups = new Map<string, Group>();
  for (const fact of kb.data.facts) {
    if (topics.length > 0 && !topics.some((t) => factMatchesTopic(fact, t))) continue;
    const undated = options.undated && !fact.date && fact.type !== 'other' && !fact.hedged;
    const dated = undated ? factCitation(kb, fact) : statedDate(kb, fact);
    if (!dated) continue;
    // Undated facts are never merged: nothing says two of them are the same event.
    const key = `${fact.type}|${fact.sanctionAction ?? ''}|${undated ? fact.id : dateKey(fact.date)}`;
    const group = groups.get(key);
    if (group) group.facts.push(fact);
    else groups.set(key, { facts: [fact], citation: dated, date: fact.date ?? UNDATED });
  }
  foldCoarseIntoFine(groups);
  const places = placeFrequency(kb);
  const events = [...groups].map(([key, g]) => toEvent(kb, key, g.facts, g.citation, g.date, options.lang, places));
  events.sort((a, b) => fuzzyDateSortKey(a.date) - fuzzyDateSortKey(b.date) || a.key.localeCompare(b.key));
  return options.order === 'newest' ? events.reverse() : events;
}

type Group = { facts: Fact[]; citation: Citation; date: FuzzyDate };

const PRECISION_RANK: Readonly<Record<FuzzyDate['precision'], number>> = {
  day: 0,
  'part-of-month': 1,
  month: 2,
  season: 3,
  year: 4,
};

/**
 * "In August 2025, a phone call" and "on 15 August 2025, a phone call" are one event told twice:
 * a coarser entry folds into the one finer entry of the same kind inside its period. With two or more
 * finer candidates nothing says which one it is, and both stay.
 */
function foldCoarseIntoFine(groups: Map<string, Group>): void {
  for (const [key, coarse] of [...groups]) {
    if (coarse.date.year === undefined || coarse.date.precision === 'day' || !groups.has(key)) continue;
    const kind = key.split('|').slice(0, 2).join('|');
    const finer = [...groups].filter(
      ([k, g]) =>
        k !== key &&
        k.startsWith(`${kind}|`) &&
        PRECISION_RANK[g.date.precision] < PRECISION_RANK[coarse.date.precision] &&
        within(g.date, coarse.date),
    );
    const target = finer.length === 1 ? finer[0]?.[1] : undefined;
    if (!target) continue;
    target.facts.push(...coarse.facts);
    groups.delete(key);
  }
}

function within(fine: FuzzyDate, coarse: FuzzyDate): boolean {
  if (fine.year !== coarse.year) return false;
  if (coarse.month !== undefined) return fine.month === coarse.month;
  if (coarse.season !== undefined && fine.month !== undefined) return SEASON_MONTHS[coarse.season].includes(fine.month);
  return coarse.precision === 'year';
}

const SEASON_MONTHS: Readonly<Record<NonNullable<FuzzyDate['season']>, readonly number[]>> = {
  winter: [12, 1, 2],
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
};

/**
 * One fact as an entry of its own (for "what is new" digests, which list new facts, not events).
 * Its date is kept only when its sentence states it; otherwise the entry is undated rather than
 * dated by proximity ("a 2020 event dated 11 Sep 2025").
 */
export function factEntry(kb: KnowledgeBase, fact: Fact, lang: Lang): ChronologyEvent | undefined {
  const stated = statedDate(kb, fact);
  const citation = stated ?? factCitation(kb, fact);
  if (!citation) return undefined;
  const date = stated && fact.date ? fact.date : UNDATED;
  return toEvent(kb, `fact|${fact.id}`, [fact], citation, date, lang, placeFrequency(kb));
}

/** The date of an undated event: sorts before every dated one (see fuzzyDateSortKey). */
const UNDATED: FuzzyDate = { precision: 'year' };

/** An earlier date than this many years before publication is context the document recalls, not news. */
const BACKGROUND_YEARS = 10;

/** Citations of the fact whose own sentence states the fact's date as the event's date; the first of them. */
function statedDate(kb: KnowledgeBase, fact: Fact): Citation | undefined {
  const date = fact.date;
  if (!date || date.year === undefined || fact.type === 'other' || fact.hedged) return undefined;
  for (const evidence of fact.evidence) {
    const annotation = kb.data.annotations[evidence.sentenceId];
    // No annotation (a store without them): nothing says the date is borrowed, so the fact's own date stands.
    if (!annotation) return evidenceCitation(kb, evidence);
    if (annotation.dateContextual && !isSpecific(kb, fact)) continue;
    if (!annotation.dateContextual) {
      // Stated in the sentence, or in the one before it ("On 11 September ... The same day, 52 were released").
      const statedIn = annotation.dateFrom ?? evidence.sentenceId;
      const dates = kb.data.annotations[statedIn]?.dates ?? [];
      const sentence = sentenceText(kb, statedIn);
      const mention = dates.find((m) => dateKey(m.date) === dateKey(date));
      if (mention && sentence !== undefined && isBackgroundDate(sentence, mention.start)) continue;
      // Carried along a chain of sentences ("The same day, ..."): only specific facts keep such a date.
      if (!mention && !isSpecific(kb, fact)) continue;
    }
    const published = Number.parseInt(kb.source(evidence.sourceId)?.published?.slice(0, 4) ?? '', 10);
    if (Number.isFinite(published) && date.year < published - BACKGROUND_YEARS) continue;
    return evidenceCitation(kb, evidence);
  }
  return undefined;
}

/**
 * A fact dated only by its document's current event (the date named last) is kept when it is specific:
 * it counts people, or it names whose sanctions were lifted, eased or imposed. Vaguer ones
 * ("the talks helped the dynamics") would date commentary as if it were an event.
 */
function isSpecific(kb: KnowledgeBase, fact: Fact): boolean {
  if (fact.counts.some((c) => c.concept !== undefined && c.concept in COUNT_NOUNS.en)) return true;
  return (
    fact.type === 'sanctions' &&
    fact.sanctionAction !== undefined &&
    fact.participants.some((id) => kb.entity(id)?.kind === 'org')
  );
}

const sentenceIndexes = new WeakMap<KnowledgeBase, Map<string, string>>();

function sentenceText(kb: KnowledgeBase, id: string): string | undefined {
  let index = sentenceIndexes.get(kb);
  if (!index) {
    index = new Map(kb.data.sentences.map((s) => [s.id, s.text]));
    sentenceIndexes.set(kb, index);
  }
  return index.get(id);
}

function dateKey(date: FuzzyDate | undefined): string {
  if (!date) return '-';
  return [date.precision, date.year, date.month, date.day, date.part, date.season].map((x) => x ?? '').join('/');
}

function toEvent(
  kb: KnowledgeBase,
  key: string,
  facts: Fact[],
  citation: Citation,
  date: FuzzyDate,
  lang: Lang,
  placeShare: Map<string, number>,
): ChronologyEvent {
  const first = facts[0] as Fact;
  const name = (id: string) => {
    const entity = kb.entity(id);
    return entity?.names[lang] ?? entity?.names.en ?? entity?.names.ru ?? entity?.aliases[0] ?? id;
  };
  // Sanctions name their targets (organisations), not the people who announced them.
  const participants = facts.flatMap((f) =>
    f.type === 'sanctions' ? f.participants.filter((id) => kb.entity(id)?.kind === 'org') : f.participants,
  );
  const who = byMentions(participants).map(name);
  // A place named in a large share of all facts (the two countries of the corpus, say) tells nothing.
  const where = byMentions(facts.flatMap((f) => f.places))
    .filter((id) => (placeShare.get(id) ?? 0) < 0.2)
    .map(name);
  const counts = countsOf(facts, lang);
  const sources = new Set(facts.flatMap((f) => f.evidence.map((e) => e.sourceId))).size;
  const what = eventName(first.type, first.sanctionAction, lang);
  const details = [
    ...counts,
    ...who.slice(0, 3),
    ...(who.length > 3 ? [lang === 'ru' ? `и ещё ${who.length - 3}` : `+${who.length - 3} more`] : []),
  ];
  const line = `${what}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
  const weight =
    facts.reduce((n, f) => n + f.evidence.length, 0) +
    sources +
    Math.min(who.length, 3) * 0.5 +
    counts.length +
    (date.precision === 'day' ? 1 : 0);
  const event: ChronologyEvent = {
    key,
    date,
    dateText: formatFuzzyDate(date, lang) ?? '',
    type: first.type,
    who,
    where,
    counts,
    line,
    citation,
    sources,
    factIds: facts.map((f) => f.id),
    weight,
  };
  if (first.sanctionAction) event.sanctionAction = first.sanctionAction;
  return event;
}

function byMentions(ids: string[]): string[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

const placeShares = new WeakMap<KnowledgeBase, Map<string, number>>();

function placeFrequency(kb: KnowledgeBase): Map<string, number> {
  let shares = placeShares.get(kb);
  if (!shares) {
    const counts = new Map<string, number>();
    for (const fact of kb.data.facts) for (const id of new Set(fact.places)) counts.set(id, (counts.get(id) ?? 0) + 1);
    const total = Math.max(1, kb.data.facts.length);
    shares = new Map([...counts].map(([id, n]) => [id, n / total]));
    placeShares.set(kb, shares);
  }
  return shares;
}

/** Counts of people only (not "3 decades" or "2 countries"), largest per kind, in the reader's words. */
function countsOf(facts: Fact[], lang: Lang): string[] {
  const best = new Map<string, { value: number; additional: boolean; concept: string }>();
  for (const fact of facts)
    for (const c of fact.counts) {
      if (!c.concept || !(c.concept in COUNT_NOUNS[lang]) || c.value < 2) continue;
      // "people" and "prisoners" count the same people here: keep the larger number of the two.
      const kind = c.concept === 'prisoner' ? 'person' : c.concept;
      const previous = best.get(kind);
      if (!previous || c.value > previous.value)
        best.set(kind, { value: c.value, additional: !!c.additional, concept: c.concept });
    }
  return [...best.values()].map(({ concept, value, additional }) => {
    const noun = COUNT_NOUNS[lang][concept as keyof (typeof COUNT_NOUNS)['en']];
    return `${additional ? (lang === 'ru' ? 'ещё ' : 'another ') : ''}${value} ${noun}`;
  });
}

const COUNT_NOUNS = {
  en: { person: 'people', prisoner: 'prisoners', foreigner: 'foreign nationals', official: 'officials' },
  ru: { person: 'чел.', prisoner: 'заключённых', foreigner: 'иностранцев', official: 'чиновников' },
} as const;

/** What happened, as a noun phrase in the reader's language. */
export function eventName(type: EventType, action: SanctionAction | undefined, lang: Lang): string {
  if (type === 'sanctions' && action) return SANCTIONS[lang][action];
  return EVENT_NAMES[lang][type];
}

const EVENT_NAMES: Readonly<Record<Lang, Readonly<Record<EventType, string>>>> = {
  en: {
    visit: 'Visit',
    release: 'Prisoner release',
    sanctions: 'Sanctions',
    call: 'Phone call',
    meeting: 'Talks',
    appointment: 'Appointment',
    invitation: 'Invitation',
    embassy: 'Embassy',
    statement: 'Statement',
    other: 'Event',
  },
  ru: {
    visit: 'Визит',
    release: 'Освобождение заключённых',
    sanctions: 'Санкции',
    call: 'Телефонный разговор',
    meeting: 'Переговоры',
    appointment: 'Назначение',
    invitation: 'Приглашение',
    embassy: 'Посольство',
    statement: 'Заявление',
    other: 'Событие',
  },
};

const SANCTIONS: Readonly<Record<Lang, Readonly<Record<SanctionAction, string>>>> = {
  en: {
    lifted: 'Sanctions lifted',
    eased: 'Sanctions eased',
    imposed: 'Sanctions imposed',
    extended: 'Sanctions extended',
  },
  ru: { lifted: 'Санкции сняты', eased: 'Санкции ослаблены', imposed: 'Санкции введены', extended: 'Санкции продлены' },
};
