/**
 * "According to the analyst …", "по словам освобождённой журналистки …", "per Vendt …": a question that
 * names whose account it asks for. The document that account is in introduces its speaker or author
 * early (in its title, byline or lead: "Журналистка … Вендт вышла на свободу", "By Anna Kestova,
 * analyst"), so sentences of documents whose title and first sentences have the attribution's words
 * move up. The answer still comes from what the sentences say.
 */
import type { AnalyzedQuestion, QuestionTerm } from './analyze.ts';
import { byRank, type RankedSentence } from './retrieve.ts';
import type { SentenceIndex } from './sentence-index.ts';
import { TUNING } from './tuning.ts';

/** The phrase naming a source: from its cue to the next comma, question mark or end. */
const ATTRIBUTION =
  /(?<![\p{L}])(according to|(?<=^\s*|[,;]\s*)per(?=\s+(?!(?:month|day|week|year|hour|unit|cent|capita|person|head)(?![\p{L}])))|in the (?:view|opinion|words) of|as told by|по (?:словам|мнению|данным|оценке|оценкам|информации|версии|подсчётам|подсчетам)|согласно|как (?:считает|считают|говорит|пишет|сообщает|утверждает))\s+([^,?;:]+)/iu;
/** "In the analyst's view", "in Vendt's opinion": the source before its noun. */
const POSSESSIVE_VIEW =
  /(?<![\p{L}])in\s+((?:the\s+)?[\p{L}'’. -]+?)['’]s?\s+(?:view|opinion|words|account)(?![\p{L}])/iu;

/** How many first sentences of a document count as its lead. */
const LEAD_SENTENCES = 3;

/** The question terms inside its attribution phrase, if it has one. */
export function attributionTerms(q: AnalyzedQuestion): QuestionTerm[] {
  const m = ATTRIBUTION.exec(q.text) ?? POSSESSIVE_VIEW.exec(q.text);
  if (!m) return [];
  const phrase = m[m.length - 1] as string;
  const from = m.index + m[0].length - phrase.length;
  const to = m.index + m[0].length;
  return q.terms.filter((t) => {
    const token = q.tokens[t.position];
    return token !== undefined && token.start >= from && token.end <= to && t.weight > 0 && !t.unknown;
  });
}

const leadsCache = new WeakMap<SentenceIndex, Map<number, number[]>>();

/** The first sentences of each source (by its number), found once per index. */
function leadsOf(index: SentenceIndex): Map<number, number[]> {
  let leads = leadsCache.get(index);
  if (leads) return leads;
  leads = new Map();
  const sources = index.columns.source;
  for (let n = 0; n < sources.length; n++) {
    const s = sources[n] as number;
    if (s < 0) continue;
    const lead = leads.get(s) ?? [];
    if (lead.length < LEAD_SENTENCES) {
      lead.push(n);
      leads.set(s, lead);
    }
  }
  leadsCache.set(index, leads);
  return leads;
}

/** Whether a source (by its number) has one of the term's features in its title, headings or lead. */
function introduces(index: SentenceIndex, source: number, t: QuestionTerm): boolean {
  const lead = leadsOf(index).get(source) ?? [];
  const first = index.sentences[lead[0] ?? -1];
  const headings = first ? index.sourceFeatures.get(first.source.id) : undefined;
  return t.features.some(
    (f) =>
      headings?.has(f) || lead.some((k) => (index.sentences[k] as (typeof index.sentences)[number]).features.has(f)),
  );
}

/** Sentences of the documents the question attributes its account to, moved up. */
export function favourAttributed(
  q: AnalyzedQuestion,
  index: SentenceIndex,
  ranked: RankedSentence[],
): RankedSentence[] {
  const terms = attributionTerms(q);
  if (terms.length === 0 || TUNING.attributionFactor === 1) return ranked;
  // A word every document introduces ("freed" in a storyline of releases) tells none of them apart.
  const sources = [...leadsOf(index).keys()];
  const telling = terms.filter((t) => !sources.every((s) => introduces(index, s, t)));
  if (telling.length === 0) return ranked;
  const shares = new Map<number, number>();
  const shareOf = (r: RankedSentence) => {
    const source = index.columns.source[r.entry.n] as number;
    let share = shares.get(source);
    if (share === undefined) {
      share = source < 0 ? 0 : telling.filter((t) => introduces(index, source, t)).length / telling.length;
      shares.set(source, share);
    }
    return share;
  };
  return ranked
    .map((r) => {
      const share = shareOf(r);
      return share > 0 ? { ...r, score: r.score * (1 + (TUNING.attributionFactor - 1) * share) } : r;
    })
    .sort(byRank);
}
