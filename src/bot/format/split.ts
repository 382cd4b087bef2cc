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
  let stack: OpenTag[] = [];
  let closers = 0;
  for (const m of html.matchAll(TAG)) {
    const name = (m[1] as string).toLowerCase();
    const open = !m[0].startsWith('</');
    if (open) closers += name.length + 3;
    stack = applyToken(stack, { kind: open ? 'open' : 'close', text: m[0], name });
  }
  return stack.length === 0 && html.length + closers <= limit;
}

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

function hasVisibleText(html: string): boolean {
  return /\S/.test(html.replace(/<[^<>]*>/g, ''));
}

function trimChunk(html: string): string {
  // Whitespace right after the opening tags or before the closing tags; tags themselves stay intact.
  const dropSpaces = (edge: string) => edge.replace(/(<[^<>]*>)|\s+/g, (_m, tag: string | undefined) => tag ?? '');
  return html.replace(/^(?:\s|<[^<>]*>)*/, dropSpaces).replace(/(?:\s|<\/[^<>]*>)*$/, dropSpaces);
}
