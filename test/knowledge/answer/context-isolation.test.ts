import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestDirectories } from '../../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';

/**
 * Conversation context only fills what a question lacks: each question of the seed corpus's eval set,
 * all of them asked in full, is answered after other questions exactly as when asked alone. A
 * follow-up that names nothing still borrows the previous question's subject.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const DEV = path.resolve(ROOT, '../shared/eval/dev.jsonl');
const now = new Date('2026-12-01T00:00:00Z');

describe.skipIf(!existsSync(CORPUS) || !existsSync(DEV))('a fully asked question ignores the chat before it', () => {
  const questions: string[] = existsSync(DEV)
    ? readFileSync(DEV, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { question: string }).question)
    : [];
  let kb: KnowledgeBase;
  it('ingests the seed corpus', async () => {
    kb = createKnowledgeBase((await ingestDirectories([CORPUS])).data);
    expect(questions.length).toBeGreaterThan(40);
  });

  it('answers each dev question the same after two others', () => {
    const changed: string[] = [];
    questions.forEach((q, i) => {
      const alone = kb.answer(q, { now }).text;
      for (const k of [i + 1, i + 17]) {
        const before = kb.answer(questions[k % questions.length] as string, { now });
        if (kb.answer(q, { now, context: before.context }).text !== alone) changed.push(q);
      }
    });
    expect(changed).toEqual([]);
  });

  it('still fills a follow-up that names nothing', () => {
    const first = kb.answer('When did Kellogg visit Minsk?', { now });
    const alone = kb.answer('And in which month?', { now });
    const next = kb.answer('And in which month?', { now, context: first.context });
    expect(next.text).not.toBe(alone.text);
  });
});
