import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';

/**
 * An answer's other quotes: a second document saying the same is quoted before more sentences of the
 * first, so that the answer rests on two sources where there are two.
 */
const doc = (file: string, lang: string, published: string, body: string) => ({
  file,
  bytes: new TextEncoder().encode(`---\ntitle: ${file}\npublished: ${published}\nlang: ${lang}\n---\n${body}\n`),
});
const kb = createKnowledgeBase(
  ingestDocuments([
    doc(
      'wire.md',
      'en',
      '2026-04-09',
      [
        'Envoy Ilkin Vendt held talks in Kestov on Tuesday, April 7.',
        'On April 7 Vendt held talks in Kestov with the prime minister.',
        'Vendt held talks in Kestov on April 7 with the foreign minister.',
        'Vendt also held talks in Kestov on April 7 with the speaker.',
      ].join(' '),
    ),
    doc(
      'chronicle.md',
      'ru',
      '2026-09-01',
      '• 7 апреля — Кестов: посланник Илкин Вендт провёл переговоры с премьер-министром.',
    ),
  ]).data,
);

describe('corroborating quotes come from another source first', () => {
  it('quotes the chronicle beside the wire', () => {
    const a = kb.answer('When did Vendt hold talks in Kestov?', { now: new Date('2026-12-01T00:00:00Z') });
    expect(a.answered, a.text).toBe(true);
    expect(a.summary).toMatch(/7 April/);
    const sources = new Set(a.citations.map((c) => c.sourceId));
    expect(sources.size, a.text).toBe(2);
  });
});
