import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A place the dictionary does not know, named in Russian by its adjective ("Харьюский уездный суд",
 * "Кадамжайского района"), is the place an English question names ("Harju County Court").
 */
const CHRONICLE = `---
title: Хроника: танкер Vela Star
published: 2026-09-01
lang: ru
---
Хроника: танкер Vela Star

• 12 августа (среда) — Харьюский уездный суд постановил конфисковать танкер Vela Star в пользу государства.

• 20 августа (четверг) — власти Кадамжайского района открыли новый пункт пропуска.
`;
const kb = knowledgeBaseOfTexts({ 'chronicle.md': CHRONICLE });

describe('a place named by its Russian adjective', () => {
  it.each([
    ['What did the Harju County Court decide on 12 August?', /конфисковать/],
    ['What did the authorities of Kadamzhay district open on 20 August?', /пункт пропуска/],
  ])('%s', (question, quote) => {
    const answer = kb.answer(question, { now: new Date('2026-12-01') });
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.quote ?? '').toMatch(quote);
  });
});
