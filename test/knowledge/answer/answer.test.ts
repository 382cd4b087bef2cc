import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestDirectories } from '../../../src/knowledge/ingest/ingest.ts';
import { type Answer, createKnowledgeBase, type KnowledgeBase } from '../../../src/knowledge/index.ts';
import type { Intent, Lang } from '../../../src/knowledge/types.ts';

/**
 * kb.answer on the real corpus: a table of questions (none taken from ../shared/eval/dev.jsonl), each with
 * what the documents plainly state. `contains` lists alternatives; one must be in the summary or the text.
 */

const SOURCES = join(resolve(import.meta.dirname, '../../..'), 'data', 'sources');
let kb: KnowledgeBase;
beforeAll(async () => {
  const { data } = await ingestDirectories([SOURCES]);
  kb = createKnowledgeBase(data);
}, 60_000);

function expectVerbatim(a: Answer): void {
  for (const c of a.citations) {
    expect(kb.data.texts[c.sourceId]?.slice(c.start, c.end), `citation of ${c.sourceId}`).toBe(c.quote);
    expect(c.title).toBe(kb.source(c.sourceId)?.title);
    expect(c.published).toBe(kb.source(c.sourceId)?.published);
  }
}

interface Row {
  q: string;
  intent: Intent;
  lang: Lang;
  contains: string[];
  cite: string[];
}

const ANSWERED: Row[] = [
  {
    q: 'When did Coale visit Minsk in September 2025?',
    intent: 'when',
    lang: 'en',
    contains: ['11 September'],
    cite: ['004'],
  },
  {
    q: 'Когда Джон Коул приезжал в Минск в сентябре 2025 года?',
    intent: 'when',
    lang: 'ru',
    contains: ['11 сентября'],
    cite: ['004'],
  },
  {
    q: 'Who did Lukashenko meet in Minsk on 21 June 2025?',
    intent: 'who',
    lang: 'en',
    contains: ['Kellogg', 'Келлог'],
    cite: ['000', '003', '004'],
  },
  {
    q: 'When did Pompeo visit Minsk?',
    intent: 'when',
    lang: 'en',
    contains: ['February 2020'],
    cite: ['000', '003', '004'],
  },
  {
    q: 'Когда госсекретарь Помпео был в Минске?',
    intent: 'when',
    lang: 'ru',
    contains: ['феврал'],
    cite: ['000', '003', '004'],
  },
  {
    q: 'When did Christopher Smith come to Minsk?',
    intent: 'when',
    lang: 'en',
    contains: ['February 2025'],
    cite: ['003', '004'],
  },
  {
    q: 'Which airline did the US take off its sanctions lists?',
    intent: 'which',
    lang: 'en',
    contains: ['Belavia', 'Белавиа'],
    cite: ['001', '004'],
  },
  {
    q: 'Where did Putin and Trump meet in August 2025?',
    intent: 'where',
    lang: 'en',
    contains: ['Anchorage', 'Alaska', 'Аляск'],
    cite: ['002', '003', '004'],
  },
  {
    q: 'Who is Yuri Zenkovich?',
    intent: 'who',
    lang: 'en',
    contains: ['Zenkovich', 'Зенькович'],
    cite: ['000', '003'],
  },
  {
    q: 'How many prisoners were set free in Belarus on the day Coale met Lukashenko in September 2025?',
    intent: 'how_many',
    lang: 'en',
    contains: ['52'],
    cite: ['004'],
  },
];

describe('kb.answer: questions the documents answer', () => {
  it.each(ANSWERED)('$q', ({ q, intent, lang, contains, cite }) => {
    const a = kb.answer(q);
    expect(a.intent).toBe(intent);
    expect(a.lang).toBe(lang);
    expect(a.answered, a.text).toBe(true);
    expect(
      contains.some((c) => a.summary.includes(c) || a.text.includes(c)),
      `none of ${contains.join(' / ')} in:\n${a.text}`,
    ).toBe(true);
    expect(
      a.citations.some((c) => cite.includes(c.sourceId)),
      `no citation from ${cite.join('/')}`,
    ).toBe(true);
    expect(a.facts.length + a.citations.length).toBeGreaterThan(0);
    expectVerbatim(a);
  });
});

describe('kb.answer: questions the system gets wrong (each a bug to fix)', () => {
  // 004: "Целью звонка было выразить ему благодарность за освобождение 16 заключённых. Мы также обсуждаем освобождение ещё 1300".
  // Actual summary: "another 1300 заключённых".
  it('"How many prisoners did Trump thank Lukashenko for in August 2025?" → 16, not 1300', () => {
    const a = kb.answer('How many prisoners did Trump thank Lukashenko for in August 2025?');
    expect(a.summary).toContain('16');
    expect(a.summary).not.toContain('1300');
  });

  // Kellogg was in Minsk on 21 June 2025; on 11 September it was his deputy Coale ("заместителем спецпредставителя Келлога Джоном Коулом").
  // Actual: "Источники расходятся: 21 июня 2025 г. — ...; 11 сентября 2025 г. — ...".
  it.fails('BUG: "Когда Келлог был в Минске?" → 21 июня, with no made-up disagreement about 11 сентября', () => {
    const a = kb.answer('Когда Келлог был в Минске?');
    expect(a.summary).toContain('21 июня');
    expect(a.summary).not.toContain('11 сентября');
  });

  // 004: "...блогер Сергей Тихановский, намеревавшийся баллотироваться в президенты в 2020 году": 2020 is not a release date.
  // Actual: "The sources differ: 21 June 2025 according to ...; 2020 according to ...".
  it('"When was Tsikhanouski released?" → June 2025, no disagreement with "2020"', () => {
    const a = kb.answer('When was Tsikhanouski released?');
    expect(a.summary).toMatch(/June 2025/);
    expect(a.summary).not.toMatch(/2020/);
  });

  // 004: "В июле Марк Эпископос из Института Куинси опубликовал в The National Interest статью ...". Actual: "Donald Trump".
  it('"Who wrote the article in The National Interest?" → Episkopos', () => {
    const a = kb.answer('Who wrote the article in The National Interest?');
    expect(a.summary).toMatch(/Episkopos|Эпископос/);
  });

  // No document reports anything on 3 May 2025; the English "What happened on 17 December 2025?" abstains,
  // the Russian one answers with an unrelated spring-2025 sentence (answered: true).
  it('"Что произошло 3 мая 2025 года?" abstains', () => {
    const a = kb.answer('Что произошло 3 мая 2025 года?');
    expect(a.answered).toBe(false);
  });

  // 004: "Трамп ... приложил подарок: золотые запонки с изображением Белого дома". Actual summary: "White House".
  it.fails('BUG: "What gift did Coale bring to Lukashenko?" → the summary names the cufflinks', () => {
    const a = kb.answer('What gift did Coale bring to Lukashenko?');
    expect(a.summary).toMatch(/cufflink|запонк/i);
  });
});

describe('kb.answer: abstentions', () => {
  it.each([
    ['Who is Angela Merkel?', 'en'],
    ['Когда Ангела Меркель приезжала в Минск?', 'ru'],
    ['What happened on 17 December 2025?', 'en'],
    ['Who is Olaf Scholz?', 'en'],
  ])('%s', (q, lang) => {
    const a = kb.answer(q);
    expect(a.answered).toBe(false);
    expect(a.lang).toBe(lang);
    expect(a.summary.length).toBeGreaterThan(0);
    expect(a.citations).toEqual([]);
  });

  it.each([
    ['What happened on 17 December 2025?', /The documents do not/],
    ['Когда Ангела Меркель приезжала в Минск?', /В документах не упоминается: Ангела, Меркель/],
  ])('%s says the documents do not say it', (q, says) => {
    expect(kb.answer(q).summary).toMatch(says);
  });

  // The Russian twin says "В документах не упоминается: Ангела, Меркель."; the English one answers as if the
  // question were empty: 'Please ask a question about the documents, e.g. "When did Kellogg visit Minsk?"'.
  it.each([['Who is Angela Merkel?'], ['Who is Olaf Scholz?']])(
    '%j says the documents do not mention the person',
    (q) => {
      const a = kb.answer(q);
      expect(a.summary).toMatch(/do not (say|mention)/);
      expect(a.summary).not.toMatch(/Please ask/);
    },
  );

  it.each([[''], ['   '], ['🙂🙂🙂'], ['?!']])('an empty question %j gets a short answer, no citations', (q) => {
    const a = kb.answer(q);
    expect(a.answered).toBe(false);
    expect(a.intent).toBe('unknown');
    expect(a.text.length).toBeGreaterThan(0);
    expect(a.citations).toEqual([]);
  });
});

describe('kb.answer: follow-ups through context', () => {
  // needs discovery: Coale is no longer in the gazetteer (issue 10); he is discovered from the Russian documents
  // ("Джоном Коулом", id person:kl), and the English question finds "Coale" only once question parsing matches
  // discovered names across scripts.
  it.fails('"And how many were released then?" after the Coale question → 52', () => {
    const first = kb.answer('When did Coale visit Minsk in September 2025?');
    expect(first.context.entities).toContain('person:kl');
    expect(first.context.date).toMatchObject({ year: 2025, month: 9, day: 11 });
    const next = kb.answer('And how many were released then?', { context: first.context });
    expect(next.intent).toBe('how_many');
    expect(next.answered).toBe(true);
    expect(next.summary).toContain('52');
    expect(next.citations.some((c) => c.sourceId === '004')).toBe(true);
    expectVerbatim(next);
  });

  it('the same follow-up in Russian → 52', () => {
    const first = kb.answer('Когда Коул приезжал в Минск в сентябре 2025 года?');
    const next = kb.answer('А сколько тогда освободили?', { context: first.context });
    expect(next.lang).toBe('ru');
    expect(next.summary).toContain('52');
  });

  it('keeps no state between calls: the answer does not depend on what was asked before without context', () => {
    const a = kb.answer('Who is Yuri Zenkovich?');
    kb.answer('When did Coale visit Minsk in September 2025?');
    expect(kb.answer('Who is Yuri Zenkovich?')).toEqual(a);
  });
});

describe('kb.answer: language', () => {
  it.each([
    ['Когда Коул был в Минске в сентябре 2025 года?', 'ru'],
    ['When was Coale in Minsk in September 2025?', 'en'],
  ])('%s → %s', (q, lang) => {
    expect(kb.answer(q).lang).toBe(lang);
  });

  it('the lang option forces the answer language, quotes stay in the source language', () => {
    const en = kb.answer('Когда Коул приезжал в Минск в сентябре 2025 года?', { lang: 'en' });
    expect(en.lang).toBe('en');
    expect(en.summary).toContain('11 September');
    expect(en.citations[0]?.quote).toMatch(/[а-я]/);
    const ru = kb.answer('When did Coale visit Minsk in September 2025?', { lang: 'ru' });
    expect(ru.lang).toBe('ru');
    expect(ru.summary).toContain('11 сентября');
  });
});

describe('kb.answer: invariants', () => {
  const QUESTIONS = [
    ...ANSWERED.map((r) => r.q),
    'What did the sources say about Belaruskali?',
    'Перечисли по порядку освобождения заключённых в 2025 году',
    'Why did the US embassy leave Minsk?',
    'Was Belavia removed from the sanctions list?',
    'Who is Angela Merkel?',
    'x'.repeat(10_000),
  ];

  it.each(QUESTIONS.map((q) => [q.slice(0, 80)]))('every citation is a verbatim slice: %s', (short) => {
    const q = QUESTIONS.find((x) => x.startsWith(short)) as string;
    const a = kb.answer(q);
    expectVerbatim(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    if (!a.answered) expect(a.citations).toEqual([]);
  });

  it('a 10,000-character question is truncated and says so', () => {
    const a = kb.answer(`When did Coale visit Minsk? ${'very '.repeat(2000)}`);
    expect(a.truncated).toBe(true);
    expect(a.question.length).toBeLessThanOrEqual(500);
  });
});
