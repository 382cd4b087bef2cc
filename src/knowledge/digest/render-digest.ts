import type { Lang } from '../types.ts';
import type { Digest, DigestItem } from './compose-digest.ts';
import { formatFuzzyDate } from './fuzzy-date-order.ts';

/** Telegram's limit on one message's text. */
export const TELEGRAM_TEXT_LIMIT = 4096;
/** Quotes longer than this are cut at a word boundary; the part shown is still verbatim. */
const QUOTE_MAX = 280;

export interface RenderOptions {
  /** Heading line, e.g. the subscription's name; escaped here. */
  title?: string;
  limit?: number;
}

/**
 * A digest as one Telegram HTML message. One message, never several: a digest is then delivered
 * (and marked) as a unit, so a crash can repeat it at most once but never leave half of it.
 * Items that do not fit are counted in a closing line instead of being split into a second message.
 */
export function renderDigestHtml(digest: Digest, options: RenderOptions = {}): string {
  const limit = options.limit ?? TELEGRAM_TEXT_LIMIT;
  const t = TEXTS[digest.lang];
  const head = [
    `<b>${escapeHtml(digest.kind === 'briefing' ? t.briefing : digest.kind === 'update' ? t.update : t.nothingNew)}</b>`,
  ];
  if (options.title) head.push(escapeHtml(options.title));
  if (digest.kind === 'nothing-new') return head.join('\n');
  const blocks: string[] = [head.join('\n')];
  let length = blocks[0]?.length ?? 0;
  let left = digest.sections.reduce((n, s) => n + s.items.length + s.omitted, 0);
  const reserve = 80; // room for the "and N more" line
  outer: for (const section of digest.sections) {
    const heading = `\n<b>${escapeHtml(section.topic.label)}</b>`;
    let headingShown = false;
    for (const item of section.items) {
      const block = renderItem(item, digest.lang);
      const add = (headingShown ? 0 : heading.length + 1) + block.length + 2;
      if (length + add + reserve > limit) break outer;
      if (!headingShown) {
        blocks.push(heading);
        length += heading.length + 1;
        headingShown = true;
      }
      blocks.push(block);
      length += block.length + 2;
      left--;
    }
  }
  if (left > 0) blocks.push(`\n<i>${escapeHtml(t.more(left))}</i>`);
  return blocks.join('\n');
}

function renderItem(item: DigestItem, lang: Lang): string {
  const date = formatFuzzyDate(item.date, lang);
  const line = `• ${date ? `<i>${escapeHtml(date)}</i> — ` : ''}${escapeHtml(item.summary)}`;
  const source = [item.citation.title, item.citation.published].filter(Boolean).join(', ');
  return `${line}\n<blockquote>${escapeHtml(shortQuote(item.citation.quote))}</blockquote>— ${escapeHtml(source)}`;
}

function shortQuote(quote: string): string {
  // Verbatim, line breaks included: the quote is the proof, so it is cut but never rewritten.
  if (quote.length <= QUOTE_MAX) return quote;
  const cut = quote.slice(0, QUOTE_MAX);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > QUOTE_MAX / 2 ? space : QUOTE_MAX)} …`;
}

/** Escapes for Telegram HTML and drops what Telegram refuses (control characters other than tab and newline). */
export function escapeHtml(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const TEXTS = {
  en: {
    briefing: 'Briefing: key developments',
    update: 'What is new',
    nothingNew: 'Nothing new since the last digest.',
    more: (n: number) => `…and ${n} more. Ask me about them.`,
  },
  ru: {
    briefing: 'Брифинг: главное',
    update: 'Что нового',
    nothingNew: 'С прошлого дайджеста ничего нового.',
    more: (n: number) => `…и ещё ${n}. Спросите меня о них.`,
  },
} as const;
