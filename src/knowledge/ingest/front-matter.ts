/** Metadata a document may carry in `---` front matter (a flat `key: value` list, YAML-like). */
export interface FrontMatter {
  fields: Record<string, string>;
  /** Offset where the body starts (after the closing ---), 0 when there is no front matter. */
  bodyStart: number;
  /** Set when a front matter block was opened but is broken. */
  problem?: string;
}

const KNOWN_KEYS = new Set(['title', 'author', 'publisher', 'published', 'date', 'lang', 'language', 'url', 'source']);

export function parseFrontMatter(text: string): FrontMatter {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return { fields: {}, bodyStart: 0 };
  const close = /\r?\n---[ \t]*(\r?\n|$)/.exec(text.slice(open[0].length - 1));
  if (!close)
    return { fields: {}, bodyStart: 0, problem: 'front matter opened with --- but never closed; read as text' };
  const blockEnd = open[0].length - 1 + close.index;
  const block = text.slice(open[0].length, blockEnd);
  const fields: Record<string, string> = {};
  const bad: string[] = [];
  for (const line of block.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const m = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line.trim());
    if (!m?.[1]) {
      bad.push(line.trim().slice(0, 40));
      continue;
    }
    const key = m[1].toLowerCase();
    if (!KNOWN_KEYS.has(key)) continue;
    fields[key] = (m[2] ?? '').trim().replace(/^["']|["']$/g, '');
  }
  const bodyStart = blockEnd + close[0].length;
  return bad.length > 0
    ? { fields, bodyStart, problem: `front matter lines not understood: ${bad.join('; ')}` }
    : { fields, bodyStart };
}
