/**
 * Telegram HTML made readable in a terminal: tags stripped, blockquotes indented with a bar,
 * links shown with their address, entities decoded. ANSI bold/italic only when `color` is on.
 */
export function renderHtml(html: string, options: { color?: boolean } = {}): string {
  const style = (code: string) => (options.color ? `\u001b[${code}m` : '');
  const withQuotes = html.replace(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/g, (_m, body: string) =>
    body
      .split('\n')
      .map((line) => `  ┃ ${line}`)
      .join('\n'),
  );
  return decodeEntities(
    withQuotes
      .replace(/<a\s+href="([^"]*)"\s*>([\s\S]*?)<\/a>/g, '$2 ($1)')
      .replace(/<(b|strong)>/g, style('1'))
      .replace(/<(i|em)>/g, style('3'))
      .replace(/<\/(b|strong|i|em)>/g, style('0'))
      .replace(/<[^>]+>/g, ''),
  );
}

function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|quot|amp|#\d+|#x[0-9a-f]+);/gi, (whole, name: string) => {
    switch (name.toLowerCase()) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'amp':
        return '&';
      default: {
        const code =
          name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
    }
  });
}
