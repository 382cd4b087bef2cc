import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A place the dictionary does not know, named in Russian by its adjective ("Тарьюский уездный суд",
 * "Лоринского района"), is the place an English question names ("Tarju County Court", "Lorin district").
 */
const CHRONICLE = `---
title: Хроника: танкер Vela Star
published: 2026-09-01
lang: ru
---
Хроника: танкер Vela Star

• 12 августа (среда) — Вестский окружной суд продлил арест капитана танкера Vela Star на два месяца.

• 12 августа (среда) — Тарьюский уездный суд постановил конфисковать танкер Vela Star в пользу государства.

• 20 августа (четверг) — власти Кестовского района открыли новый пункт пропуска для грузовиков.

• 20 августа (четверг) — власти Лоринского района закрыли старый пункт пропуска для грузовиков.
`;
const kb = knowledgeBaseOfTexts({ 'chronicle.md': CHRONICLE });

describe('a place named by its Russian adjective', () => {
  it.each([
    ['What did the Tarju County Court decide on 12 August?', /конфисковать/],
    ['What did the authorities of the Lorin district do on 20 August?', /закрыли/],
  ])('%s', (question, quote) => {
    const answer = kb.answer(question, { now: new Date('2026-12-01') });
    expect(answer.citations[0]?.quote ?? '').toMatch(quote);
  });
});
