/**
 * Splits a document into blocks (paragraphs, headings, junk) and builds each block's clean text
 * with an offset map back to the original, so every quote can be sliced verbatim from the file.
 *
 * Real documents are messy: PDF copies break lines mid-sentence and hyphenate across lines,
 * web copies carry menus, headline lists and view counters, markdown copies carry [link](#) markup.
 */

export type BlockKind = 'paragraph' | 'heading' | 'junk' | 'footnote';

export interface Block {
  kind: BlockKind;
  /** Clean text: lines joined, markup and footnote markers removed, whitespace collapsed. */
  clean: string;
  /** map[i] = offset in the original text of clean[i]. */
  map: Int32Array;
  /** How many source lines the block joins. */
  lines: number;
}

interface Line {
  start: number;
  end: number; // exclusive, trailing whitespace trimmed
  text: string; // trimmed
}

const TERMINAL = /[.!?…:;][»"”')\]*]*$/u;
/** A dot leader: the dots (or ellipses) that run from a table row's label to its value. */
export const DOT_LEADER = String.raw`(?:\.{4,}|…{2,})`;
/** A row of a table typed as text: its label and its value joined by a dot leader ("Deported, 2025 ...... 2,310"). */
const TABLE_ROW = new RegExp(String.raw`\S\s*${DOT_LEADER}\s*\S`, 'u');
/** Columns set apart by runs of spaces or a tab ("July            1,350"), as a PDF's table comes out in text. */
const ALIGNED_COLUMNS = /\S(?: {3,}|\t)\s*\S/u;
/** A table's rule: a line of dashes, equals signs or underscores. */
const RULE_LINE = /^[-=_─—–]{3,}$/u;
/** … whose value, after the gap, is a number: a row of data, not its header ("Month     Release (mcm)"). */
const ALIGNED_VALUE = /\S(?: {3,}|\t)\s*[-+−]?\d/u;

/**
 * The lines that are rows of a table: a label and its value joined by a dot leader, or a value in aligned
 * columns beside another aligned line (a page's running footer "Varnel Review      3" stands alone).
 */
function tableRows(lines: readonly Line[]): Set<Line> {
  const rows = new Set<Line>();
  // A rule under the rows ("-------") stands between the last row and the total.
  const neighbour = (i: number, step: number) => {
    let k = i + step;
    while (RULE_LINE.test(lines[k]?.text ?? '')) k += step;
    return lines[k];
  };
  const aligned = (l: Line | undefined) => l !== undefined && ALIGNED_COLUMNS.test(l.text);
  lines.forEach((line, i) => {
    if (
      TABLE_ROW.test(line.text) ||
      (ALIGNED_VALUE.test(line.text) && (aligned(neighbour(i, -1)) || aligned(neighbour(i, 1))))
    )
      rows.add(line);
  });
  return rows;
}
const GLUED_UI_LABEL = /^(see|embed|archive|top|news|close|up|menu)(?=[А-ЯA-Z\d]|$)/u;
const LISTING_STAMP = /^\d{1,2}\s+\p{L}+\s+\d{4}\s+\d{1,2}:\d{2}/u;
/** Page furniture of news sites: "Читайте также", share buttons, comment prompts (whole words: "Shares in …" is news). */
const WEB_FURNITURE =
  /^(читайте также|читайте нас|смотрите также|см\. также|read also|read more|see also|related( articles| stories)?|подписывайтесь|поделиться|share( this)?|войдите, чтобы|будьте первыми|комментари(и|ев)|\d+ комментари\p{L}*|все новости|tags?:|теги:)(?![\p{L}])/iu;
/** The label of a site's list of links to other articles ("ЧИТАЙТЕ ТАКЖЕ", "Related:"), alone on its line. */
const RELATED_LABEL =
  /^(читайте также|смотрите также|см\. также|по теме|похожие (новости|материалы|статьи)|другие новости|read also|read more|also read|see also|related( articles| stories| news)?|more (news|stories|on this)|most read|самое читаемое)\s*:?$/iu;
/** An item of a list: a bullet or a dash before its text. */
const LIST_ITEM = /^[•·▪*–—-]\s/u;
/** A headline of a site's most-read list, ended by its count of views ("… приостановили на полгода — 👁 9 214"). */
const MOST_READ_ITEM = /\s[—–-]\s*👁\s*\d[\d\s]*$/u;
/** A site's cookie notice: "🍪 Мы используем файлы cookie …", "This site uses cookies". */
const COOKIE_NOTICE = /(?<![\p{L}])(cookies?|куки)(?![\p{L}])/iu;
const MONTH_WORD =
  /^(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;

export function splitBlocks(original: string, bodyStart = 0, title?: string): Block[] {
  const lines = readLines(original, bodyStart).flatMap(tableCells);
  const repeats = countRepeats(lines);
  const rows = tableRows(lines);
  const width = wrapWidth(lines);
  const footnoteNumbers = new Set<string>();
  const kinds = lines.map((line, i) =>
    // The title repeated under the front matter is a heading, not the start of the first paragraph.
    // (Marked junk, not heading, so that no following line can continue it.)
    title && line.text.replace(/^#+\s*/, '') === title.trim()
      ? 'junk'
      : classify(line, lineBefore(original, lines, i), lines[i + 1], repeats, footnoteNumbers, rows.has(line), width),
  );
  const links = relatedLinks(lines);
  for (const [i, line] of lines.entries()) if (links.has(line)) kinds[i] = 'junk';

  const blocks: Block[] = [];
  const rowBlocks = new Set<Block>();
  const pushBlock = (b: { kind: BlockKind; lines: Line[] }) => {
    const block = buildBlock(original, b.kind, b.lines, footnoteNumbers);
    if (b.lines.length === 1 && rows.has(b.lines[0] as Line)) rowBlocks.add(block);
    blocks.push(block);
  };
  let current: { kind: BlockKind; lines: Line[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const kind = kinds[i] as BlockKind;
    const prev = current?.lines[current.lines.length - 1];
    const continues =
      current !== undefined &&
      prev !== undefined &&
      (current.kind === 'paragraph' ||
        current.kind === 'footnote' ||
        (current.kind === 'heading' && prev.text.length >= 60 && !inCapitals(prev.text))) &&
      (kind === 'paragraph' || kind === 'heading') &&
      !rows.has(prev) &&
      !rows.has(line) &&
      isContinuation(prev, line, width);
    if (continues && current) {
      current.lines.push(line);
      if (current.kind === 'heading') current.kind = 'paragraph';
      continue;
    }
    if (current) pushBlock(current);
    current = { kind, lines: [line] };
  }
  if (current) pushBlock(current);
  // A lone line with no sentence end is a title or a headline, not prose.
  // (A table's row is a line of data, not a heading.)
  for (const b of blocks)
    if (b.kind === 'paragraph' && b.lines === 1 && !TERMINAL.test(b.clean) && !rowBlocks.has(b)) b.kind = 'heading';
  return blocks;
}

/**
 * The items listed under a "read also" label: headlines of other articles, none of them this document's
 * news, however its line starts ("— В Вильнюсе открылась новая велодорожка (15.06.2026)" is no reply of
 * an interview that goes on in the next line). Kept as prose, their dates and words ran together.
 */
function relatedLinks(lines: readonly Line[]): Set<Line> {
  const links = new Set<Line>();
  for (let i = 0; i < lines.length; i++) {
    if (!RELATED_LABEL.test((lines[i] as Line).text)) continue;
    for (let k = i + 1; k < lines.length && LIST_ITEM.test((lines[k] as Line).text); k++) links.add(lines[k] as Line);
  }
  return links;
}

function readLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let pos = from;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) lines.push({ start: s, end: e, text: text.slice(s, e) });
    pos = nl + 1;
  }
  return lines;
}

/** A gap between a table's columns: a run of spaces or a tab. */
const COLUMN_GAP = /(?: {3,}|\t)\s*/gu;

/**
 * A line of a table set in columns, each a row of its own ("January ...... 4        May ...... 11"): one
 * line per cell, so that a value is read with its own label and not with the next cell's ("4 May").
 */
function tableCells(line: Line): Line[] {
  const cells: Line[] = [];
  let from = 0;
  for (const gap of [...line.text.matchAll(COLUMN_GAP), undefined]) {
    const to = gap?.index ?? line.text.length;
    cells.push({ start: line.start + from, end: line.start + to, text: line.text.slice(from, to) });
    if (gap) from = to + gap[0].length;
  }
  return cells.length > 1 && cells.every((c) => TABLE_ROW.test(c.text)) ? cells : [line];
}

function countRepeats(lines: Line[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (l.text.length >= 160) continue;
    const key = repeatKey(l.text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** A page number closing a running header: after a wide gap or "page", "стр.", "p." ("… 2026:3     page 2", "… стр. 3 из 8"). */
const PAGE_NUMBER_END =
  /(?:\s{3,}|(?<![\p{L}])(?:page|p\.|стр\.?|страница|с\.)\s*)\d{1,3}(?:\s*(?:of|из|\/)\s*\d{1,3})?\s*$/iu;

/**
 * A page's running header or footer repeats but for its page number ("Centre • Report 2026:3    page 2"):
 * lines are counted as repeats with that number left out.
 */
function repeatKey(text: string): string {
  return text.replace(PAGE_NUMBER_END, '#');
}

function classify(
  line: Line,
  previous: Line | undefined,
  next: Line | undefined,
  repeats: Map<string, number>,
  footnotes: Set<string>,
  tableRow: boolean,
  width?: number,
): BlockKind {
  const t = line.text;
  if ((repeats.get(repeatKey(t)) ?? 0) > 1) return 'junk';
  if (
    GLUED_UI_LABEL.test(t) ||
    LISTING_STAMP.test(t) ||
    (/^[*]+\s*\p{L}/u.test(t) && /организац|organization/iu.test(t))
  )
    return 'junk';
  if (/^https?:\/\/\S+$/.test(t)) return 'junk';
  if (WEB_FURNITURE.test(t) || COOKIE_NOTICE.test(t) || MOST_READ_ITEM.test(t) || isMenu(t)) return 'junk';
  // A line broken inside a word ("полити-") or after a word that cannot end one ("was signed in",
  // "подписан в") always continues on the next line.
  if (/\p{L}[-‐]$/u.test(t) || (next !== undefined && DANGLING_WORD_END.test(t))) return 'paragraph';
  if (/^#{1,6}\s/.test(t)) return 'heading';
  const footnote = FOOTNOTE_LINE.exec(t);
  if (footnote?.[1] && footnote[2] && !MONTH_WORD.test(footnote[2]) && !breaksProse(previous)) {
    footnotes.add(footnote[1]);
    return 'footnote';
  }
  // A line in capitals is a headline however long ("ШКИПЕР ИЛЬЯ ВЕНДТ: «МЫ НЕ ЗНАЛИ…»"): the lead after it is its own.
  if (inCapitals(t) && !tableRow) return 'heading';
  // A terminated line is prose: its words are counted only when it is not. A table's row is data.
  if (TERMINAL.test(t) || tableRow) return 'paragraph';
  const words = t.split(/\s+/).length;
  // "KCPA застраховано от киберрисков в компании Savanna General" / "Insurance с лимитом …": a line as wide
  // as the text's wrapped lines, in words of prose, was wrapped, though a name's next word starts the next.
  if (width !== undefined && t.length >= width - WRAP_SLACK && words > 3 && proseWords(t)) return 'paragraph';
  if ((t.length < 60 || words <= 3) && (!next || startsUpper(next.text))) return 'heading';
  if (words <= 2) return 'junk';
  return 'paragraph';
}

/**
 * How much shorter than the wrap width a wrapped line may be (a long word went to the next line). 8: read +5,
 * never-read +1, shared +1; 5 and 12 did as well, the one on the unread sets and the other on the shared.
 */
const WRAP_SLACK = 8;

/**
 * The width the text was wrapped at, when it was: the median length of its lines broken inside a word
 * ("полити-"), from three of them.
 */
function wrapWidth(lines: readonly Line[]): number | undefined {
  const broken = lines
    .filter((l) => /\p{L}[-‐]$/u.test(l.text))
    .map((l) => l.text.length)
    .sort((a, b) => a - b);
  return broken.length >= 3 ? broken[Math.floor(broken.length / 2)] : undefined;
}

/** Words of prose: at least two in five start in lower case (a title or a name's line has few). */
function proseWords(t: string): boolean {
  const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.filter((w) => /^\p{Ll}/u.test(w)).length >= 0.4 * words.length;
}

/** Three words or more, every letter a capital. */
function inCapitals(t: string): boolean {
  // Most lines have a small letter: they are ruled out before their words are counted.
  if (/\p{Ll}/u.test(t)) return false;
  return t.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3;
}

/** A footnote's line: its number, then a capitalised word ("6 Interview with ...", "2 Беседа автора ..."). */
const FOOTNOTE_LINE = /^(\d{1,2})\s+(\p{Lu}\p{L}*)/u;

/** The line right before line i, with no blank line between (a blank line may be a page's end). */
function lineBefore(original: string, lines: readonly Line[], i: number): Line | undefined {
  const previous = lines[i - 1];
  const line = lines[i] as Line;
  return previous && !/\n[^\S\n]*\n/.test(original.slice(previous.end, line.start)) ? previous : undefined;
}

/**
 * A line of wrapped prose broken mid-sentence: the next line goes on with it even when it opens with a
 * number ("... by mid-2026, three of its" / "11 Boeing aircraft were grounded"). A footnote follows a
 * sentence's end, another footnote or a page's end, not a lower-case word of a long line right above.
 */
function breaksProse(previous: Line | undefined): boolean {
  return (
    previous !== undefined &&
    previous.text.length >= 60 &&
    /\p{Ll}$/u.test(previous.text) &&
    !FOOTNOTE_LINE.test(previous.text)
  );
}

/**
 * A site's menu or footer: three or more short items between bars ("Главная | Политика | Экономика",
 * "About | Contacts | Privacy"). A bar line naming an author is kept: it is the byline.
 */
function isMenu(t: string): boolean {
  if (!t.includes('|')) return false;
  const items = t.split(/\s+\|\s+/);
  return (
    items.length >= 3 &&
    items.every((item) => item.split(/\s+/).length <= 4 && !/[.!?]$/.test(item)) &&
    !/(?<![\p{L}])(автор\p{L}*|author\p{L}*|by|текст)(?![\p{L}])/iu.test(t)
  );
}

/**
 * A preposition, an article or a conjunction at a line's end: wrapped prose ("… was signed in" /
 * "Tashkent on 22 April …"), never a heading's last word.
 */
const DANGLING_WORD_END =
  /(?<![\p{L}\p{N}])(?:the|a|an|of|in|on|at|to|by|for|with|from|into|and|or|than|в|во|на|и|с|со|к|ко|по|о|об|от|до|из|за|для|при|без|под|над|или|а|но)$/iu;

/** A row of fields a site sets apart by bars ("By Jane Doe | 19.09.2026, 09:12 | 6 min read"): no prose. */
const FIELD_ROW = /\S\s\|\s.*\S\s\|\s\S/u;

function isContinuation(prev: Line, line: Line, width?: number): boolean {
  if (TERMINAL.test(prev.text)) return false;
  if (FIELD_ROW.test(prev.text) || FIELD_ROW.test(line.text)) return false;
  // A headline in capitals opens a block of its own, whatever the long line before it.
  if (inCapitals(line.text)) return false;
  if (startsLower(line.text)) return true;
  if (/[-‐,;:(]$/.test(prev.text) || DANGLING_WORD_END.test(prev.text)) return true;
  // A line as wide as the text's wrapped lines was wrapped (a narrow column wraps before 60).
  return prev.text.length >= (width !== undefined ? Math.min(60, width - WRAP_SLACK) : 60);
}

/** The first letter, or "0" when the text starts with a digit ("14 марта ..." starts a sentence like a capital). */
function firstLetter(s: string): string {
  const m = /[\p{L}\p{N}]/u.exec(s);
  if (!m) return '';
  return /\p{N}/u.test(m[0]) ? 'A' : m[0];
}
function startsLower(s: string): boolean {
  const c = firstLetter(s);
  return c !== '' && c === c.toLowerCase() && c !== c.toUpperCase();
}
function startsUpper(s: string): boolean {
  const c = firstLetter(s);
  return c !== '' && c === c.toUpperCase() && c !== c.toLowerCase();
}

/** Joins the lines of a block into clean text, recording where each clean character came from. */
function buildBlock(original: string, kind: BlockKind, lines: Line[], footnotes: Set<string>): Block {
  // UTF-16 code units and offsets in arrays sized for the most the lines can give (each character once,
  // a space between lines): no array grown a character at a time, no string per character.
  let capacity = lines.length;
  for (const line of lines) capacity += line.text.length;
  const out = new Uint16Array(capacity);
  const map = new Int32Array(capacity);
  let n = 0;
  const push = (code: number, at: number) => {
    if (code === SPACE && (n === 0 || out[n - 1] === SPACE)) return;
    out[n] = code;
    map[n] = at;
    n++;
  };
  lines.forEach((line, li) => {
    if (li > 0) {
      const prevText = (lines[li - 1] as Line).text;
      const hyphenated = /\p{L}[-‐]$/u.test(prevText) && startsLower(line.text);
      if (hyphenated) {
        // "полити-\nческих" was one word; "американо-\nбелорусскую" is a compound that keeps its hyphen.
        const keepsHyphen = /\p{L}{4,}[оеOEoe][-‐]$/u.test(prevText);
        if (!keepsHyphen && n > 0) n--;
      } else push(SPACE, (lines[li - 1] as Line).end);
    }
    copyLine(original, line, push, kind === 'paragraph' ? footnotes : new Set());
  });
  while (n > 0 && out[n - 1] === SPACE) n--;
  return { kind, clean: fromCodes(out, n), map: map.subarray(0, n), lines: lines.length };
}

const SPACE = 0x20;

/** The string of the first `n` code units, a chunk at a time (an argument list has a length limit). */
function fromCodes(codes: Uint16Array, n: number): string {
  const CHUNK = 8192;
  let out = '';
  for (let from = 0; from < n; from += CHUNK)
    out += String.fromCharCode.apply(null, codes.subarray(from, Math.min(n, from + CHUNK)) as unknown as number[]);
  return out;
}

/** U+00AD, U+200B..U+200D, U+2060, U+FEFF: tested by code, not by a regex per character. */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** What `\s` matches in a JavaScript regex, by code. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Copies one line, dropping markdown link targets and emphasis, invisible characters and footnote markers. */
function copyLine(
  original: string,
  line: Line,
  push: (code: number, at: number) => void,
  footnotes: Set<string>,
): void {
  const t = line.text;
  let i = 0;
  while (i < t.length) {
    const code = t.charCodeAt(i);
    const at = line.start + i;
    // [text](target): keep text, drop the brackets and the target.
    if (code === 0x5b /* [ */) {
      const m = /^\[([^\]\n]{1,200})\]\(([^)\s]{0,300})\)/.exec(t.slice(i));
      if (m?.[1] !== undefined) {
        for (let k = 0; k < m[1].length; k++) push(m[1].charCodeAt(k), at + 1 + k);
        i += m[0].length;
        continue;
      }
    }
    if (code === 0x2a /* * */ || code === 0x5f /* _ */) {
      const prevCh = t[i - 1] ?? ' ';
      const nextCh = t[i + 1] ?? ' ';
      // Emphasis markers sit at a word edge; a lone asterisk inside a word stays.
      if (/[\s(«"]/.test(prevCh) || /[\s.,;:!?)»"]/.test(nextCh) || i === 0) {
        i++;
        continue;
      }
    }
    if (isInvisible(code)) {
      i++;
      continue;
    }
    if (code >= 0x30 && code <= 0x39 && footnotes.size > 0) {
      const m = /^(\d{1,2})(?=[.,;:!?]?(\s|$))/.exec(t.slice(i));
      const before = t.slice(Math.max(0, i - 2), i);
      if (m?.[1] && footnotes.has(m[1]) && /\p{L}\s?$/u.test(before)) {
        i += m[1].length;
        continue;
      }
    }
    push(isSpace(code) ? SPACE : code, at);
    i++;
  }
  void original;
}
