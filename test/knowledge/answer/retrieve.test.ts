import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/knowledge/answer/analyze.ts';
import { rankSentences, totalWeight } from '../../../src/knowledge/answer/retrieve.ts';
import { TUNING } from '../../../src/knowledge/answer/tuning.ts';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';
import { HARBOUR_DOCUMENTS, HARBOUR_QUESTIONS } from '../harbour-documents.ts';

/**
 * rankSentences scores every candidate once without match lists, skips the date fit of candidates
 * whose bound cannot reach the best `limit`, and lists matches for the best few only. These rows
 * check that the shortcuts change nothing: the kept sentences are those a full ranking keeps, and
 * each one's coverage is what its own matches and date give.
 */
const MONTHS = ['March', 'April', 'May'];
const EVENTS = [
  'the harbour authority inspected the northern pier',
  'the minister visited the port of Selvane',
  'crews repaired the breakwater',
  'insurers paid for the damaged cranes',
  'the harbour authority may extend the night curfew',
];
/** An invented log: the same few events on many dates, so many sentences compete for each question. */
const LOG = `---
title: Selvane harbour log
published: 2025-06-01
lang: en
---
${Array.from({ length: 90 }, (_, i) => {
  const day = 1 + ((i * 7) % 28);
  const when = `${day} ${MONTHS[i % 3]} 2025`;
  const event = EVENTS[i % EVENTS.length] as string;
  return i % 4 === 0
    ? `On ${when} ${event}.`
    : i % 4 === 1
      ? `${event} on ${when}`
      : `Earlier, ${event} (${i} ships waited).`;
}).join('\n\n')}
`;
const kb = createKnowledgeBase(
  ingestDocuments([...HARBOUR_DOCUMENTS, { file: 'selvane-log.md', bytes: new TextEncoder().encode(LOG) }]).data,
);
const now = new Date('2026-12-01T00:00:00Z');
const analyze = (question: string) => analyzeQuestion(question, kb.index, { spelling: kb.spelling, now });

const QUESTIONS = [
  ...HARBOUR_QUESTIONS,
  // Dated questions take the bound-ordered pass.
  'What happened on 12 March 2025?',
  'Что произошло 20 марта 2025 года?',
  'What did the harbour authority do in March 2025?',
  'Which vessels waited in April?',
  'When in 2025 did the minister visit?',
  'What did the harbour authority inspect on 8 April 2025?',
  'When did crews repair the breakwater in May 2025?',
  'How many ships waited when the minister visited the port on 15 March 2025?',
];

describe('rankSentences', () => {
  it.each(QUESTIONS)('keeps the best of a full ranking, in order: %s', (question) => {
    const q = analyze(question);
    const all = rankSentences(q, kb.index, 10_000);
    for (const limit of [1, 2, 3, 5, TUNING.rankLimit]) {
      expect(rankSentences(q, kb.index, limit)).toEqual(all.slice(0, limit));
    }
  });

  it.each(QUESTIONS)('orders by score, then by position: %s', (question) => {
    const ranked = rankSentences(analyze(question), kb.index, 10_000);
    for (let i = 1; i < ranked.length; i++) {
      const a = ranked[i - 1];
      const b = ranked[i];
      if (!a || !b) continue;
      expect(a.score > b.score || (a.score === b.score && a.entry.n < b.entry.n)).toBe(true);
    }
  });

  it.each(QUESTIONS)('gives each sentence the coverage of its own matches and date: %s', (question) => {
    const q = analyze(question);
    const total = totalWeight(q) || 1;
    for (const r of rankSentences(q, kb.index, 10_000)) {
      let sum = 0;
      for (const m of r.matches) sum += m.term.weight * m.credit;
      if (r.dateFit === 'exact') sum += TUNING.dateWeight;
      else if (r.dateFit === 'context') sum += TUNING.dateWeight * TUNING.contextCredit;
      expect(r.coverage).toBeCloseTo(sum / total, 12);
      // A sentence is ranked for a question word in it, or for its date (carried, for a question of a date
      // alone or of what happened on a date).
      const dateAlone = !q.terms.some((t) => !t.unknown);
      expect(
        r.matches.some((m) => m.positions.length > 0) ||
          r.dateFit === 'exact' ||
          ((dateAlone || q.type === 'event') && r.dateFit === 'context'),
      ).toBe(true);
      for (const m of r.matches)
        for (const p of m.positions)
          expect(m.term.features.some((f) => r.entry.features.get(f)?.includes(p))).toBe(true);
    }
  });

  it('reaches the documents (the comparisons are not between empty lists)', () => {
    const reached = QUESTIONS.filter((question) => rankSentences(analyze(question), kb.index).length > 5);
    expect(reached.length).toBeGreaterThanOrEqual(QUESTIONS.length / 2);
    expect(
      QUESTIONS.some((question) => rankSentences(analyze(question), kb.index).some((r) => r.dateFit === 'exact')),
    ).toBe(true);
  });
});

describe('featureIds', () => {
  const features = [...new Set(QUESTIONS.flatMap((question) => analyze(question).terms.flatMap((t) => t.features)))];

  it('finds, by id and slot, the positions the feature lookup gives', () => {
    let found = 0;
    for (const entry of kb.index.sentences) {
      for (const f of features) {
        const id = kb.index.featureIds.of(f);
        const expected = entry.features.get(f);
        const slot = id < 0 ? -1 : kb.index.featureIds.slot(id, entry.n);
        if (expected === undefined) {
          expect(slot, `${f} in sentence ${entry.n}`).toBe(-1);
          continue;
        }
        found++;
        expect(slot, `${f} in sentence ${entry.n}`).toBeGreaterThanOrEqual(0);
        expect(kb.index.featureIds.positions(slot)).toEqual(expected);
        expect(kb.index.featureIds.positionCount(slot)).toBe(expected.length);
      }
    }
    expect(found).toBeGreaterThan(20);
  });

  it('counts the sentences of a feature as its postings list them', () => {
    for (const f of features) {
      const id = kb.index.featureIds.of(f);
      if (id < 0) continue;
      expect(kb.index.featureIds.count(id), f).toBe(kb.index.postings.get(f)?.length);
    }
  });

  it.each(['s:nosuchword', 'k:zzzz', ''])('has no id for a feature no sentence has: %j', (f) => {
    expect(kb.index.featureIds.of(f)).toBe(-1);
  });
});

describe('rankSentences: an asked ordinal counts where it qualifies a question word', () => {
  const DOC = `---
title: Varnel and Kestov
published: 2026-05-01
lang: en
---
Varnel and Kestov

The first Kestov citizen freed this year crossed into Varnel in January, days before the ministers' talk.

On 14 March the ministers of Varnel and Kestov talked by phone for an hour.

The second phone call of the ministers took place on 2 April.
`;
  const small = createKnowledgeBase(
    ingestDocuments([{ file: 'varnel.md', bytes: new TextEncoder().encode(DOC) }]).data,
  );
  const top = (question: string) =>
    rankSentences(analyzeQuestion(question, small.index, { spelling: small.spelling, now }), small.index, 3)[0]?.entry
      .sentence.text ?? '';

  it('"the first citizen" does not answer "the first phone talk"', () => {
    expect(top('When did the ministers of Varnel and Kestov talk by phone for the first time?')).not.toContain(
      'first Kestov citizen',
    );
  });

  it('"the second phone call" answers "the second call"', () => {
    expect(top('When was the second phone call of the ministers?')).toContain('second phone call');
  });
});

describe('rankSentences: a day without its year (an undated report) dates its sentence', () => {
  const DOC = `---
title: Registering Kestov exporters
lang: en
---
Registering Kestov exporters

By 6 April only five Kestov companies had completed permanent registration.

As of 15 May, 143 Kestov companies out of 410 exporters had completed permanent registration.

Registration in Kestov opened in the spring.
`;
  const small = createKnowledgeBase(
    ingestDocuments([{ file: 'kestov.md', bytes: new TextEncoder().encode(DOC) }]).data,
  );
  const fitOf = (question: string, words: string) =>
    rankSentences(analyzeQuestion(question, small.index, { spelling: small.spelling, now }), small.index, 5).find((r) =>
      r.entry.sentence.text.includes(words),
    )?.dateFit;

  it.each([
    ['How many Kestov companies had completed permanent registration by 15 May?', 'By 6 April', 'conflict'],
    ['How many Kestov companies had completed permanent registration by 15 May?', 'As of 15 May', 'exact'],
    ['How many Kestov companies had completed permanent registration in 2026?', 'By 6 April', 'exact'],
  ])('%s: "%s" is %s', (question, words, fit) => {
    expect(fitOf(question, words)).toBe(fit);
  });

  it('answers the asked day with its own count', () => {
    const a = small.answer('How many Kestov companies had completed permanent registration by 15 May?', { now });
    expect(a.summary).toContain('143');
  });
});

describe('rankSentences: a list item stands under the sentence that introduces its list', () => {
  const DOC = `---
title: Kestov roads in August
published: 2026-08-10
lang: en
---
Kestov roads in August

The Kestov road agency awarded its first three contracts on 3 August, worth $186 million in total:

- Halden Paving (Varnel) - $121 million for the first segment;

- Northgate Bridgeworks (Kestov) - $38 million for two bridges;

- Orvel Scan (Port Varnel) - $27 million for scanners.

The works start in the autumn.
`;
  const small = createKnowledgeBase(ingestDocuments([{ file: 'roads.md', bytes: new TextEncoder().encode(DOC) }]).data);

  it('credits an item with the words of the list it belongs to', () => {
    const q = analyzeQuestion('How much is the road contract of Northgate Bridgeworks worth?', small.index, {
      spelling: small.spelling,
      now,
    });
    const item = rankSentences(q, small.index, 5).find((r) => r.entry.sentence.text.includes('Northgate Bridgeworks'));
    expect(item?.matches.some((m) => m.term.raw === 'contract' && m.credit > 0)).toBe(true);
  });
});

describe('rankSentences: a table row is no context of the prose after it', () => {
  const DOC = `---
title: Freight across the Norden line
published: 2026-06-01
lang: en
---
Freight across the Norden line

Table 1. Crossings open to freight
Crossing          Open to freight since
Norden            2 March 2026
Kestbridge        11 May 2026

On the first day, 2 March, 214 trucks crossed in both directions, most of them at Norden.
`;
  const small = createKnowledgeBase(
    ingestDocuments([{ file: 'freight.md', bytes: new TextEncoder().encode(DOC) }]).data,
  );

  it("finds the row as a sentence of its own, and the prose after it without the row's name", () => {
    const q = analyzeQuestion('How many trucks crossed at Kestbridge?', small.index, { spelling: small.spelling, now });
    const ranked = rankSentences(q, small.index, 5);
    expect(ranked.some((r) => r.entry.sentence.text === 'Kestbridge 11 May 2026')).toBe(true);
    const prose = ranked.find((r) => r.entry.sentence.text.startsWith('On the first day'));
    expect(prose?.matches.some((m) => m.term.raw === 'Kestbridge')).toBe(false);
  });
});
