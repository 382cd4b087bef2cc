import type { SentenceDraft } from './ingest.ts';

/**
 * Most sentences are their document's text as it stands (a paragraph on one line, nothing dropped
 * inside it). Such a sentence's text is cut from the document's, sharing its characters, not from the
 * block's clean copy, which can then be freed; a worker sends it without its text, as it sends facts
 * without their quotes, and the text is cut again on arrival. At 1,000 documents the sentences are some
 * 10 MB of characters, and the copies of them in clean blocks and in messages as many again.
 */

/** `clean`, a sentence of [start, end) of `text`: a slice of `text` when it is the same characters. */
export function sentenceText(text: string, clean: string, start: number, end: number): string {
  return isSpanOf(text, clean, start, end) ? text.slice(start, end) : clean;
}

function isSpanOf(text: string, s: string, start: number, end: number): boolean {
  return end - start === s.length && text.startsWith(s, start);
}

/** A draft as a worker sends it: no text when it is the span [start, end) of the document's text. */
export type SentDraft = Omit<SentenceDraft, 'text'> & { text?: string };

export function withoutSpanTexts(text: string, drafts: readonly SentenceDraft[]): SentDraft[] {
  return drafts.map((d) => {
    if (!isSpanOf(text, d.text, d.start, d.end)) return d;
    const { text: _dropped, ...rest } = d;
    return rest;
  });
}

/**
 * The drafts with their texts again; a heading repeated draft after draft (each a copy, after a message)
 * is made one string again.
 */
export function withSpanTexts(text: string, drafts: readonly SentDraft[]): SentenceDraft[] {
  let heading: string | undefined;
  return drafts.map((d) => {
    if (d.heading !== undefined && d.heading === heading) d.heading = heading;
    else heading = d.heading;
    if (d.text === undefined) d.text = text.slice(d.start, d.end);
    return d as SentenceDraft;
  });
}
