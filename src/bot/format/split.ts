/**
 * Splits Telegram HTML into messages of at most `limit` characters.
 * Prefers paragraph breaks, then line breaks, then spaces; never cuts inside a tag or an entity,
 * never splits a surrogate pair, and closes open tags at the end of a chunk and reopens them in the next.
 */

export const TELEGRAM_MESSAGE_LIMIT = 4096;

export function splitHtml(html: string, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  // Most messages fit: then the only work is the trim (the same result as splitting, see the tests).
  if (fitsWhole(html, limit)) return hasVisibleText(html) ? [trimChunk(html)] : [];
  return splitByTokens(html, limit);
}

/** The splitter itself, a token per UTF-16 unit; exported for the tests that compare it with the fast path. */
export function splitByTokens(html: string, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const tokens = tokenize(html);
  const chunks: string[] = [];
  let start = 0;
  let stack: OpenTag[] = [];
  while (start < tokens.length) {
    const { end, stackAtEnd } = takeChunk(tokens, start, stack, limit);
    const body = tokens
      .slice(start, end)
      .map((t) => t.text)
      .join('');
    const chunk = stack.map((t) => t.open).join('') + body + closing(stackAtEnd);
    if (hasVisibleText(chunk)) chunks.push(trimChunk(chunk));
    start = end;
    stack = stackAtEnd;
    // Whitespace at the start of the next chunk would only show as an empty line.
    while (start < tokens.length && tokens[start]?.kind === 'text' && /^\s$/.test(tokens[start]?.text ?? '')) start++;
  }
  return chunks;
}

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?>/g;

/**
 * The message is one chunk as it is: every tag is closed by its end (nothing for the splitter to add) and
 * it fits even with the closing tags the splitter counts at each step (at most one per opening tag).
 */
function fitsWhole(html: string, limit: number): boolean {
  if (html.length > limit) return false;
  if (!html.includes('<')) return true;
  // Names only, popped in place: this runs for every message; the splitter's copied stacks are for the rare long one.
  const open: string[] = [];
  let closers = 0;
  for (const m of html.matchAll(TAG)) {
    const name = (m[1] as string).toLowerCase();
    if (m[0].charCodeAt(1) !== SLASH) {
      closers += name.length + 3;
      open.push(name);
    } else {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
    }
  }
  return open.length === 0 && html.length + closers <= limit;
}

const SLASH = 0x2f;

interface Token {
  kind: 'open' | 'close' | 'text';
  text: string;
  /** Tag name for open/close tokens. */
  name?: string;
}

interface OpenTag {
  name: string;
  open: string;
}

// A tag, an entity, a surrogate pair or one UTF-16 unit: the pieces a cut may fall between.
const TOKEN =
  /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g;

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  for (const m of html.matchAll(TOKEN)) {
    const text = m[0];
    const name = m[1]?.toLowerCase();
    if (name === undefined) tokens.push({ kind: 'text', text });
    else tokens.push({ kind: text.startsWith('</') ? 'close' : 'open', text, name });
  }
  return tokens;
}

/** How good a cut after token i is: 3 paragraph break, 2 line break, 1 space, 0 anywhere else. */
function breakQuality(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (t?.kind !== 'text') return t?.kind === 'close' && t.name === 'blockquote' ? 2 : 0;
  if (t.text === '\n') return tokens[i - 1]?.text === '\n' ? 3 : 2;
  return /^\s$/.test(t.text) ? 1 : 0;
}

function takeChunk(
  tokens: Token[],
  start: number,
  initialStack: OpenTag[],
  limit: number,
): { end: number; stackAtEnd: OpenTag[] } {
  const stack = [...initialStack];
  let length = initialStack.reduce((n, t) => n + t.open.length, 0);
  // Best cut seen so far per quality: token index after which to cut, and the stack there.
  const best: ({ end: number; stack: OpenTag[] } | undefined)[] = [undefined, undefined, undefined, undefined];
  let i = start;
  for (; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const nextStack = applyToken(stack, token);
    const needed = length + token.text.length + closing(nextStack).length;
    if (needed > limit && i > start) break;
    length += token.text.length;
    stack.splice(0, stack.length, ...nextStack);
    best[breakQuality(tokens, i)] = { end: i + 1, stack: [...stack] };
  }
  if (i >= tokens.length) return { end: tokens.length, stackAtEnd: stack };
  // Prefer the best kind of cut, unless it would leave a chunk shorter than a quarter of the limit.
  const minEnd = start + 1;
  for (let q = 3; q >= 0; q--) {
    const cut = best[q];
    if (cut && cut.end >= minEnd && cutLength(tokens, start, cut.end) >= limit / 4) {
      return { end: cut.end, stackAtEnd: cut.stack };
    }
  }
  return { end: i, stackAtEnd: stack };
}

function applyToken(stack: OpenTag[], token: Token): OpenTag[] {
  if (token.kind === 'open' && token.name) return [...stack, { name: token.name, open: token.text }];
  if (token.kind === 'close') {
    const at = stack.map((t) => t.name).lastIndexOf(token.name ?? '');
    if (at >= 0) return stack.slice(0, at);
  }
  return stack;
}

function closing(stack: OpenTag[]): string {
  return stack
    .map((t) => `</${t.name}>`)
    .reverse()
    .join('');
}

function cutLength(tokens: Token[], start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n += tokens[i]?.text.length ?? 0;
  return n;
}

/** Is there a character other than whitespace outside the tags? A scan: most messages answer at their first letter. */
export function hasVisibleText(html: string): boolean {
  for (let i = 0; i < html.length; i++) {
    const c = html[i] as string;
    if (c === '<') {
      const close = tagEnd(html, i);
      if (close >= 0) {
        i = close;
        continue;
      }
    }
    if (!WHITESPACE.test(c)) return true;
  }
  return false;
}

const WHITESPACE = /\s/;

/** Where the tag "<...>" starting at `lt` ends (its ">"), or -1 when no ">" comes before the next "<". */
function tagEnd(html: string, lt: number): number {
  const gt = html.indexOf('>', lt + 1);
  if (gt < 0) return -1;
  const nextLt = html.indexOf('<', lt + 1);
  return nextLt >= 0 && nextLt < gt ? -1 : gt;
}

/** Drops whitespace right after the opening tags and before the closing tags; tags themselves stay intact. */
export function trimChunk(html: string): string {
  const head = leadingEdge(html);
  const tail = trailingEdge(html, head);
  if (head === 0 && tail === html.length) return html;
  return dropSpaces(html.slice(0, head)) + html.slice(head, tail) + dropSpaces(html.slice(tail));
}

/** End of the run of whitespace and tags at the start. */
function leadingEdge(html: string): number {
  let i = 0;
  while (i < html.length) {
    const c = html[i] as string;
    if (c === '<') {
      const close = tagEnd(html, i);
      if (close < 0) break;
      i = close + 1;
    } else if (WHITESPACE.test(c)) i++;
    else break;
  }
  return i;
}

/**
 * Start of the run of whitespace and closing tags at the end, read backwards (not a regex anchored
 * at "$", which tries again from every position and is quadratic in the number of tags and spaces).
 */
function trailingEdge(html: string, from: number): number {
  let i = html.length;
  while (i > from) {
    const c = html[i - 1] as string;
    if (c === '>') {
      const lt = html.lastIndexOf('<', i - 2);
      if (lt < from || html.charCodeAt(lt + 1) !== SLASH || html.indexOf('>', lt) !== i - 1) break;
      i = lt;
    } else if (WHITESPACE.test(c)) i--;
    else break;
  }
  return i;
}

function dropSpaces(edge: string): string {
  return edge.replace(/(<[^<>]*>)|\s+/g, (_m, tag: string | undefined) => tag ?? '');
}
