import type { Fact, FuzzyDate, SourceMeta } from '../../knowledge/index.ts';
import type { MessageKey } from '../i18n.ts';
import { blockquote, bold, code, collapseWhitespace, escapeHtml, stripMarkdownLinks, truncate } from './html.ts';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Facts listed by /source; the rest are counted. Keeps the reply to a couple of messages. */
export const FACTS_PER_SOURCE = 15;

/** /sources: one line per document with its id, title, date and publisher. */
export function formatSourceList(sources: readonly SourceMeta[], t: Translate): string {
  if (sources.length === 0) return t('sources.empty');
  const lines = sources.map(
    (s) => `${code(escapeHtml(s.id))} ${bold(escapeHtml(collapseWhitespace(s.title)))} — ${describeSource(s, t)}`,
  );
  return [t('sources.header', { count: sources.length }), ...lines, '', t('sources.hint')].join('\n');
}

/** /source <id>: the document's metadata and the facts extracted from it, each with its quote. */
export function formatSource(source: SourceMeta, facts: readonly Fact[], t: Translate): string {
  const meta = [
    `${bold(escapeHtml(collapseWhitespace(source.title)))} (${code(escapeHtml(source.id))})`,
    describeSource(source, t),
    source.url ? escapeHtml(source.url) : '',
  ].filter(Boolean);
  if (facts.length === 0) return [...meta, '', t('source.noFacts')].join('\n');
  const shown = facts.slice(0, FACTS_PER_SOURCE).map((fact) => formatFact(fact, source.id));
  const rest = facts.length - shown.length;
  return [
    ...meta,
    '',
    t('source.facts', { count: facts.length }),
    '',
    shown.join('\n\n'),
    rest > 0 ? `\n${t('source.moreFacts', { count: rest })}` : '',
  ]
    .join('\n')
    .trim();
}

function describeSource(s: SourceMeta, t: Translate): string {
  const parts = [s.published ?? t('answer.unknownDate'), s.publisher ?? s.author ?? '', s.lang];
  return escapeHtml(parts.filter(Boolean).join(', '));
}

/** "2025-06-21 · visit" and the fact's first quote from this source. */
function formatFact(fact: Fact, sourceId: string): string {
  const evidence = fact.evidence.find((e) => e.sourceId === sourceId) ?? fact.evidence[0];
  const head = [
    fact.date ? formatFuzzyDate(fact.date) : '',
    fact.sanctionAction ? `${fact.type} (${fact.sanctionAction})` : fact.type,
  ]
    .filter(Boolean)
    .join(' · ');
  const quote = evidence
    ? blockquote(escapeHtml(truncate(collapseWhitespace(stripMarkdownLinks(evidence.quote)), 300)))
    : '';
  return `${bold(escapeHtml(head))}\n${quote}`.trim();
}

/** A date as precisely as it is known: "2025-06-21", "2025-06", "early 2025-11", "autumn 2025", "2025". */
export function formatFuzzyDate(date: FuzzyDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = date.year !== undefined ? String(date.year) : '?';
  switch (date.precision) {
    case 'day':
      return date.month && date.day ? `${year}-${pad(date.month)}-${pad(date.day)}` : year;
    case 'part-of-month':
      return `${date.part ?? ''} ${year}-${date.month ? pad(date.month) : '??'}`.trim();
    case 'month':
      return date.month ? `${year}-${pad(date.month)}` : year;
    case 'season':
      return `${date.season ?? ''} ${year}`.trim();
    case 'year':
      return year;
  }
}
