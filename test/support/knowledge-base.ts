/** Knowledge bases of invented documents, built in memory for a test. */
import { ingestDocuments } from '../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';

/** One document's text with its front matter. */
export function documentText(body: string, meta: { title?: string; published?: string; lang: 'en' | 'ru' }): string {
  return `---\ntitle: ${meta.title ?? 'K'}\npublished: ${meta.published ?? '2026-05-01'}\nlang: ${meta.lang}\n---\n${body}\n`;
}

/** A knowledge base of documents by file name, each its text with front matter. */
export function knowledgeBaseOfTexts(texts: Record<string, string>): KnowledgeBase {
  const files = Object.entries(texts).map(([file, text]) => ({ file, bytes: new TextEncoder().encode(text) }));
  return createKnowledgeBase(ingestDocuments(files).data);
}
