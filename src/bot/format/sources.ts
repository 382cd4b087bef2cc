import { eventName } from '../../knowledge/digest/chronology.ts';
import { formatFuzzyDate } from '../../knowledge/digest/fuzzy-date-order.ts';
import type { Fact, Lang, SourceMeta } from '../../knowledge/index.ts';
import type { MessageKey } from '../i18n.ts';
import { blockquote, bold, code, collapseWhitespace, escapeHtml } from './html.ts';
import { displayQuote } from './timeline.ts';

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

/**
 * /source <id>: the document's metadata and what was read from it: one line per sentence that
 * reports something ("date — visit, talks" in the reader's language), its quote once. Facts read
 * from the same sentence with the same date are one line, not one line each.
 */
export function formatSource(source: SourceMeta, facts: readonly Fact[], t: Translate, lang: Lang): string {
  const meta = [
    `${bold(escapeHtml(collapseWhitespace(source.title)))} (${code(escapeHtml(source.id))})`,
    describeSource(source, t),
    source.url ? escapeHtml(source.url) : '',
  ].filter(Boolean);
  const entries = sourceEntries(source.id, facts, lang);
  if (entries.length === 0) return [...meta, '', t('source.noFacts')].join('\n');
  const shown = entries.slice(0, FACTS_PER_SOURCE).map(formatEntry);
  const rest = entries.length - shown.length;
  return [
    ...meta,
    '',
    t('source.facts', { count: entries.length }),
    '',
    shown.join('\n\n'),
    rest > 0 ? `\n${t('source.moreFacts', { count: rest })}` : '',
  ]
    .join('\n')
    .trim();
}

interface SourceEntry {
  /** As precisely as the fact is dated, in the reader's language; empty when undated. */
  date: string;
  what: string[];
  quote: string;
  start: number;
}

function sourceEntries(sourceId: string, facts: readonly Fact[], lang: Lang): SourceEntry[] {
  const entries = new Map<string, SourceEntry>();
  for (const fact of facts) {
    const evidence = fact.evidence.find((e) => e.sourceId === sourceId);
    if (!evidence) continue;
    const date = formatFuzzyDate(fact.date, lang) ?? '';
    const key = `${evidence.start}:${evidence.end}:${date}`;
    const what = eventName(fact.type, fact.sanctionAction, lang).toLowerCase();
    const entry = entries.get(key);
    if (entry && !entry.what.includes(what)) entry.what.push(what);
    if (!entry) entries.set(key, { date, what: [what], quote: evidence.quote, start: evidence.start });
  }
  // In the document's order: a reader can follow it alongside.
  return [...entries.values()].sort((a, b) => a.start - b.start);
}

/** "<b>21 Jun 2025</b> — visit, talks" and the quote, folded for display. */
function formatEntry(entry: SourceEntry): string {
  const head = `${entry.date ? `${bold(escapeHtml(entry.date))} — ` : ''}${escapeHtml(entry.what.join(', '))}`;
  return `${head}\n${blockquote(escapeHtml(displayQuote(entry.quote)))}`;
}

function describeSource(s: SourceMeta, t: Translate): string {
  const parts = [s.published ?? t('answer.unknownDate'), s.publisher ?? s.author ?? '', s.lang];
  return escapeHtml(parts.filter(Boolean).join(', '));
}
