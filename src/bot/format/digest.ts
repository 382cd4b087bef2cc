import type { Digest, DigestItem } from '../../knowledge/digest/compose-digest.ts';
import { formatFuzzyDate } from '../../knowledge/digest/fuzzy-date-order.ts';
import type { Lang } from '../../knowledge/types.ts';
import { blockquote, bold, collapseWhitespace, escapeHtml, italic } from './html.ts';
import { displayQuote } from './timeline.ts';

/** Telegram's limit on one message's text. */
export const TELEGRAM_TEXT_LIMIT = 4096;
/** Quotes longer than this are cut at a word boundary; the part shown is still verbatim (folded for display). */
const QUOTE_MAX = 280;

export interface RenderOptions {
  /** Heading line, e.g. the subscription's name; escaped here. */
  title?: string;
  limit?: number;
}

/**
 * A typed digest (from the knowledge layer) as one Telegram HTML message. One message, never several:
 * a digest is then delivered (and marked) as a unit, so a crash can repeat it at most once but never
 * leave half of it. Per topic: one line per development and its quote; what the briefing left out,
 * or what did not fit, is named with the command that shows it (/timeline <topic>).
 */
export function renderDigestHtml(digest: Digest, options: RenderOptions = {}): string {
  const limit = options.limit ?? TELEGRAM_TEXT_LIMIT;
  const t = TEXTS[digest.lang];
  const head = [
    bold(escapeHtml(digest.kind === 'briefing' ? t.briefing : digest.kind === 'update' ? t.update : t.nothingNew)),
  ];
  if (options.title) head.push(escapeHtml(options.title));
  if (digest.kind === 'nothing-new') return head.join('\n');
  const blocks: string[] = [head.join('\n')];
  let length = blocks[0]?.length ?? 0;
  const reserve = 160; // room for the closing "more" lines
  let cut = false;
  const more: string[] = [];
  // One topic named in the title already: no heading repeating it.
  const single = digest.sections.length === 1 && digest.sections[0]?.topic.label === options.title;
  for (const section of digest.sections) {
    const heading = single ? '' : `\n${bold(escapeHtml(section.topic.label))}`;
    let shown = 0;
    for (const item of section.items) {
      const block = renderItem(item, digest.lang);
      const add = (shown === 0 && heading ? heading.length + 1 : 0) + block.length + 2;
      if (cut || length + add + reserve > limit) {
        cut = true;
        break;
      }
      if (shown === 0 && heading) blocks.push(heading);
      blocks.push(block);
      length += add;
      shown++;
    }
    const left = section.items.length - shown + section.omitted;
    if (left > 0) more.push(t.more(left, section.topic.label));
  }
  if (more.length > 0) {
    let tail = '';
    for (const line of more) {
      const next = `${tail}\n${italic(escapeHtml(line))}`;
      if (length + next.length > limit) break;
      tail = next;
    }
    blocks.push(tail);
  }
  return blocks.join('\n');
}

function renderItem(item: DigestItem, lang: Lang): string {
  const date = formatFuzzyDate(item.date, lang);
  const line = `• ${date ? `${italic(escapeHtml(date))} — ` : ''}${escapeHtml(item.summary)}`;
  const source = [collapseWhitespace(item.citation.title), item.citation.published].filter(Boolean).join(', ');
  return `${line}\n${blockquote(escapeHtml(displayQuote(item.citation.quote, QUOTE_MAX)))}— ${escapeHtml(source)}`;
}

const TEXTS = {
  en: {
    briefing: 'Briefing: key developments',
    update: 'What is new',
    nothingNew: 'Nothing new since the last digest.',
    more: (n: number, topic: string) => `${topic}: ${n} more — /timeline ${topic}`,
  },
  ru: {
    briefing: 'Брифинг: главное',
    update: 'Что нового',
    nothingNew: 'С прошлого дайджеста ничего нового.',
    more: (n: number, topic: string) => `${topic}: ещё ${n} — /timeline ${topic}`,
  },
} as const;
