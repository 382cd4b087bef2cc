import type { ChronologyEvent } from '../../knowledge/digest/chronology.ts';
import type { Lang } from '../../knowledge/index.ts';
import { blockquote, bold, collapseWhitespace, escapeHtml, italic, stripMarkdownLinks, truncate } from './html.ts';

/** Events per message; a "More" button brings the next ones. */
export const TIMELINE_PAGE_SIZE = 8;
/** Quotes longer than this are cut at a word boundary (the full one is behind the source's context). */
const QUOTE_MAX = 300;

/**
 * One page of a chronology as Telegram HTML: a heading, then per event
 * "<b>date</b> — what happened (who, how many)", its quote, and the source.
 */
export function formatTimelinePage(
  events: readonly ChronologyEvent[],
  page: { offset: number; title: string; order: 'oldest' | 'newest'; lang: Lang },
): string {
  const t = TEXTS[page.lang];
  const shown = events.slice(page.offset, page.offset + TIMELINE_PAGE_SIZE);
  const head =
    page.offset === 0
      ? `${bold(escapeHtml(page.title))}\n${italic(escapeHtml(t.summary(events.length, page.order)))}`
      : italic(
          escapeHtml(t.continued(page.offset + 1, Math.min(events.length, page.offset + shown.length), events.length)),
        );
  const blocks = shown.map((e) => {
    const source = `${collapseWhitespace(e.citation.title)}${e.citation.published ? `, ${e.citation.published}` : ''}`;
    const more = e.sources > 1 ? ` ${t.moreSources(e.sources - 1)}` : '';
    return `${bold(escapeHtml(e.dateText))} — ${escapeHtml(e.line)}\n${blockquote(escapeHtml(displayQuote(e.citation.quote)))}\n${italic(escapeHtml(source))}${escapeHtml(more)}`;
  });
  return [head, ...blocks].join('\n\n');
}

/**
 * A stored quote as a reader should see it: markdown link markup and hard line breaks folded,
 * cut at a word boundary. Presentation only: the stored quote stays verbatim.
 */
export function displayQuote(quote: string, max = QUOTE_MAX): string {
  return truncate(collapseWhitespace(stripMarkdownLinks(quote)), max);
}

export function timelineTitle(lang: Lang, topicLabel: string | undefined): string {
  return topicLabel ? TEXTS[lang].titleTopic(topicLabel) : TEXTS[lang].titleAll;
}

const TEXTS = {
  en: {
    titleAll: 'Timeline: US–Belarus relations',
    titleTopic: (topic: string) => `Timeline: ${topic}`,
    summary: (n: number, order: 'oldest' | 'newest') =>
      `${n} event${n === 1 ? '' : 's'}, ${order === 'oldest' ? 'oldest' : 'newest'} first`,
    continued: (from: number, to: number, of: number) => `Events ${from}–${to} of ${of}`,
    moreSources: (n: number) => `(+${n} more source${n === 1 ? '' : 's'})`,
  },
  ru: {
    titleAll: 'Хронология: отношения США и Беларуси',
    titleTopic: (topic: string) => `Хронология: ${topic}`,
    summary: (n: number, order: 'oldest' | 'newest') =>
      `Событий: ${n}, сначала ${order === 'oldest' ? 'ранние' : 'последние'}`,
    continued: (from: number, to: number, of: number) => `События ${from}–${to} из ${of}`,
    moreSources: (n: number) => `(ещё источников: ${n})`,
  },
} as const;
