/**
 * Telegram HTML primitives. Everything that comes from a user or a document goes through escapeHtml.
 */

/** Escapes text for Telegram HTML and removes what Telegram rejects (control characters, lone surrogates). */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"]/g, (c) => HTML_ESCAPES[c] ?? c);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const NEEDS_CLEANING = /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/;

/**
 * Makes any string safe to send: lone UTF-16 surrogates (not encodable as UTF-8) become U+FFFD,
 * control characters other than tab and newline are dropped, CRLF becomes LF.
 */
export function cleanText(text: string): string {
  // Most text has none of these: one test instead of three passes that copy it.
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARACTERS, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Collapses runs of whitespace (quotes keep the file's line breaks; a message should not). */
export function collapseWhitespace(text: string): string {
  // Only runs that are not already one space change; a quote is mostly single spaces between words.
  return (LONGER_THAN_ONE_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

const LONGER_THAN_ONE_SPACE = /[^\S ]| {2}/;

/**
 * Removes markdown link markup from a quote for display: "[text](https://...)" → "text".
 * The quote stays verbatim in the data; this is presentation only.
 */
export function stripMarkdownLinks(text: string): string {
  if (!text.includes('](')) return text;
  return text.replace(/\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, '$1');
}

export const bold = (html: string): string => `<b>${html}</b>`;
export const italic = (html: string): string => `<i>${html}</i>`;
export const code = (html: string): string => `<code>${html}</code>`;
export const blockquote = (html: string): string => `<blockquote>${html}</blockquote>`;

/** Cuts plain text to at most `max` characters at a word boundary, adding "…"; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}
