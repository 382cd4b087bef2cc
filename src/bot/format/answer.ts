import type { Answer, Citation, Passage, SourceMeta } from '../../knowledge/index.ts';
import { blockquote, bold, collapseWhitespace, escapeHtml, italic, stripMarkdownLinks } from './html.ts';

/** Interface strings the formatters need; a subset of ctx.t so formatting stays free of grammY. */
export type Translate = (
  key: 'answer.unknownDate' | 'answer.moreSources' | 'answer.context' | 'inline.noAnswer',
  params?: Record<string, string | number>,
) => string;

/** Citations shown under an answer at once; the rest come with the "other sources" button. */
export const CITATIONS_PER_MESSAGE = 3;

/**
 * An answer as Telegram HTML: the short answer in bold, then each citation as a blockquote with
 * its source's title and date. Uses only the structured fields (summary, citations); never re-derives facts.
 */
export function formatAnswer(answer: Answer, t: Translate, options: { maxCitations?: number } = {}): string {
  const max = options.maxCitations ?? CITATIONS_PER_MESSAGE;
  const headline = answer.summary.trim() || answer.text.trim();
  const parts = [headline ? bold(escapeHtml(headline)) : escapeHtml(t('inline.noAnswer'))];
  const shown = answer.citations.slice(0, max);
  for (const [i, citation] of shown.entries()) parts.push(formatCitation(citation, i + 1, t));
  const hidden = answer.citations.length - shown.length;
  if (hidden > 0) parts.push(italic(t('answer.moreSources', { count: hidden })));
  return parts.join('\n\n');
}

/** Citations after the first page, numbered on from where the answer stopped. */
export function formatMoreCitations(answer: Answer, t: Translate, from = CITATIONS_PER_MESSAGE): string {
  return answer.citations
    .slice(from)
    .map((citation, i) => formatCitation(citation, from + i + 1, t))
    .join('\n\n');
}

/** One citation: the verbatim quote (whitespace collapsed for display) and "[n] Title, date". */
export function formatCitation(citation: Citation, number: number, t: Translate): string {
  const quote = collapseWhitespace(stripMarkdownLinks(citation.quote));
  return `${blockquote(escapeHtml(quote))}\n[${number}] ${formatSourceLine(citation.title, citation.published, t)}`;
}

/** "<i>Title</i>, 2025-06-21" (or "date unknown"). */
export function formatSourceLine(title: string, published: string | null, t: Translate): string {
  return `${italic(escapeHtml(collapseWhitespace(title)))}, ${escapeHtml(published ?? t('answer.unknownDate'))}`;
}

/**
 * The paragraph around a quote, with the quoted span in bold. Offsets are the knowledge layer's
 * (UTF-16 units in the original file), so the three parts are cut before any whitespace is collapsed.
 */
export function formatPassage(
  passage: Passage,
  quote: { start: number; end: number },
  source: SourceMeta | undefined,
  t: Translate,
): string {
  const from = Math.max(quote.start, passage.start) - passage.start;
  const to = Math.min(quote.end, passage.end) - passage.start;
  const show = (text: string) => escapeHtml(stripMarkdownLinks(text).replace(/\s+/g, ' '));
  const body =
    from < to
      ? `${show(passage.text.slice(0, from))}${bold(show(passage.text.slice(from, to)))}${show(passage.text.slice(to))}`
      : show(passage.text);
  const header = t('answer.context', {
    title: collapseWhitespace(source?.title ?? passage.sourceId),
    date: source?.published ?? t('answer.unknownDate'),
  });
  return `${header}\n${blockquote(body.trim())}`;
}
