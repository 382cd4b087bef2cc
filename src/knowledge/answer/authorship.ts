/**
 * "Who wrote the brief?", "Which journalist interviewed the minister?": the answer is no sentence of
 * the story but its byline or the interviewer's signature ("By Ilse Brandt", "Автор: Иван Дорохов",
 * "Беседовала Анна Кештова"), in the document the question is about. Who-questions otherwise never
 * take a byline's name (candidates.ts): a reporter is not the subject of the news.
 */

import type { TypedAnswer } from './compose-typed.ts';
import type { RankedSentence } from './retrieve.ts';

export type AuthorRole = 'author' | 'interviewer';

const INTERVIEWER_ASKED =
  /(?<![\p{L}])(who interviewed|interviewed by|who (conducted|did|carried out|recorded) (the |this |that |an )?([\p{L}'’-]+ )?interview|(which|what) (journalist|reporter|correspondent) (interviewed|spoke (with|to)|talked (with|to))|кто (брал|взял|провёл|провел|записал) (\p{L}+ )?интервью|кто беседовал|как\p{L}* журналист\p{L}* (брал|взял|провёл|провел|беседовал\p{L}*)|с как\p{L}* журналист\p{L}* (беседовал\p{L}*|говорил\p{L}*))(?![\p{L}])/iu;
const AUTHOR_ASKED =
  /(?<![\p{L}])(who (wrote|authored|is the author|was the author)|(the )?author of|(which|what) (journalist|reporter|correspondent|analyst|expert) wrote|кто (автор|написал|подготовил)|автор\p{L}* (записки|статьи|доклада|материала|заметки|анализа|обзора|текста|исследования)|whose (\p{L}+ )?(brief|paper|report|article|analysis|note|study|commentary)|чь[яей] (\p{L}+ )?(записк\p{L}*|стать\p{L}*|доклад\p{L}*|анализ\p{L}*|обзор\p{L}*|исследовани\p{L}*|материал\p{L}*))(?![\p{L}])/iu;

/** Whether the question asks who wrote a document or who conducted its interview. */
export function authorAsked(question: string): AuthorRole | undefined {
  if (INTERVIEWER_ASKED.test(question)) return 'interviewer';
  if (AUTHOR_ASKED.test(question)) return 'author';
  return undefined;
}

// A word of a name: a full word or an initial with its point ("J."), never a sentence's final point.
const NAME_WORD = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)";
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}`;
/** "By March, ...", "By Monday ...": a time, not a name. */
const NOT_A_NAME =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|then|now|contrast|comparison|law|decree)\b/iu;
const NAMES = `(?<first>${NAME})(?:\\s+(?:and|и)\\s+(?<second>${NAME}))?`;
/** The posts an author line gives after the name: a think tank's fellow, a paper's correspondent. */
const AUTHOR_POSTS = [
  'fellow',
  'analyst',
  'researcher',
  'research associate',
  'correspondent',
  'reporter',
  'editor',
  'director',
  'professor',
  'lecturer',
  String.raw`научн\p{L}* сотрудни\p{L}*`,
  String.raw`аналитик\p{L}*`,
  String.raw`эксперт\p{L}*`,
  String.raw`корреспондент\p{L}*`,
  String.raw`редактор\p{L}*`,
  String.raw`директор\p{L}*`,
  String.raw`профессор\p{L}*`,
];
/** A post in either case: "Visiting Fellow", "visiting fellow" (the name's capitals are matched exactly). */
const AUTHOR_POST = `(?:${AUTHOR_POSTS.map((p) => p.replace(/^\p{Ll}/u, (c) => `[${c}${c.toUpperCase()}]`)).join('|')})`;
const BYLINES: Array<{ role: AuthorRole; pattern: RegExp }> = [
  // "By Ilse Brandt", "Author: ...", "Автор: ..." at the start of a line, or in a meta line after "|".
  {
    role: 'author',
    pattern: new RegExp(`(?:^|\\|)\\s*(?:By|Authors?:|Авторы?:|Текст:|Text:)\\s+${NAMES}`, 'u'),
  },
  // "Irina Vendt, Visiting Fellow, Caribbean Migration Programme": a brief's author line, a name and its post.
  {
    role: 'author',
    // (Not a sentence of the story: "Anna Varnel, director of the institute, said …." ends with its point.)
    pattern: new RegExp(`^\\s*${NAMES},\\s+(?:\\p{L}+\\s+){0,2}?${AUTHOR_POST}(?![\\p{L}])[^.!?]*$`, 'u'),
  },
  {
    role: 'interviewer',
    pattern: new RegExp(
      `^\\s*(?:Беседовал[аи]?|Интервью записал[аи]?|Вопросы задавал[аи]?|Interview(?:ed)? by)\\s+${NAMES}`,
      'u',
    ),
  },
];

const MAX_BYLINE = 140;

/** The names a byline or an interviewer's signature gives, with its role; none for any other line. */
export function bylineOf(line: string): { role: AuthorRole; names: string[] } | undefined {
  // A byline is a short line; "By March, the ministry had ..." opens a sentence of the story.
  if (line.length > MAX_BYLINE) return undefined;
  for (const { role, pattern } of BYLINES) {
    const m = pattern.exec(line);
    if (!m?.groups?.first || NOT_A_NAME.test(m.groups.first)) continue;
    return { role, names: [m.groups.first, m.groups.second].filter((x): x is string => Boolean(x)) };
  }
  return undefined;
}

export interface FoundByline {
  names: string[];
  /** The line's offsets in the document text: the quote that proves it. */
  start: number;
  end: number;
}

/** The first line of a document that is a byline of the asked role. */
export function findByline(text: string, role: AuthorRole): FoundByline | undefined {
  const line = /^[^\S\n]*(\S[^\n]*?)[^\S\n]*$/gmu;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const content = m[1] as string;
    const found = bylineOf(content);
    if (found?.role !== role) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    return { names: found.names, start, end: start + content.length };
  }
  return undefined;
}

/** Documents are searched for a byline in the order of their best sentences, this many deep. */
const AUTHOR_DOCUMENT_DEPTH = 10;

/**
 * "Who wrote the brief on the decree?": the byline of the document the question's words lead to, the
 * best-ranked document having one of the asked kind (an interviewer's signature for "who interviewed").
 */
export function composeAuthor(
  texts: Readonly<Record<string, string>>,
  ranked: RankedSentence[],
  role: AuthorRole,
): { typed: TypedAnswer; sourceId: string; byline: FoundByline } | undefined {
  const seen = new Set<string>();
  for (const r of ranked.slice(0, AUTHOR_DOCUMENT_DEPTH)) {
    const sourceId = r.entry.sentence.sourceId;
    if (seen.has(sourceId)) continue;
    seen.add(sourceId);
    const byline = findByline(texts[sourceId] ?? '', role);
    if (!byline) continue;
    const typed: TypedAnswer = {
      type: 'person',
      answered: true,
      unknownNames: [],
      values: byline.names.map((text) => ({ kind: 'name' as const, text, from: r })),
      conflict: false,
      // The document's sentence the question led to; the byline itself is quoted before it.
      quotes: [{ from: r }],
      confidence: Math.min(1, r.coverage),
    };
    return { typed, sourceId, byline };
  }
  return undefined;
}
