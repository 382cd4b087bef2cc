// npm run -s ask -- [--json | --jsonl] [--db FILE] [--sources DIR] [--lang en|ru] ["question"]
// The CLI surface of the one answer function. With --jsonl: one question per stdin line, exactly one
// JSON line per question on stdout, nothing else there (progress and warnings go to stderr).
import { parseArgs } from 'node:util';
import { displayQuote } from '../knowledge/answer/answer.ts';
import { openKnowledgeBase } from '../knowledge/open.ts';
import type { Answer, ChatContext, Lang } from '../knowledge/types.ts';
import { linesOf } from './lines.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    jsonl: { type: 'boolean', default: false },
    db: { type: 'string' },
    sources: { type: 'string', multiple: true },
    lang: { type: 'string' },
  },
});

const lang = values.lang === 'en' || values.lang === 'ru' ? (values.lang as Lang) : undefined;
if (values.lang && !lang) {
  process.stderr.write(`ask: --lang must be en or ru, not "${values.lang}"\n`);
  process.exit(2);
}
const { kb } = await openKnowledgeBase({
  sourcesDir: values.sources?.length ? values.sources : ['data/sources'],
  dbFile: values.db ?? 'data/facts.json',
  log: (line) => process.stderr.write(`${line}\n`),
  // An explicit --db without --sources is taken as it is: it may have been built from other directories.
  readOnly: values.db !== undefined && !values.sources?.length,
}).catch((err: unknown) => {
  // A person's mistake (a --db that cannot be written or read): the message, not a stack.
  process.stderr.write(`ask: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

function toJson(a: Answer) {
  return {
    question: a.question,
    lang: a.lang,
    answered: a.answered,
    intent: a.intent,
    confidence: a.confidence,
    text: a.text,
    summary: a.summary,
    citations: a.citations.map((c) => ({
      sourceId: c.sourceId,
      title: c.title,
      published: c.published,
      quote: c.quote,
      start: c.start,
      end: c.end,
    })),
    facts: a.facts,
    ...(a.truncated ? { truncated: true } : {}),
  };
}

function safeAnswer(question: string, context?: ChatContext): Answer {
  try {
    return kb.answer(question, { ...(lang ? { lang } : {}), ...(context ? { context } : {}) });
  } catch (err) {
    // One bad question must not stop a batch: answer it as unanswerable and say why on stderr.
    process.stderr.write(`ask: failed on ${JSON.stringify(question.slice(0, 80))}: ${(err as Error).stack}\n`);
    return {
      question,
      lang: lang ?? 'en',
      answered: false,
      intent: 'unknown',
      confidence: 0,
      text: 'Sorry, that question could not be answered.',
      summary: '',
      citations: [],
      facts: [],
      context: {},
    };
  }
}

// The reader went away (`ask ... | head`): stop quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
if (values.jsonl) {
  for await (const line of linesOf(process.stdin))
    process.stdout.write(`${JSON.stringify(toJson(safeAnswer(line)))}\n`);
} else {
  const question = positionals.join(' ');
  if (!question.trim()) {
    process.stderr.write('usage: npm run -s ask -- [--json] [--lang en|ru] "When did Kellogg visit Minsk?"\n');
    process.exit(2);
  }
  const answer = safeAnswer(question);
  if (values.json) process.stdout.write(`${JSON.stringify(toJson(answer), null, 2)}\n`);
  else {
    process.stdout.write(`${answer.summary}\n`);
    for (const c of answer.citations) {
      process.stdout.write(
        `\n  ${c.label ? `${c.label}: ` : ''}«${displayQuote(c.quote)}»\n    — ${c.title}${c.published ? `, ${c.published}` : ''} [${c.sourceId}:${c.start}-${c.end}]\n`,
      );
    }
  }
}
