/**
 * What Telegram accepts as parse_mode HTML, checked independently of the code under test:
 * only the documented tags, balanced and properly nested, only the four named entities or numeric ones,
 * no raw "<" or "&", no lone surrogates, and some visible text.
 */
const ALLOWED_TAGS = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'a',
  'code',
  'pre',
  'blockquote',
  'tg-spoiler',
  'span',
  'tg-emoji',
]);

export function telegramHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const re = /<(\/?)([a-z-]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*>|&(#\d+|#x[0-9a-f]+|lt|gt|amp|quot);|[<>&]/gi;
  for (const m of html.matchAll(re)) {
    const [whole, slash, name] = m;
    if (name) {
      const tag = name.toLowerCase();
      if (!ALLOWED_TAGS.has(tag)) problems.push(`tag <${tag}> is not supported`);
      if (slash) {
        const open = stack.pop();
        if (open !== tag) problems.push(`</${tag}> closes <${open ?? 'nothing'}>`);
      } else {
        if (tag === 'blockquote' && stack.includes('blockquote')) problems.push('nested blockquote');
        stack.push(tag);
      }
    } else if (m[4] === undefined) {
      problems.push(`raw "${whole}" at ${m.index}`);
    }
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(html))
    problems.push('lone surrogate');
  if (!/\S/.test(html.replace(/<[^>]*>/g, ''))) problems.push('no visible text');
  return problems;
}
