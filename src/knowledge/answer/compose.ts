import { isBackgroundDate, isSinceDate } from '../extract/date-roles.ts';
import { dateSortKey, datesCompatible, formatDate, precisionRank } from '../extract/dates.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import { CONCEPTS, type Concept } from '../lexicon/concepts.ts';
import { matchConcepts } from '../text/concept-matcher.ts';
import { ORDINALS } from '../lexicon/intents.ts';
import { isCyrillic, nameKey, tokenize } from '../text/tokens.ts';
import type { CountMention, Entity, FuzzyDate, Lang } from '../types.ts';
import { countNoun, LABELS } from './labels.ts';
import { conceptById, type ParsedQuestion } from './question.ts';
import { dateFits, type Scored } from './rank.ts';
import { type IndexedSentence, tokensOf } from './retrieval-index.ts';

/** A span of a source to quote. */
export interface QuoteRef {
  sourceId: string;
  start: number;
  end: number;
  /** Shown before the quote in a list (a date in a timeline). */
  label?: string;
}

export interface Composition {
  answered: boolean;
  summary: string;
  quotes: QuoteRef[];
  factIds: string[];
  confidence: number;
  date?: FuzzyDate;
  entities?: string[];
}

/** Below this share of what the question names, the best passage is not an answer. Tuned on the dev set. */
export const MIN_COVERAGE = 0.5;

/** Focus words of a which-question whose answer is a list of names ("none": no focus word at all). */
const ENTITY_FOCUS = new Set([
  'sanctions',
  'bank',
  'airline',
  'publication',
  'country',
  'foreigner',
  'citizen',
  'official',
  'envoy',
  'minister',
  'none',
]);

const ROLE_CONCEPTS = new Set([
  'envoy',
  'official',
  'ambassador',
  'minister',
  'president',
  'lawyer',
  'blogger',
  'journalist',
  'husband',
  'architect',
  'first-lady',
  'opposition',
]);

/** The sentence itself hedges ("may visit", "планирует"): it reports a plan or a possibility. */
export function isHedged(item: IndexedSentence): boolean {
  return item.annotation.concepts.includes('hedge');
}

export function quoteOf(item: IndexedSentence, label?: string): QuoteRef {
  const s = item.sentence;
  const ev = item.fact?.evidence.find((e) => e.sentenceId === s.id);
  const start = ev && item.annotation.dateFrom ? ev.start : s.start;
  return { sourceId: s.sourceId, start, end: s.end, ...(label ? { label } : {}) };
}

function entityName(kb: KnowledgeBase, id: string, lang: Lang): string {
  const e: Entity | undefined = kb.entity(id);
  if (!e) return id;
  return e.names[lang] ?? e.names.en ?? e.names.ru ?? id;
}

function renderDate(d: FuzzyDate, lang: Lang): string {
  const text = formatDate(d, lang);
  const notes: string[] = [];
  if (d.precision !== 'day' && d.precision !== 'year') notes.push(LABELS[lang].noDay);
  if (d.year === undefined) notes.push(LABELS[lang].noYear);
  return notes.length ? `${text} (${notes.join('; ')})` : text;
}

function factIds(items: IndexedSentence[]): string[] {
  return [...new Set(items.map((i) => i.fact?.id).filter((x): x is string => x !== undefined))];
}

/** The concept a "what X" / "which X" / "какой X" question asks for: the answer must contain it. */
export function focusConcept(q: ParsedQuestion): string | undefined {
  const wh = /^(what|which|какой|какая|какое|какие|каких|каком|какую|каким|какими)$/;
  const i = q.tokens.findIndex((t) => wh.test(t.norm));
  if (i < 0) return undefined;
  for (const t of q.tokens.slice(i + 1, i + 3)) {
    const hit = matchConcepts([t]).find((h) => !h.concept.hedge);
    if (hit) return hit.concept.id;
  }
  return undefined;
}

/** Passages that answer the question's constraints: enough coverage, the date asked, the focus asked. */
export function relevant(q: ParsedQuestion, ranked: Scored[]): Scored[] {
  const focus = focusConcept(q);
  return ranked.filter((s) => {
    if (s.coverage < MIN_COVERAGE || s.missesRareEntity) return false;
    if ((q.date || q.range) && (s.dateFit === 'outside' || s.dateFit === 'undated')) return false;
    // "Which countries": the names of countries answer it even where the word "country" is absent.
    const countriesNamed = focus === 'country' && s.item.annotation.entities.some((e) => e.startsWith('place:'));
    if (focus && !s.item.annotation.concepts.includes(focus) && !countriesNamed) return false;
    if (q.ordinal && !mentionsOrdinal(s.item, q.ordinal)) return false;
    return true;
  });
}

function mentionsOrdinal(item: IndexedSentence, n: number): boolean {
  return tokensOf(item).some((t) => ORDINALS[t.norm] === n);
}

export function compose(kb: KnowledgeBase, q: ParsedQuestion, ranked: Scored[]): Composition {
  const missing = [...q.absentEntities.map((e) => entityName(kb, e, q.lang)), ...q.unknownNames];
  if (missing.length > 0) return { ...abstain(q, []), summary: LABELS[q.lang].notMentioned(missing.join(', ')) };
  const good = relevant(q, ranked);
  if (good.length === 0) return abstain(q, ranked);
  switch (q.intent) {
    case 'when':
      return composeWhen(kb, q, good);
    case 'how_many':
      return composeHowMany(kb, q, good);
    case 'who':
      return composeWho(kb, q, good, ranked);
    case 'why':
      return composeWhy(kb, q, good, ranked);
    case 'which':
      // "Which sanctions / banks / countries" list names; "what gift" is answered by the passage itself.
      return ENTITY_FOCUS.has(focusConcept(q) ?? 'none') ? composeWhich(kb, q, good) : composePassages(kb, q, good, 2);
    case 'where':
      return composeWhich(kb, q, good);
    case 'timeline':
      return composeTimeline(kb, q, good);
    case 'what_happened':
      return q.date || q.range ? composeDevelopments(kb, q, good) : composePassages(kb, q, good, 2);
    default:
      return composePassages(kb, q, good, q.intent === 'yesno' ? 2 : 2);
  }
}

function abstain(q: ParsedQuestion, ranked: Scored[]): Composition {
  const nearest = ranked.filter((s) => s.coverage >= 0.3).slice(0, 1);
  return {
    answered: false,
    summary: LABELS[q.lang].noAnswer,
    quotes: nearest.map((s) => quoteOf(s.item)),
    factIds: [],
    confidence: 0,
  };
}

function confidenceOf(best: Scored): number {
  return Math.round(Math.min(1, best.coverage) * 100) / 100;
}

/** One passage per source, best first: agreement is shown by citing each source that says it. */
function bestPerSource(items: Scored[], limit: number): Scored[] {
  const seen = new Set<string>();
  const out: Scored[] = [];
  for (const s of items) {
    if (seen.has(s.item.sentence.sourceId)) continue;
    seen.add(s.item.sentence.sourceId);
    out.push(s);
    if (out.length >= limit) break;
  }
  return out;
}

function composeWhen(kb: KnowledgeBase, q: ParsedQuestion, allGood: Scored[]): Composition {
  // "When did X visit Y?" is answered by a sentence that speaks of a visit, not one that names X and Y.
  const eventConcepts = q.concepts.filter((c) => conceptById(c)?.event);
  const asksInvitation = q.eventTypes.includes('invitation');
  const good = eventConcepts.length
    ? allGood.filter(
        (s) =>
          eventConcepts.some((c) => s.item.annotation.concepts.includes(c)) &&
          (asksInvitation || s.item.fact?.type !== 'invitation') &&
          !isHedged(s.item),
      )
    : allGood;
  if (good.length === 0) return abstain(q, allGood);
  const dated = good.filter((s) => s.item.annotation.date && !s.item.annotation.dateContextual);
  const pool = dated.length ? dated : good.filter((s) => s.item.annotation.date);
  const best = pool[0];
  if (!best?.item.annotation.date) return composePassages(kb, q, good, 2);
  const bestDate = best.item.annotation.date;
  const near = pool.filter(
    (s) => s.score >= best.score * 0.75 && s.coverage >= best.coverage * 0.85 && !isHedged(s.item),
  );
  const agreeing = near.filter((s) => s.item.annotation.date && datesCompatible(s.item.annotation.date, bestDate));
  // Sources that agree ("August 2025", "15 August 2025"): say it as precisely as any of them does.
  const date = agreeing
    .map((s) => s.item.annotation.date as FuzzyDate)
    .reduce((acc, d) => (precisionRank(d) < precisionRank(acc) ? d : acc), bestDate);
  const differing = bestPerSource(
    near.filter(
      (s) =>
        s.item.annotation.date &&
        !datesCompatible(s.item.annotation.date, date) &&
        s.item.sentence.sourceId !== best.item.sentence.sourceId &&
        s.item.fact?.type === best.item.fact?.type,
    ),
    1,
  );
  const lang = q.lang;
  // "Since when ...?": the date a period starts from ("С 2023 года Россия размещает ...").
  if (asksSince(q)) {
    for (const s of good.slice(0, 5)) {
      const since = s.item.annotation.dates.find((m) => isSinceDate(s.item.sentence.text, m.start));
      if (since) {
        return {
          answered: true,
          summary: renderDate(since.date, lang),
          quotes: [quoteOf(s.item)],
          factIds: factIds([s.item]),
          confidence: confidenceOf(s),
          date: since.date,
        };
      }
    }
  }
  // A date tied to the asked action in a strong passage beats the passage's own date.
  const boundHit = good
    .filter((s) => s.score >= best.score * 0.6)
    .map((s) => ({ s, d: boundDate(q, s.item) }))
    .find((x) => x.d !== undefined);
  if (boundHit?.d) {
    return {
      answered: true,
      summary: renderDate(boundHit.d, lang),
      quotes: [quoteOf(boundHit.s.item)],
      factIds: factIds([boundHit.s.item]),
      confidence: confidenceOf(boundHit.s),
      date: boundHit.d,
    };
  }
  // The same source giving two different dates for the asked event means it happened more than once.
  const groups: { date: FuzzyDate; items: Scored[] }[] = [];
  for (const s of near) {
    const d = s.item.annotation.date as FuzzyDate;
    const g = groups.find((x) => datesCompatible(x.date, d));
    if (g) g.items.push(s);
    else groups.push({ date: d, items: [s] });
  }
  const repeated =
    groups.length > 1 &&
    groups.some((g1) =>
      groups.some(
        (g2) =>
          g1 !== g2 &&
          g1.items.some((a) => g2.items.some((b) => a.item.sentence.sourceId === b.item.sentence.sourceId)),
      ),
    );
  if (repeated) {
    const ordered = [...groups].sort((a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date))).slice(0, 8);
    return {
      answered: true,
      summary: `${LABELS[lang].several} ${ordered.map((g) => renderDate(g.date, lang)).join('; ')}`,
      quotes: ordered.map((g) => quoteOf((g.items[0] as Scored).item, formatDate(g.date, lang))),
      factIds: factIds(ordered.map((g) => (g.items[0] as Scored).item)),
      confidence: confidenceOf(best),
      date,
    };
  }
  let summary = renderDate(date, lang);
  const supporters = bestPerSource([best, ...agreeing], 2);
  const quotes = supporters.map((s) => quoteOf(s.item));
  if (differing.length > 0) {
    const other = differing[0] as Scored;
    const d2 = other.item.annotation.date as FuzzyDate;
    summary = `${LABELS[lang].differ} ${LABELS[lang].per(renderDate(date, lang), sourceTitle(kb, best))}; ${LABELS[lang].per(renderDate(d2, lang), sourceTitle(kb, other))}`;
    quotes.push(quoteOf(other.item));
  }
  return {
    answered: true,
    summary,
    quotes,
    factIds: factIds(supporters.map((s) => s.item)),
    confidence: confidenceOf(best),
    date,
  };
}

/**
 * "In what year were sanctions imposed on Belavia?" against "снимает санкции ..., введённые в 2021 году":
 * the date that directly follows the asked action (a participle before it) answers, not the sentence's own date.
 */
/** Whether the words right before a date name a step of the event the question asks about. */
function datesStepOf(q: ParsedQuestion, item: IndexedSentence, at: number): boolean {
  const asked = new Set(q.eventTypes);
  return conceptsJustBefore(item, at).some((c) =>
    c.sanctionAction ? asked.has('sanctions') : c.event !== undefined && asked.has(c.event),
  );
}

/** The concepts of the two words right before an offset of the sentence ("введённые в 2021 году"). */
function conceptsJustBefore(item: IndexedSentence, at: number): Concept[] {
  const before = tokensOf(item)
    .filter((t) => t.end <= at)
    .slice(-2);
  return matchConcepts(before).map((h) => h.concept);
}

function asksSince(q: ParsedQuestion): boolean {
  const text = ` ${q.tokens.map((t) => t.norm).join(' ')} `;
  return / since when | since what | с каких пор | с какого | начиная с какого /.test(text);
}

function boundDate(q: ParsedQuestion, item: IndexedSentence): FuzzyDate | undefined {
  for (const m of item.annotation.dates) {
    const asked = conceptsJustBefore(item, m.start).some((c) => q.concepts.includes(c.id));
    if (asked && m.date !== item.annotation.date) return m.date;
  }
  return undefined;
}

function sourceTitle(kb: KnowledgeBase, s: Scored): string {
  return kb.source(s.item.sentence.sourceId)?.title ?? s.item.sentence.sourceId;
}

const COUNT_FAMILY: Record<string, string[]> = {
  prisoner: ['prisoner', 'person'],
  person: ['person', 'prisoner'],
  'us-citizen': ['us-citizen', 'citizen'],
  citizen: ['citizen', 'us-citizen', 'person'],
};

function composeHowMany(kb: KnowledgeBase, q: ParsedQuestion, good: Scored[]): Composition {
  const wantsMore = q.tokens.some((t) => ['еще', 'more', 'another', 'additional'].includes(t.norm));
  const family = q.countConcept ? (COUNT_FAMILY[q.countConcept] ?? [q.countConcept]) : undefined;
  const pick = (s: Scored): CountMention | undefined => {
    const counts = s.item.annotation.counts.filter((c) =>
      family ? c.concept !== undefined && family.includes(c.concept) : c.concept !== 'year',
    );
    const ordered = [...counts].sort(
      (a, b) =>
        Number(wantsMore && b.additional) - Number(wantsMore && a.additional) ||
        (family ? family.indexOf(a.concept ?? '') - family.indexOf(b.concept ?? '') : 0),
    );
    return ordered[0];
  };
  const withCounts = good
    .map((s) => ({ s, c: pick(s) }))
    .filter((x): x is { s: Scored; c: CountMention } => x.c !== undefined);
  const first = withCounts[0];
  if (!first) return abstain(q, good);
  const lang = q.lang;
  const render = (c: CountMention) => {
    const noun = c.noun && isCyrillic(c.noun) === (lang === 'ru') ? c.noun : countNoun(c.concept, lang);
    return `${c.additional ? `${LABELS[lang].another} ` : ''}${c.value}${noun ? ` ${noun}` : ''}`;
  };
  const near = withCounts.filter((x) => x.s.score >= first.s.score * 0.75 && x.s.coverage >= first.s.coverage * 0.85);
  const differing = near.find(
    (x) =>
      x.c.value !== first.c.value &&
      x.s.item.sentence.sourceId !== first.s.item.sentence.sourceId &&
      x.c.concept === first.c.concept &&
      (!x.s.item.annotation.date ||
        !first.s.item.annotation.date ||
        datesCompatible(x.s.item.annotation.date, first.s.item.annotation.date)),
  );
  const agreeing = bestPerSource(
    near.filter((x) => x.c.value === first.c.value).map((x) => x.s),
    2,
  );
  let summary = render(first.c);
  const quotes = agreeing.map((s) => quoteOf(s.item));
  if (differing) {
    summary = `${LABELS[lang].differ} ${LABELS[lang].per(render(first.c), sourceTitle(kb, first.s))}; ${LABELS[lang].per(render(differing.c), sourceTitle(kb, differing.s))}`;
    quotes.push(quoteOf(differing.s.item));
  }
  const date = first.s.item.annotation.date;
  return {
    answered: true,
    summary,
    quotes,
    factIds: factIds(agreeing.map((s) => s.item)),
    confidence: confidenceOf(first.s),
    ...(date ? { date } : {}),
  };
}

function isPerson(id: string): boolean {
  return id.startsWith('person:');
}

function composeWho(kb: KnowledgeBase, q: ParsedQuestion, good: Scored[], ranked: Scored[]): Composition {
  const askedPeople = q.entities.filter(isPerson);
  const roleAsked = q.concepts.some((c) => ROLE_CONCEPTS.has(c));
  // "Who is X?" names X and nothing else; "Who asked X to ...?" asks for someone else.
  const describes = askedPeople.length > 0 && q.concepts.length === 0 && q.terms.length <= 1 && !q.date;
  if (describes) return describePerson(kb, q, askedPeople[0] as string, ranked);
  const places = q.entities.filter((e) => e.startsWith('place:'));
  // "Who is the US ambassador?": the role holder's own sentence must name every country asked about.
  const roles = q.concepts.filter((c) => ROLE_CONCEPTS.has(c));
  const pool = roleAsked
    ? good.filter(
        (s) =>
          places.every((p) => s.item.annotation.entities.includes(p)) &&
          roles.some((r) => s.item.annotation.concepts.includes(r)),
      )
    : good;
  // "Who sent / visited / asked ...": the person's own sentence must say the action asked about.
  // Saying the action is strong evidence, so such a sentence may cover a little less of the rest.
  const actionPool = roleAsked
    ? pool
    : ranked.filter((s) => s.coverage >= MIN_COVERAGE * 0.8 && !(q.date && s.dateFit === 'outside'));
  const acting = q.concepts.length
    ? actionPool.filter((s) => q.concepts.every((c) => s.item.annotation.concepts.includes(c)))
    : [];
  const candidates = [...acting, ...pool];
  for (const s of candidates.slice(0, 6)) {
    const people = s.item.annotation.entities.filter((e) => isPerson(e) && !q.entities.includes(e));
    if (people.length === 0) continue;
    const name = entityName(kb, people[0] as string, q.lang);
    const quotes = bestPerSource(
      [s, ...candidates.filter((x) => x !== s && x.item.annotation.entities.includes(people[0] as string))],
      2,
    ).map((x) => quoteOf(x.item));
    return {
      answered: true,
      summary: name,
      quotes,
      factIds: factIds([s.item]),
      confidence: confidenceOf(s),
      entities: [people[0] as string],
    };
  }
  return abstain(q, ranked);
}

/** "Who is X": the roles the documents give X next to the name, each with its sentence. */
function describePerson(kb: KnowledgeBase, q: ParsedQuestion, person: string, ranked: Scored[]): Composition {
  // The best-ranked mentions are enough to say who someone is; a name in thousands of sentences need not be read in all.
  const mentions = ranked.filter((s) => s.item.annotation.entities.includes(person)).slice(0, 40);
  const aliasKeys = aliasKeysOf(kb, person);
  const withRole = mentions
    .map((s) => ({ s, role: rolePhrase(s.item, person, kb, aliasKeys) }))
    .filter((x): x is { s: Scored; role: string } => x.role !== undefined);
  const chosen = withRole.length ? withRole : mentions.slice(0, 1).map((s) => ({ s, role: '' }));
  if (chosen.length === 0) return abstain(q, ranked);
  const perSource = new Map<string, { s: Scored; role: string }>();
  for (const x of chosen) if (!perSource.has(x.s.item.sentence.sourceId)) perSource.set(x.s.item.sentence.sourceId, x);
  const picked = [...perSource.values()].slice(0, 3);
  const roles = [...new Set(picked.map((x) => x.role).filter(Boolean))];
  const name = entityName(kb, person, q.lang);
  return {
    answered: true,
    summary: roles.length ? `${name}: ${roles.join('; ')}` : name,
    quotes: picked.map((x) => quoteOf(x.s.item)),
    factIds: factIds(picked.map((x) => x.s.item)),
    confidence: picked[0] ? confidenceOf(picked[0].s) : 0,
    entities: [person],
  };
}

const ROLE_WORD = new RegExp(
  `^(${CONCEPTS.filter((c) => ROLE_CONCEPTS.has(c.id) || c.id === 'foreign-affairs')
    .flatMap((c) => [...c.ru, ...c.en])
    .filter((p) => !p.includes(' '))
    .map((p) => p.replace('$', ''))
    .concat([
      'инженер',
      'engineer',
      'врач',
      'doctor',
      'профессор',
      'professor',
      'учен',
      'scientist',
      'бизнесмен',
      'businessman',
      'предпринимател',
      'entrepreneur',
      'политолог',
      'писател',
      'writer',
      'правозащитник',
      'студент',
      'student',
      'координатор',
      'coordinator',
      'спецкоординатор',
      'председател',
      'chairman',
      'спикер',
      'speaker',
      'генерал',
      'general',
      'secretary',
      'помощник',
      'заместител',
      'deputy',
      'assistant',
      'директор',
      'director',
      'глава',
      'head',
      'лидер',
      'leader',
      'активист',
      'activist',
      'исследовател',
      'researcher',
      'эксперт',
      'expert',
      'аналитик',
      'analyst',
      'советник',
      'adviser',
      'advisor',
      'госсекретар',
      'сенатор',
      'senator',
      'муж',
      'жена',
      'wife',
      'посол',
    ])
    .join('|')})`,
);

/** The words that describe a person next to the name: "спецпосланника США по Украине генерала", ", муж лидера ...". */
function aliasKeysOf(kb: KnowledgeBase, person: string): Set<string> {
  return new Set((kb.entity(person)?.aliases ?? []).flatMap((a) => tokenize(a).map((t) => nameKey(t.norm))));
}

export function rolePhrase(
  item: IndexedSentence,
  person: string,
  kb: KnowledgeBase,
  aliasKeys: ReadonlySet<string> = aliasKeysOf(kb, person),
): string | undefined {
  const text = item.sentence.text;
  const tokens = tokensOf(item);
  const at = tokens.findIndex((t) => t.capitalized && aliasKeys.has(nameKey(t.norm)));
  if (at < 0) return undefined;
  let nameStart = at;
  while (nameStart > 0 && (tokens[nameStart - 1] as { capitalized: boolean }).capitalized && nameStart > at - 2)
    nameStart--;
  // Left: from the earliest role word within seven words before the name, not across a sentence-internal stop.
  const left = tokens.slice(Math.max(0, nameStart - 7), nameStart);
  const from = left.findIndex((t) => ROLE_WORD.test(t.norm));
  let phrase: string | undefined;
  if (from >= 0) {
    const startTok = left[from] as { start: number };
    const piece = text.slice(startTok.start, (tokens[nameStart] as { start: number }).start);
    const clean = piece
      .split(/[.;:!?«»"]/)
      .pop()
      ?.trim()
      .replace(/[,–—-]\s*$/, '')
      .trim();
    if (clean && clean.length > 2) phrase = clean;
  }
  // Right: an apposition after a comma: "Сергей Тихоновский, муж лидера оппозиции ...".
  let nameEnd = at;
  while (
    nameEnd + 1 < tokens.length &&
    (tokens[nameEnd + 1] as { capitalized: boolean }).capitalized &&
    nameEnd < at + 1
  )
    nameEnd++;
  const after = text.slice((tokens[nameEnd] as { end: number }).end);
  const appo = /^\s*[,–—]\s*([^,.;:!?()]{3,120})/.exec(after);
  if (appo?.[1] && ROLE_WORD.test(tokenize(appo[1])[0]?.norm ?? ''))
    phrase = phrase ? `${phrase}; ${appo[1].trim()}` : appo[1].trim();
  return phrase;
}

/** "Which sanctions / countries / banks", "where": the names in the best passages that the question did not already name. */
function composeWhich(kb: KnowledgeBase, q: ParsedQuestion, ranked: Scored[]): Composition {
  const wantPlaces = q.intent === 'where';
  // "Where": among strong passages, one that names a place the question did not is the answer.
  // Capitals every passage names (Minsk, Washington) are the setting, not the answer.
  const rarePlace = (e: string) =>
    e.startsWith('place:') &&
    !q.entities.includes(e) &&
    (kb.index.byEntity.get(e)?.length ?? 0) <= kb.index.sentences.length * 0.05;
  const namesNewPlace = (s: Scored) =>
    s.item.annotation.entities.some(rarePlace) && !(q.date && s.dateFit === 'contextual');
  const top = ranked[0] as Scored;
  const placed = wantPlaces ? ranked.find((s) => s.score >= top.score * 0.7 && namesNewPlace(s)) : undefined;
  const good = placed ? [placed, ...ranked.filter((s) => s !== placed)] : ranked;
  const best = good[0] as Scored;
  const group = good
    .filter(
      (s) =>
        s === best ||
        (s.score >= best.score * 0.6 &&
          s.item.sentence.sourceId === best.item.sentence.sourceId &&
          Math.abs(s.item.sentence.paragraph - best.item.sentence.paragraph) <= 0),
    )
    .slice(0, 4);
  const ordered = [...group].sort((a, b) => a.item.sentence.index - b.item.sentence.index);
  const names: string[] = [];
  for (const s of ordered) {
    for (const e of s.item.annotation.entities) {
      if (q.entities.includes(e) || names.includes(e)) continue;
      if (wantPlaces ? !e.startsWith('place:') : isPerson(e)) continue;
      if (!wantPlaces && ['place:usa', 'place:belarus'].includes(e)) continue;
      names.push(e);
    }
  }
  const quotes = ordered.map((s) => quoteOf(s.item));
  const others = bestPerSource(
    good.filter((s) => !group.includes(s) && s.item.sentence.sourceId !== best.item.sentence.sourceId),
    1,
  );
  const summary = names.length ? names.map((e) => entityName(kb, e, q.lang)).join(', ') : LABELS[q.lang].sourcesSay;
  return {
    answered: true,
    summary,
    quotes: [...quotes, ...(names.length ? [] : others.map((s) => quoteOf(s.item)))],
    factIds: factIds(ordered.map((s) => s.item)),
    confidence: confidenceOf(best),
    entities: names,
  };
}

/** A chronological list: every dated mention in the matching passages, one line per date. */
function composeTimeline(kb: KnowledgeBase, q: ParsedQuestion, good: Scored[]): Composition {
  const events = new Set(q.eventTypes.flatMap((e) => (e === 'visit' ? ['visit', 'meeting'] : [e])));
  const pool = good.filter(
    (s) =>
      events.size === 0 ||
      (s.item.fact && events.has(s.item.fact.type)) ||
      s.item.annotation.concepts.some((c) => q.concepts.includes(c)),
  );
  const entries: { key: string; date: FuzzyDate; s: Scored }[] = [];
  for (const s of pool.slice(0, 40)) {
    const dates: FuzzyDate[] = [];
    if (s.item.annotation.date) dates.push(s.item.annotation.date);
    for (const m of s.item.annotation.dates) {
      if (dates.some((d) => dateSortKey(d) === dateSortKey(m.date))) continue;
      // A background date joins the timeline only when it dates a step of the asked event
      // ("санкции ..., введённые в 2021 году" for sanctions; not "осуждённых за события 2020 года" for releases).
      if (isBackgroundDate(s.item.sentence.text, m.start) && !datesStepOf(q, s.item, m.start)) continue;
      dates.push(m.date);
    }
    for (const d of dates) {
      if (d.year === undefined) continue;
      if ((q.date || q.range) && !dateFits(q, d)) continue;
      entries.push({ key: `${d.year}-${String(d.month ?? 0).padStart(2, '0')}`, date: d, s });
    }
  }
  const byMonth = new Map<string, { key: string; date: FuzzyDate; s: Scored }>();
  for (const e of entries) {
    const cur = byMonth.get(e.key);
    const better =
      !cur ||
      e.s.score > cur.s.score * 1.15 ||
      (e.s.score >= cur.s.score * 0.85 && precisionRank(e.date) < precisionRank(cur.date));
    if (better) byMonth.set(e.key, e);
  }
  const list = [...byMonth.values()]
    .filter((e) => e.s.score >= (pool[0]?.score ?? 0) * 0.35)
    .sort((a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)))
    .slice(0, 12);
  if (list.length === 0) return composePassages(kb, q, good, 3);
  return {
    answered: true,
    summary: `${LABELS[q.lang].timeline} ${list.map((e) => formatDate(e.date, q.lang)).join('; ')}`,
    quotes: list.map((e) => quoteOf(e.s.item, formatDate(e.date, q.lang))),
    factIds: factIds(list.map((e) => e.s.item)),
    confidence: confidenceOf(good[0] as Scored),
  };
}

/** "What happened in September 2025": the reported events of that period, in order. */
function composeDevelopments(_kb: KnowledgeBase, q: ParsedQuestion, good: Scored[]): Composition {
  const weigh = (s: Scored) => {
    const t = s.item.fact?.type;
    const eventful = t && t !== 'other' && t !== 'statement' ? 2 : 0;
    return (
      s.score +
      eventful +
      (s.item.annotation.counts.length ? 0.5 : 0) +
      (s.dateFit === 'fits' ? 1 : 0) -
      (isHedged(s.item) ? 1.5 : 0)
    );
  };
  const picked = [...good].sort((a, b) => weigh(b) - weigh(a)).slice(0, 6);
  const ordered = picked.sort(
    (a, b) =>
      dateSortKey(a.item.annotation.date as FuzzyDate).localeCompare(
        dateSortKey(b.item.annotation.date as FuzzyDate),
      ) ||
      a.item.sentence.sourceId.localeCompare(b.item.sentence.sourceId) ||
      a.item.sentence.index - b.item.sentence.index,
  );
  return {
    answered: true,
    summary: LABELS[q.lang].developments,
    quotes: ordered.map((s) =>
      quoteOf(s.item, s.item.annotation.date ? formatDate(s.item.annotation.date, q.lang) : undefined),
    ),
    factIds: factIds(ordered.map((s) => s.item)),
    confidence: confidenceOf(good[0] as Scored),
  };
}

/** "Why": the passage that gives a reason, found next to the best match when the match itself gives none. */
function composeWhy(kb: KnowledgeBase, q: ParsedQuestion, good: Scored[], ranked: Scored[]): Composition {
  const best = good[0] as Scored;
  if (best.item.annotation.concepts.includes('reason')) return composePassages(kb, q, good, 2);
  const near = (s: Scored) =>
    s.item.sentence.sourceId === best.item.sentence.sourceId &&
    Math.abs(s.item.sentence.paragraph - best.item.sentence.paragraph) <= 1;
  const reason = ranked.find(
    (s) =>
      s.coverage >= 0.25 && s.item.annotation.concepts.includes('reason') && (near(s) || s.coverage >= MIN_COVERAGE),
  );
  if (!reason) return composePassages(kb, q, good, 2);
  return {
    ...composePassages(kb, q, [reason, ...good.filter((s) => s !== reason)], 2),
    confidence: confidenceOf(reason),
  };
}

function composePassages(kb: KnowledgeBase, q: ParsedQuestion, good: Scored[], limit: number): Composition {
  const picked = bestPerSource(good, limit);
  const best = picked[0] as Scored;
  const date = best.item.annotation.date;
  return {
    answered: true,
    summary: LABELS[q.lang].sourcesSay,
    quotes: picked.map((s, i) => (i === 0 ? withNextSentence(kb, s.item) : quoteOf(s.item))),
    factIds: factIds(picked.map((s) => s.item)),
    confidence: confidenceOf(best),
    ...(date ? { date } : {}),
  };
}

/** Passages are quoted with the sentence after them when it continues the same paragraph: the detail often follows. */
function withNextSentence(kb: KnowledgeBase, item: IndexedSentence): QuoteRef {
  const ref = quoteOf(item);
  const next = kb.index.byId.get(`${item.sentence.sourceId}#${item.sentence.index + 1}`);
  if (!next || next.sentence.paragraph !== item.sentence.paragraph) return ref;
  if (next.sentence.end - ref.start > 600) return ref;
  return { ...ref, end: next.sentence.end };
}

