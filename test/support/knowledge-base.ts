/** Knowledge bases of invented documents, built in memory for a test. */
import { expect } from 'vitest';
import { ingestDocuments } from '../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import type { Answer } from '../../src/knowledge/types.ts';

/** One document's text with its front matter. */
export function documentText(body: string, meta: { title?: string; published?: string; lang: 'en' | 'ru' }): string {
  return `---\ntitle: ${meta.title ?? 'K'}\npublished: ${meta.published ?? '2026-05-01'}\nlang: ${meta.lang}\n---\n${body}\n`;
}

/** A knowledge base of documents by file name, each its text with front matter. */
export function knowledgeBaseOfTexts(texts: Record<string, string>): KnowledgeBase {
  const files = Object.entries(texts).map(([file, text]) => ({ file, bytes: new TextEncoder().encode(text) }));
  return createKnowledgeBase(ingestDocuments(files).data);
}

/** The answer is given, and its first line says the expected value (and not the other one, if given). */
export function expectStated(answer: Answer, expected: RegExp, other?: RegExp): void {
  expect(answer.answered).toBe(true);
  expect(answer.summary).toMatch(expected);
  if (other) expect(answer.summary).not.toMatch(other);
}
