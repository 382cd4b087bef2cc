import type { Answer, Citation, Fact, KnowledgeBase, Passage, SourceMeta } from '../../src/knowledge/index.ts';

/** A small in-test knowledge base with canned answers, independent of the real knowledge layer. */
export interface FakeKb extends KnowledgeBase {
  /** Every kb.answer call, in order. */
  asked: { question: string; options: Parameters<KnowledgeBase['answer']>[1] }[];
}

export const SOURCES: SourceMeta[] = [
  source('000', 'Визит Келлога <в> Минск & итоги', '2025-06-22', 'ru'),
  source('003', 'US & Belarus: "prisoner" releases', '2025-09-12', 'en'),
  source('a-very-long-source-file-name-from-an-import', 'Undated memo', null, 'en'),
];

const TEXTS: Record<string, string> = {
  '000':
    'Заголовок\n\n21 июня американская делегация во главе с генералом\nКитом Келлогом совершила визит в Минск. Это <важно> & ново.\n\nДругое.',
  '003':
    'On 11 September 2025, 52 people were released, including 14 foreigners. See [the report](https://example.com/a_(b)).',
  'a-very-long-source-file-name-from-an-import': 'A memo without a date.',
};

export function citation(sourceId: string, quote: string): Citation {
  const text = TEXTS[sourceId] ?? '';
  const start = Math.max(0, text.indexOf(quote));
  const meta = SOURCES.find((s) => s.id === sourceId);
  return {
    sourceId,
    title: meta?.title ?? sourceId,
    published: meta?.published ?? null,
    quote,
    start,
    end: start + quote.length,
  };
}

export const KELLOGG: Answer = answer('When did Kellogg visit Minsk?', 'Kellogg visited Minsk on 21 June 2025.', [
  citation('000', '21 июня американская делегация во главе с генералом\nКитом Келлогом совершила визит в Минск.'),
]);

export const RELEASES: Answer = answer(
  'How many were released?',
  '52 people were released on 11 September 2025 <incl. 14 foreigners>.',
  [
    citation('003', 'On 11 September 2025, 52 people were released, including 14 foreigners.'),
    citation('000', 'Это <важно> & ново.'),
    citation('a-very-long-source-file-name-from-an-import', 'A memo without a date.'),
    citation('003', 'See [the report](https://example.com/a_(b)).'),
  ],
);

export function answer(
  question: string,
  summary: string,
  citations: Citation[],
  overrides: Partial<Answer> = {},
): Answer {
  return {
    question,
    lang: /[а-яё]/i.test(question) ? 'ru' : 'en',
    answered: citations.length > 0,
    intent: 'when',
    confidence: 0.9,
    text: `${summary}\n\n${citations.map((c) => `«${c.quote}»`).join('\n')}`,
    summary,
    citations,
    facts: [],
    context: { lastIntent: 'when', entities: ['person:kellogg'] },
    ...overrides,
  };
}

const ABSTAIN = (question: string): Answer => ({
  ...answer(question, 'The documents do not say.', []),
  answered: false,
  intent: 'unknown',
  context: {},
});

/** Answers by exact question; anything else abstains. `throwOn` makes kb.answer fail for that question. */
export function fakeKb(answers: Record<string, Answer> = {}, behaviour: { throwOn?: string } = {}): FakeKb {
  const facts: Fact[] = [
    {
      id: 'f1',
      type: 'visit',
      date: { year: 2025, month: 6, day: 21, precision: 'day' },
      participants: ['person:kellogg'],
      sentenceIds: ['000#1'],
      places: ['place:minsk'],
      counts: [],
      concepts: [],
      evidence: [
        { sourceId: '000', sentenceId: '000#1', start: 11, end: 60, quote: '21 июня американская <делегация>' },
      ],
    },
  ];
  const asked: FakeKb['asked'] = [];
  const kb: FakeKb = {
    asked,
    data: {
      schemaVersion: 1,
      sourcesDigest: '',
      sources: SOURCES,
      texts: TEXTS,
      sentences: [],
      entities: [],
      facts,
      annotations: {},
    },
    // The bot never reads the retrieval index; an empty stand-in keeps this fake independent of its shape.
    index: {} as KnowledgeBase['index'],
    spelling: { correct: () => undefined, knows: () => false },
    answer(question, options) {
      asked.push({ question, options });
      if (question === behaviour.throwOn) throw new Error(`knowledge base exploded on purpose for "${question}"`);
      return answers[question] ?? ABSTAIN(question);
    },
    sources: () => SOURCES,
    source: (id) => SOURCES.find((s) => s.id === id),
    entity: () => undefined,
    fact: (id) => facts.find((f) => f.id === id),
    factsOfSource: (id) => facts.filter((f) => f.evidence.some((e) => e.sourceId === id)),
    passageAround(sourceId, start, end): Passage | undefined {
      const text = TEXTS[sourceId];
      if (text === undefined || start < 0 || end > text.length || start >= end) return undefined;
      const from = text.lastIndexOf('\n\n', start) + 1;
      const stop = text.indexOf('\n\n', end);
      const to = stop === -1 ? text.length : stop;
      return { sourceId, start: from, end: to, text: text.slice(from, to) };
    },
  };
  return kb;
}

function source(id: string, title: string, published: string | null, lang: 'en' | 'ru'): SourceMeta {
  return { id, file: `${id}.txt`, title, published, estimated: [], lang, sha256: 'x' };
}
