import { describe, expect, it } from 'vitest';
import { expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "Who heads the Indian side?", "Кто представлял кыргызскую сторону?": a person the sentence ties to another
 * country (its word nearest before the name, in the clause) is no answer. Countries are the world
 * gazetteer's; the people are invented.
 */
const TEXT = `---
title: Kestov border talks
published: 2026-04-10
lang: en
---
Kestov border talks

The Bangladeshi side was led by Colonel Tamar Oskevi, commander of the 12th battalion, and the Indian side by Commandant Idris Halvorsen.

Malaysia, as chair of the regional bloc, appoints Datuk Selim Varga as special envoy for the Kestov border.

Indonesian and Thai officers joined the Kestov border mission in March.

The joint river commission of Bangladesh and India last met in 2024.

Qatar hosted the first round of the Kestov talks.

Two days later Somalia recalled its ambassador to the United Arab Emirates, Abdirisaq Vendt Lorin, for consultations.

Кыргызскую сторону на переговорах представлял начальник Южного управления Пограничной службы полковник Нурбек Арстанов, узбекскую — генерал Равшан Тилляев.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('a person asked by a country', () => {
  const kb = knowledgeBaseOfTexts({ 'doc.md': TEXT });
  it.each([
    ['Who led the Indian side at the Kestov talks?', /Halvorsen/, /Oskevi/],
    ['Who led the Bangladeshi side at the Kestov talks?', /Oskevi/, /Halvorsen/],
    ['Кто представлял кыргызскую сторону на переговорах?', /Арстанов/, /Тилляев/],
    // The country one is posted to is not one's own.
    ['What is the name of the Somali ambassador to the Emirates who was recalled?', /Lorin/, /Halvorsen/],
  ])('is the one the sentence ties to that country: %s', (question, expected, other) => {
    expectStated(kb.answer(question, { now }), expected, other);
  });

  it.each([
    ['Who heads the Indonesian officers of the Kestov border mission?'],
    ['Кто возглавляет индонезийских офицеров пограничной миссии в Кестове?'],
    ['Who headed the Qatari side at the Kestov talks?'],
  ])('is not one the sentence ties to another country: %s', (question) => {
    const a = kb.answer(question, { now });
    expect(a.answered).toBe(false);
  });
});
